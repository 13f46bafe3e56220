#pragma once

#include <QHash>
#include <QString>

struct cmark_node;

// Keys of task list items ("- [ ] Learn heaps"), made the same way when a guide is loaded and
// when a page is rendered, so that a ticked box in the reader and the progress kept for it
// name the same item. A key is the item's text as a slug, like a card's, made unique under its
// heading with "~2", "~3": editing an item's text gives it a new key, and the progress of the
// old one is kept for when the text comes back.
class TaskKeys
{
public:
    // The key of the next item, with text TEXT, under the heading with anchor ANCHOR.
    QString next(const QString &anchor, const QString &text);

    static bool isTask(cmark_node *item);
    static bool isChecked(cmark_node *item);
    // Plain text of the item's first block, which holds its words (not its sub-lists).
    static QString itemText(cmark_node *item);

private:
    QHash<QString, int> m_seen; // "anchor/slug" -> how many so far
};
