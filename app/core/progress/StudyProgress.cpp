#include "StudyProgress.h"

#include "Guide.h"
#include "OwnCards.h"
#include "ProgressStatistics.h"

StudyProgress::StudyProgress(ProgressStore &store, const FsrsParameters &parameters, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_scheduler(parameters)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_store, &ProgressStore::topicStatusChanged, this, [this](const QString &id) {
        m_statuses.insert(id, m_store.topicStatus(id));
        rebuildRollup();
    });
    connect(&m_store, &ProgressStore::cardReviewed, this, [this](const QString &id) {
        if (const auto s = m_store.cardSchedule(id))
            m_schedules.insert(id, *s);
        rebuildRollup();
    });
    connect(&m_store, &ProgressStore::taskChanged, this, [this](const QString &id) {
        const QHash<QString, bool> states = m_store.taskStates();
        if (states.contains(id))
            m_taskStates.insert(id, states.value(id));
        rebuildRollup();
    });
    connect(&m_store, &ProgressStore::bookmarksChanged, this, [this] {
        reload();
    });
    connect(&m_store, &ProgressStore::syncMerged, this, &StudyProgress::reload);
}

void StudyProgress::setGuide(const Guide *guide)
{
    m_guide = guide;
    m_store.setGuideId(guide ? guide->id() : QString());
    reload();
}

void StudyProgress::attachOwnCards(Guide &guide)
{
    const QString previous = m_store.guideId();
    m_store.setGuideId(guide.id());
    OwnCards::attach(guide, m_store.ownCards());
    m_store.setGuideId(previous);
}

void StudyProgress::reload()
{
    m_statuses = m_store.topicStatuses();
    m_schedules = m_store.cardSchedules();
    m_taskStates = m_store.taskStates();
    m_bookmarkedTopics.clear();
    m_bookmarkedCards.clear();
    for (const Bookmark &b : m_store.bookmarks())
        (b.kind == ItemKind::Topic ? m_bookmarkedTopics : m_bookmarkedCards).insert(b.itemId);
    rebuildRollup();
}

void StudyProgress::rebuildRollup()
{
    if (m_guide)
        m_rollup.rebuild(*m_guide, m_statuses, m_schedules, m_bookmarkedTopics, m_bookmarkedCards, now(), m_taskStates,
                         m_studyDay.nextRollover(now()));
    emit changed();
}

void StudyProgress::setParameters(const FsrsParameters &parameters)
{
    m_scheduler = Scheduler(parameters);
    m_scheduler.setStudyDay(m_studyDay);
    emit changed();
}

int StudyProgress::newCardsLeftToday() const
{
    const QDate day = today();
    const QList<ReviewLogEntry> sinceDayStart = m_store.reviewLog(m_studyDay.startOf(day));
    const int seen = ProgressStatistics::newCardsSeenToday(sinceDayStart, m_studyDay, day);
    return std::max(0, m_newCardsPerDay - seen);
}

void StudyProgress::setStudyDay(const StudyDay &day)
{
    m_studyDay = day;
    m_scheduler.setStudyDay(day);
    emit changed();
}

bool StudyProgress::isBookmarked(ItemKind kind, const QString &id) const
{
    return (kind == ItemKind::Topic ? m_bookmarkedTopics : m_bookmarkedCards).contains(id);
}

std::array<CardSchedule, 4> StudyProgress::preview(const QString &cardId, const QDateTime &at) const
{
    const CardSchedule card = schedule(cardId);
    return m_scheduler.preview(card, at, Scheduler::fuzzDraw(cardId, card.reps));
}

bool StudyProgress::grade(const QString &cardId, Rating rating, const CardSchedule &previewed, const QString &source)
{
    const CardState before = schedule(cardId).state;
    // Logged at the moment the outcome was worked out from, so that the schedule recomputed from
    // the log after a sync is the one stored now.
    const QDateTime at = previewed.lastReview.isValid() ? previewed.lastReview : now();
    return m_store.recordReview(cardId, before, previewed, rating, at, source);
}

bool StudyProgress::recordInterview(const InterviewSession &session)
{
    QList<ProgressStore::ScheduledReview> reviews;
    QHash<QString, CardSchedule> after; // a card asked twice is scheduled from its first outcome
    for (const InterviewAnswer &answer : session.answers) {
        const CardSchedule before = after.value(answer.cardId, schedule(answer.cardId));
        const CardSchedule next = m_scheduler.review(before, answer.rating, session.finishedAt,
                                                     Scheduler::fuzzDraw(answer.cardId, before.reps));
        after.insert(answer.cardId, next);
        reviews.append({ answer.cardId, before.state, next, answer.rating, session.finishedAt });
    }
    return m_store.recordInterview(session, reviews);
}

bool StudyProgress::setStatus(const QString &topicId, TopicStatus status)
{
    return m_store.setTopicStatus(topicId, status);
}

void StudyProgress::markOpened(const Topic *topic)
{
    if (!topic || !ProgressRollup::isPage(*topic) || !m_store.canWrite())
        return;
    if (storedStatus(topic->id) == TopicStatus::NotStarted)
        m_store.setTopicStatus(topic->id, TopicStatus::Reading);
}

bool StudyProgress::toggleBookmark(ItemKind kind, const QString &id)
{
    if (isBookmarked(kind, id))
        return m_store.removeBookmark(kind, id);
    return m_store.setBookmark(kind, id, QString());
}

bool StudyProgress::isTaskDone(const QString &taskId, bool checkedInFile) const
{
    return m_taskStates.value(taskId, checkedInFile);
}

bool StudyProgress::toggleTask(const QString &taskId)
{
    if (!m_guide)
        return false;
    const TaskItem *task = m_guide->task(taskId);
    if (!task)
        return false; // a link to an item the guide no longer has
    return m_store.setTaskDone(taskId, !isTaskDone(taskId, task->checkedInFile));
}
