#include "StudyDay.h"
#include "UtcDateTime.h"

#include <QTimeZone>

#include <algorithm>

namespace {

constexpr qint64 secondsPerHour = 3600;
// Local time is never more than 14 hours ahead of UTC nor 12 behind (Kiribati, Baker Island):
// any local wall time is reached within this window around the same wall time read as UTC.
constexpr qint64 maxAhead = 14 * secondsPerHour;
constexpr qint64 maxBehind = 12 * secondsPerHour;

int offsetAt(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds).offsetFromUtc();
}

} // namespace

StudyDay::StudyDay(int rolloverHour)
    : m_rolloverHour(std::clamp(rolloverHour, 0, 23))
{
}

QDate StudyDay::dayOf(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    const QDateTime local = instant.toLocalTime();
    const QDate date = local.date();
    return local.time().hour() < m_rolloverHour ? date.addDays(-1) : date;
}

QDateTime StudyDay::startOf(const QDate &day) const
{
    if (!day.isValid())
        return {};
    // The rollover as a wall time, counted in seconds as if it were UTC; the instant wanted is
    // the first one whose local wall time reaches it. Computed from the system's offsets rather
    // than by QDateTime's own resolution of gaps, so that a skipped hour lands on the end of the
    // gap and a repeated hour on its first occurrence, whatever the Qt version.
    const qint64 wall = QDateTime(day, QTime(m_rolloverHour, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const int candidates[] = { offsetAt(wall - maxAhead), offsetAt(wall + maxBehind), offsetAt(wall) };
    qint64 best = 0;
    bool found = false;
    for (const int offset : candidates) {
        const qint64 utc = wall - offset;
        if (offsetAt(utc) == offset && (!found || utc < best)) {
            best = utc;
            found = true;
        }
    }
    if (!found) {
        // The wall time falls in a gap (clocks jumped forward over it): the day starts where the
        // gap ends, the first instant whose wall time is past the rollover. Within the window
        // there is only the one jump, so wall time rises with the instant and bisection holds.
        qint64 low = wall - maxAhead - 1; // wall time before the rollover
        qint64 high = wall + maxBehind + 1; // wall time after it
        while (high - low > 1) {
            const qint64 middle = low + (high - low) / 2;
            if (middle + offsetAt(middle) >= wall)
                high = middle;
            else
                low = middle;
        }
        best = high;
    }
    return UtcDateTime::fromSecsSinceEpoch(best);
}

QDateTime StudyDay::nextRollover(const QDateTime &instant) const
{
    if (!instant.isValid())
        return {};
    QDate day = dayOf(instant).addDays(1);
    QDateTime next = startOf(day);
    // A wall clock turned back across the rollover hour could give a start that is not after the
    // instant; "today" must still end later than now.
    for (int guard = 0; next <= instant && guard < 3; ++guard)
        next = startOf(day = day.addDays(1));
    return next;
}

int StudyDay::daysBetween(const QDateTime &from, const QDateTime &to) const
{
    const QDate a = dayOf(from);
    const QDate b = dayOf(to);
    if (!a.isValid() || !b.isValid())
        return 0;
    return static_cast<int>(a.daysTo(b));
}
