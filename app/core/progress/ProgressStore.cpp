#include "ProgressStore.h"

#include "ProgressBackups.h"
#include "ProgressFileCheck.h"
#include "ProgressFileLock.h"
#include "UtcDateTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <unistd.h>

namespace {

// Each entry upgrades the schema by one version. Never edit a released entry: add one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps {
        // 1: progress of topics, schedules of cards, and the review log every statistic comes from
        {
            QStringLiteral("CREATE TABLE topic_progress (guide_id TEXT NOT NULL, topic_id TEXT NOT NULL,"
                           " status INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (guide_id, topic_id))"),
            QStringLiteral("CREATE TABLE card_state (guide_id TEXT NOT NULL, card_id TEXT NOT NULL,"
                           " state INTEGER NOT NULL, step INTEGER NOT NULL, stability REAL, difficulty REAL,"
                           " due INTEGER, last_review INTEGER, reps INTEGER NOT NULL, lapses INTEGER NOT NULL,"
                           " PRIMARY KEY (guide_id, card_id))"),
            QStringLiteral("CREATE TABLE review_log (id INTEGER PRIMARY KEY, guide_id TEXT NOT NULL,"
                           " card_id TEXT NOT NULL, rating INTEGER NOT NULL, reviewed_at INTEGER NOT NULL,"
                           " state_before INTEGER NOT NULL, scheduled_seconds INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX review_log_by_time ON review_log (guide_id, reviewed_at)"),
        },
        // 2: bookmarks with a note, personal notes per topic, and where a review came from
        {
            QStringLiteral("CREATE TABLE bookmarks (guide_id TEXT NOT NULL, item_kind INTEGER NOT NULL,"
                           " item_id TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,"
                           " PRIMARY KEY (guide_id, item_kind, item_id))"),
            QStringLiteral("CREATE TABLE notes (guide_id TEXT NOT NULL, topic_id TEXT NOT NULL, text TEXT NOT NULL,"
                           " updated_at INTEGER NOT NULL, PRIMARY KEY (guide_id, topic_id))"),
            QStringLiteral("ALTER TABLE review_log ADD COLUMN source TEXT NOT NULL DEFAULT 'review'"),
        },
        // 3: mock interviews, one row per session and one per question answered in it
        {
            QStringLiteral("CREATE TABLE interview_sessions (id INTEGER PRIMARY KEY, guide_id TEXT NOT NULL,"
                           " started_at INTEGER NOT NULL, finished_at INTEGER NOT NULL,"
                           " seconds_per_question INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX interview_sessions_by_time ON interview_sessions (guide_id, started_at)"),
            QStringLiteral("CREATE TABLE interview_answers (session_id INTEGER NOT NULL REFERENCES interview_sessions (id),"
                           " position INTEGER NOT NULL, card_id TEXT NOT NULL, category_id TEXT NOT NULL,"
                           " seconds_used INTEGER NOT NULL, timed_out INTEGER NOT NULL, checked_points INTEGER NOT NULL,"
                           " total_points INTEGER NOT NULL, rating INTEGER NOT NULL, notes TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (session_id, position))"),
        },
        // 4: ticked task list items, and the learner's own cards, kept here and never in the guide
        {
            QStringLiteral("CREATE TABLE task_state (guide_id TEXT NOT NULL, task_id TEXT NOT NULL, done INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL, PRIMARY KEY (guide_id, task_id))"),
            QStringLiteral("CREATE TABLE own_cards (guide_id TEXT NOT NULL, card_id TEXT NOT NULL, topic_id TEXT NOT NULL,"
                           " prompt TEXT NOT NULL, answer TEXT NOT NULL, created_at INTEGER NOT NULL,"
                           " updated_at INTEGER NOT NULL, PRIMARY KEY (guide_id, card_id))"),
        },
        // 5: the sync journal: this device's id, every change as an event keyed by (device, seq),
        // the segment files already read, and where each review came from (app/core/sync/README.md)
        {
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sync_events (device TEXT NOT NULL, seq INTEGER NOT NULL, guide_id TEXT NOT NULL,"
                           " hlc INTEGER NOT NULL, kind INTEGER NOT NULL, item TEXT NOT NULL, at INTEGER NOT NULL,"
                           " number INTEGER NOT NULL, text TEXT NOT NULL, deleted INTEGER NOT NULL,"
                           " PRIMARY KEY (device, seq))"),
            // Registers only: reviews are never looked up by item, and are most of the events.
            QStringLiteral("CREATE INDEX sync_registers ON sync_events (guide_id, kind, item) WHERE kind <> 1"),
            QStringLiteral("CREATE TABLE sync_files (guide_id TEXT NOT NULL, device TEXT NOT NULL, name TEXT NOT NULL,"
                           " size INTEGER NOT NULL, modified INTEGER NOT NULL, first_seq INTEGER NOT NULL,"
                           " last_seq INTEGER NOT NULL, PRIMARY KEY (guide_id, device, name))"),
            QStringLiteral("CREATE TABLE sync_devices (guide_id TEXT NOT NULL, device TEXT NOT NULL, name TEXT NOT NULL,"
                           " last_read INTEGER NOT NULL, PRIMARY KEY (guide_id, device))"),
            QStringLiteral("CREATE TABLE sync_settings (guide_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
                           " PRIMARY KEY (guide_id, key))"),
            QStringLiteral("ALTER TABLE review_log ADD COLUMN device TEXT"),
            QStringLiteral("ALTER TABLE review_log ADD COLUMN seq INTEGER"),
            QStringLiteral("CREATE UNIQUE INDEX review_log_by_origin ON review_log (device, seq)"),
            QStringLiteral("CREATE INDEX review_log_by_card ON review_log (guide_id, card_id, reviewed_at)"),
        },
        // 6: a review event is kept once, as its review_log row with its clock value, no longer also
        // as a row of sync_events (which keeps the registers); the view sync_journal is every event
        {
            QStringLiteral("ALTER TABLE review_log ADD COLUMN hlc INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE review_log SET hlc = e.hlc FROM sync_events e"
                           " WHERE e.device = review_log.device AND e.seq = review_log.seq AND e.kind = 1"),
            // A review event without its row (none is expected) becomes one, so that none is lost.
            QStringLiteral("INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
                           " scheduled_seconds, source, device, seq, hlc)"
                           " SELECT guide_id, item, number, at, 0, 0, text, device, seq, hlc FROM sync_events e"
                           " WHERE kind = 1 AND NOT EXISTS (SELECT 1 FROM review_log r"
                           " WHERE r.device = e.device AND r.seq = e.seq)"),
            QStringLiteral("DELETE FROM sync_events WHERE kind = 1"),
            QStringLiteral("CREATE VIEW sync_journal AS"
                           " SELECT device, seq, guide_id, hlc, kind, item, at, number, text, deleted FROM sync_events"
                           " UNION ALL SELECT device, seq, guide_id, hlc, 1, card_id, reviewed_at, rating, source, 0"
                           " FROM review_log WHERE device IS NOT NULL"),
        },
    };
    return steps;
}

qint64 toSeconds(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

QDateTime fromSeconds(const QVariant &v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return QDateTime();
    return UtcDateTime::fromSecsSinceEpoch(v.toLongLong());
}

CardSchedule scheduleFrom(const QSqlQuery &q, int first)
{
    CardSchedule s;
    s.state = CardState(q.value(first).toInt());
    s.step = q.value(first + 1).toInt();
    if (!q.value(first + 2).isNull())
        s.memory = MemoryState { q.value(first + 2).toDouble(), q.value(first + 3).toDouble() };
    s.due = fromSeconds(q.value(first + 4));
    s.lastReview = fromSeconds(q.value(first + 5));
    s.reps = q.value(first + 6).toInt();
    s.lapses = q.value(first + 7).toInt();
    return s;
}

} // namespace

ProgressStore::ProgressStore(QObject *parent)
    : QObject(parent)
    , m_connection(QStringLiteral("progress-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ProgressStore::~ProgressStore()
{
    close();
}

QStringList ProgressStore::migrationStatements(int toVersion)
{
    QStringList all;
    for (int v = 0; v < toVersion && v < migrations().size(); ++v)
        all += migrations().at(v);
    return all;
}

void ProgressStore::fail(const QString &problem, Mode mode)
{
    m_problem = problem;
    m_mode = mode;
}

bool ProgressStore::checkExistingFile(const QString &path, bool ownsFile)
{
    using Verdict = ProgressFileCheck::Verdict;
    const ProgressFileCheck::Result check = ProgressFileCheck::inspect(path, schemaVersion);
    switch (check.verdict) {
    case Verdict::Missing:
    case Verdict::Sound:
    case Verdict::Newer: // not damage: left as it is, and reported once its version is read
        return true;
    case Verdict::Unreadable:
        fail(tr("Your progress file %1 cannot be read (%2); progress is not saved this time.").arg(path, check.detail),
             Mode::Unavailable);
        return false;
    case Verdict::Foreign:
        // A sound database of another program is someone's data, not damage: never move or change it.
        fail(tr("%1 is not a Study Guide progress file; it was left untouched and progress is not saved "
                "this time. Move it away to start afresh.")
                 .arg(path),
             Mode::Unavailable);
        return false;
    case Verdict::Empty:
        // An empty file holds nothing; but a file truncated to nothing looks the same, so when
        // there is a backup to bring back, treat it as damaged.
        if (!ownsFile || ProgressBackups::listFor(path).isEmpty())
            return true;
        break;
    case Verdict::Damaged:
        break;
    }
    if (!ownsFile) {
        fail(tr("Your progress file %1 is damaged, and Study Guide is already open with it; close every "
                "Study Guide window and start again to recover it.")
                 .arg(path),
             Mode::Unavailable);
        return false;
    }
    return recoverDamagedFile(path);
}

bool ProgressStore::recoverDamagedFile(const QString &path)
{
    const QString aside = ProgressBackups::moveAside(path, QStringLiteral("damaged"), QDateTime::currentDateTime());
    if (aside.isEmpty()) {
        fail(tr("Your progress file %1 is damaged and could not be moved aside; it was left as it is and progress "
                "is not saved this time.")
                 .arg(path),
             Mode::Unavailable);
        return false;
    }
    // The newest backup that passes a full check; a damaged one falls back to the one before.
    for (const ProgressBackups::Backup &backup : ProgressBackups::listFor(path)) {
        if (ProgressFileCheck::inspect(backup.path, schemaVersion, true).verdict != ProgressFileCheck::Verdict::Sound)
            continue;
        if (ProgressBackups::copyInPlace(backup.path, path)) {
            m_recoveryMessage = tr("Your progress file was damaged. It was moved to %1 and your progress from %2 "
                                   "was restored.")
                                    .arg(aside, QLocale().toString(backup.date, QLocale::LongFormat));
            return true;
        }
    }
    m_recoveryMessage = tr("Your progress file was damaged and there was no backup to restore, so your progress "
                           "starts afresh. The damaged file was moved to %1.")
                            .arg(aside);
    return true;
}

ProgressStore::Mode ProgressStore::open(const QString &path)
{
    close();
    m_path = path;
    m_problem.clear();
    m_readOnlyFolder = false;
    m_recoveryMessage.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());

    // A data folder that cannot be written (a read-only mount, a locked-down home): the
    // progress saved there is still the user's, shown as it is; SQLite reads it as immutable,
    // since it can make no -shm file beside it.
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path) && ::access(folder.constData(), W_OK) != 0) {
        m_readOnlyFolder = true;
        return openDatabase(false);
    }
    // The lock first: only the instance that owns the file may move a damaged one aside.
    m_lock = std::make_unique<ProgressFileLock>(path + QStringLiteral(".lock"));
    const bool ownsFile = m_lock->tryLock();
    if (!checkExistingFile(path, ownsFile))
        return m_mode;
    return openDatabase(ownsFile);
}

ProgressStore::Mode ProgressStore::openDatabase(bool ownsFile)
{
    const QString &path = m_path;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (m_readOnlyFolder) {
        m_db.setDatabaseName(QUrl::fromLocalFile(path).toString() + QStringLiteral("?immutable=1"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else if (!ownsFile)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    else
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!m_db.open()) {
        fail(tr("Your progress file %1 cannot be opened: %2").arg(path, m_db.lastError().text()), Mode::Unavailable);
        return m_mode;
    }

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        fail(tr("%1 is damaged or not a Study Guide progress file (%2); it was left untouched.")
                 .arg(path, q.lastError().text()),
             Mode::Unavailable);
        return m_mode;
    }
    const int version = q.value(0).toInt();
    q.finish(); // SQLite will not change the journal mode while a statement is active
    if (version > schemaVersion) {
        fail(tr("Your progress file was written by a newer version of Study Guide; this version only reads "
                "the guide and will not change the file."),
             Mode::Unavailable);
        return m_mode;
    }
    if (m_readOnlyFolder) {
        fail(tr("Your data folder %1 cannot be written: your progress is shown as it was saved, and nothing new "
                "is saved (read-only) until the folder can be written again.")
                 .arg(QFileInfo(path).absolutePath()),
             Mode::ReadOnly);
        if (version < schemaVersion)
            m_mode = Mode::Unavailable;
        return m_mode;
    }
    if (!ownsFile) {
        fail(tr("Study Guide is already open with this progress file; this window is read-only."), Mode::ReadOnly);
        if (version < schemaVersion)
            m_mode = Mode::Unavailable;
        return m_mode;
    }
    // A file being made holds nothing of the user's yet: SQLite need not flush every step of
    // making it (seven flushes, milliseconds of the first start). One checkpoint at the end
    // makes the finished file durable before anything of the user's is written to it.
    const bool creating = version == 0;
    run(creating ? QStringLiteral("PRAGMA synchronous=OFF") : QStringLiteral("PRAGMA synchronous=FULL"));
    run(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (version < schemaVersion && !migrate()) {
        fail(tr("Your progress file could not be upgraded (%1); it was left as it was.").arg(m_db.lastError().text()),
             Mode::Unavailable);
        return m_mode;
    }
    if (creating) {
        run(QStringLiteral("PRAGMA synchronous=FULL"));
        run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    loadJournalState();
    if (!journalOwnCardsAndTasks()) {
        fail(tr("Your progress file could not be upgraded (%1); it was left as it was.").arg(m_db.lastError().text()),
             Mode::Unavailable);
        return m_mode;
    }
    m_mode = Mode::ReadWrite;
    return m_mode;
}

void ProgressStore::moveConnectionToThread(QThread *thread)
{
    // What QSqlDatabase::moveToThread() does from Qt 6.8 on: the driver is the connection's
    // only object, and QSqlDatabase::database() checks its thread.
    if (m_db.isValid() && m_db.driver())
        m_db.driver()->moveToThread(thread);
}

void ProgressStore::close()
{
    closeDatabase();
    m_lock.reset();
}

void ProgressStore::closeDatabase()
{
    if (m_db.isValid()) {
        if (m_db.isOpen())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_mode = Mode::Closed;
}

bool ProgressStore::replaceWith(const QString &source, QString *keptAs)
{
    if (keptAs)
        keptAs->clear();
    if (!m_lock || !m_lock->isLocked()) {
        m_problem = tr("Study Guide is already open with this progress file elsewhere.");
        return false;
    }
    const ProgressFileCheck::Result check = ProgressFileCheck::inspect(source, schemaVersion, true);
    if (check.verdict != ProgressFileCheck::Verdict::Sound) {
        m_problem = tr("%1 is damaged or not a Study Guide progress file.").arg(source);
        return false;
    }
    closeDatabase(); // the lock stays: no other instance may take the file meanwhile
    QString aside;
    if (QFile::exists(m_path)) {
        aside = ProgressBackups::moveAside(m_path, QStringLiteral("replaced"), QDateTime::currentDateTime());
        if (aside.isEmpty()) {
            openDatabase(true);
            m_problem = tr("Your progress file could not be moved aside, so nothing was changed.");
            return false;
        }
    }
    QString error;
    if (!ProgressBackups::copyInPlace(source, m_path, &error)) {
        if (!aside.isEmpty()) {
            for (const auto &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::rename(aside + suffix, m_path + suffix);
        }
        openDatabase(true);
        m_problem = tr("The backup could not be copied (%1), so nothing was changed.").arg(error);
        return false;
    }
    m_problem.clear();
    m_recoveryMessage.clear();
    if (keptAs)
        *keptAs = aside;
    return openDatabase(true) == Mode::ReadWrite;
}

bool ProgressStore::migrate()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    const int from = q.value(0).toInt();
    if (from > 0) {
        // Keep the file as it was before an upgrade, in case the upgrade itself is ever wrong.
        run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString copy = m_path + QStringLiteral(".before-v%1").arg(schemaVersion);
        QFile::remove(copy);
        QFile::copy(m_path, copy);
    }
    if (!m_db.transaction())
        return false;
    for (int v = from; v < schemaVersion; ++v) {
        for (const QString &statement : migrations().at(v)) {
            if (!run(statement)) {
                m_db.rollback();
                return false;
            }
        }
        // Step 5 also turns the rows already there into this device's first events.
        if (v == 4 && !backfillJournal()) {
            m_db.rollback();
            return false;
        }
    }
    if (!run(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

void ProgressStore::reportWriteFailure()
{
    // Disk full, a folder made read-only or a file gone: what is committed stays as it is, and
    // nothing more is attempted that could half-succeed. The window goes on read-only. Other
    // failures (a row refused) leave the store as it was for the next write.
    const QSqlError error = m_db.lastError().isValid() ? m_db.lastError() : m_lastError;
    // A row refused (a constraint, a trigger's RAISE) is the data's fault, not the storage's.
    enum { Constraint = 19, Mismatch = 20 };
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == Constraint || code == Mismatch)
        return;
    const QString reason = error.text().trimmed();
    fail(tr("Your progress could not be saved (%1). Study Guide goes on read-only; everything saved "
            "before is kept. Free some space or check the folder %2, then restart.")
             .arg(reason.isEmpty() ? tr("the file could not be written") : reason, QFileInfo(m_path).absolutePath()),
         Mode::ReadOnly);
    emit writeFailed(m_problem);
}

bool ProgressStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values) {
        // Qt binds a null QString as SQL NULL; our text columns mean "empty" by it.
        if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(v);
    }
    if (q.exec())
        return true;
    m_lastError = q.lastError();
    return false;
}

TopicStatus ProgressStore::topicStatus(const QString &topicId) const
{
    return topicStatuses().value(topicId, TopicStatus::NotStarted);
}

QHash<QString, TopicStatus> ProgressStore::topicStatuses() const
{
    QHash<QString, TopicStatus> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT topic_id, status FROM topic_progress WHERE guide_id = ?"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString(), TopicStatus(q.value(1).toInt()));
    return out;
}

bool ProgressStore::setTopicStatus(const QString &topicId, TopicStatus status)
{
    if (!canWrite())
        return false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool ok = inTransaction([&] {
        return run(QStringLiteral("INSERT INTO topic_progress (guide_id, topic_id, status, updated_at) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT (guide_id, topic_id) DO UPDATE SET status = excluded.status,"
                                  " updated_at = excluded.updated_at"),
                   { m_guideId, topicId, int(status), now })
            && journal({ {}, 0, 0, SyncEvent::Kind::Status, topicId, now, int(status), {}, false }) > 0;
    });
    if (ok)
        emit topicStatusChanged(topicId);
    else
        reportWriteFailure();
    return ok;
}

std::optional<CardSchedule> ProgressStore::cardSchedule(const QString &cardId) const
{
    if (!canRead())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT state, step, stability, difficulty, due, last_review, reps, lapses FROM card_state"
                             " WHERE guide_id = ? AND card_id = ?"));
    q.addBindValue(guideKey());
    q.addBindValue(cardId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return scheduleFrom(q, 0);
}

QHash<QString, CardSchedule> ProgressStore::cardSchedules() const
{
    QHash<QString, CardSchedule> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT card_id, state, step, stability, difficulty, due, last_review, reps, lapses"
                             " FROM card_state WHERE guide_id = ?"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString(), scheduleFrom(q, 1));
    return out;
}

bool ProgressStore::recordReview(const QString &cardId, CardState stateBefore, const CardSchedule &after, Rating rating,
                                 const QDateTime &at, const QString &source)
{
    if (!canWrite())
        return false;
    if (!m_db.transaction()) {
        reportWriteFailure();
        return false;
    }
    if (!writeReview(cardId, stateBefore, after, rating, at, source) || !m_db.commit()) {
        m_db.rollback();
        reportWriteFailure();
        return false;
    }
    emit cardReviewed(cardId);
    return true;
}

bool ProgressStore::writeReview(const QString &cardId, CardState stateBefore, const CardSchedule &after, Rating rating,
                                const QDateTime &at, const QString &source)
{
    const QVariant stability = after.memory ? QVariant(after.memory->stability) : QVariant();
    const QVariant difficulty = after.memory ? QVariant(after.memory->difficulty) : QVariant();
    return run(QStringLiteral("INSERT INTO card_state (guide_id, card_id, state, step, stability, difficulty, due,"
                              " last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                              " ON CONFLICT (guide_id, card_id) DO UPDATE SET state = excluded.state, step = excluded.step,"
                              " stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,"
                              " last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses"),
               { m_guideId, cardId, int(after.state), after.step, stability, difficulty, toSeconds(after.due),
                 toSeconds(after.lastReview), after.reps, after.lapses })
        && writeLoggedReview(cardId, stateBefore, after, rating, at, source);
}

bool ProgressStore::writeLoggedReview(const QString &cardId, CardState stateBefore, const CardSchedule &after,
                                      Rating rating, const QDateTime &at, const QString &source)
{
    SyncEvent event { {}, 0, 0, SyncEvent::Kind::Review, cardId, toSeconds(at), int(rating), source, false };
    return stampEvent(event)
        && run(QStringLiteral("INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
                              " scheduled_seconds, source, device, seq, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               { m_guideId, cardId, int(rating), toSeconds(at), int(stateBefore),
                 after.due.isValid() ? UtcDateTime::fromSecsSinceEpoch(toSeconds(at)).secsTo(after.due) : 0,
                 source, m_deviceId, event.seq, event.hlc });
}

QList<ReviewLogEntry> ProgressStore::reviewLog(const QDateTime &since) const
{
    QList<ReviewLogEntry> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT card_id, rating, reviewed_at, state_before, scheduled_seconds, source FROM review_log"
                             " WHERE guide_id = ? AND reviewed_at >= ? ORDER BY reviewed_at, device, seq, id"));
    q.addBindValue(guideKey());
    q.addBindValue(toSeconds(since));
    q.exec();
    while (q.next()) {
        out.append({ q.value(0).toString(), Rating(q.value(1).toInt()), fromSeconds(q.value(2)),
                     CardState(q.value(3).toInt()), q.value(4).toLongLong(), q.value(5).toString() });
    }
    return out;
}

QList<Bookmark> ProgressStore::bookmarks() const
{
    QList<Bookmark> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT item_kind, item_id, note, created_at FROM bookmarks WHERE guide_id = ?"
                             " ORDER BY created_at DESC, rowid DESC"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next())
        out.append({ ItemKind(q.value(0).toInt()), q.value(1).toString(), q.value(2).toString(), fromSeconds(q.value(3)) });
    return out;
}

std::optional<Bookmark> ProgressStore::bookmark(ItemKind kind, const QString &itemId) const
{
    for (const Bookmark &b : bookmarks()) {
        if (b.kind == kind && b.itemId == itemId)
            return b;
    }
    return std::nullopt;
}

bool ProgressStore::setBookmark(ItemKind kind, const QString &itemId, const QString &note)
{
    if (!canWrite())
        return false;
    const bool ok = inTransaction([&] {
        return run(QStringLiteral("INSERT INTO bookmarks (guide_id, item_kind, item_id, note, created_at)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (guide_id, item_kind, item_id)"
                                  " DO UPDATE SET note = excluded.note"),
                   { m_guideId, int(kind), itemId, note, QDateTime::currentSecsSinceEpoch() })
            && journalBookmark(kind, itemId);
    });
    if (ok)
        emit bookmarksChanged();
    else
        reportWriteFailure();
    return ok;
}

bool ProgressStore::removeBookmark(ItemKind kind, const QString &itemId)
{
    if (!canWrite())
        return false;
    const bool ok = inTransaction([&] {
        return run(QStringLiteral("DELETE FROM bookmarks WHERE guide_id = ? AND item_kind = ? AND item_id = ?"),
                   { m_guideId, int(kind), itemId })
            && journalBookmark(kind, itemId);
    });
    if (ok)
        emit bookmarksChanged();
    else
        reportWriteFailure();
    return ok;
}

QString ProgressStore::note(const QString &topicId) const
{
    if (!canRead())
        return QString();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM notes WHERE guide_id = ? AND topic_id = ?"));
    q.addBindValue(guideKey());
    q.addBindValue(topicId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<TopicNote> ProgressStore::notes() const
{
    QList<TopicNote> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT topic_id, text, updated_at FROM notes WHERE guide_id = ? ORDER BY updated_at DESC"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), fromSeconds(q.value(2)) });
    return out;
}

bool ProgressStore::setNote(const QString &topicId, const QString &text)
{
    if (!canWrite())
        return false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool ok = inTransaction([&] {
        return run(QStringLiteral("INSERT INTO notes (guide_id, topic_id, text, updated_at) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT (guide_id, topic_id) DO UPDATE SET text = excluded.text,"
                                  " updated_at = excluded.updated_at"),
                   { m_guideId, topicId, text, now })
            && journal({ {}, 0, 0, SyncEvent::Kind::Note, topicId, now, 0, text, false }) > 0;
    });
    if (ok)
        emit noteChanged(topicId);
    else
        reportWriteFailure();
    return ok;
}

QList<ProgressStore::TopicStatusEntry> ProgressStore::topicStatusEntries() const
{
    QList<TopicStatusEntry> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT topic_id, status, updated_at FROM topic_progress WHERE guide_id = ? ORDER BY topic_id"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next())
        out.append({ q.value(0).toString(), TopicStatus(q.value(1).toInt()), fromSeconds(q.value(2)) });
    return out;
}

bool ProgressStore::importBatch(const ImportBatch &batch)
{
    if (!canWrite() || !m_db.transaction())
        return false;
    // One prepared statement per table: a review log of many thousand rows stays fast.
    const auto writeAll = [this](const QString &sql, const auto &rows, const auto &valuesOf) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            return false;
        for (const auto &row : rows) {
            const QVariantList values = valuesOf(row);
            if (values.isEmpty())
                return false; // the row could not be made (a review without its journal stamp)
            for (int i = 0; i < values.size(); ++i) {
                const QVariant &v = values.at(i);
                const bool nullText = v.metaType().id() == QMetaType::QString && v.toString().isNull();
                q.bindValue(i, nullText ? QVariant(QString(QLatin1String(""))) : v);
            }
            if (!q.exec()) {
                m_lastError = q.lastError();
                return false;
            }
        }
        return true;
    };
    const QString guide = guideKey();
    const bool ok
        = writeAll(QStringLiteral("INSERT INTO topic_progress (guide_id, topic_id, status, updated_at) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT (guide_id, topic_id) DO UPDATE SET status = excluded.status,"
                                  " updated_at = excluded.updated_at"),
                   batch.statuses,
                   [&](const TopicStatusEntry &e) {
                       return QVariantList { guide, e.topicId, int(e.status), toSeconds(e.updatedAt) };
                   })
        && writeAll(QStringLiteral("INSERT INTO notes (guide_id, topic_id, text, updated_at) VALUES (?, ?, ?, ?)"
                                   " ON CONFLICT (guide_id, topic_id) DO UPDATE SET text = excluded.text,"
                                   " updated_at = excluded.updated_at"),
                    batch.notes,
                    [&](const TopicNote &n) { return QVariantList { guide, n.topicId, n.text, toSeconds(n.updatedAt) }; })
        && writeAll(QStringLiteral("INSERT INTO bookmarks (guide_id, item_kind, item_id, note, created_at)"
                                   " VALUES (?, ?, ?, ?, ?) ON CONFLICT (guide_id, item_kind, item_id)"
                                   " DO UPDATE SET note = excluded.note"),
                    batch.bookmarks,
                    [&](const Bookmark &b) {
                        return QVariantList { guide, int(b.kind), b.itemId, b.note, toSeconds(b.createdAt) };
                    })
        && writeAll(QStringLiteral("INSERT INTO card_state (guide_id, card_id, state, step, stability, difficulty, due,"
                                   " last_review, reps, lapses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                   " ON CONFLICT (guide_id, card_id) DO UPDATE SET state = excluded.state,"
                                   " step = excluded.step, stability = excluded.stability,"
                                   " difficulty = excluded.difficulty, due = excluded.due,"
                                   " last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses"),
                    batch.schedules.keys(),
                    [&](const QString &cardId) {
                        const CardSchedule s = batch.schedules.value(cardId);
                        return QVariantList { guide, cardId, int(s.state), s.step,
                                              s.memory ? QVariant(s.memory->stability) : QVariant(),
                                              s.memory ? QVariant(s.memory->difficulty) : QVariant(),
                                              toSeconds(s.due), toSeconds(s.lastReview), s.reps, s.lapses };
                    })
        && writeAll(QStringLiteral("INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
                                   " scheduled_seconds, source, device, seq, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    batch.reviews,
                    [&](const ReviewLogEntry &r) {
                        SyncEvent e { {}, 0, 0, SyncEvent::Kind::Review, r.cardId, toSeconds(r.reviewedAt),
                                      int(r.rating), r.source, false };
                        if (!stampEvent(e))
                            return QVariantList(); // the import fails
                        return QVariantList { guide, r.cardId, int(r.rating), toSeconds(r.reviewedAt),
                                              int(r.stateBefore), r.scheduledSeconds, r.source, m_deviceId, e.seq,
                                              e.hlc };
                    })
        && writeAll(QStringLiteral("INSERT INTO task_state (guide_id, task_id, done, updated_at) VALUES (?, ?, ?, ?)"
                                   " ON CONFLICT (guide_id, task_id) DO UPDATE SET done = excluded.done,"
                                   " updated_at = excluded.updated_at"),
                    batch.tasks,
                    [&](const TaskStateEntry &t) {
                        return QVariantList { guide, t.taskId, t.done ? 1 : 0, toSeconds(t.updatedAt) };
                    })
        && writeAll(QStringLiteral("INSERT INTO own_cards (guide_id, card_id, topic_id, prompt, answer, created_at,"
                                   " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (guide_id, card_id) DO UPDATE"
                                   " SET topic_id = excluded.topic_id, prompt = excluded.prompt,"
                                   " answer = excluded.answer, updated_at = excluded.updated_at"),
                    batch.ownCards,
                    [&](const OwnCard &c) {
                        return QVariantList { guide, c.id, c.topicId, c.prompt, c.answer, toSeconds(c.createdAt),
                                              toSeconds(c.updatedAt) };
                    })
        && journalImport(batch);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        reportWriteFailure();
        return false;
    }
    for (const TopicStatusEntry &e : batch.statuses)
        emit topicStatusChanged(e.topicId);
    for (const TopicNote &n : batch.notes)
        emit noteChanged(n.topicId);
    if (!batch.bookmarks.isEmpty())
        emit bookmarksChanged();
    QSet<QString> cards(batch.schedules.keyBegin(), batch.schedules.keyEnd());
    for (const ReviewLogEntry &r : batch.reviews)
        cards.insert(r.cardId);
    for (const QString &cardId : std::as_const(cards))
        emit cardReviewed(cardId);
    for (const TaskStateEntry &t : batch.tasks)
        emit taskChanged(t.taskId);
    if (!batch.ownCards.isEmpty())
        emit ownCardsChanged();
    return true;
}
