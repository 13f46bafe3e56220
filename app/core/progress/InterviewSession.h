#pragma once

#include "Rating.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One question of a finished mock interview, as the progress store keeps it.
struct InterviewAnswer
{
    QString cardId;
    QString categoryId; // the topic the user picked that holds the card
    int secondsUsed = 0; // until the answer was revealed, at most the time allowed
    bool timedOut = false; // the countdown ran out and revealed the answer
    int checkedPoints = 0; // "what to look for" points the user ticked
    int totalPoints = 0;
    Rating rating = Rating::Good;
    QString notes; // what the user typed while answering
};

// A mock interview the user finished. Only graded questions are kept: one ended early keeps
// the questions answered so far.
struct InterviewSession
{
    qint64 id = 0; // assigned by the store
    QDateTime startedAt;
    QDateTime finishedAt;
    int secondsPerQuestion = 0;
    QList<InterviewAnswer> answers;
};
