#pragma once

#include "StudyCounts.h"
#include "Rating.h"
#include "StudyQueue.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <array>

class StudyProgress;

// One round of study, free of widgets, after Anki's reviewer and KDE Parley's practice flow: the
// card asked, whether its answer is shown, the four grades with the schedules they would give,
// and what is left. A view shows the state and calls reveal() and grade().
//
// A Review round walks the cards due in a part of the guide (StudyQueue's order), live: a card
// graded Again comes back when its step is due, also while the window sits idle (refresh()).
// A Practice round goes once through a topic's cards in reading order ("cram"): new and due
// cards are scheduled as in a review, but a card that is not due is practised without touching
// its schedule, unless practice is set to count (Anki keeps the schedule too when a filtered
// deck does not reschedule). Again puts the card back at the end of the round.
class StudyRound : public QObject
{
    Q_OBJECT

public:
    enum class Kind { None, Review, Practice };
    enum class Phase { Empty, Asking, Revealed, Done };

    explicit StudyRound(StudyProgress &progress, QObject *parent = nullptr);

    void startReview(const QStringList &scope, const QString &title);
    void startPractice(const QStringList &cards, const QString &title);
    void clear();
    // Leaves out cards that are gone (the learner deleted a card of their own): the round goes
    // on without them, and a card being asked is replaced by the next.
    void dropCards(const QSet<QString> &gone);
    // Looks again at what is due: time has passed (a learning card may be ready) or the
    // schedules changed behind the round (an import, a sync, a restored backup).
    void refresh();

    Kind kind() const { return m_kind; }
    Phase phase() const { return m_phase; }
    QString title() const { return m_title; }
    QString currentCardId() const { return m_current.cardId; }
    bool isRevealed() const { return m_phase == Phase::Revealed; }
    bool isDone() const { return m_phase == Phase::Done; }
    // The card is asked before it is due: nothing else was left (the learn-ahead limit).
    bool isEarly() const { return m_current.early(); }
    QDateTime currentDue() const { return m_current.due; }
    StudyQueue::Source currentSource() const { return m_current.source; }
    // A practice card that is not due: grading it leaves its schedule as it is.
    bool isCram() const;
    void setPracticeCounts(bool counts) { m_practiceCounts = counts; }
    bool practiceCounts() const { return m_practiceCounts; }

    // Review: what is left in the round's part of the guide, the card shown included.
    StudyCounts counts() const { return m_counts; }
    // Practice: the card's place in the round (1-based) and the round's length.
    int position() const { return m_position; }
    int size() const { return int(m_cards.size()); }
    // Practice: the topic's cards, before any came back after Again.
    int length() const { return m_practiceOriginalSize; }
    int graded() const { return m_graded; }
    // Grades given in this round, Again..Easy.
    std::array<int, 4> gradeCounts() const { return m_gradeCounts; }
    int crammed() const { return m_crammed; }
    StudyQueue::Outlook outlook() const { return m_outlook; }
    // The next time refresh() would change something with no answer given.
    QDateTime nextChange() const { return m_nextChange; }

    // What each rating would give the card now, Again..Easy (the schedule it would store).
    std::array<CardSchedule, 4> outcomes() const { return m_outcomes; }
    QDateTime outcomesAt() const { return m_outcomesAt; }

    void reveal();
    // False when there is no revealed card or the store refused the grade (nothing changed then).
    bool grade(Rating rating);
    // Practice only: step through the round without grading.
    void next();
    void previous();
    void restart();
    void refreshOutcomes();

signals:
    void changed();

private:
    void pickNext(const QString &lastAnswered);
    void showPracticeCard();
    void computeOutcomes();
    StudyQueue queueFor(const QStringList &cards) const;

    StudyProgress &m_progress;
    Kind m_kind = Kind::None;
    Phase m_phase = Phase::Empty;
    QString m_title;
    QStringList m_scope; // Review: every card of the part reviewed
    QStringList m_cards; // Practice: the round, with cards put back after Again
    int m_practiceOriginalSize = 0;
    int m_position = 0;
    StudyQueue::Pick m_current;
    StudyCounts m_counts;
    StudyQueue::Outlook m_outlook;
    QDateTime m_nextChange;
    QString m_lastAnswered;
    int m_newShown = 0;
    int m_reviewsShown = 0;
    int m_graded = 0;
    int m_crammed = 0;
    std::array<int, 4> m_gradeCounts {};
    bool m_practiceCounts = false;
    std::array<CardSchedule, 4> m_outcomes;
    QDateTime m_outcomesAt;
};
