#include "CardDeck.h"

#include "StudyProgress.h"

CardDeck::CardDeck(StudyProgress &progress, QObject *parent)
    : QObject(parent)
    , m_progress(progress)
{
}

void CardDeck::start(const QStringList &cardIds, Mode mode, const QString &title)
{
    m_cards = cardIds;
    m_mode = mode;
    m_title = title;
    m_index = 0;
    m_graded = 0;
    showCurrent();
}

void CardDeck::clear()
{
    start({}, Mode::Browse, QString());
}

void CardDeck::showCurrent()
{
    m_revealed = false;
    if (!m_cards.isEmpty()) {
        m_outcomesAt = m_progress.now();
        m_outcomes = m_progress.preview(currentCardId(), m_outcomesAt);
    }
    emit changed();
}

void CardDeck::reveal()
{
    if (m_cards.isEmpty() || m_revealed)
        return;
    m_revealed = true;
    m_outcomesAt = m_progress.now();
    m_outcomes = m_progress.preview(currentCardId(), m_outcomesAt);
    emit changed();
}

void CardDeck::refreshOutcomes()
{
    if (m_cards.isEmpty())
        return;
    m_outcomesAt = m_progress.now();
    m_outcomes = m_progress.preview(currentCardId(), m_outcomesAt);
    emit changed();
}

bool CardDeck::grade(Rating rating)
{
    if (m_cards.isEmpty() || !m_revealed)
        return false;
    const QString id = currentCardId();
    const CardSchedule outcome = m_outcomes[size_t(int(rating) - 1)];
    if (!m_progress.grade(id, rating, outcome, m_mode == Mode::Review ? QStringLiteral("review") : QStringLiteral("cards")))
        return false;
    ++m_graded;
    if (m_mode == Mode::Review) {
        m_cards.removeAt(m_index);
        if (outcome.due.isValid() && m_progress.now().secsTo(outcome.due) <= learnAheadSeconds)
            m_cards.append(id);
        if (m_index >= m_cards.size())
            m_index = 0;
    } else if (m_index + 1 < m_cards.size()) {
        ++m_index;
    }
    showCurrent();
    return true;
}

void CardDeck::next()
{
    if (m_index + 1 < m_cards.size()) {
        ++m_index;
        showCurrent();
    }
}

void CardDeck::previous()
{
    if (m_index > 0) {
        --m_index;
        showCurrent();
    }
}
