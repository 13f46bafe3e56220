#include "InterviewChecklist.h"

#include <QRegularExpression>

namespace {

// "- x", "* x", "+ x", "1. x" or "1) x", and the marker's length including the space after it.
int listMarkerLength(const QString &line)
{
    static const QRegularExpression marker(QStringLiteral("^\\s{0,3}([-*+]|\\d{1,9}[.)])\\s+"));
    const auto match = marker.match(line);
    return match.hasMatch() ? int(match.capturedLength()) : -1;
}

} // namespace

bool InterviewChecklist::isNegative(const QString &text)
{
    // The wordings authors use for what a weak answer does; emphasis marks before them ignored.
    static const QRegularExpression negative(
        QStringLiteral("^[*_\\s]*(red flags?|warning signs?|a weak answer|weak answers|weak candidates|avoid|"
                       "pitfalls?|common mistakes?|watch out)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return negative.match(text).hasMatch();
}

InterviewChecklist::Parts InterviewChecklist::split(const QString &whatToLookFor)
{
    const QStringList lines = whatToLookFor.split(QLatin1Char('\n'));
    Parts parts;
    for (const QString &line : lines) {
        if (listMarkerLength(line) >= 0) {
            // Items under an introduction that warns ("Red flags:") are red flags too.
            bool negative = false;
            QStringList current;
            const auto flush = [&] {
                for (const QString &item : std::as_const(current))
                    (negative || isNegative(item) ? parts.redFlags : parts.points).append(item);
                current.clear();
            };
            QStringList block;
            bool afterBlank = true;
            for (const QString &l : lines) {
                const bool blank = l.trimmed().isEmpty();
                const bool introduction
                    = afterBlank && !blank && listMarkerLength(l) < 0 && !l.startsWith(QLatin1Char(' '));
                afterBlank = blank;
                if (introduction) {
                    current = listItems(block);
                    flush();
                    block.clear();
                    negative = isNegative(l);
                    continue;
                }
                block.append(l);
            }
            current = listItems(block);
            flush();
            return parts;
        }
    }
    for (const QString &sentence : sentences(whatToLookFor))
        (isNegative(sentence) ? parts.redFlags : parts.points).append(sentence);
    return parts;
}

QStringList InterviewChecklist::listItems(const QStringList &lines)
{
    // Text before the first item (an introduction) is not a point; an item's continuation
    // lines belong to it.
    QStringList items;
    bool inItem = false;
    for (const QString &line : lines) {
        const int marker = listMarkerLength(line);
        if (marker >= 0) {
            items.append(line.mid(marker).trimmed());
            inItem = true;
        } else if (line.trimmed().isEmpty()) {
            inItem = false;
        } else if (inItem || (!items.isEmpty() && line.startsWith(QLatin1Char(' ')))) {
            items.last() += QLatin1Char(' ') + line.trimmed();
            inItem = true;
        }
    }
    items.removeAll(QString());
    return items;
}

QStringList InterviewChecklist::sentences(const QString &prose)
{
    // A sentence ends at ". ", "! " or "? " (or a paragraph break) outside inline code, when the
    // next word starts with a capital, a digit or code: "e.g. this" and "`(5)` is just `5`"
    // stay whole.
    QStringList out;
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    for (const QString &paragraph : prose.split(paragraphBreak))
        out += sentencesOfParagraph(paragraph.simplified());
    out.removeAll(QString());
    return out;
}

QStringList InterviewChecklist::sentencesOfParagraph(const QString &text)
{
    QStringList out;
    QString current;
    bool inCode = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        current += c;
        if (c == QLatin1Char('`'))
            inCode = !inCode;
        if (inCode || (c != QLatin1Char('.') && c != QLatin1Char('!') && c != QLatin1Char('?')))
            continue;
        if (i + 2 >= text.size() || text.at(i + 1) != QLatin1Char(' '))
            continue;
        const QChar next = text.at(i + 2);
        if (next.isUpper() || next.isDigit() || next == QLatin1Char('`') || next == QLatin1Char('*')) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}
