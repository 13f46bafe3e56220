// Fuzz target: a journal segment from the sync folder, as a sync pass reads it. Any file there
// may be a torn copy or hostile.
//
// Whatever the reader accepts must survive a round trip: encoded again, it must read back equal.

#include "SyncSegment.h"

#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

void check(const QByteArray &input)
{
    const SyncSegment::Decoded decoded = SyncSegment::decode(input);
    if (!decoded.ok())
        return;
    const SyncSegment::Decoded again = SyncSegment::decode(decoded.segment.encode());
    if (!again.ok() || !(again.segment.events == decoded.segment.events)
        || again.segment.device != decoded.segment.device
        || again.segment.guideId != decoded.segment.guideId) {
        fprintf(stderr, "an accepted segment does not read back: %s\n", qPrintable(again.detail));
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(input);
    // A mutation almost never keeps the checksum right, so the same bytes are also read with the
    // last 32 replaced by their true checksum: the parser behind it is fuzzed too.
    if (input.size() > 32) {
        QByteArray sealed = input.left(input.size() - 32);
        sealed += QCryptographicHash::hash(sealed, QCryptographicHash::Sha256);
        check(sealed);
    }
    return 0;
}
