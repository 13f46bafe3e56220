#pragma once

#include "CardSchedule.h"
#include "ProgressTypes.h"
#include "StudyDay.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Fsrs;
class Guide;

// Figures for the progress view, all derived from the review log and the card schedules. Days
// are study days (see StudyDay): they begin at the learner's rollover hour in local time, and
// are worked out from the UTC times of the log when asked. TODAY is STUDYDAY.dayOf(now).
namespace ProgressStatistics {

// Cards reviewed before and due before the instant END.
int dueBefore(const QHash<QString, CardSchedule> &schedules, const QDateTime &end);

// Cards reviewed before and due before the end of the DAYS study days starting with today:
// 1 gives "due today", that is due before the next rollover after NOW.
int dueWithinDays(
    const QHash<QString, CardSchedule> &schedules, const StudyDay &studyDay, const QDateTime &now, int days);

// Reviews per study day for the DAYS days ending with TODAY, oldest first.
QList<int> reviewsPerDay(
    const QList<ReviewLogEntry> &log, const StudyDay &studyDay, const QDate &today, int days);

// Consecutive study days up to TODAY on which the user reviewed, where a day with nothing due
// does not break the run (and today does not break it before the day is over). Reviews logged
// after TODAY (by a clock that ran ahead) do not count.
int streak(const QList<ReviewLogEntry> &log, const StudyDay &studyDay, const QDate &today);

// Mean probability of recall today of the reviewed cards among CARDIDS; -1 when none was reviewed.
double predictedRecall(const Fsrs &model, const QStringList &cardIds,
    const QHash<QString, CardSchedule> &schedules, const QDateTime &now);

// New cards first seen on the study day TODAY, for the daily limit.
int newCardsSeenToday(const QList<ReviewLogEntry> &log, const StudyDay &studyDay, const QDate &today);

} // namespace ProgressStatistics
