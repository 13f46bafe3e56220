#include "Fsrs.h"

#include <algorithm>
#include <cmath>

namespace {

double ratingValue(Rating rating)
{
    return static_cast<double>(static_cast<int>(rating));
}

double clampStability(double stability)
{
    return std::clamp(stability, Fsrs::minimumStability, Fsrs::maximumStability);
}

double clampDifficulty(double difficulty)
{
    return std::clamp(difficulty, Fsrs::minimumDifficulty, Fsrs::maximumDifficulty);
}

// Both rounding places of the reference round halves up; std::round would too for positive
// values, but this says so.
double roundHalfUp(double value)
{
    return std::floor(value + 0.5);
}

} // namespace

Fsrs::Fsrs(const FsrsParameters &parameters)
    : m_parameters(parameters)
    , m_decay(-parameters.weights[20])
    // Chosen so that R(S, S) = 0.9 whatever the decay: stability keeps its meaning.
    , m_factor(std::pow(0.9, 1.0 / m_decay) - 1.0)
{
}

double Fsrs::retrievability(double elapsedDays, double stability) const
{
    const double t = std::max(elapsedDays, 0.0);
    return std::pow(1.0 + m_factor * t / std::max(stability, minimumStability), m_decay);
}

int Fsrs::nextIntervalDays(double stability) const
{
    const double days = stability / m_factor * (std::pow(m_parameters.desiredRetention, 1.0 / m_decay) - 1.0);
    const double maximum = std::max(1, m_parameters.maximumIntervalDays);
    // NaN only comes from invalid parameters; the shortest interval is the safe answer.
    if (std::isnan(days))
        return 1;
    return static_cast<int>(std::clamp(roundHalfUp(days), 1.0, maximum));
}

double Fsrs::initialStability(Rating rating) const
{
    return clampStability(weight(static_cast<int>(rating) - 1));
}

double Fsrs::unclampedInitialDifficulty(Rating rating) const
{
    return weight(4) - std::exp(weight(5) * (ratingValue(rating) - 1.0)) + 1.0;
}

double Fsrs::initialDifficulty(Rating rating) const
{
    return clampDifficulty(unclampedInitialDifficulty(rating));
}

double Fsrs::dampedDifficulty(double difficulty, Rating rating) const
{
    const double delta = -weight(6) * (ratingValue(rating) - 3.0);
    // The closer to 10, the smaller the step up: difficulty approaches its ceiling smoothly.
    return difficulty + delta * (10.0 - difficulty) / 9.0;
}

double Fsrs::nextDifficulty(double difficulty, Rating rating) const
{
    const double damped = dampedDifficulty(difficulty, rating);
    const double reverted = weight(7) * unclampedInitialDifficulty(Rating::Easy) + (1.0 - weight(7)) * damped;
    return clampDifficulty(reverted);
}

double Fsrs::recallStability(double stability, double difficulty, double retrievability, Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? weight(15) : 1.0;
    const double easyBonus = rating == Rating::Easy ? weight(16) : 1.0;
    const double growth = std::exp(weight(8)) * (11.0 - difficulty) * std::pow(stability, -weight(9))
        * (std::exp(weight(10) * (1.0 - retrievability)) - 1.0) * hardPenalty * easyBonus;
    return stability * (1.0 + growth);
}

double Fsrs::lapseStability(double stability, double difficulty, double retrievability) const
{
    const double relearned = weight(11) * std::pow(difficulty, -weight(12))
        * (std::pow(stability + 1.0, weight(13)) - 1.0) * std::exp(weight(14) * (1.0 - retrievability));
    // A lapse must never leave the card more stable than a same-day Again would.
    const double ceiling = stability / std::exp(weight(17) * weight(18));
    return std::min(relearned, ceiling);
}

double Fsrs::sameDayStability(double stability, Rating rating) const
{
    double increase
        = std::exp(weight(17) * (ratingValue(rating) - 3.0 + weight(18))) * std::pow(stability, -weight(19));
    // Remembering (Hard or better) must not lower stability (fsrs-rs and ts-fsrs rule).
    if (rating != Rating::Again)
        increase = std::max(increase, 1.0);
    return stability * increase;
}

MemoryState Fsrs::nextMemoryState(
    std::optional<MemoryState> previous, double elapsedDays, Rating rating) const
{
    if (!previous)
        return { initialStability(rating), initialDifficulty(rating) };

    const double s = previous->stability;
    const double d = previous->difficulty;
    double stability = 0.0;
    if (elapsedDays < 1.0) {
        stability = sameDayStability(s, rating);
    } else {
        const double r = retrievability(elapsedDays, s);
        stability = rating == Rating::Again ? lapseStability(s, d, r) : recallStability(s, d, r, rating);
    }
    return { clampStability(stability), nextDifficulty(d, rating) };
}

int Fsrs::fuzzedInterval(double intervalDays, double u, int minimum, int maximum)
{
    const double i = intervalDays;
    // The spread grows with the interval but more slowly for long ones: 15 % of the days
    // between 2.5 and 7, 10 % up to 20, 5 % beyond.
    const double delta = 1.0 + 0.15 * std::max(std::min(i, 7.0) - 2.5, 0.0)
        + 0.10 * std::max(std::min(i, 20.0) - 7.0, 0.0) + 0.05 * std::max(i - 20.0, 0.0);
    const double upper = std::min(roundHalfUp(i + delta), static_cast<double>(maximum));
    const double lower
        = std::min(std::max({ 2.0, static_cast<double>(minimum), roundHalfUp(i - delta) }), upper);
    const double clampedU = std::clamp(u, 0.0, std::nextafter(1.0, 0.0));
    return static_cast<int>(std::floor(lower + clampedU * (upper - lower + 1.0)));
}
