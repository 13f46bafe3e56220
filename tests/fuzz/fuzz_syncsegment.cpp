// Fuzz target: a journal segment from the sync folder, as a sync pass reads it. Any file there
// may be a torn copy or hostile.
//
// Whatever the reader accepts must survive a round trip: encoded again, it must read back equal.

#include "SyncSegment.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SyncSegment::Decoded decoded
        = SyncSegment::decode(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!decoded.ok())
        return 0;
    const SyncSegment::Decoded again = SyncSegment::decode(decoded.segment.encode());
    if (!again.ok() || !(again.segment.events == decoded.segment.events) || again.segment.device != decoded.segment.device
        || again.segment.guideId != decoded.segment.guideId) {
        fprintf(stderr, "an accepted segment does not read back: %s\n", qPrintable(again.detail));
        __builtin_trap();
    }
    return 0;
}
