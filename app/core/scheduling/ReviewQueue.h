#pragma once

#include "CardSchedule.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

class Guide;
struct Topic;

// Which cards a review session walks through, and in what order: cards in (re)learning that
// are due, then review cards that are due (most overdue first), then new cards in reading
// order up to what is left of the daily limit.
class ReviewQueue
{
public:
    struct Counts
    {
        int due = 0; // reviewed before and due now
        int newAvailable = 0; // new cards that today's limit still allows
    };

    static QStringList build(const Guide &guide, const Topic *branch,
        const QHash<QString, CardSchedule> &schedules, const QDateTime &now, int newCardsLeftToday);
    static Counts count(const Guide &guide, const Topic *branch,
        const QHash<QString, CardSchedule> &schedules, const QDateTime &now, int newCardsLeftToday);
};
