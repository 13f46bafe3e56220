#pragma once

#include <QStringList>

// The "what to look for" part of an interview card as points to tick off. Authors write it
// either as a Markdown list or as a paragraph or two of prose; each list item, or else each
// sentence, becomes one point. Points keep their Markdown (inline code, emphasis).
//
// What an answer should NOT do is no point to cover: a sentence or item that starts "Red
// flags:", "A weak answer ...", "Avoid ..." (and list items under such an introduction) goes
// to the red flags instead, shown beside the points but never counted.
class InterviewChecklist
{
public:
    struct Parts
    {
        QStringList points;
        QStringList redFlags;
    };

    static Parts split(const QString &whatToLookFor);
    static QStringList points(const QString &whatToLookFor) { return split(whatToLookFor).points; }
    // Whether TEXT (a sentence, an item or the line introducing a list) warns rather than asks.
    static bool isNegative(const QString &text);

private:
    static QStringList listItems(const QStringList &lines);
    static QStringList sentences(const QString &prose);
    static QStringList sentencesOfParagraph(const QString &text);
};
