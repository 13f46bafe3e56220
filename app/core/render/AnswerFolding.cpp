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

cmark_node *linkBlock(int card, const QString &text, const char *cssClass)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_HTML_BLOCK);
    const QString html = QStringLiteral("<p class=\"%1\"><a href=\"%2:%3\">%4</a></p>\n")
                             .arg(QLatin1String(cssClass), AnswerFolding::scheme())
                             .arg(card)
                             .arg(text.toHtmlEscaped());
    cmark_node_set_literal(node, html.toUtf8().constData());
    return node;
}

} // namespace

int AnswerFolding::apply(cmark_node *root, const QString &showText, const QString &hideText) const
{
    QList<cmark_node *> blocks;
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node))
        blocks.append(node);
    int card = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        cmark_node *heading = blocks.at(i);
        if (!isCardHeading(heading))
            continue;
        const int level = cmark_node_get_heading_level(heading);
        QList<cmark_node *> answer;
        int j = i + 1;
        for (; j < blocks.size(); ++j) {
            cmark_node *next = blocks.at(j);
            if (cmark_node_get_type(next) == CMARK_NODE_HEADING && cmark_node_get_heading_level(next) <= level)
                break;
            answer.append(next);
        }
        if (fold && !answer.isEmpty()) {
            if (unfolded.contains(card)) {
                cmark_node_insert_after(answer.constLast(), linkBlock(card, hideText, "answer-hide"));
            } else {
                cmark_node_insert_after(heading, linkBlock(card, showText, "answer-show"));
                for (cmark_node *node : answer)
                    cmark_node_free(node);
            }
        }
        ++card;
        i = j - 1;
    }
    return card;
}
