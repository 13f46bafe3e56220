#include "HtmlChunks.h"

namespace {

bool isVoidElement(QStringView name)
{
    static const QLatin1String voids[] = { QLatin1String("br"),    QLatin1String("img"),  QLatin1String("hr"),
                                           QLatin1String("input"), QLatin1String("meta"), QLatin1String("link"),
                                           QLatin1String("col"),   QLatin1String("area"), QLatin1String("base"),
                                           QLatin1String("wbr"),   QLatin1String("source") };
    for (const QLatin1String &v : voids) {
        if (name.compare(v, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether the next piece may start after the closing tag NAME at the top level.
bool endsCleanly(QStringView name)
{
    static const QLatin1String blocks[] = { QLatin1String("p"),  QLatin1String("h1"), QLatin1String("h2"),
                                            QLatin1String("h3"), QLatin1String("h4"), QLatin1String("h5"),
                                            QLatin1String("h6"), QLatin1String("ul"), QLatin1String("ol"),
                                            QLatin1String("blockquote"), QLatin1String("pre") };
    for (const QLatin1String &b : blocks) {
        if (name.compare(b, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(':');
}

} // namespace

QStringList HtmlChunks::split(const QString &html, qsizetype firstChars, qsizetype chars)
{
    QStringList pieces;
    qsizetype start = 0;
    qsizetype depth = 0;
    qsizetype i = 0;
    const qsizetype size = html.size();
    while (i < size) {
        const qsizetype open = html.indexOf(QLatin1Char('<'), i);
        if (open < 0)
            break;
        if (QStringView(html).mid(open, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), open + 4);
            if (end < 0)
                return { html.trimmed() };
            i = end + 3;
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), open + 1);
        if (close < 0)
            return { html.trimmed() };
        const bool closing = open + 1 < size && html.at(open + 1) == QLatin1Char('/');
        qsizetype nameEnd = open + (closing ? 2 : 1);
        while (nameEnd < close && isNameChar(html.at(nameEnd)))
            ++nameEnd;
        const QStringView name = QStringView(html).mid(open + (closing ? 2 : 1), nameEnd - open - (closing ? 2 : 1));
        i = close + 1;
        if (name.isEmpty() || name.front() == QLatin1Char('!') || name.front() == QLatin1Char('?'))
            continue;
        if (closing) {
            if (--depth < 0)
                return { html.trimmed() };
            const qsizetype wanted = pieces.isEmpty() ? firstChars : chars;
            if (depth == 0 && i - start >= wanted && endsCleanly(name)) {
                pieces.append(html.mid(start, i - start).trimmed());
                start = i;
            }
        } else if (html.at(close - 1) != QLatin1Char('/') && !isVoidElement(name)) {
            ++depth;
        }
    }
    if (depth != 0)
        return { html.trimmed() };
    const QString rest = html.mid(start).trimmed();
    if (!rest.isEmpty() || pieces.isEmpty())
        pieces.append(rest);
    return pieces;
}
