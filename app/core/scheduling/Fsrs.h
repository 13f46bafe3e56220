#pragma once

#include "FsrsParameters.h"
#include "MemoryState.h"
#include "Rating.h"

#include <optional>

// The FSRS-6 memory model as pure functions (see shared/reference/fsrs.md). It knows nothing
// of clocks or learning steps: Scheduler turns these numbers into due dates.
class Fsrs
{
public:
    static constexpr double minimumStability = 0.001;
    static constexpr double maximumStability = 36500.0;
    static constexpr double minimumDifficulty = 1.0;
    static constexpr double maximumDifficulty = 10.0;

    explicit Fsrs(const FsrsParameters &parameters = {});

    const FsrsParameters &parameters() const { return m_parameters; }

    // Probability of recall ELAPSEDDAYS after a review that left STABILITY.
    double retrievability(double elapsedDays, double stability) const;
    // Days until recall falls to the desired retention, rounded half up, in [1, maximum].
    int nextIntervalDays(double stability) const;

    double initialStability(Rating rating) const;
    // D0 clamped to [1, 10]: the difficulty of a card after its first review.
    double initialDifficulty(Rating rating) const;
    // D0 as the formula gives it; the mean reversion needs D0(Easy) unclamped (-4.77 by default).
    double unclampedInitialDifficulty(Rating rating) const;

    // D after the linear damping step only (before mean reversion and clamping).
    double dampedDifficulty(double difficulty, Rating rating) const;
    // D after a review: damping, mean reversion towards D0(Easy), clamped to [1, 10].
    double nextDifficulty(double difficulty, Rating rating) const;

    // S after a successful recall (Hard, Good or Easy) at retrievability R.
    double recallStability(double stability, double difficulty, double retrievability, Rating rating) const;
    // S after a lapse (Again) at retrievability R.
    double lapseStability(double stability, double difficulty, double retrievability) const;
    // S after a second review on the same day (less than a day since the last one).
    double sameDayStability(double stability, Rating rating) const;

    // The memory state after a review. PREVIOUS is empty for a card never reviewed.
    MemoryState nextMemoryState(std::optional<MemoryState> previous, double elapsedDays, Rating rating) const;

    // Spreads INTERVALDAYS at random (U in [0, 1)) so that cards learned together do not stay
    // due together. The result lies in [max(2, MINIMUM), MAXIMUM] unless MAXIMUM is below that.
    static int fuzzedInterval(double intervalDays, double u, int minimum, int maximum);

private:
    double weight(int index) const { return m_parameters.weights[static_cast<std::size_t>(index)]; }

    FsrsParameters m_parameters;
    double m_decay;
    double m_factor;
};
