#pragma once

#include "InterviewSession.h"

#include <QList>
#include <QString>

// How a mock interview went, per category and overall.
//
// A question scores its self-grade on a scale of 0 to 100: Again 0, Hard 33, Good 67, Easy 100,
// i.e. 100 x (grade - 1) / 3. A category's score is the mean over its questions, rounded. The
// ticked "what to look for" points are reported beside it, not mixed in: the grade is the
// user's judgement of the whole answer, the points only what it covered. Time used is the sum
// of the seconds each question took until its answer was revealed.
struct MockInterviewSummary
{
    struct Category
    {
        QString categoryId; // empty for the total
        int questions = 0;
        int score = 0;
        int checkedPoints = 0;
        int totalPoints = 0;
        int secondsUsed = 0;
        int timedOut = 0;
    };

    QList<Category> categories; // in the order they were first asked
    Category total;

    static int questionScore(Rating rating);
    static MockInterviewSummary of(const InterviewSession &session);
};
