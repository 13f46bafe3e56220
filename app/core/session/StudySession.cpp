#include "StudySession.h"

#include "CmarkDocument.h"
#include "CodeHighlighter.h"
#include "Guide.h"
#include "GuideLoader.h"
#include "OwnCards.h"
#include "ProgressArchive.h"
#include "ProgressStore.h"
#include "StudyProgress.h"
#include "StudyQueue.h"
#include "StudyRound.h"
#include "SyncScheduler.h"

#include <QLocale>

#include <algorithm>

StudySession::StudySession(ProgressStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_progress(new StudyProgress(store, {}, this))
    , m_round(new StudyRound(*m_progress, this))
    , m_sync(new SyncScheduler(store, this))
{
    connect(m_progress, &StudyProgress::changed, this, [this] {
        emit progressChanged();
        const StudyCounts now = counts();
        if (now != m_lastCounts) {
            m_lastCounts = now;
            emit countsChanged();
        }
    });
    connect(&m_store, &ProgressStore::bookmarksChanged, this, &StudySession::bookmarksChanged);
    connect(&m_store, &ProgressStore::noteChanged, this, &StudySession::noteChanged);
    connect(&m_store, &ProgressStore::interviewRecorded, this, &StudySession::interviewsChanged);
    connect(&m_store, &ProgressStore::writeFailed, this, &StudySession::storeFailed);
    // Made here, imported, or merged from another device by a sync.
    connect(&m_store, &ProgressStore::ownCardsChanged, this, &StudySession::reattachOwnCards);
    connect(&m_store, &ProgressStore::syncMerged, this, &StudySession::reattachOwnCards);
    connect(m_round, &StudyRound::changed, this, &StudySession::scheduleWakeUp);
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &StudySession::refresh);
    // The store re-read itself when the merge changed anything (StudyProgress listens to it);
    // what is due, the bookmarks and the notes may all have moved.
    connect(m_sync, &SyncScheduler::synced, this, [this](const SyncEngine::Result &result) {
        if (!result.ok || !result.changed)
            return;
        // Another computer's settings first, so that what is due below is counted by them.
        const LearnerSettings merged = m_learner.with(result.settings);
        if (!(merged == m_learner)) {
            setLearnerSettings(merged);
            emit learnerSettingsMerged(merged);
        }
        emit reloaded();
        emit bookmarksChanged();
        refresh();
    });
}

StudySession::~StudySession()
{
    // The round and the roll-up hold pointers into the guide: let them go first.
    m_round->clear();
    m_progress->setGuide(nullptr);
}

void StudySession::setGuide(std::unique_ptr<Guide> guide)
{
    m_round->clear();
    if (guide)
        m_progress->attachOwnCards(*guide); // before anything holds a pointer to a card
    m_progress->setGuide(guide.get());
    m_guide = std::move(guide);
    journalUnsentSettings();
    m_lastCounts = counts();
    m_sync->guideChanged();
    emit guideChanged();
    emit countsChanged();
    scheduleWakeUp();
}

bool StudySession::openGuideFolder(const QString &path, QString *error)
{
    GuideLoader::Result result = GuideLoader().load(path);
    if (!result.guide) {
        if (error)
            *error = result.error;
        return false;
    }
    setGuide(std::move(result.guide));
    return true;
}

void StudySession::setClock(Clock clock)
{
    m_progress->setClock(std::move(clock));
}

QDateTime StudySession::now() const
{
    return m_progress->now();
}

void StudySession::setPollInterval(int milliseconds)
{
    m_pollMs = std::max(10, milliseconds);
    scheduleWakeUp();
}

void StudySession::setSchedulerParameters(const FsrsParameters &parameters)
{
    m_learner.parameters = parameters;
    m_progress->setParameters(parameters);
    m_sync->setParameters(parameters); // schedules recomputed from merged reviews use them too
    m_round->refreshOutcomes(); // the grade buttons show the new intervals
}

void StudySession::setNewCardsPerDay(int limit)
{
    m_learner.newCardsPerDay = limit;
    m_progress->setNewCardsPerDay(limit);
    refresh();
}

void StudySession::setRolloverHour(int hour)
{
    m_learner.dayStartHour = hour;
    m_progress->setStudyDay(StudyDay(hour));
    refresh();
}

void StudySession::setPracticeCounts(bool counts)
{
    m_learner.practiceCounts = counts;
    m_round->setPracticeCounts(counts);
}

void StudySession::setLearnerSettings(const LearnerSettings &settings)
{
    m_learner.showAnswers = settings.showAnswers;
    setSchedulerParameters(settings.parameters);
    setPracticeCounts(settings.practiceCounts);
    // Each of these recounts what is due: only when it changes.
    if (settings.newCardsPerDay != m_learner.newCardsPerDay)
        setNewCardsPerDay(settings.newCardsPerDay);
    if (settings.dayStartHour != m_learner.dayStartHour)
        setRolloverHour(settings.dayStartHour);
    journalUnsentSettings();
}

void StudySession::journalUnsentSettings()
{
    // Settings changed before they were journalled (by an older version, or before this guide
    // was opened on this computer) live in the settings file only; journalled now, they reach
    // the learner's other computers. A setting some device has journalled is left to the merge.
    if (!m_guide || !m_store.canWrite())
        return;
    const QHash<QString, QString> unsent = m_learner.unsentValues(m_store.syncedSettings());
    if (!unsent.isEmpty())
        m_store.setSyncedSettings(unsent);
}

bool StudySession::changeLearnerSettings(const LearnerSettings &settings)
{
    const QHash<QString, QString> values = settings.values();
    QHash<QString, QString> changed;
    for (const QString &key : m_learner.changedKeys(values))
        changed.insert(key, values.value(key));
    bool ok = changed.isEmpty() || !m_store.canWrite() || m_store.setSyncedSettings(changed);
    // New scheduler parameters reschedule every card from its reviews, here as on every
    // computer the change reaches (app/core/sync/README.md).
    if (settings.parameters != m_learner.parameters)
        ok = m_sync->reschedule(settings.parameters) && ok;
    setLearnerSettings(settings);
    return ok;
}

bool StudySession::canWrite() const
{
    return m_store.canWrite();
}

QString StudySession::storeProblem() const
{
    return m_store.canWrite() ? QString() : m_store.problem();
}

QString StudySession::recoveryMessage() const
{
    return m_store.recoveryMessage();
}

QString StudySession::dataPath() const
{
    return m_store.path();
}

QStringList StudySession::cardIdsUnder(const Topic *branch) const
{
    QStringList ids;
    if (!m_guide)
        return ids;
    for (const Card *card : m_guide->cardsUnder(branch ? branch : m_guide->root()))
        ids.append(card->id);
    return ids;
}

StudyCounts StudySession::counts(const Topic *branch) const
{
    if (!m_guide)
        return {};
    return StudyQueue(cardIdsUnder(branch), m_progress->schedules(), now(), m_progress->studyDay(),
                      m_progress->newCardsLeftToday())
        .counts();
}

void StudySession::review(const Topic *branch)
{
    if (!m_guide)
        return;
    if (!branch)
        branch = m_guide->root();
    m_round->startReview(cardIdsUnder(branch),
                         branch == m_guide->root() ? tr("Review: whole guide") : tr("Review: %1").arg(branch->title));
}

void StudySession::practise(const Topic *topic)
{
    if (!m_guide || !topic)
        return;
    if (topic == m_guide->root()) {
        // The root's own cards only: those made for the guide as a whole, and the learner's
        // cards whose topic has gone from the guide. Every card is a review's business.
        QStringList ids;
        for (const Card &card : topic->cards)
            ids.append(card.id);
        m_round->startPractice(ids, tr("Cards for the whole guide"));
        return;
    }
    m_round->startPractice(cardIdsUnder(topic), topic->title);
}

bool StudySession::practiseCard(const QString &cardId)
{
    const Card *card = m_guide ? m_guide->card(cardId) : nullptr;
    if (!card)
        return false;
    // An own card whose topic is gone belongs to the guide as a whole.
    practise(card->topicId.isEmpty() ? m_guide->root() : m_guide->topic(card->topicId));
    while (m_round->currentCardId() != cardId && m_round->position() + 1 < m_round->size())
        m_round->next();
    return m_round->currentCardId() == cardId;
}

void StudySession::refresh()
{
    m_round->refresh();
    const StudyCounts now = counts();
    if (now != m_lastCounts) {
        m_lastCounts = now;
        m_progress->refresh(); // the due counts of the tree and the progress view move too
        emit countsChanged();
    }
    scheduleWakeUp();
}

void StudySession::scheduleWakeUp()
{
    // Wake when something is known to change (a learning card coming due, the next day), and
    // at least every poll interval in case the clock jumped.
    qint64 wait = m_pollMs;
    const QDateTime next = m_round->nextChange();
    if (next.isValid())
        // The floor never above the ceiling: a poll interval under 50 ms (tests set 10) made
        // std::clamp's bounds cross, which GCC 16's checked library aborts on.
        wait = std::clamp<qint64>(now().msecsTo(next) + 50, std::min<qint64>(50, m_pollMs), m_pollMs);
    m_wakeUp.start(int(wait));
}

bool StudySession::setStatus(const Topic *topic, TopicStatus status)
{
    if (!topic)
        return false;
    return m_progress->setStatus(topic->kind == Topic::Kind::Section ? topic->id : topic->page()->id, status);
}

bool StudySession::isTaskDone(const QString &taskId, bool checkedInFile) const
{
    return m_progress->isTaskDone(taskId, checkedInFile);
}

bool StudySession::toggleTask(const QString &taskId)
{
    return m_progress->toggleTask(taskId);
}

StudySession::Outcome StudySession::addOwnCard(const Topic *topic, const QString &prompt, const QString &answer,
                                               QString *cardId)
{
    if (!m_guide)
        return { false, tr("No guide is open.") };
    if (prompt.trimmed().isEmpty())
        return { false, tr("A card needs a prompt.") };
    const bool forGuide = !topic || topic->kind == Topic::Kind::Root;
    const OwnCard card = OwnCards::make(forGuide ? QString() : topic->id, prompt, answer);
    if (!m_store.saveOwnCard(card))
        return { false, m_store.canWrite() ? tr("The card could not be saved.") : m_store.problem() };
    if (cardId)
        *cardId = card.id;
    return { true, forGuide ? tr("Added your card to the guide.")
                            : tr("Added your card to \"%1\".").arg(topic->title) };
}

StudySession::Outcome StudySession::editOwnCard(const QString &cardId, const QString &prompt, const QString &answer)
{
    if (prompt.trimmed().isEmpty())
        return { false, tr("A card needs a prompt.") };
    // From the store, not the guide: a card whose topic is gone keeps the topic's id, and goes
    // back there if the topic returns.
    const QList<OwnCard> cards = m_store.ownCards();
    const auto it = std::find_if(cards.cbegin(), cards.cend(), [&cardId](const OwnCard &c) { return c.id == cardId; });
    if (it == cards.cend())
        return { false, tr("Only cards you made yourself can be edited here; edit the guide's own in its files.") };
    OwnCard card = *it;
    card.prompt = prompt.trimmed();
    card.answer = answer.trimmed();
    if (!m_store.saveOwnCard(card))
        return { false, m_store.canWrite() ? tr("The card could not be saved.") : m_store.problem() };
    return { true, tr("Your card was changed.") };
}

StudySession::Outcome StudySession::removeOwnCard(const QString &cardId)
{
    if (!isOwnCard(cardId))
        return { false, tr("Only cards you made yourself can be deleted; the guide's own live in its files.") };
    // A bookmark would point at nothing; the schedule and the review log stay, as history.
    if (m_progress->isBookmarked(ItemKind::Card, cardId))
        m_store.removeBookmark(ItemKind::Card, cardId);
    if (!m_store.removeOwnCard(cardId))
        return { false, m_store.canWrite() ? tr("The card could not be deleted.") : m_store.problem() };
    return { true, tr("Your card was deleted. Its review history is kept.") };
}

bool StudySession::isOwnCard(const QString &cardId) const
{
    return m_guide && m_guide->isAdded(cardId) && m_guide->card(cardId);
}

bool StudySession::isOrphanedCard(const QString &cardId) const
{
    if (!isOwnCard(cardId))
        return false;
    return m_guide->card(cardId)->topicId.isEmpty();
}

void StudySession::reattachOwnCards()
{
    if (!m_guide)
        return;
    QSet<QString> before;
    for (const Card *card : m_guide->cardsUnder(m_guide->root())) {
        if (m_guide->isAdded(card->id))
            before.insert(card->id);
    }
    OwnCards::reattach(*m_guide, m_store.ownCards());
    QSet<QString> gone;
    for (const QString &id : std::as_const(before)) {
        if (!m_guide->card(id))
            gone.insert(id);
    }
    if (!gone.isEmpty())
        m_round->dropCards(gone);
    emit cardsChanged();
    m_progress->refresh(); // the roll-up counts cards; the due counts follow
}

void StudySession::markOpened(const Topic *topic)
{
    m_progress->markOpened(topic ? topic->page() : nullptr);
}

StudySession::Outcome StudySession::toggleBookmark(ItemKind kind, const QString &itemId)
{
    const QString what = describe(kind, itemId);
    const bool on = !m_progress->isBookmarked(kind, itemId);
    if (!m_progress->toggleBookmark(kind, itemId))
        return { false, m_store.canWrite() ? tr("The bookmark could not be saved.") : m_store.problem() };
    const QString shown = what.size() > 60 ? what.left(59).trimmed() + QChar(0x2026) : what;
    if (kind == ItemKind::Card)
        return { true, on ? tr("Bookmarked the card \"%1\". Add a note on why in the Bookmarks panel (F2).").arg(shown)
                          : tr("Removed the bookmark on the card \"%1\".").arg(shown) };
    return { true, on ? tr("Bookmarked \"%1\". Add a note on why in the Bookmarks panel (F2).").arg(shown)
                      : tr("Removed the bookmark on \"%1\".").arg(shown) };
}

bool StudySession::setBookmarkNote(ItemKind kind, const QString &itemId, const QString &note)
{
    return m_store.setBookmark(kind, itemId, note);
}

bool StudySession::removeBookmark(ItemKind kind, const QString &itemId)
{
    return m_store.removeBookmark(kind, itemId);
}

QList<Bookmark> StudySession::bookmarks() const
{
    return m_store.canRead() ? m_store.bookmarks() : QList<Bookmark>();
}

QString StudySession::describe(ItemKind kind, const QString &itemId) const
{
    if (!m_guide)
        return itemId;
    if (kind == ItemKind::Topic) {
        const Topic *topic = m_guide->topic(itemId);
        return topic ? topic->title : itemId;
    }
    const Card *card = m_guide->card(itemId);
    if (!card)
        return itemId;
    CmarkDocument prompt(card->prompt);
    return CmarkDocument::plainText(prompt.root()).simplified();
}

QString StudySession::note(const QString &topicId) const
{
    return m_store.canRead() ? m_store.note(topicId) : QString();
}

bool StudySession::setNote(const QString &topicId, const QString &text)
{
    return m_store.setNote(topicId, text);
}

QList<TopicNote> StudySession::notes() const
{
    return m_store.canRead() ? m_store.notes() : QList<TopicNote>();
}

QList<ReviewLogEntry> StudySession::reviewLog() const
{
    return m_store.canRead() ? m_store.reviewLog() : QList<ReviewLogEntry>();
}

QList<InterviewSession> StudySession::interviewHistory() const
{
    return m_store.canRead() ? m_store.interviewHistory() : QList<InterviewSession>();
}

bool StudySession::recordInterview(const InterviewSession &interview)
{
    return m_progress->recordInterview(interview);
}

std::array<CardSchedule, 4> StudySession::preview(const QString &cardId) const
{
    return m_progress->preview(cardId, now());
}

StudySession::Outcome StudySession::exportCards(const QString &path, CardExporter::Format format) const
{
    if (!m_guide)
        return { false, tr("No guide is open.") };
    CodeHighlighter highlighter;
    const CardExporter::Result result = CardExporter(highlighter).write(path, *m_guide, nullptr, format);
    return { result.ok, result.message };
}

StudySession::Outcome StudySession::exportProgress(const QString &path) const
{
    const ProgressArchive::Result result = ProgressArchive(m_store).exportTo(path);
    return { result.ok, result.message };
}

StudySession::Outcome StudySession::importProgress(const QString &path, bool force)
{
    const ProgressArchive::Result result = ProgressArchive(m_store).importFrom(path, force);
    if (result.ok) {
        m_progress->reload();
        emit reloaded();
        refresh();
    }
    return { result.ok, result.message, result.otherGuide };
}

QList<ProgressBackups::Backup> StudySession::backups() const
{
    return ProgressBackups::listFor(m_store.path());
}

StudySession::Outcome StudySession::restoreBackup(const ProgressBackups::Backup &backup)
{
    QString replaced;
    const bool restored = m_store.replaceWith(backup.path, &replaced);
    const QString date = QLocale().toString(backup.date, QLocale::LongFormat);
    if (!restored)
        return { false, tr("The backup from %1 could not be restored: %2").arg(date, m_store.problem()) };
    // Everything shown now comes from the restored file.
    reattachOwnCards();
    m_progress->reload();
    emit reloaded();
    refresh();
    if (replaced.isEmpty())
        return { true, tr("Your progress from %1 was restored.").arg(date) };
    return { true, tr("Your progress from %1 was restored. The progress it replaced was kept in %2.").arg(date, replaced) };
}
