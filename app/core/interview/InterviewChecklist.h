#pragma once

#include <QStringList>

// The "what to look for" part of an interview card as points to tick off. Authors write it
// either as a Markdown list or as a paragraph or two of prose; each list item, or else each
// sentence, becomes one point. Points keep their Markdown (inline code, emphasis).
class InterviewChecklist
{
public:
    static QStringList points(const QString &whatToLookFor);

private:
    static QStringList listItems(const QStringList &lines);
    static QStringList sentences(const QString &prose);
    static QStringList sentencesOfParagraph(const QString &text);
};
