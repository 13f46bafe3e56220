#pragma once

#include "CardSchedule.h"
#include "DueRule.h"
#include "StudyCounts.h"
#include "StudyDay.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <optional>

// The one rule for what is due, and which card comes next, shared by the counts in the toolbar,
// the status bar, the card panel and the review itself (Anki's v3 order, see
// shared/reference/anki-study-behaviour.md):
//  1. cards in (re)learning that are due now, soonest first;
//  2. review cards due today (before the next rollover), most overdue first, with new cards
//     spread evenly among them up to today's new-card limit;
//  3. cards in (re)learning due within the learn-ahead limit (20 minutes), shown early.
// A card just answered is not shown again at once while another card is available.
class StudyQueue
{
public:
    static constexpr int learnAheadSeconds = DueRule::learnAheadSeconds;

    enum class Source { Learning, Review, New, LearnAhead };
    struct Pick
    {
        QString cardId;
        Source source = Source::New;
        QDateTime due; // invalid for new cards
        // Shown before it is due, because nothing else is left (the learn-ahead limit).
        bool early() const { return source == Source::LearnAhead; }
    };
    // What the "done" screen tells: when the next card will be ready.
    struct Outlook
    {
        QDateTime nextLearning; // the next (re)learning card due later today, if any
        int learningLaterToday = 0;
        QDateTime nextReview; // the next review or learning card due after today, if any
    };

    // CARDS in reading order; SCHEDULES of the cards reviewed before (others are new).
    StudyQueue(QStringList cards, const QHash<QString, CardSchedule> &schedules, const QDateTime &now,
               const StudyDay &day, int newCardsLeftToday);

    StudyCounts counts() const;
    // The card to show next; LASTANSWERED is kept back while anything else is available.
    // NEWSHOWN and REVIEWSSHOWN (in this round) spread the new cards evenly among the reviews.
    std::optional<Pick> next(const QString &lastAnswered = QString(), int newShown = 0, int reviewsShown = 0) const;
    Outlook outlook() const;
    // The next moment the counts change with no answer given: a learning card coming within the
    // learn-ahead limit, or the next day starting.
    QDateTime nextChange() const;

    static bool isLearning(const CardSchedule &schedule) { return DueRule::isLearning(schedule); }

private:
    struct Entry
    {
        QString id;
        QDateTime due;
    };

    QDateTime m_now;
    QDateTime m_rollover;
    QList<Entry> m_learningDue; // due now
    QList<Entry> m_learningAhead; // due within the learn-ahead limit
    QList<Entry> m_learningLater; // due later today
    QList<Entry> m_reviews; // due today
    QList<Entry> m_future; // anything due after today
    QStringList m_new; // within today's limit
};
