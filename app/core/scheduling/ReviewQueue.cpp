#include "ReviewQueue.h"

#include "Guide.h"

#include <algorithm>

QStringList ReviewQueue::build(const Guide &guide, const Topic *branch,
    const QHash<QString, CardSchedule> &schedules, const QDateTime &now, int newCardsLeftToday)
{
    struct Due
    {
        QString id;
        QDateTime due;
        bool learning;
    };
    QList<Due> due;
    QStringList fresh;
    for (const Card *card : guide.cardsUnder(branch ? branch : guide.root())) {
        const auto it = schedules.constFind(card->id);
        if (it == schedules.constEnd() || it->state == CardState::New) {
            if (fresh.size() < newCardsLeftToday)
                fresh.append(card->id);
            continue;
        }
        if (it->due.isValid() && it->due <= now)
            due.append({ card->id, it->due, it->state != CardState::Review });
    }
    std::stable_sort(due.begin(), due.end(), [](const Due &a, const Due &b) {
        if (a.learning != b.learning)
            return a.learning;
        return a.due < b.due;
    });
    QStringList order;
    for (const Due &d : due)
        order.append(d.id);
    return order + fresh;
}

ReviewQueue::Counts ReviewQueue::count(const Guide &guide, const Topic *branch,
    const QHash<QString, CardSchedule> &schedules, const QDateTime &now, int newCardsLeftToday)
{
    Counts counts;
    for (const Card *card : guide.cardsUnder(branch ? branch : guide.root())) {
        const auto it = schedules.constFind(card->id);
        if (it == schedules.constEnd() || it->state == CardState::New)
            ++counts.newAvailable;
        else if (it->due.isValid() && it->due <= now)
            ++counts.due;
    }
    counts.newAvailable = std::min(counts.newAvailable, std::max(0, newCardsLeftToday));
    return counts;
}
