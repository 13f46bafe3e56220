#pragma once

#include "Scheduler.h"

#include <QObject>
#include <QStringList>

#include <array>

class StudyProgress;

// The practice flow, free of widgets: a list of cards, the one shown, whether its answer is
// revealed, and grading. A view shows the state and calls reveal() and grade(); it holds no
// rules of its own. In Review mode graded cards leave the deck (coming back at the end when
// they fall due again within the session); in Browse mode the deck keeps every card of a topic.
class CardDeck : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Browse, Review };

    explicit CardDeck(StudyProgress &progress, QObject *parent = nullptr);

    void start(const QStringList &cardIds, Mode mode, const QString &title);
    void clear();

    Mode mode() const { return m_mode; }
    QString title() const { return m_title; }
    bool isEmpty() const { return m_cards.isEmpty(); }
    bool isFinished() const { return m_mode == Mode::Review && m_cards.isEmpty() && m_graded > 0; }
    int position() const { return m_index; }
    int size() const { return int(m_cards.size()); }
    int graded() const { return m_graded; }
    QString currentCardId() const { return m_cards.value(m_index); }
    bool isRevealed() const { return m_revealed; }
    // Intervals each rating would give the current card, shortest first (Again .. Easy).
    std::array<CardSchedule, 4> outcomes() const { return m_outcomes; }
    // When the outcomes were computed: the intervals they give are measured from here.
    QDateTime outcomesAt() const { return m_outcomesAt; }

    void reveal();
    // Recomputes what each rating would give, e.g. after the scheduler's settings changed.
    void refreshOutcomes();
    bool grade(Rating rating);
    void next();
    void previous();

    // A card due again sooner than this comes back in the same review session.
    static constexpr int learnAheadSeconds = 20 * 60;

signals:
    void changed();

private:
    void showCurrent();

    StudyProgress &m_progress;
    Mode m_mode = Mode::Browse;
    QString m_title;
    QStringList m_cards;
    int m_index = 0;
    int m_graded = 0;
    bool m_revealed = false;
    std::array<CardSchedule, 4> m_outcomes;
    QDateTime m_outcomesAt;
};
