#pragma once

#include <QSet>
#include <QString>

#include <functional>

struct cmark_node;

// Keeps the answers of a page's cards out of sight until the learner asks for them, so that
// reading a topic never shows the answer to the card being asked beside it. Every card heading
// (a heading that starts with "Q:") keeps its prompt; what follows it up to the next heading of
// the same or a higher level becomes one "Show answer" link (answer:N, N counting the page's
// cards from 0). Unfolded answers end with a "Hide answer" link.
struct AnswerFolding
{
    bool fold = false;
    QSet<int> unfolded; // the cards whose answers the learner opened on this page

    static QString scheme() { return QStringLiteral("answer"); }
    // Rewrites ROOT's top-level blocks in place; returns how many card headings it found.
    // WRAP, when given, takes the HTML of each link the way the renderer takes its own HTML.
    int apply(cmark_node *root, const QString &showText, const QString &hideText,
              const std::function<QString(const QString &)> &wrap = {}) const;
    // The top-level blocks of ROOT that apply() would take out of sight: what they hold need
    // not be rendered, and their lines are not lines shown.
    QSet<cmark_node *> hiddenBlocks(cmark_node *root) const;
};
