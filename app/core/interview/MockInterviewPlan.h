#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class Guide;
struct Topic;

// What the user asked for when starting a mock interview.
struct MockInterviewPlan
{
    QStringList categoryIds; // topic ids, from categories()
    int questionCount = 5;
    int secondsPerQuestion = 120;
    // Interview cards alone make a realistic interview; a category with few of them can be
    // padded with its practice cards, which have an answer but no "what to look for" points.
    bool includePracticeCards = false;

    // The topics a mock interview can draw from: the parent of each page that holds an
    // interview card (in the bundled guide, the themes of the "Interview Questions" chapter),
    // or the page itself when it sits at the top of the guide. In reading order.
    static QList<const Topic *> categories(const Guide &guide);
    // How many cards of CATEGORY a plan with INCLUDEPRACTICE could draw.
    static int cardCount(const Guide &guide, const Topic &category, bool includePractice);
};
