#include "ProgressStatistics.h"

#include "Fsrs.h"

#include <QSet>

#include <algorithm>

namespace ProgressStatistics {

int dueBefore(const QHash<QString, CardSchedule> &schedules, const QDateTime &end)
{
    int n = 0;
    for (const CardSchedule &s : schedules) {
        if (s.state != CardState::New && s.due.isValid() && s.due < end)
            ++n;
    }
    return n;
}

int dueWithinDays(
    const QHash<QString, CardSchedule> &schedules, const StudyDay &studyDay, const QDateTime &now, int days)
{
    if (days <= 0)
        return 0;
    return dueBefore(schedules, studyDay.startOf(studyDay.dayOf(now).addDays(days)));
}

QList<int> reviewsPerDay(
    const QList<ReviewLogEntry> &log, const StudyDay &studyDay, const QDate &today, int days)
{
    QList<int> counts(std::max(days, 0), 0);
    const QDate first = today.addDays(-(days - 1));
    for (const ReviewLogEntry &e : log) {
        const QDate day = studyDay.dayOf(e.reviewedAt);
        if (!day.isValid())
            continue;
        const qint64 index = first.daysTo(day);
        if (index >= 0 && index < days)
            ++counts[int(index)];
    }
    return counts;
}

int streak(const QList<ReviewLogEntry> &log, const StudyDay &studyDay, const QDate &today)
{
    // Per card, the times it was reviewed and when each review made it due next.
    struct Review
    {
        QDateTime at;
        QDateTime due;
    };
    QHash<QString, QList<Review>> byCard;
    QSet<QDate> reviewDays;
    for (const ReviewLogEntry &e : log) {
        const QDate day = studyDay.dayOf(e.reviewedAt);
        if (!day.isValid() || day > today)
            continue;
        byCard[e.cardId].append({ e.reviewedAt, e.reviewedAt.addSecs(e.scheduledSeconds) });
        reviewDays.insert(day);
    }
    if (reviewDays.isEmpty())
        return 0;
    // The run ends at the latest day before today on which some card was due and nothing was
    // reviewed. After review I a card waits, due, from the day its due time falls in (and not
    // before the day after the review) up to the day of review I + 1, or to yesterday: today
    // cannot break the run before it is over. Working per review rather than per calendar day
    // keeps a log with years between reviews cheap.
    QDate stop;
    for (auto &reviews : byCard) {
        // A clock turned back can log a card's reviews out of order; what was due follows time.
        std::sort(
            reviews.begin(), reviews.end(), [](const Review &a, const Review &b) { return a.at < b.at; });
        for (qsizetype i = 0; i < reviews.size(); ++i) {
            QDate from = studyDay.dayOf(reviews.at(i).at).addDays(1);
            // A next due time lost to an overflow (a corrupt interval) counts as due at once.
            if (reviews.at(i).due.isValid())
                from = std::max(from, studyDay.dayOf(reviews.at(i).due));
            QDate to = i + 1 < reviews.size() ? studyDay.dayOf(reviews.at(i + 1).at) : today;
            to = std::min(to, today.addDays(-1));
            if (stop.isValid())
                from = std::max(from, stop.addDays(1));
            for (QDate day = to; day >= from; day = day.addDays(-1)) {
                if (!reviewDays.contains(day)) {
                    stop = day;
                    break;
                }
            }
        }
    }
    int run = 0;
    for (const QDate &day : reviewDays) {
        if (!stop.isValid() || day > stop)
            ++run;
    }
    return run;
}

double predictedRecall(const Fsrs &model, const QStringList &cardIds,
    const QHash<QString, CardSchedule> &schedules, const QDateTime &now)
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

int newCardsSeenToday(const QList<ReviewLogEntry> &log, const StudyDay &studyDay, const QDate &today)
{
    QSet<QString> seen;
    for (const ReviewLogEntry &e : log) {
        if (e.stateBefore == CardState::New && studyDay.dayOf(e.reviewedAt) == today)
            seen.insert(e.cardId);
    }
    return int(seen.size());
}

} // namespace ProgressStatistics
