#pragma once

#include "CardSchedule.h"
#include "MockInterviewPlan.h"
#include "ProgressTypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>

class Fsrs;
class Guide;

// Picks the questions of a mock interview: a weighted draw without replacement, so that cards
// never seen and cards the user is weak on come up more often, while strong cards still
// appear now and then. The same seed gives the same questions in the same order.
class InterviewDraw
{
public:
    struct Question
    {
        QString cardId;
        QString categoryId;
    };

    // What the draw knows about the user's standing with the cards.
    struct Standing
    {
        QHash<QString, CardSchedule> schedules;
        QHash<QString, int> againCounts; // Again ratings per card, from the review log
        QDateTime now;
    };

    // The standing at NOW from the stored schedules and the review log.
    static Standing standing(const QHash<QString, CardSchedule> &schedules, const QList<ReviewLogEntry> &log,
        const QDateTime &now);

    // Weight of a card never reviewed: above a card learned well, below one that keeps failing.
    static constexpr double unseenWeight = 3.0;

    // How strongly CARDID is favoured: unseenWeight for a new card; otherwise
    // 0.5 + 2 x (1 - retrievability now) + 1 / (1 + stability in days) + 0.5 x min(Again count, 4),
    // from about 0.5 for a card recalled well to 5.5 for one forgotten again and again.
    static double weight(const QString &cardId, const Standing &standing, const Fsrs &model);

    // Up to PLAN.questionCount questions from PLAN's categories (fewer if they hold fewer cards).
    static QList<Question> draw(const Guide &guide, const MockInterviewPlan &plan, const Standing &standing,
        const Fsrs &model, quint64 seed);
};
