#include "ProgressFileLock.h"
#include "ProgressStore.h"
#include "UtcDateTime.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <future>
#include <sys/wait.h>
#include <unistd.h>

namespace {

CardSchedule reviewed(int days)
{
    CardSchedule s;
    s.state = CardState::Review;
    s.memory = MemoryState { 3.5, 5.25 };
    s.lastReview = UtcDateTime::at(QDate(2026, 1, 10), QTime(9, 0));
    s.due = s.lastReview.addDays(days);
    s.reps = 2;
    return s;
}

} // namespace

class TestProgressStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void persistsAcrossReopen();
    void keepsProgressOfVanishedItems();
    void keysByGuide();
    void migratesFromVersionOne();
    void secondInstanceIsReadOnly();
    void lockIsHeldOnceAndFreedWhenItsHolderGoes();
    void movesGarbageAsideIntact();
    void refusesForeignDatabaseWithoutTouchingIt();
    void refusesNewerSchema();
    void emitsChangeSignals();
    void importThatFailsHalfWayLeavesNothing();
    void usesWriteAheadLog();
    void openedOnAnotherThreadIsUsedHere();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProgressStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestProgressStore::persistsAcrossReopen()
{
    {
        ProgressStore store;
        QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
        store.setGuideId(QStringLiteral("g"));
        QVERIFY(store.setTopicStatus(QStringLiteral("t1"), TopicStatus::Done));
        QVERIFY(store.recordReview(QStringLiteral("c1"), CardState::New, reviewed(3), Rating::Good,
                                   UtcDateTime::at(QDate(2026, 1, 10), QTime(9, 0))));
        QVERIFY(store.setBookmark(ItemKind::Card, QStringLiteral("c1"), QStringLiteral("tricky")));
        QVERIFY(store.setNote(QStringLiteral("t1"), QStringLiteral("# My note\nremember *this*")));
    }
    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    QCOMPARE(store.topicStatus(QStringLiteral("t1")), TopicStatus::Done);
    const auto schedule = store.cardSchedule(QStringLiteral("c1"));
    QVERIFY(schedule);
    QCOMPARE(schedule->state, CardState::Review);
    QCOMPARE(schedule->memory->stability, 3.5);
    QCOMPARE(schedule->memory->difficulty, 5.25);
    QCOMPARE(schedule->due, reviewed(3).due);
    QCOMPARE(schedule->reps, 2);
    const auto log = store.reviewLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].rating, Rating::Good);
    QCOMPARE(log[0].scheduledSeconds, 3 * 86400);
    QCOMPARE(store.bookmark(ItemKind::Card, QStringLiteral("c1"))->note, QStringLiteral("tricky"));
    QCOMPARE(store.note(QStringLiteral("t1")), QStringLiteral("# My note\nremember *this*"));
}

void TestProgressStore::keepsProgressOfVanishedItems()
{
    ProgressStore store;
    store.open(path());
    store.setGuideId(QStringLiteral("g"));
    store.setTopicStatus(QStringLiteral("renamed-away"), TopicStatus::Reading);
    // Reopening with a guide that no longer has the item deletes nothing; the row waits for its return.
    store.close();
    store.open(path());
    store.setGuideId(QStringLiteral("g"));
    QCOMPARE(store.topicStatuses().value(QStringLiteral("renamed-away")), TopicStatus::Reading);
}

void TestProgressStore::keysByGuide()
{
    ProgressStore store;
    store.open(path());
    store.setGuideId(QStringLiteral("a"));
    store.setTopicStatus(QStringLiteral("t"), TopicStatus::Done);
    store.setGuideId(QStringLiteral("b"));
    QCOMPARE(store.topicStatus(QStringLiteral("t")), TopicStatus::NotStarted);
    QVERIFY(store.bookmarks().isEmpty());
}

void TestProgressStore::migratesFromVersionOne()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : ProgressStore::migrationStatements(1))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO topic_progress VALUES ('g', 'old-topic', 2, 100)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
                                      " scheduled_seconds) VALUES ('g', 'old-card', 3, 1000, 0, 600)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    QCOMPARE(store.topicStatus(QStringLiteral("old-topic")), TopicStatus::Done);
    const auto log = store.reviewLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log[0].source, QStringLiteral("review")); // the column version 2 added, with its default
    QVERIFY(store.setBookmark(ItemKind::Topic, QStringLiteral("old-topic"), QString())); // a version 2 table
    QVERIFY(QFile::exists(path() + QStringLiteral(".before-v%1").arg(ProgressStore::schemaVersion)));
}

void TestProgressStore::lockIsHeldOnceAndFreedWhenItsHolderGoes()
{
    const QString lockPath = path() + QStringLiteral(".lock");
    {
        ProgressFileLock first(lockPath);
        ProgressFileLock second(lockPath);
        QVERIFY(first.tryLock());
        QVERIFY(!second.tryLock()); // refused within one process, as from another
        first.unlock();
        QVERIFY(second.tryLock());
    } // released when its owner goes
    ProgressFileLock again(lockPath);
    QVERIFY(again.tryLock());
    again.unlock();

    // A process killed while holding the lock leaves nothing stale behind.
    int ready[2];
    QCOMPARE(::pipe(ready), 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        ProgressFileLock held(lockPath);
        const char taken = held.tryLock() ? 'y' : 'n';
        (void)!::write(ready[1], &taken, 1);
        ::pause(); // until killed
        ::_exit(0);
    }
    char taken = 0;
    QCOMPARE(::read(ready[0], &taken, 1), ssize_t(1));
    QCOMPARE(taken, 'y');
    ProgressFileLock waiting(lockPath);
    QVERIFY(!waiting.tryLock());
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    QVERIFY(waiting.tryLock());
    ::close(ready[0]);
    ::close(ready[1]);
}

void TestProgressStore::secondInstanceIsReadOnly()
{
    ProgressStore first;
    QCOMPARE(first.open(path()), ProgressStore::Mode::ReadWrite);
    first.setGuideId(QStringLiteral("g"));
    QVERIFY(first.setTopicStatus(QStringLiteral("t"), TopicStatus::Reading));

    ProgressStore second;
    QCOMPARE(second.open(path()), ProgressStore::Mode::ReadOnly);
    second.setGuideId(QStringLiteral("g"));
    QVERIFY(second.problem().contains(QStringLiteral("already open")));
    QCOMPARE(second.topicStatus(QStringLiteral("t")), TopicStatus::Reading); // it can still read
    QVERIFY(!second.setTopicStatus(QStringLiteral("t"), TopicStatus::Done));
    QCOMPARE(first.topicStatus(QStringLiteral("t")), TopicStatus::Reading);

    first.close();
    ProgressStore third;
    QCOMPARE(third.open(path()), ProgressStore::Mode::ReadWrite); // the lock went with the first
}

void TestProgressStore::movesGarbageAsideIntact()
{
    // Overwritten with something that is not a database: damaged, so moved aside byte for byte
    // (never deleted) and, with no backup to bring back, the store starts afresh and says so.
    const QByteArray garbage = QByteArray("this is not a database, it is a shopping list\n").repeated(50);
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(garbage);
    file.close();
    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    QVERIFY2(store.recoveryMessage().contains(QStringLiteral("no backup")), qPrintable(store.recoveryMessage()));
    QVERIFY(store.setTopicStatus(QStringLiteral("t"), TopicStatus::Done));
    store.close();
    const QStringList aside = QDir(m_dir->path()).entryList({ QStringLiteral("progress.sqlite.damaged-*") });
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.recoveryMessage().contains(aside.constFirst()));
    QFile moved(m_dir->filePath(aside.constFirst()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage);
}

void TestProgressStore::refusesForeignDatabaseWithoutTouchingIt()
{
    // A sound SQLite database of some other program is somebody's data, not damage.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('soup')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = [this] {
        QFile f(path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::Unavailable);
    QVERIFY(store.problem().contains(QStringLiteral("not a Study Guide progress file")));
    QVERIFY(store.recoveryMessage().isEmpty());
    QVERIFY(!store.setTopicStatus(QStringLiteral("t"), TopicStatus::Done));
    store.close();
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("*.damaged-*") }).size(), 0);
}

void TestProgressStore::refusesNewerSchema()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_things (x)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const QByteArray before = [this] {
        QFile f(path());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::Unavailable);
    QVERIFY(store.problem().contains(QStringLiteral("newer version")));
    QVERIFY(store.recoveryMessage().isEmpty()); // newer is not damaged: nothing moved
    store.close();
    QFile f(path());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestProgressStore::emitsChangeSignals()
{
    ProgressStore store;
    store.open(path());
    QSignalSpy status(&store, &ProgressStore::topicStatusChanged);
    QSignalSpy bookmarks(&store, &ProgressStore::bookmarksChanged);
    QSignalSpy notes(&store, &ProgressStore::noteChanged);
    QSignalSpy reviews(&store, &ProgressStore::cardReviewed);
    store.setTopicStatus(QStringLiteral("t"), TopicStatus::Done);
    store.setBookmark(ItemKind::Topic, QStringLiteral("t"), QString());
    store.removeBookmark(ItemKind::Topic, QStringLiteral("t"));
    store.setNote(QStringLiteral("t"), QStringLiteral("n"));
    store.recordReview(QStringLiteral("c"), CardState::New, reviewed(1), Rating::Easy, QDateTime::currentDateTimeUtc());
    QCOMPARE(status.count(), 1);
    QCOMPARE(status.at(0).at(0).toString(), QStringLiteral("t"));
    QCOMPARE(bookmarks.count(), 2);
    QCOMPARE(notes.count(), 1);
    QCOMPARE(reviews.count(), 1);
}

void TestProgressStore::importThatFailsHalfWayLeavesNothing()
{
    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    // The review log refuses every row, as a full disk would, after the statuses went in.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER refuse BEFORE INSERT ON review_log BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    ProgressStore::ImportBatch batch;
    batch.statuses = { { QStringLiteral("t"), TopicStatus::Done, QDateTime::currentDateTimeUtc() } };
    batch.reviews = { { QStringLiteral("c"), Rating::Good, QDateTime::currentDateTimeUtc(), CardState::New, 60,
        QStringLiteral("review") } };
    QSignalSpy status(&store, &ProgressStore::topicStatusChanged);
    QVERIFY(!store.importBatch(batch));
    QVERIFY(store.topicStatuses().isEmpty());
    QVERIFY(store.reviewLog().isEmpty());
    QCOMPARE(status.count(), 0);
    // And the store still writes afterwards.
    QVERIFY(store.setTopicStatus(QStringLiteral("t"), TopicStatus::Reading));
}

void TestProgressStore::usesWriteAheadLog()
{
    ProgressStore store;
    store.open(path());
    store.setTopicStatus(QStringLiteral("t"), TopicStatus::Done);
    QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
}

// Start-up opens the store on a worker thread and hands it to the UI thread.
void TestProgressStore::openedOnAnotherThreadIsUsedHere()
{
    ProgressStore store;
    std::async(std::launch::async, [&store, this, ui = QThread::currentThread()] {
        store.open(path());
        store.moveConnectionToThread(ui);
    }).get();
    QCOMPARE(store.mode(), ProgressStore::Mode::ReadWrite);
    // Qt's own test of whether a connection belongs to the calling thread: database() refuses,
    // with a warning, one that belongs to another.
    QStringList ours;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QStringLiteral("progress-")))
            ours << name;
    }
    QCOMPARE(ours.size(), 1);
    QVERIFY(QSqlDatabase::database(ours.constFirst(), false).isValid());
    store.setGuideId(QStringLiteral("g"));
    QVERIFY(store.setTopicStatus(QStringLiteral("t1"), TopicStatus::Done));
    QCOMPARE(store.topicStatus(QStringLiteral("t1")), TopicStatus::Done);
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
