#pragma once

#include <QString>

// A question card. The text fields hold Markdown as written in the guide.
struct Card
{
    enum class Kind { PromptAnswer, Interview };

    QString id;
    QString topicId;
    Kind kind = Kind::PromptAnswer;
    QString prompt;
    QString answer; // the whole answer; for interview cards, all three parts
    QString howToAnswer; // interview cards only
    QString sampleAnswer;
    QString whatToLookFor;
    QString file; // relative to the guide folder
    int line = 0;
};
