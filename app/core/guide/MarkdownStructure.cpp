#include "MarkdownStructure.h"

#include "CmarkDocument.h"
#include "HeadingAnchors.h"
#include "HtmlAnchors.h"
#include "Slug.h"
#include "TaskKeys.h"

#include <cmark-gfm.h>

#include <QHash>
#include <QUrl>

#include <QRegularExpression>
#include <QStringList>

#include <optional>
#include <vector>

namespace {

// Patterns are per thread: guide files are parsed in parallel, and a QRegularExpression is
// reentrant, not thread-safe.
const QRegularExpression &explicitIdPattern()
{
    thread_local const QRegularExpression pattern(QStringLiteral("^\\s*<!--\\s*id:\\s*([^\\s#]+)\\s*-->\\s*$"));
    return pattern;
}

bool isCardHeading(const QString &text)
{
    return text.startsWith(QLatin1String("Q:")) || text.startsWith(QLatin1String("Q :"));
}

enum class Part { None, HowToAnswer, SampleAnswer, WhatToLookFor };

Part partOf(const QString &headingText)
{
    QString t = headingText.trimmed().toLower();
    while (!t.isEmpty() && (t.back() == QLatin1Char(':') || t.back() == QLatin1Char('.')))
        t.chop(1);
    if (t == QLatin1String("how to answer"))
        return Part::HowToAnswer;
    if (t == QLatin1String("sample answer"))
        return Part::SampleAnswer;
    if (t == QLatin1String("what to look for"))
        return Part::WhatToLookFor;
    return Part::None;
}

struct Block
{
    cmark_node *node;
    int start;
    int end;
    int headingLevel; // 0 when not a heading
    QString text; // heading text
    bool nested = false; // a heading inside a list item or quote: in the outline, never a card
};

bool isFragmentLink(const QString &url)
{
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return false;
    if (hash == 0)
        return true;
    // A relative link into another file of the guide, with no scheme and no authority.
    return QUrl(url).scheme().isEmpty() && !url.startsWith(QLatin1String("//"));
}

// Where each line of a text starts and ends (before its '\n'), so that runs of lines can be
// taken from the text itself instead of splitting it into a list of strings and joining again.
class Lines
{
public:
    explicit Lines(const QString &text)
        : m_text(text)
    {
        qsizetype start = 0;
        for (qsizetype i = text.indexOf(QLatin1Char('\n')); i >= 0; i = text.indexOf(QLatin1Char('\n'), start)) {
            m_spans.push_back({ start, i });
            start = i + 1;
        }
        m_spans.push_back({ start, text.size() });
    }

    int count() const { return int(m_spans.size()); }

    // Line I (0-based), or nothing when there is no such line.
    QStringView at(int i) const
    {
        if (i < 0 || i >= count())
            return {};
        const Span &span = m_spans[size_t(i)];
        return QStringView(m_text).mid(span.start, span.end - span.start);
    }

    // Lines FROM to TO (1-based, inclusive) joined by '\n', without blank lines at either end.
    QString slice(int from, int to) const
    {
        int first = std::max(from, 1);
        int last = std::min(to, count());
        while (first <= last && at(first - 1).trimmed().isEmpty())
            ++first;
        while (last >= first && at(last - 1).trimmed().isEmpty())
            --last;
        if (first > last)
            return QString();
        const qsizetype start = m_spans[size_t(first - 1)].start;
        return m_text.mid(start, m_spans[size_t(last - 1)].end - start);
    }

private:
    struct Span
    {
        qsizetype start;
        qsizetype end;
    };
    const QString &m_text;
    std::vector<Span> m_spans;
};

bool isAsciiSpace(char16_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// promptMarkdown() for an ATX heading line of ASCII only, scanned the way its patterns match;
// returns nothing for any other line. Every card has one, and the patterns cost more than the
// rest of the card.
std::optional<QString> asciiPromptMarkdown(QStringView line)
{
    const qsizetype n = line.size();
    for (const QChar c : line) {
        if (c.unicode() >= 0x80 || c.unicode() == '\n')
            return std::nullopt;
    }
    auto at = [&line](qsizetype i) { return line.at(i).unicode(); };
    qsizetype i = 0;
    while (i < n && isAsciiSpace(at(i)))
        ++i;
    if (i > 3)
        return std::nullopt;
    const qsizetype hashes = i;
    while (i < n && at(i) == '#')
        ++i;
    if (i == hashes || i - hashes > 6 || i == n || !isAsciiSpace(at(i)))
        return std::nullopt;
    while (i < n && isAsciiSpace(at(i)))
        ++i;
    const qsizetype textStart = i;
    // An optional closing sequence: spaces, '#'s, then only spaces to the end of the line.
    qsizetype textEnd = n;
    qsizetype t = n;
    while (t > textStart && isAsciiSpace(at(t - 1)))
        --t;
    const qsizetype hashesEnd = t;
    while (t > textStart && at(t - 1) == '#')
        --t;
    if (t < hashesEnd) {
        qsizetype w = t;
        while (w > textStart && isAsciiSpace(at(w - 1)))
            --w;
        if (w < t && w > textStart)
            textEnd = w;
    }
    QStringView text = line.mid(textStart, textEnd - textStart);
    // Then the "Q:" marker and the spaces around the colon.
    if (!text.isEmpty() && text.front() == QLatin1Char('Q')) {
        qsizetype k = 1;
        while (k < text.size() && isAsciiSpace(text.at(k).unicode()))
            ++k;
        if (k < text.size() && text.at(k) == QLatin1Char(':')) {
            ++k;
            while (k < text.size() && isAsciiSpace(text.at(k).unicode()))
                ++k;
            text = text.mid(k);
        }
    }
    return text.trimmed().toString();
}

// The prompt as written (Markdown), from the heading's source line.
QString promptMarkdown(QStringView sourceLine, const QString &plain)
{
    if (std::optional<QString> prompt = asciiPromptMarkdown(sourceLine))
        return *prompt;
    thread_local const QRegularExpression atx(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+\\s*)?$"));
    const auto m = atx.match(sourceLine.toString());
    QString text = m.hasMatch() ? m.captured(1) : plain;
    thread_local const QRegularExpression q(QStringLiteral("^Q\\s*:\\s*"));
    return text.remove(q).trimmed();
}

void checkCodeBlocks(cmark_node *root, int bodyLine, const QString &file, Diagnostics &diagnostics)
{
    cmark_iter *iter = cmark_iter_new(root);
    thread_local const QRegularExpression minPython(QStringLiteral("^min-python:\\s*\\d+\\.\\d+\\s*$"));
    thread_local const QRegularExpression needs(
        QStringLiteral("^needs:\\s*[A-Za-z_][\\w.]*(\\s*,\\s*[A-Za-z_][\\w.]*)*\\s*$"));
    for (auto ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK)
            continue;
        const QString info = QString::fromUtf8(cmark_node_get_fence_info(node)).trimmed();
        const QString language = info.section(QLatin1Char(' '), 0, 0);
        if (language != QLatin1String("python"))
            continue;
        const QString tag = info.mid(language.size()).trimmed();
        const int line = bodyLine + cmark_node_get_start_line(node) - 1;
        if (tag.isEmpty() || minPython.match(tag).hasMatch() || needs.match(tag).hasMatch())
            continue;
        if (tag.startsWith(QLatin1String("no-run"))) {
            QString reason = tag.mid(6).trimmed();
            if (reason.startsWith(QLatin1Char(':')))
                reason = reason.mid(1).trimmed();
            if (reason.isEmpty())
                diagnostics.append({ file, line, Diagnostic::Severity::Error,
                                     QStringLiteral("'no-run' needs a reason: 'python no-run: REASON'") });
            continue;
        }
        diagnostics.append({ file, line, Diagnostic::Severity::Warning,
                             QStringLiteral("unknown code block tag '%1' (see FORMAT.md, Code examples)").arg(tag) });
    }
    cmark_iter_free(iter);
}

} // namespace

QString MarkdownStructure::taskId(const QString &pageId, const QString &anchor, const QString &key)
{
    if (anchor.isNull())
        return pageId + QLatin1Char('/') + key;
    return pageId + QLatin1Char('#') + anchor + QLatin1Char('/') + key;
}

MarkdownStructure MarkdownStructure::parse(const QString &body, int bodyLine, const QString &file,
                                           Diagnostics &diagnostics)
{
    MarkdownStructure result;
    const Lines lines(body);
    result.lineCount = lines.count();
    CmarkDocument doc(body);
    const int offset = bodyLine - 1;

    // One walk in document order gives every heading its anchor as GitHub numbers them (any
    // depth: in lists and quotes too), the explicit anchors, the links to check and the tasks.
    HeadingAnchors anchors;
    TaskKeys taskKeys;
    QHash<cmark_node *, QString> headingAnchors;
    QString currentAnchor; // of the innermost heading so far; null before the first
    {
        cmark_iter *iter = cmark_iter_new(doc.root());
        for (auto ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
            if (ev != CMARK_EVENT_ENTER)
                continue;
            cmark_node *node = cmark_iter_get_node(iter);
            switch (cmark_node_get_type(node)) {
            case CMARK_NODE_HEADING: {
                const QString text = CmarkDocument::headingText(node);
                const QString anchor = anchors.next(text);
                if (text.simplified().isEmpty())
                    diagnostics.append({ file, offset + cmark_node_get_start_line(node), Diagnostic::Severity::Warning,
                                         QStringLiteral("heading has no text (only a picture or markup), so GitHub gives "
                                                        "it the anchor '%1' and no link can name it well")
                                             .arg(anchor) });
                else if (Slug::githubAnchor(text).isEmpty())
                    diagnostics.append({ file, offset + cmark_node_get_start_line(node), Diagnostic::Severity::Warning,
                                         QStringLiteral("heading '%1' has no letter or digit, so GitHub gives it the "
                                                        "anchor '%2' and no link can name it well")
                                             .arg(text.simplified(), anchor) });
                headingAnchors.insert(node, anchor);
                result.anchors.append(anchor);
                currentAnchor = anchor;
                if (currentAnchor.isNull())
                    currentAnchor = QLatin1String("");
                break;
            }
            case CMARK_NODE_HTML_BLOCK:
            case CMARK_NODE_HTML_INLINE: {
                const QString html = CmarkDocument::literal(node);
                if (HtmlAnchors::mayHoldAnchor(html))
                    result.anchors += HtmlAnchors::in(html);
                break;
            }
            case CMARK_NODE_LINK: {
                const QString url = QString::fromUtf8(cmark_node_get_url(node)).trimmed();
                if (isFragmentLink(url))
                    result.fragmentLinks.append({ url, offset + CmarkDocument::lineOf(node) });
                break;
            }
            case CMARK_NODE_ITEM: {
                if (!TaskKeys::isTask(node))
                    break;
                Task task;
                task.text = TaskKeys::itemText(node);
                task.anchor = currentAnchor;
                task.key = taskKeys.next(currentAnchor, task.text);
                task.line = offset + cmark_node_get_start_line(node);
                task.checked = TaskKeys::isChecked(node);
                result.tasks.append(task);
                break;
            }
            default:
                break;
            }
        }
        cmark_iter_free(iter);
    }

    QList<Block> blocks;
    for (cmark_node *n = cmark_node_first_child(doc.root()); n; n = cmark_node_next(n)) {
        // cmark-gfm reports a one-line HTML block as ending on the line before it starts.
        const int start = cmark_node_get_start_line(n);
        Block b { n, start, std::max(start, cmark_node_get_end_line(n)), 0, QString() };
        const cmark_node_type type = cmark_node_get_type(n);
        if (type == CMARK_NODE_HEADING) {
            b.headingLevel = cmark_node_get_heading_level(n);
            b.text = CmarkDocument::plainText(n).simplified();
            if (b.text.isEmpty())
                b.text = CmarkDocument::htmlImageAltText(n);
        }
        blocks.append(b);
        if (type != CMARK_NODE_LIST && type != CMARK_NODE_BLOCK_QUOTE)
            continue;
        // "- ### Arrays": a heading inside a list item (or a quote) is a heading of the outline.
        cmark_iter *iter = cmark_iter_new(n);
        for (auto ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
            cmark_node *inner = cmark_iter_get_node(iter);
            if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(inner) != CMARK_NODE_HEADING)
                continue;
            const int line = cmark_node_get_start_line(inner);
            blocks.append({ inner, line, std::max(line, cmark_node_get_end_line(inner)),
                            cmark_node_get_heading_level(inner), CmarkDocument::plainText(inner).simplified(), true });
            if (blocks.last().text.isEmpty())
                blocks.last().text = CmarkDocument::htmlImageAltText(inner);
        }
        cmark_iter_free(iter);
    }

    int cardEndLevel = 0; // while inside a card: its level; headings deeper than it are part of it
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        if (!b.headingLevel)
            continue;
        const QString anchor = headingAnchors.value(b.node);
        if (cardEndLevel && b.headingLevel > cardEndLevel)
            continue;
        cardEndLevel = 0;
        if (b.headingLevel == 1 && result.firstLevelOneHeading.isEmpty() && !isCardHeading(b.text))
            result.firstLevelOneHeading = b.text;
        if (b.nested || !isCardHeading(b.text)) {
            result.headings.append({ b.headingLevel, b.text, anchor, offset + b.start });
            continue;
        }

        cardEndLevel = b.headingLevel;
        Card card;
        card.file = file;
        card.line = offset + b.start;
        card.prompt = promptMarkdown(lines.at(b.start - 1), b.text.mid(2).trimmed());
        if (card.prompt.isEmpty()) {
            diagnostics.append({ file, card.line, Diagnostic::Severity::Error,
                                 QStringLiteral("card has no prompt after 'Q:'") });
            continue;
        }
        int end = result.lineCount;
        int j = i + 1;
        for (; j < blocks.size(); ++j) {
            if (blocks.at(j).headingLevel && blocks.at(j).headingLevel <= b.headingLevel) {
                end = blocks.at(j).start - 1;
                break;
            }
        }
        int answerStart = b.end + 1;
        if (i + 1 < blocks.size() && cmark_node_get_type(blocks.at(i + 1).node) == CMARK_NODE_HTML_BLOCK) {
            const auto m = explicitIdPattern().match(CmarkDocument::literal(blocks.at(i + 1).node).trimmed());
            if (m.hasMatch()) {
                card.id = m.captured(1);
                answerStart = blocks.at(i + 1).end + 1;
            }
        }
        card.answer = lines.slice(answerStart, end);

        // Interview parts: headings one or more levels deeper inside the card.
        int found = 0;
        for (int k = i + 1; k < j; ++k) {
            const Block &h = blocks.at(k);
            const Part part = h.headingLevel ? partOf(h.text) : Part::None;
            if (part == Part::None)
                continue;
            int partEnd = end;
            for (int m = k + 1; m < j; ++m) {
                if (blocks.at(m).headingLevel && blocks.at(m).headingLevel <= h.headingLevel) {
                    partEnd = blocks.at(m).start - 1;
                    break;
                }
            }
            const QString text = lines.slice(h.end + 1, partEnd);
            if (part == Part::HowToAnswer)
                card.howToAnswer = text;
            else if (part == Part::SampleAnswer)
                card.sampleAnswer = text;
            else
                card.whatToLookFor = text;
            ++found;
        }
        if (found > 0) {
            const bool complete = !card.howToAnswer.isEmpty() && !card.sampleAnswer.isEmpty()
                && !card.whatToLookFor.isEmpty();
            if (!complete) {
                QStringList missing;
                if (card.howToAnswer.isEmpty())
                    missing << QStringLiteral("How to answer");
                if (card.sampleAnswer.isEmpty())
                    missing << QStringLiteral("Sample answer");
                if (card.whatToLookFor.isEmpty())
                    missing << QStringLiteral("What to look for");
                diagnostics.append({ file, card.line, Diagnostic::Severity::Error,
                                     QStringLiteral("interview card is missing or has an empty part: %1")
                                         .arg(missing.join(QStringLiteral(", "))) });
            } else {
                card.kind = Card::Kind::Interview;
            }
        }
        if (card.answer.isEmpty())
            diagnostics.append({ file, card.line, Diagnostic::Severity::Warning, QStringLiteral("card has no answer") });
        result.headings.append({ b.headingLevel, b.text, anchor, card.line, int(result.cards.size()) });
        result.cards.append(card);
    }
    checkCodeBlocks(doc.root(), bodyLine, file, diagnostics);
    return result;
}
