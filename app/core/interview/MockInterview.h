#pragma once

#include "InterviewDraw.h"
#include "InterviewSession.h"
#include "MockInterviewSummary.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class Guide;
struct Card;

// The mock interview flow, free of widgets. Each question is Asking (the countdown runs; the
// user answers aloud or types notes) until the user reveals it or its time runs out, then
// Revealed (sample answer and "what to look for" points to tick) until graded; grading
// records the answer and asks the next question, or Finishes after the last one.
//
// Time comes from a clock the caller can replace, so tests move time by hand. Nothing here
// runs a timer: the view calls poll() a few times a second to show the countdown, and poll()
// reveals a question whose time has run out.
class MockInterview : public QObject
{
    Q_OBJECT

public:
    enum class Phase { NotStarted, Asking, Revealed, Finished };
    using Clock = std::function<QDateTime()>;

    explicit MockInterview(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // Starts with QUESTIONS (from InterviewDraw) of GUIDE, which must outlive the interview.
    // An empty list finishes at once.
    void start(const Guide &guide, const QList<InterviewDraw::Question> &questions, int secondsPerQuestion);

    Phase phase() const { return m_phase; }
    int position() const { return m_index; }
    int count() const { return int(m_questions.size()); }
    int secondsPerQuestion() const { return m_secondsPerQuestion; }
    const Card *currentCard() const;
    QString currentCategoryId() const;
    // The current question's "what to look for" points, and which are ticked.
    QStringList points() const { return m_points; }
    // What the answer should not do, from the same part: shown, never ticked or counted.
    QStringList redFlags() const { return m_redFlags; }
    // Every question drawn, in the order asked; those past session().answers were not graded.
    QList<InterviewDraw::Question> questions() const { return m_questions; }
    QList<bool> checkedPoints() const { return m_checked; }
    QString notes() const { return m_notes; }
    // Milliseconds left to answer; 0 once revealed.
    qint64 remainingMs() const;
    bool timedOut() const { return m_timedOut; }
    // Seconds the current question took until it was revealed.
    int secondsUsed() const { return m_secondsUsed; }

    void setNotes(const QString &notes) { m_notes = notes; }
    // Reveals the answer when the current question's time has run out.
    void poll();
    void reveal();
    void setPointChecked(int index, bool checked);
    // Records the current answer with RATING and moves on. Only while Revealed.
    bool grade(Rating rating);
    // Ends the interview now; the question being asked, not yet graded, is left out.
    void finish();

    // What was answered so far, with the times the interview started and finished.
    InterviewSession session() const { return m_session; }
    MockInterviewSummary summary() const { return MockInterviewSummary::of(m_session); }

signals:
    void changed();
    void finished();

private:
    void ask(int index);
    void revealAt(const QDateTime &at, bool timedOut);

    Clock m_clock;
    const Guide *m_guide = nullptr;
    QList<InterviewDraw::Question> m_questions;
    int m_secondsPerQuestion = 0;
    Phase m_phase = Phase::NotStarted;
    int m_index = 0;
    QDateTime m_askedAt;
    int m_secondsUsed = 0;
    bool m_timedOut = false;
    QStringList m_points;
    QStringList m_redFlags;
    QList<bool> m_checked;
    QString m_notes;
    InterviewSession m_session;
};
