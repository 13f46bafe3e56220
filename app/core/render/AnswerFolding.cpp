#include "AnswerFolding.h"

#include "CmarkDocument.h"

#include <cmark-gfm.h>

#include <QList>

namespace {

bool isCardHeading(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_HEADING
        && CmarkDocument::plainText(node).trimmed().startsWith(QLatin1String("Q:"));
}

cmark_node *linkBlock(int card, const QString &text, const char *cssClass, const std::function<QString(const QString &)> &wrap)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_HTML_BLOCK);
    const QString html = QStringLiteral("<p class=\"%1\"><a href=\"%2:%3\">%4</a></p>\n")
                             .arg(QLatin1String(cssClass), AnswerFolding::scheme())
                             .arg(card)
                             .arg(text.toHtmlEscaped());
    cmark_node_set_literal(node, (wrap ? wrap(html) : html).toUtf8().constData());
    return node;
}

struct Card
{
    cmark_node *heading = nullptr;
    QList<cmark_node *> answer; // the top-level blocks after the heading, up to the next of its level
};

QList<Card> cardsOf(cmark_node *root)
{
    QList<cmark_node *> blocks;
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node))
        blocks.append(node);
    QList<Card> cards;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        cmark_node *heading = blocks.at(i);
        if (!isCardHeading(heading))
            continue;
        const int level = cmark_node_get_heading_level(heading);
        Card card { heading, {} };
        qsizetype j = i + 1;
        for (; j < blocks.size(); ++j) {
            cmark_node *next = blocks.at(j);
            if (cmark_node_get_type(next) == CMARK_NODE_HEADING && cmark_node_get_heading_level(next) <= level)
                break;
            card.answer.append(next);
        }
        cards.append(card);
        i = j - 1;
    }
    return cards;
}

} // namespace

QSet<cmark_node *> AnswerFolding::hiddenBlocks(cmark_node *root) const
{
    QSet<cmark_node *> hidden;
    if (!fold)
        return hidden;
    const QList<Card> cards = cardsOf(root);
    for (qsizetype card = 0; card < cards.size(); ++card) {
        if (!unfolded.contains(int(card))) {
            for (cmark_node *node : cards.at(card).answer)
                hidden.insert(node);
        }
    }
    return hidden;
}

int AnswerFolding::apply(cmark_node *root, const QString &showText, const QString &hideText,
                         const std::function<QString(const QString &)> &wrap) const
{
    const QList<Card> cards = cardsOf(root);
    for (qsizetype card = 0; card < cards.size(); ++card) {
        const auto &[heading, answer] = cards.at(card);
        if (!fold || answer.isEmpty())
            continue;
        if (unfolded.contains(int(card))) {
            cmark_node_insert_after(answer.constLast(), linkBlock(int(card), hideText, "answer-hide", wrap));
        } else {
            cmark_node_insert_after(heading, linkBlock(int(card), showText, "answer-show", wrap));
            for (cmark_node *node : answer)
                cmark_node_free(node);
        }
    }
    return int(cards.size());
}
