#include "MockInterview.h"

#include "Guide.h"
#include "InterviewChecklist.h"

MockInterview::MockInterview(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

void MockInterview::start(
    const Guide &guide, const QList<InterviewDraw::Question> &questions, int secondsPerQuestion)
{
    m_guide = &guide;
    m_questions = questions;
    m_secondsPerQuestion = std::max(1, secondsPerQuestion);
    m_session = InterviewSession {};
    m_session.startedAt = now();
    m_session.secondsPerQuestion = m_secondsPerQuestion;
    if (m_questions.isEmpty()) {
        finish();
        return;
    }
    ask(0);
}

const Card *MockInterview::currentCard() const
{
    if (!m_guide || m_index < 0 || m_index >= m_questions.size() || m_phase == Phase::Finished)
        return nullptr;
    return m_guide->card(m_questions.at(m_index).cardId);
}

QString MockInterview::currentCategoryId() const
{
    return m_index < m_questions.size() ? m_questions.at(m_index).categoryId : QString();
}

void MockInterview::ask(int index)
{
    m_index = index;
    m_phase = Phase::Asking;
    m_askedAt = now();
    m_secondsUsed = 0;
    m_timedOut = false;
    m_notes.clear();
    const Card *card = currentCard();
    const InterviewChecklist::Parts parts
        = card ? InterviewChecklist::split(card->whatToLookFor) : InterviewChecklist::Parts {};
    m_points = parts.points;
    m_redFlags = parts.redFlags;
    m_checked = QList<bool>(m_points.size(), false);
    emit changed();
}

qint64 MockInterview::remainingMs() const
{
    if (m_phase != Phase::Asking)
        return 0;
    return std::max<qint64>(0, qint64(m_secondsPerQuestion) * 1000 - m_askedAt.msecsTo(now()));
}

void MockInterview::poll()
{
    if (m_phase == Phase::Asking && remainingMs() == 0)
        revealAt(m_askedAt.addSecs(m_secondsPerQuestion), true);
}

void MockInterview::reveal()
{
    if (m_phase != Phase::Asking)
        return;
    if (remainingMs() == 0) // the clock ran out before the key press was seen
        revealAt(m_askedAt.addSecs(m_secondsPerQuestion), true);
    else
        revealAt(now(), false);
}

void MockInterview::revealAt(const QDateTime &at, bool timedOut)
{
    // Whole seconds, rounded to nearest, and never more than allowed.
    const qint64 ms = std::max<qint64>(0, m_askedAt.msecsTo(at));
    m_secondsUsed = int(std::min<qint64>((ms + 500) / 1000, m_secondsPerQuestion));
    m_timedOut = timedOut;
    m_phase = Phase::Revealed;
    emit changed();
}

void MockInterview::setPointChecked(int index, bool checked)
{
    if (m_phase != Phase::Revealed || index < 0 || index >= m_checked.size()
        || m_checked.at(index) == checked)
        return;
    m_checked[index] = checked;
    emit changed();
}

bool MockInterview::grade(Rating rating)
{
    if (m_phase != Phase::Revealed)
        return false;
    const InterviewDraw::Question &q = m_questions.at(m_index);
    m_session.answers.append({ q.cardId, q.categoryId, m_secondsUsed, m_timedOut, int(m_checked.count(true)),
        int(m_points.size()), rating, m_notes });
    if (m_index + 1 < m_questions.size())
        ask(m_index + 1);
    else
        finish();
    return true;
}

void MockInterview::finish()
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Finished;
    m_session.finishedAt = now();
    m_points.clear();
    m_redFlags.clear();
    m_checked.clear();
    emit changed();
    emit finished();
}
