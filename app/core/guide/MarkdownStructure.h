#pragma once

#include "Card.h"
#include "Diagnostic.h"

#include <QList>
#include <QString>

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

    QString firstLevelOneHeading;
    QList<Heading> headings; // every heading outside cards, and the cards' own headings, in order
    QList<Card> cards; // ids are explicit ones only; the loader derives the rest
    int lineCount = 0;

    static MarkdownStructure parse(const QString &body, int bodyLine, const QString &file,
                                   Diagnostics &diagnostics);
};
