#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

// Sets the process's local time zone (TZ) for one scope and puts the previous one back, so a
// test can cross a daylight-saving change or "travel" without depending on the machine's zone.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const char *zone)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_previous(qgetenv("TZ"))
    {
        set(zone);
    }
    ~ScopedTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

    static void set(const char *zone)
    {
        qputenv("TZ", zone);
        tzset();
    }

private:
    bool m_had;
    QByteArray m_previous;
};
