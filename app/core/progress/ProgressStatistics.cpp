#include "ProgressStatistics.h"

#include "Fsrs.h"

#include <QSet>

#include <algorithm>

namespace ProgressStatistics {

int dueBy(const QHash<QString, CardSchedule> &schedules, const QDateTime &endOfDay)
{
    int n = 0;
    for (const CardSchedule &s : schedules) {
        if (s.state != CardState::New && s.due.isValid() && s.due <= endOfDay)
            ++n;
    }
    return n;
}

QList<int> reviewsPerDay(const QList<ReviewLogEntry> &log, const QDate &today, int days)
{
    QList<int> counts(days, 0);
    const QDate first = today.addDays(-(days - 1));
    for (const ReviewLogEntry &e : log) {
        const QDate day = e.reviewedAt.toLocalTime().date();
        const qint64 index = first.daysTo(day);
        if (index >= 0 && index < days)
            ++counts[int(index)];
    }
    return counts;
}

int streak(const QList<ReviewLogEntry> &log, const QDate &today)
{
    if (log.isEmpty())
        return 0;
    // Per card, the times it was reviewed and when each review made it due next.
    QHash<QString, QList<QPair<QDateTime, QDateTime>>> byCard;
    QSet<QDate> reviewDays;
    QDate firstDay = today;
    for (const ReviewLogEntry &e : log) {
        const QDateTime at = e.reviewedAt.toLocalTime();
        byCard[e.cardId].append({ at, at.addSecs(e.scheduledSeconds) });
        reviewDays.insert(at.date());
        firstDay = std::min(firstDay, at.date());
    }
    auto somethingDue = [&byCard](const QDate &day) {
        const QDateTime start = day.startOfDay();
        const QDateTime end = day.addDays(1).startOfDay();
        for (const auto &reviews : byCard) {
            const QPair<QDateTime, QDateTime> *last = nullptr;
            for (const auto &r : reviews) {
                if (r.first < start)
                    last = &r;
            }
            if (last && last->second < end)
                return true;
        }
        return false;
    };
    int run = 0;
    for (QDate day = today; day >= firstDay; day = day.addDays(-1)) {
        if (reviewDays.contains(day))
            ++run;
        else if (day == today || !somethingDue(day))
            continue; // today is not over; a free day keeps the run
        else
            break;
    }
    return run;
}

double predictedRecall(const Fsrs &model, const QStringList &cardIds, const QHash<QString, CardSchedule> &schedules,
                       const QDateTime &now)
{
    double sum = 0;
    int n = 0;
    for (const QString &id : cardIds) {
        const auto it = schedules.constFind(id);
        if (it == schedules.constEnd() || !it->memory || !it->lastReview.isValid())
            continue;
        const double elapsed = std::max(0.0, it->lastReview.secsTo(now) / 86400.0);
        sum += model.retrievability(elapsed, it->memory->stability);
        ++n;
    }
    return n ? sum / n : -1.0;
}

int newCardsSeenToday(const QList<ReviewLogEntry> &log, const QDate &today)
{
    QSet<QString> seen;
    for (const ReviewLogEntry &e : log) {
        if (e.stateBefore == CardState::New && e.reviewedAt.toLocalTime().date() == today)
            seen.insert(e.cardId);
    }
    return int(seen.size());
}

} // namespace ProgressStatistics
