#pragma once

#include "InterviewSession.h"

#include <QList>
#include <QString>

// How a mock interview went, per category and overall.
//
// A question's score, 0 to 100, is the mean of two halves: the self-grade (Again 0, Hard 33,
// Good 67, Easy 100, i.e. 100 x (grade - 1) / 3) and the share of its "what to look for"
// points the user ticked as covered. So Easy with 1 of 4 points covered scores (100 + 25) / 2
// = 63, not 100. A question with no points to tick scores its grade alone. A category's score
// is the mean over its questions, rounded once. Time used is the sum of the seconds each
// question took until its answer was revealed.
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

    // The self-grade's half of a score: 100 x (grade - 1) / 3, rounded.
    static int questionScore(Rating rating);
    // A question's whole score, as above, unrounded.
    static double questionScore(const InterviewAnswer &answer);
    static MockInterviewSummary of(const InterviewSession &session);
};
