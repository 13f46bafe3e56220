#pragma once

#include "HybridClock.h"
#include "InterviewSession.h"
#include "ProgressSchema.h"
#include "ProgressTypes.h"
#include "SyncEvent.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>

#include <functional>
#include <memory>
#include <optional>

class ProgressFileLock;
class QThread;

// The user's progress, bookmarks, notes and review history, in one SQLite file.
//
// Every action is its own transaction, committed (WAL, synchronous=FULL) before the call
// returns, so what the UI reports done survives a crash. Rows are keyed by guide id and the
// guide's stable item ids and are never deleted when items vanish from a guide, so history
// comes back when they return. A file that is not ours, or is from a newer version, is never
// written: the store stays read-only and says why. A second instance on the same file is
// read-only too, so two windows cannot interleave writes. A file that is damaged (overwritten,
// truncated, torn) is moved aside, never deleted, and the newest sound backup takes its place
// (see ProgressBackups); recoveryMessage() then tells the user what happened.
class ProgressStore : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Closed, ReadWrite, ReadOnly, Unavailable };
    static constexpr int schemaVersion = ProgressSchema::version;

    explicit ProgressStore(QObject *parent = nullptr);
    ~ProgressStore() override;

    // Opens (creating and migrating as needed) the database at PATH.
    Mode open(const QString &path);
    void close();
    // Hands the open connection to THREAD, which uses the store from then on. Qt ties a
    // connection to the thread that opened it (through its driver object); call this on that
    // thread. Start-up opens the store beside the window being built, for the UI thread.
    void moveConnectionToThread(QThread *thread);
    Mode mode() const { return m_mode; }
    bool canWrite() const { return m_mode == Mode::ReadWrite; }
    bool canRead() const { return m_mode == Mode::ReadWrite || m_mode == Mode::ReadOnly; }
    // Why the store is read-only or unavailable, in one sentence for the user.
    QString problem() const { return m_problem; }
    // Set when open() found the file damaged and recovered: what was moved where, what was restored.
    QString recoveryMessage() const { return m_recoveryMessage; }
    QString path() const { return m_path; }

    // Puts a copy of SOURCE (a sound progress file, e.g. a backup) in place of the open file and
    // reopens. The file it replaces is renamed, never deleted; KEPTAS receives its new name (empty
    // if there was none). Needs this instance to own the file; on failure nothing changes and
    // problem() says why.
    bool replaceWith(const QString &source, QString *keptAs = nullptr);

    // Everything below applies to this guide.
    void setGuideId(const QString &guideId) { m_guideId = guideId; }
    QString guideId() const { return m_guideId; }

    TopicStatus topicStatus(const QString &topicId) const;
    QHash<QString, TopicStatus> topicStatuses() const;
    bool setTopicStatus(const QString &topicId, TopicStatus status);

    std::optional<CardSchedule> cardSchedule(const QString &cardId) const;
    QHash<QString, CardSchedule> cardSchedules() const;
    // Stores the card's new schedule and appends to the review log, in one transaction.
    bool recordReview(const QString &cardId, CardState stateBefore, const CardSchedule &after, Rating rating,
                      const QDateTime &at, const QString &source = QStringLiteral("review"));
    QList<ReviewLogEntry> reviewLog(const QDateTime &since = QDateTime()) const;

    // A graded card's new schedule, worked out by the scheduler before it is stored.
    struct ScheduledReview
    {
        QString cardId;
        CardState stateBefore = CardState::New;
        CardSchedule after;
        Rating rating = Rating::Good;
        QDateTime at;
    };
    // Stores a finished mock interview with its answers and the reviews its grades give, all in
    // ONE transaction: the history never shows an interview whose grades did not reach the
    // scheduler, nor the other way round. Reviews are logged with source "interview".
    bool recordInterview(const InterviewSession &session, const QList<ScheduledReview> &reviews);
    // Mock interviews of this guide with their answers, newest first.
    QList<InterviewSession> interviewHistory() const;

    QList<Bookmark> bookmarks() const; // newest first
    std::optional<Bookmark> bookmark(ItemKind kind, const QString &itemId) const;
    bool setBookmark(ItemKind kind, const QString &itemId, const QString &note);
    bool removeBookmark(ItemKind kind, const QString &itemId);

    // Task list items the learner has ticked or unticked (true: done), by task id. An item with
    // no row shows as the file writes it.
    QHash<QString, bool> taskStates() const;
    bool setTaskDone(const QString &taskId, bool done);

    // The learner's own cards, made in the app for a topic of the guide (see OwnCard).
    QList<OwnCard> ownCards() const;
    bool saveOwnCard(const OwnCard &card); // adds, or replaces the card with the same id
    bool removeOwnCard(const QString &cardId);

    // Settings that follow the learner (LearnerSettings), as text by key: VALUES are stored
    // and journalled as setting events of this guide, so that a sync carries them to the
    // learner's other computers; syncedSettings() holds the winners of every merge too.
    bool setSyncedSettings(const QHash<QString, QString> &values);
    QHash<QString, QString> syncedSettings() const;

    QString note(const QString &topicId) const;
    QList<TopicNote> notes() const;
    bool setNote(const QString &topicId, const QString &text);

    // For export and import: rows as stored, with their timestamps.
    struct TopicStatusEntry
    {
        QString topicId;
        TopicStatus status = TopicStatus::NotStarted;
        QDateTime updatedAt;
    };
    QList<TopicStatusEntry> topicStatusEntries() const;
    struct TaskStateEntry
    {
        QString taskId;
        bool done = false;
        QDateTime updatedAt;
    };
    QList<TaskStateEntry> taskStateEntries() const;

    // Rows the caller has already decided should win, written as they are: statuses, notes and
    // schedules replace what is there, bookmarks are added or get the given note, reviews are
    // appended. All in ONE transaction, so an import is either complete or not there at all.
    struct ImportBatch
    {
        QList<TopicStatusEntry> statuses;
        QList<TopicNote> notes;
        QList<Bookmark> bookmarks;
        QHash<QString, CardSchedule> schedules;
        QList<ReviewLogEntry> reviews;
        QList<TaskStateEntry> tasks; // replace what is there
        QList<OwnCard> ownCards; // added, or replace the card with the same id
    };
    bool importBatch(const ImportBatch &batch);

    // For tests and tools: the statements that create each schema version, oldest first.
    static QStringList migrationStatements(int toVersion);

    // This installation's id in the sync folder (32 hex digits), made by schema step 4.
    QString deviceId() const { return m_deviceId; }

signals:
    void topicStatusChanged(const QString &topicId);
    void cardReviewed(const QString &cardId);
    void bookmarksChanged();
    void noteChanged(const QString &topicId);
    void interviewRecorded();
    // A write failed (disk full, folder read-only, file gone): the store is read-only from now
    // on and PROBLEM says so in a sentence for the user.
    void writeFailed(const QString &problem);
    void taskChanged(const QString &taskId);
    void ownCardsChanged();
    void syncedSettingsChanged();
    // A sync pass merged other devices' changes: anything may have changed, read it all again.
    void syncMerged();

private:
    bool checkExistingFile(const QString &path, bool ownsFile);
    bool recoverDamagedFile(const QString &path);
    Mode openDatabase(bool ownsFile);
    void closeDatabase();
    bool migrate();
    bool run(const QString &sql, const QVariantList &values = {});
    // The writes of recordReview(), for callers that already hold a transaction.
    bool writeReview(const QString &cardId, CardState stateBefore, const CardSchedule &after, Rating rating,
                     const QDateTime &at, const QString &source);
    void fail(const QString &problem, Mode mode);
    void reportWriteFailure();
    // The sync journal (ProgressStoreJournal.cpp): every change is also an event, written in the same
    // transaction as the change itself: a review is its review_log row, any other a row of sync_events.
    bool backfillJournal();
    void loadJournalState();
    // Gives EVENT this device's next seq and clock value (and saves the clock).
    bool stampEvent(SyncEvent &event);
    // Stores EVENT, not a review, as this device's next event of this guide; returns its seq, or 0
    // on failure. A review's event is its review_log row (writeLoggedReview).
    qint64 journal(SyncEvent event);
    bool journalBookmark(ItemKind kind, const QString &itemId);
    bool journalOwnCard(const QString &cardId);
    bool journalImport(const ImportBatch &batch);
    // Once per file: own cards and task ticks stored before they were journalled become events.
    bool journalOwnCardsAndTasks();
    // The review log row of a review and its journal event; the caller holds a transaction.
    bool writeLoggedReview(const QString &cardId, CardState stateBefore, const CardSchedule &after, Rating rating,
                           const QDateTime &at, const QString &source);
    // Runs WRITE and its journal entry in one transaction (or in the caller's, when INTRANSACTION).
    bool inTransaction(const std::function<bool()> &write);
    QString guideKey() const { return m_guideId.isNull() ? QString(QLatin1String("")) : m_guideId; }

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_guideId;
    QString m_problem;
    QString m_recoveryMessage;
    Mode m_mode = Mode::Closed;
    bool m_readOnlyFolder = false;
    QSqlError m_lastError; // of the last statement that failed, for reportWriteFailure()
    std::unique_ptr<ProgressFileLock> m_lock;
    QString m_deviceId;
    qint64 m_nextSeq = 1;
    HybridClock m_clock;

    friend class SyncDatabase; // the merge writes the same tables, in the store's transactions
};
