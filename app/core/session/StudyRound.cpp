#include "StudyRound.h"

#include "StudyProgress.h"

#include <algorithm>

StudyRound::StudyRound(StudyProgress &progress, QObject *parent)
    : QObject(parent)
    , m_progress(progress)
{
}

StudyQueue StudyRound::queueFor(const QStringList &cards) const
{
    return StudyQueue(cards, m_progress.schedules(), m_progress.now(), m_progress.studyDay(),
                      m_progress.newCardsLeftToday());
}

void StudyRound::startReview(const QStringList &scope, const QString &title)
{
    m_kind = Kind::Review;
    m_title = title;
    m_scope = scope;
    m_cards.clear();
    m_lastAnswered.clear();
    m_newShown = m_reviewsShown = m_graded = m_crammed = 0;
    m_gradeCounts = {};
    pickNext(QString());
}

void StudyRound::startPractice(const QStringList &cards, const QString &title)
{
    m_kind = cards.isEmpty() ? Kind::None : Kind::Practice;
    m_title = title;
    m_scope.clear();
    m_cards = cards;
    m_practiceOriginalSize = int(cards.size());
    m_position = 0;
    m_lastAnswered.clear();
    m_newShown = m_reviewsShown = m_graded = m_crammed = 0;
    m_gradeCounts = {};
    showPracticeCard();
}

void StudyRound::clear()
{
    startPractice({}, QString());
}

void StudyRound::dropCards(const QSet<QString> &gone)
{
    const auto isGone = [&gone](const QString &id) { return gone.contains(id); };
    if (m_kind == Kind::Review) {
        m_scope.removeIf(isGone);
        if (gone.contains(m_current.cardId))
            pickNext(m_lastAnswered);
        else
            refresh();
    } else if (m_kind == Kind::Practice) {
        if (std::none_of(m_cards.cbegin(), m_cards.cend(), isGone))
            return;
        // The card shown stays shown: count what goes before it and from the original round.
        const auto countGone = [&](qsizetype upTo) {
            return int(std::count_if(m_cards.cbegin(), m_cards.cbegin() + std::min(upTo, m_cards.size()), isGone));
        };
        const int before = countGone(m_position);
        const int original = countGone(m_practiceOriginalSize);
        m_cards.removeIf(isGone);
        m_position = std::max(0, m_position - before);
        m_practiceOriginalSize -= original;
        if (m_cards.isEmpty())
            m_kind = Kind::None;
        showPracticeCard();
    }
}

void StudyRound::restart()
{
    if (m_kind == Kind::Review)
        startReview(m_scope, m_title);
    else if (m_kind == Kind::Practice)
        startPractice(m_cards.mid(0, m_practiceOriginalSize), m_title);
}

void StudyRound::refresh()
{
    if (m_kind == Kind::Review) {
        // A revealed card stays: the learner is reading its answer. Only the counts and the
        // outlook move; a round that was done or waiting picks up whatever became due.
        if (m_phase == Phase::Revealed || m_phase == Phase::Asking) {
            const StudyQueue queue = queueFor(m_scope);
            m_counts = queue.counts();
            m_outlook = queue.outlook();
            m_nextChange = queue.nextChange();
            // The card asked early is now simply due.
            if (m_current.early() && m_current.due <= m_progress.now())
                m_current.source = StudyQueue::Source::Learning;
            emit changed();
            return;
        }
        pickNext(m_lastAnswered);
    } else if (m_kind == Kind::Practice) {
        computeOutcomes();
        emit changed();
    }
}

void StudyRound::pickNext(const QString &lastAnswered)
{
    const StudyQueue queue = queueFor(m_scope);
    m_counts = queue.counts();
    m_outlook = queue.outlook();
    m_nextChange = queue.nextChange();
    const auto pick = queue.next(lastAnswered, m_newShown, m_reviewsShown);
    if (pick) {
        m_current = *pick;
        m_phase = Phase::Asking;
        computeOutcomes();
    } else {
        m_current = {};
        m_phase = m_scope.isEmpty() ? Phase::Empty : Phase::Done;
    }
    emit changed();
}

void StudyRound::showPracticeCard()
{
    if (m_cards.isEmpty()) {
        m_current = {};
        m_phase = Phase::Empty;
    } else if (m_position >= m_cards.size()) {
        m_current = {};
        m_phase = Phase::Done;
        const StudyQueue queue = queueFor(m_cards);
        m_outlook = queue.outlook();
    } else {
        m_current = { m_cards.at(m_position), StudyQueue::Source::New, QDateTime() };
        const CardSchedule schedule = m_progress.schedule(m_current.cardId);
        if (schedule.state != CardState::New) {
            m_current.source = StudyQueue::isLearning(schedule) ? StudyQueue::Source::Learning : StudyQueue::Source::Review;
            m_current.due = schedule.due;
        }
        m_phase = Phase::Asking;
        computeOutcomes();
    }
    m_counts = {};
    emit changed();
}

bool StudyRound::isCram() const
{
    if (m_kind != Kind::Practice || m_current.cardId.isEmpty() || m_current.source == StudyQueue::Source::New)
        return false;
    // Due today (or a learning card due by now) is what a review would ask anyway.
    const QDateTime now = m_progress.now();
    if (StudyQueue::isLearning(m_progress.schedule(m_current.cardId)))
        return m_current.due > now.addSecs(StudyQueue::learnAheadSeconds);
    return m_current.due >= m_progress.studyDay().nextRollover(now);
}

void StudyRound::computeOutcomes()
{
    if (m_current.cardId.isEmpty())
        return;
    m_outcomesAt = m_progress.now();
    m_outcomes = m_progress.preview(m_current.cardId, m_outcomesAt);
}

void StudyRound::reveal()
{
    if (m_phase != Phase::Asking)
        return;
    m_phase = Phase::Revealed;
    computeOutcomes(); // intervals are measured from the moment the answer is seen
    emit changed();
}

void StudyRound::refreshOutcomes()
{
    computeOutcomes();
    emit changed();
}

bool StudyRound::grade(Rating rating)
{
    if (m_phase != Phase::Revealed)
        return false;
    const QString id = m_current.cardId;
    const bool cram = isCram();
    if (!cram || m_practiceCounts) {
        const CardSchedule outcome = m_outcomes[size_t(int(rating) - 1)];
        const QString source = m_kind == Kind::Review ? QStringLiteral("review") : QStringLiteral("practice");
        if (!m_progress.grade(id, rating, outcome, source))
            return false;
    } else {
        ++m_crammed;
    }
    ++m_graded;
    ++m_gradeCounts[size_t(int(rating) - 1)];
    m_lastAnswered = id;
    if (m_kind == Kind::Review) {
        if (m_current.source == StudyQueue::Source::New)
            ++m_newShown;
        else if (m_current.source == StudyQueue::Source::Review)
            ++m_reviewsShown;
        pickNext(id);
    } else {
        // Again: once more at the end of the round, as Anki's preview shows it again.
        if (rating == Rating::Again)
            m_cards.append(id);
        ++m_position;
        showPracticeCard();
    }
    return true;
}

void StudyRound::next()
{
    if (m_kind == Kind::Practice && m_position + 1 < m_cards.size()) {
        ++m_position;
        showPracticeCard();
    }
}

void StudyRound::previous()
{
    if (m_kind == Kind::Practice && m_position > 0 && m_phase != Phase::Done) {
        --m_position;
        showPracticeCard();
    }
}
