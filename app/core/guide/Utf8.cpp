#include "Utf8.h"

#include <cstdint>
#include <cstring>

namespace Utf8 {

int firstInvalidLine(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    // Nearly every guide file is ASCII, which eight bytes at a time shows to be valid.
    qsizetype ascii = 0;
    while (ascii + 8 <= n) {
        std::uint64_t word;
        std::memcpy(&word, p + ascii, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
        ascii += 8;
    }
    while (ascii < n && p[ascii] < 0x80)
        ++ascii;
    if (ascii == n)
        return 0;
    int line = 1;
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == '\n')
            ++line;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return line;
        }
        if (i + length > n)
            return line;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return line;
            codePoint = (codePoint << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800)
            || (length == 4 && codePoint < 0x10000);
        if (overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return line;
        i += length;
    }
    return 0;
}

} // namespace Utf8
