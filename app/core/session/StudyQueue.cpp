#include "StudyQueue.h"

#include <algorithm>

StudyQueue::StudyQueue(QStringList cards, const QHash<QString, CardSchedule> &schedules, const QDateTime &now,
                       const StudyDay &day, int newCardsLeftToday)
    : m_now(now.toUTC())
    , m_rollover(day.nextRollover(now))
{
    const QDateTime aheadLimit = m_now.addSecs(learnAheadSeconds);
    for (const QString &id : cards) {
        const auto it = schedules.constFind(id);
        if (it == schedules.constEnd() || it->state == CardState::New) {
            if (m_new.size() < newCardsLeftToday)
                m_new.append(id);
            continue;
        }
        const Entry entry { id, it->due.toUTC() };
        if (!entry.due.isValid())
            continue;
        if (entry.due >= m_rollover)
            m_future.append(entry);
        else if (!isLearning(*it))
            m_reviews.append(entry);
        else if (entry.due <= m_now)
            m_learningDue.append(entry);
        else if (entry.due <= aheadLimit)
            m_learningAhead.append(entry);
        else
            m_learningLater.append(entry);
    }
    for (QList<Entry> *list : { &m_learningDue, &m_learningAhead, &m_learningLater, &m_reviews, &m_future })
        std::stable_sort(list->begin(), list->end(), [](const Entry &a, const Entry &b) { return a.due < b.due; });
}

StudyCounts StudyQueue::counts() const
{
    return { int(m_new.size()), int(m_learningDue.size() + m_learningAhead.size()), int(m_reviews.size()) };
}

std::optional<StudyQueue::Pick> StudyQueue::next(const QString &lastAnswered, int newShown, int reviewsShown) const
{
    QList<Pick> candidates;
    for (const Entry &e : m_learningDue)
        candidates.append({ e.id, Source::Learning, e.due });
    // New cards spread evenly among the reviews: a new card when the share of new cards shown
    // so far is below their share of what this round holds.
    const qsizetype reviews = m_reviews.size();
    const qsizetype fresh = m_new.size();
    const bool newFirst = fresh > 0
        && (reviews == 0 || qint64(newShown) * (reviews + reviewsShown) < qint64(reviewsShown) * (fresh + newShown));
    QList<Pick> main;
    for (const Entry &e : m_reviews)
        main.append({ e.id, Source::Review, e.due });
    QList<Pick> news;
    for (const QString &id : m_new)
        news.append({ id, Source::New, QDateTime() });
    candidates += newFirst ? news + main : main + news;
    for (const Entry &e : m_learningAhead)
        candidates.append({ e.id, Source::LearnAhead, e.due });
    if (candidates.isEmpty())
        return std::nullopt;
    for (const Pick &pick : candidates) {
        if (pick.cardId != lastAnswered)
            return pick;
    }
    return candidates.first(); // it is the only one left
}

StudyQueue::Outlook StudyQueue::outlook() const
{
    Outlook outlook;
    outlook.learningLaterToday = int(m_learningLater.size() + m_learningAhead.size());
    if (!m_learningAhead.isEmpty())
        outlook.nextLearning = m_learningAhead.first().due;
    else if (!m_learningLater.isEmpty())
        outlook.nextLearning = m_learningLater.first().due;
    if (!m_future.isEmpty())
        outlook.nextReview = m_future.first().due;
    return outlook;
}

QDateTime StudyQueue::nextChange() const
{
    QDateTime change = m_rollover;
    // A learning card enters the counts when it comes within the learn-ahead limit, and is
    // asked without "early" once it is due.
    if (!m_learningAhead.isEmpty())
        change = std::min(change, m_learningAhead.first().due);
    if (!m_learningLater.isEmpty())
        change = std::min(change, m_learningLater.first().due.addSecs(-learnAheadSeconds));
    return std::max(change, m_now.addSecs(1));
}
