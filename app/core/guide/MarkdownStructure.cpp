#include "MarkdownStructure.h"

#include "CmarkDocument.h"
#include "HeadingAnchors.h"

#include <cmark-gfm.h>

#include <QRegularExpression>
#include <QStringList>

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
};

QString sliceLines(const QStringList &lines, int from, int to)
{
    // FROM and TO are 1-based and inclusive
    QStringList slice;
    for (int i = std::max(from, 1); i <= std::min(to, int(lines.size())); ++i)
        slice.append(lines.at(i - 1));
    while (!slice.isEmpty() && slice.constFirst().trimmed().isEmpty())
        slice.removeFirst();
    while (!slice.isEmpty() && slice.constLast().trimmed().isEmpty())
        slice.removeLast();
    return slice.join(QLatin1Char('\n'));
}

// The prompt as written (Markdown), from the heading's source line.
QString promptMarkdown(const QString &sourceLine, const QString &plain)
{
    thread_local const QRegularExpression atx(QStringLiteral("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+\\s*)?$"));
    const auto m = atx.match(sourceLine);
    QString text = m.hasMatch() ? m.captured(1) : plain;
    thread_local const QRegularExpression q(QStringLiteral("^Q\\s*:\\s*"));
    return text.remove(q).trimmed();
}

void checkCodeBlocks(cmark_node *root, int bodyLine, const QString &file, Diagnostics &diagnostics)
{
    cmark_iter *iter = cmark_iter_new(root);
    thread_local const QRegularExpression minPython(QStringLiteral("^min-python:\\s*\\d+\\.\\d+\\s*$"));
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
        if (tag.isEmpty() || minPython.match(tag).hasMatch())
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

MarkdownStructure MarkdownStructure::parse(const QString &body, int bodyLine, const QString &file,
                                           Diagnostics &diagnostics)
{
    MarkdownStructure result;
    const QStringList lines = body.split(QLatin1Char('\n'));
    result.lineCount = int(lines.size());
    CmarkDocument doc(body);
    const int offset = bodyLine - 1;

    QList<Block> blocks;
    for (cmark_node *n = cmark_node_first_child(doc.root()); n; n = cmark_node_next(n)) {
        // cmark-gfm reports a one-line HTML block as ending on the line before it starts.
        const int start = cmark_node_get_start_line(n);
        Block b { n, start, std::max(start, cmark_node_get_end_line(n)), 0, QString() };
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
            b.headingLevel = cmark_node_get_heading_level(n);
            b.text = CmarkDocument::plainText(n).simplified();
        }
        blocks.append(b);
    }

    HeadingAnchors anchors;
    int cardEndLevel = 0; // while inside a card: its level; headings deeper than it are part of it
    for (int i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        if (!b.headingLevel)
            continue;
        const QString anchor = anchors.next(b.text);
        if (cardEndLevel && b.headingLevel > cardEndLevel)
            continue;
        cardEndLevel = 0;
        if (b.headingLevel == 1 && result.firstLevelOneHeading.isEmpty() && !isCardHeading(b.text))
            result.firstLevelOneHeading = b.text;
        if (!isCardHeading(b.text)) {
            result.headings.append({ b.headingLevel, b.text, anchor, offset + b.start });
            continue;
        }

        cardEndLevel = b.headingLevel;
        Card card;
        card.file = file;
        card.line = offset + b.start;
        card.prompt = promptMarkdown(lines.value(b.start - 1), b.text.mid(2).trimmed());
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
        card.answer = sliceLines(lines, answerStart, end);

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
            const QString text = sliceLines(lines, h.end + 1, partEnd);
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
