#pragma once

#include "CardSchedule.h"
#include "ProgressTypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Fsrs;
class Guide;

// Figures for the progress view, all derived from the review log and the card schedules.
namespace ProgressStatistics {

// Cards reviewed before and due by the end of DAY (local time), counted from NOW's schedules.
int dueBy(const QHash<QString, CardSchedule> &schedules, const QDateTime &endOfDay);

// Reviews per local day for the DAYS days ending with TODAY, oldest first.
QList<int> reviewsPerDay(const QList<ReviewLogEntry> &log, const QDate &today, int days);

// Consecutive days up to TODAY on which the user reviewed, where a day with nothing due does
// not break the run (and today does not break it before the day is over).
int streak(const QList<ReviewLogEntry> &log, const QDate &today);

// Mean probability of recall today of the reviewed cards among CARDIDS; -1 when none was reviewed.
double predictedRecall(const Fsrs &model, const QStringList &cardIds, const QHash<QString, CardSchedule> &schedules,
                       const QDateTime &now);

// New cards first seen today (their first review is today), for the daily limit.
int newCardsSeenToday(const QList<ReviewLogEntry> &log, const QDate &today);

} // namespace ProgressStatistics
