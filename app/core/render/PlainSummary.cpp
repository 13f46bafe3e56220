#include "PlainSummary.h"

#include "SearchIndex.h"

namespace PlainSummary {

QString of(const QString &markdown, int maxChars)
{
    return elide(SearchIndex::plainText(markdown).simplified(), maxChars);
}

QString elide(const QString &text, int maxChars)
{
    const QChar ellipsis(0x2026);
    if (maxChars < 2 || text.size() <= maxChars)
        return text;
    // Room for the ellipsis; then back to the last space, unless that leaves too little.
    int cut = maxChars - 1;
    const int space = int(text.lastIndexOf(QLatin1Char(' '), cut));
    if (space >= maxChars / 2)
        cut = space;
    QString head = text.left(cut);
    while (!head.isEmpty() && (head.back().isSpace() || head.back().isPunct()))
        head.chop(1);
    return head + ellipsis;
}

} // namespace PlainSummary
