#pragma once

#include <QtGlobal>

// A hybrid logical clock: milliseconds since 1970 shifted left 16 bits, plus a counter. A value
// it gives is greater than every value it gave or saw before, and close to the wall clock when
// the wall clock is right; so the last writer is the one that wrote last as far as anyone could
// tell, and a device whose clock is wrong cannot win forever.
class HybridClock
{
public:
    static constexpr int counterBits = 16;
    static constexpr qint64 maximumMs = (qint64(1) << 46) - 1;
    // Values read from files above this are refused, so a hostile one cannot overflow ours.
    static constexpr qint64 maximumValue = qint64(1) << 62;

    explicit HybridClock(qint64 last = 0)
        : m_last(last)
    {
    }

    // The value for an event made at NOWMS (milliseconds since 1970).
    qint64 tick(qint64 nowMs)
    {
        // Clamped so that the shift cannot overflow (year 6429 and later read as 6429).
        const qint64 ms = nowMs < 0 ? 0 : (nowMs > maximumMs ? maximumMs : nowMs);
        const qint64 physical = ms << counterBits;
        m_last = physical > m_last ? physical : m_last + 1;
        return m_last;
    }
    // Another device's value was read: later local events must order after it.
    void observe(qint64 value)
    {
        if (value > m_last)
            m_last = value;
    }
    qint64 last() const { return m_last; }

    static qint64 millisecondsOf(qint64 value) { return value >> counterBits; }

private:
    qint64 m_last;
};
