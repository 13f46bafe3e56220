// Fuzz target: a progress archive file, as `studyguide --import-progress` reads it.
//
// Whatever the parser accepts must also survive a round trip: written back out with toJson, it
// must be read again without a problem.

#include "ProgressArchiveFormat.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    ProgressArchiveFormat::Contents contents;
    QString error;
    if (!ProgressArchiveFormat::fromJson(document.object(), contents, error))
        return 0;

    const QJsonObject again = ProgressArchiveFormat::toJson(contents.guideId, contents.data, contents.exportedAt);
    ProgressArchiveFormat::Contents reread;
    if (!ProgressArchiveFormat::fromJson(again, reread, error)) {
        fprintf(stderr, "an accepted archive does not read back: %s\n", qPrintable(error));
        __builtin_trap();
    }
    return 0;
}
