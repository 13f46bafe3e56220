#pragma once

#include "Card.h"
#include "Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the loader needs from one file's Markdown body: its headings (for titles and the
// outline), its cards, and problems in its code examples. Lines are lines of the file.
struct MarkdownStructure
{
    struct Heading
    {
        int level = 0;
        QString text;
        QString anchor; // unique within the file
        int line = 0;
        int card = -1; // index into cards when the heading is a card's
    };

    // A link with a "#fragment", into this file ("#x") or another one ("other.md#x").
    struct FragmentLink
    {
        QString target; // as written
        int line = 0;
    };

    // A task list item ("- [ ] text"); its id is made by the loader from SECTION and KEY.
    struct Task
    {
        QString text; // plain text of the item's first paragraph, without the box
        QString key; // Slug of the text, "~N" added for the Nth repeat under the same heading
        QString anchor; // of the innermost heading above it; null when there is none
        int line = 0;
        bool checked = false; // as written in the file
    };

    QString firstLevelOneHeading;
    QStringList anchors; // every anchor the rendered file has: its headings' and explicit ones
    QList<FragmentLink> fragmentLinks;
    QList<Task> tasks;
    QList<Heading> headings; // every heading outside cards, and the cards' own headings, in order
    QList<Card> cards; // ids are explicit ones only; the loader derives the rest
    int lineCount = 0;

    // The id of a task: "PAGE#ANCHOR/KEY" under a heading, "PAGE/KEY" above the first one.
    static QString taskId(const QString &pageId, const QString &anchor, const QString &key);

    static MarkdownStructure parse(const QString &body, int bodyLine, const QString &file,
                                   Diagnostics &diagnostics);
};
