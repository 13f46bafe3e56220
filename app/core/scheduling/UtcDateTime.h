#pragma once

#include <QDateTime>
#include <QtGlobal>
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QTimeZone>
#endif

// UTC date-times made with the API each supported Qt wants. Qt 6.5 added QTimeZone::UTC and
// newer Qt deprecates the Qt::TimeSpec overloads, while on Qt 6.4 a QTimeZone would give a
// date-time of another kind (Qt::TimeZone, written "+00:00" in ISO dates rather than "Z").
namespace UtcDateTime {

inline QDateTime fromSecsSinceEpoch(qint64 seconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
#endif
}

inline QDateTime fromMSecsSinceEpoch(qint64 milliseconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(milliseconds, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
#endif
}

inline QDateTime at(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

} // namespace UtcDateTime
