#pragma once

#include <QDate>
#include <QDateTime>

// The learner's day, as Anki counts it: a local calendar day that starts at a rollover hour
// (4 a.m. by default), so that a review at 1 a.m. still belongs to the evening before. Instants
// are stored in UTC; days are worked out from them in local time whenever they are shown, so
// daylight-saving changes and travel move the boundaries, never the history.
class StudyDay
{
public:
    static constexpr int defaultRolloverHour = 4;

    explicit StudyDay(int rolloverHour = defaultRolloverHour);

    int rolloverHour() const { return m_rolloverHour; }
    // The study day INSTANT falls in: its local calendar date, minus one before the rollover hour.
    QDate dayOf(const QDateTime &instant) const;
    // The instant (UTC) the study DAY begins: DAY's local rollover time. A rollover hour that a
    // daylight-saving change skips on that date moves to the next valid time.
    QDateTime startOf(const QDate &day) const;
    // The next rollover after INSTANT (UTC): when "today" ends.
    QDateTime nextRollover(const QDateTime &instant) const;

private:
    int m_rolloverHour;
};
