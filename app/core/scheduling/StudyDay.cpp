#include "StudyDay.h"

#include <QTime>

#include <algorithm>

StudyDay::StudyDay(int rolloverHour)
    : m_rolloverHour(std::clamp(rolloverHour, 0, 23))
{
}

QDate StudyDay::dayOf(const QDateTime &instant) const
{
    const QDateTime local = instant.toLocalTime();
    return local.time().hour() < m_rolloverHour ? local.date().addDays(-1) : local.date();
}

QDateTime StudyDay::startOf(const QDate &day) const
{
    // Qt moves a local time that falls in a daylight-saving gap forward past the gap.
    return QDateTime(day, QTime(m_rolloverHour, 0)).toUTC();
}

QDateTime StudyDay::nextRollover(const QDateTime &instant) const
{
    return startOf(dayOf(instant).addDays(1));
}
