#pragma once

#include <QByteArray>

namespace Utf8 {

// The 1-based line of the first byte sequence that is not valid UTF-8, or 0 when all is valid.
int firstInvalidLine(const QByteArray &bytes);

} // namespace Utf8
