#pragma once

#include <QString>

// A task list item of a page ("- [ ] Learn heaps"), which the learner ticks in the reader.
struct TaskItem
{
    QString id; // "PAGE#HEADING-ANCHOR/KEY", see MarkdownStructure::taskId
    QString topicId; // the topic (page or section) it counts towards
    QString text;
    QString anchor; // of the heading above it; null when there is none
    QString key; // see TaskKeys
    QString file; // relative to the guide folder
    int line = 0;
    bool checkedInFile = false; // "- [x]": where the learner has not ticked it either way
};
