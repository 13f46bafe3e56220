#pragma once

#include <QDate>
#include <QDateTime>

// The day as a learner lives it: it starts at a local hour ("next day starts at", 4 a.m. by
// default, as in Anki), so a review at 1 a.m. still counts for the evening before. Instants are
// stored in UTC; the day of an instant is worked out from the system's local time when asked, so
// daylight-saving changes and travel across time zones move nothing that was stored.
class StudyDay
{
public:
    static constexpr int defaultRolloverHour = 4;

    explicit StudyDay(int rolloverHour = defaultRolloverHour); // 0..23, local time; clamped
    int rolloverHour() const { return m_rolloverHour; }

    // The study day INSTANT falls in: its local calendar date, minus one before the rollover hour.
    QDate dayOf(const QDateTime &instant) const;
    // The instant (UTC) the study DAY begins: DAY's local rollover time. On a daylight-saving day
    // whose rollover hour does not exist it is the next valid time; where it exists twice, the
    // first.
    QDateTime startOf(const QDate &day) const;
    // The next rollover after INSTANT (UTC): when "today" ends.
    QDateTime nextRollover(const QDateTime &instant) const;

    // Whole study days from the day of FROM to the day of TO (negative if TO is earlier); a
    // daylight-saving change does not alter it.
    int daysBetween(const QDateTime &from, const QDateTime &to) const;

private:
    int m_rolloverHour;
};
