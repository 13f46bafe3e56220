#include "Scheduler.h"

#include <QCoreApplication>

#include <cmath>
#include <random>
#include <vector>

namespace {

constexpr qint64 secondsPerDay = 86400;

// How long the card waits and in which state and step it waits, before it becomes a CardSchedule.
struct Wait
{
    CardState state;
    int step;
    double seconds;
};

// Whole days since the last review, as py-fsrs counts them: elapsed seconds divided by a day,
// rounded down. A clock that went backwards counts as the same day.
double elapsedWholeDays(const CardSchedule &card, const QDateTime &now)
{
    if (!card.lastReview.isValid())
        return 0.0;
    const qint64 seconds = card.lastReview.secsTo(now);
    return seconds <= 0 ? 0.0 : static_cast<double>(seconds / secondsPerDay);
}

QString trimmedNumber(double value)
{
    const double tenths = std::round(value * 10.0) / 10.0;
    return QString::number(tenths, 'f', tenths == std::floor(tenths) ? 0 : 1);
}

} // namespace

Scheduler::Scheduler(const FsrsParameters &parameters)
    : Scheduler(parameters, seededSource(std::random_device {}()))
{
}

Scheduler::Scheduler(const FsrsParameters &parameters, quint64 seed)
    : Scheduler(parameters, seededSource(seed))
{
}

Scheduler::Scheduler(const FsrsParameters &parameters, RandomSource random)
    : m_model(parameters)
    , m_random(std::move(random))
{
}

void Scheduler::setSeed(quint64 seed)
{
    m_random = seededSource(seed);
}

Scheduler::RandomSource Scheduler::seededSource(quint64 seed)
{
    return [engine = std::mt19937_64(seed)]() mutable {
        // The top 53 bits fill a double's mantissa exactly: uniform and never 1.0.
        return static_cast<double>(engine() >> 11) * 0x1.0p-53;
    };
}

double Scheduler::draw() const
{
    return m_random ? m_random() : 0.5;
}

CardSchedule Scheduler::review(const CardSchedule &card, Rating rating, const QDateTime &now) const
{
    // The same outcome the buttons showed: the four are worked out together and kept in order.
    return preview(card, now)[size_t(int(rating) - 1)];
}

std::array<CardSchedule, 4> Scheduler::preview(const CardSchedule &card, const QDateTime &now) const
{
    const double u = parameters().fuzz ? draw() : 0.0;
    std::array<CardSchedule, 4> outcomes { reviewWithDraw(card, Rating::Again, now, u),
        reviewWithDraw(card, Rating::Hard, now, u), reviewWithDraw(card, Rating::Good, now, u),
        reviewWithDraw(card, Rating::Easy, now, u) };
    // Anki's constrain_passing_interval: where a rating and the next one up both give a review
    // in whole days, the higher one waits at least a day longer (Hard may equal Good only when
    // Hard stays in a step). Capped by the maximum interval.
    const QDateTime utcNow = now.toUTC();
    const auto days = [&](const CardSchedule &s) -> qint64 {
        return s.state == CardState::Review ? std::llround(utcNow.secsTo(s.due) / double(secondsPerDay)) : -1;
    };
    const qint64 maximum = parameters().maximumIntervalDays;
    for (size_t i = 2; i < 4; ++i) {
        const qint64 lower = days(outcomes[i - 1]);
        const qint64 higher = days(outcomes[i]);
        if (lower < 1 || higher < 1 || higher > lower)
            continue;
        const qint64 wanted = std::min(lower + 1, maximum);
        outcomes[i].due = utcNow.addSecs(wanted * secondsPerDay);
    }
    return outcomes;
}

double Scheduler::elapsedDays(const CardSchedule &card, const QDateTime &now) const
{
    if (!m_day)
        return elapsedWholeDays(card, now);
    if (!card.lastReview.isValid())
        return 0.0;
    // Anki: (next day's start - last review) / a day, rounded down; never negative.
    const qint64 seconds = card.lastReview.secsTo(m_day->nextRollover(now));
    return seconds <= 0 ? 0.0 : static_cast<double>(seconds / secondsPerDay);
}

CardSchedule Scheduler::review(const CardSchedule &card, Rating rating, const QDateTime &now, double u) const
{
    return reviewWithDraw(card, rating, now, u);
}

std::array<CardSchedule, 4> Scheduler::preview(const CardSchedule &card, const QDateTime &now, double u) const
{
    return { reviewWithDraw(card, Rating::Again, now, u), reviewWithDraw(card, Rating::Hard, now, u),
        reviewWithDraw(card, Rating::Good, now, u), reviewWithDraw(card, Rating::Easy, now, u) };
}

double Scheduler::fuzzDraw(const QString &cardId, int reps)
{
    // FNV-1a over the id's UTF-8 and the count: the same number on every platform and run.
    quint64 hash = 14695981039346656037ULL;
    const auto mix = [&hash](quint8 byte) {
        hash ^= byte;
        hash *= 1099511628211ULL;
    };
    for (const char c : cardId.toUtf8())
        mix(static_cast<quint8>(c));
    for (int shift = 0; shift < 32; shift += 8)
        mix(static_cast<quint8>(static_cast<quint32>(reps) >> shift));
    // One SplitMix64 step spreads the hash over all bits; seeding a Mersenne Twister for one
    // number would cost more than the rest of a review when a whole log is replayed.
    quint64 z = hash + 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return static_cast<double>(z >> 11) * 0x1.0p-53;
}

CardSchedule Scheduler::reviewWithDraw(
    const CardSchedule &card, Rating rating, const QDateTime &now, double u) const
{
    const FsrsParameters &p = parameters();
    const QDateTime utcNow = now.toUTC();

    CardSchedule next = card;
    next.memory = m_model.nextMemoryState(card.memory, elapsedDays(card, utcNow), rating);
    next.lastReview = utcNow;
    ++next.reps;

    const auto graduate = [&]() {
        int days = m_model.nextIntervalDays(next.memory->stability);
        if (p.fuzz && days >= 2.5)
            days = Fsrs::fuzzedInterval(days, u, 1, p.maximumIntervalDays);
        return Wait { CardState::Review, 0, static_cast<double>(days * secondsPerDay) };
    };

    // Learning and relearning share one rule set; only the steps and the state differ.
    const auto stepThrough = [&](const std::vector<int> &steps, CardState inSteps, int step) {
        const int count = static_cast<int>(steps.size());
        // A step past the end happens when the user shortened the steps after this card
        // was scheduled: anything but Again then counts as the last step passed.
        if (count == 0 || (step >= count && rating != Rating::Again))
            return graduate();
        switch (rating) {
        case Rating::Again:
            return Wait { inSteps, 0, static_cast<double>(steps[0]) };
        case Rating::Hard:
            if (step == 0)
                return Wait { inSteps, 0, count >= 2 ? (steps[0] + steps[1]) / 2.0 : steps[0] * 1.5 };
            return Wait { inSteps, step, static_cast<double>(steps[static_cast<std::size_t>(step)]) };
        case Rating::Good:
            if (step + 1 >= count)
                return graduate();
            return Wait { inSteps, step + 1, static_cast<double>(steps[static_cast<std::size_t>(step + 1)]) };
        case Rating::Easy:
            break;
        }
        return graduate();
    };

    Wait wait { CardState::Review, 0, 0.0 };
    switch (card.state) {
    case CardState::New:
        wait = stepThrough(p.learningStepsSeconds, CardState::Learning, 0);
        break;
    case CardState::Learning:
        wait = stepThrough(p.learningStepsSeconds, CardState::Learning, std::max(card.step, 0));
        break;
    case CardState::Relearning:
        wait = stepThrough(p.relearningStepsSeconds, CardState::Relearning, std::max(card.step, 0));
        break;
    case CardState::Review:
        if (rating == Rating::Again) {
            ++next.lapses;
            if (!p.relearningStepsSeconds.empty()) {
                wait = Wait { CardState::Relearning, 0,
                    static_cast<double>(p.relearningStepsSeconds.front()) };
                break;
            }
        }
        wait = graduate();
        break;
    }

    next.state = wait.state;
    next.step = wait.step;
    next.due = utcNow.addMSecs(std::llround(wait.seconds * 1000.0));
    return next;
}

QString Scheduler::formatInterval(qint64 seconds)
{
    // Each unit is chosen on the rounded value, so 59.6 minutes reads "1h", never "60m".
    const double s = static_cast<double>(std::max<qint64>(seconds, 0));
    const auto label = [](const char *format, const QString &number) {
        return QCoreApplication::translate("Scheduler", format).arg(number);
    };
    if (s < 60.0)
        return label("%1s", QString::number(static_cast<qint64>(s)));
    if (std::round(s / 60.0) < 60.0)
        return label("%1m", QString::number(std::round(s / 60.0)));
    if (std::round(s / 3600.0) < 24.0)
        return label("%1h", QString::number(std::round(s / 3600.0)));
    const double days = s / secondsPerDay;
    if (std::round(days) < 30.0)
        return label("%1d", QString::number(std::round(days)));
    // Months of 30 days and years of 365, as Anki shows them.
    if (std::round(days / 30.0 * 10.0) / 10.0 < 12.0)
        return label("%1mo", trimmedNumber(days / 30.0));
    return label("%1y", trimmedNumber(days / 365.0));
}
