#pragma once

#include "CardSchedule.h"
#include "Fsrs.h"
#include "FsrsParameters.h"
#include "Rating.h"
#include "StudyDay.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <functional>
#include <optional>

// Turns a rating into the card's next schedule: learning and relearning steps (the py-fsrs
// convention, see shared/reference/fsrs.md), the FSRS memory update, the interval and its fuzz.
// Not thread-safe: reviews draw from one random source.
class Scheduler
{
public:
    // Returns u uniform in [0, 1); only consulted when fuzz is on.
    using RandomSource = std::function<double()>;

    // Fuzz seeded from std::random_device.
    explicit Scheduler(const FsrsParameters &parameters = {});
    // Fuzz reproducible from SEED on every platform.
    Scheduler(const FsrsParameters &parameters, quint64 seed);
    Scheduler(const FsrsParameters &parameters, RandomSource random);

    void setSeed(quint64 seed);
    // Counts elapsed days as Anki does: whole days from the last review to the end of the study
    // day of the review now, so a card due "tomorrow" is a day old all of tomorrow. Without a
    // study day, elapsed days are elapsed seconds divided by a day, rounded down (py-fsrs).
    void setStudyDay(const StudyDay &day) { m_day = day; }
    // A std::mt19937_64 turned into doubles in [0, 1) by hand: std::uniform_real_distribution
    // differs between standard libraries, and a seed should mean the same intervals everywhere.
    static RandomSource seededSource(quint64 seed);

    const FsrsParameters &parameters() const { return m_model.parameters(); }
    const Fsrs &model() const { return m_model; }

    // CARD after the user answered RATING at NOW (converted to UTC). Draws one random number
    // when fuzz is on, so it is const only in what it promises about the card.
    CardSchedule review(const CardSchedule &card, Rating rating, const QDateTime &now) const;
    // The outcome of each rating, indexed Again..Easy, all fuzzed with the same draw, and kept in
    // order as Anki keeps them: where two ratings both give whole days, Hard <= Good < Easy. The UI should store the outcome the user picks rather than call review()
    // again, or the interval shown on the button may not be the one given.
    std::array<CardSchedule, 4> preview(const CardSchedule &card, const QDateTime &now) const;

    // The same with the fuzz drawn as U (in [0, 1)) instead of from the random source.
    CardSchedule review(const CardSchedule &card, Rating rating, const QDateTime &now, double u) const;
    std::array<CardSchedule, 4> preview(const CardSchedule &card, const QDateTime &now, double u) const;
    // The fuzz of the review of CARDID that follows REPS earlier ones: a function of the card and
    // its review count only (as Anki seeds it), so a card's schedule is a function of its review
    // log, and every device that merges the same log computes the same schedule.
    static double fuzzDraw(const QString &cardId, int reps);

    // A duration for a button label: "45s", "10m", "3h", "2d", "1.5mo", "2.3y".
    static QString formatInterval(qint64 seconds);

private:
    CardSchedule reviewWithDraw(
        const CardSchedule &card, Rating rating, const QDateTime &now, double u) const;
    double draw() const;

    double elapsedDays(const CardSchedule &card, const QDateTime &now) const;

    Fsrs m_model;
    RandomSource m_random;
    std::optional<StudyDay> m_day;
};
