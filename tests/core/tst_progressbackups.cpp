#include "ProgressBackups.h"
#include "ProgressStore.h"
#include "StudySession.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

namespace {

QDateTime day(int n)
{
    return QDateTime(QDate(2026, 11, 1).addDays(n), QTime(12, 0));
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Files moved aside as KIND, without the -wal and -shm files that travel with them.
QStringList movedAside(const QTemporaryDir &dir, const char *kind)
{
    QStringList names
        = QDir(dir.path())
              .entryList({ QStringLiteral("progress.sqlite.") + QLatin1String(kind) + QStringLiteral("-*") },
                  QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) {
        return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
    });
    return names;
}

QByteArray emptyDatabase(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("empty"));
    return contents(path);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

} // namespace

class TestProgressBackups : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void makesAtMostOneADay();
    void keepsTheNewestSeven();
    void backupIsASoundCopyWithTheData();
    void damagedDatabaseNeverPushesOutAGoodBackup();
    void backsUpOffTheCallersThread();
    void recoversDamagedFile_data();
    void recoversDamagedFile();
    void damagedNewestBackupFallsBackToOlder();
    void withoutBackupStartsAfreshKeepingTheFile();
    void restoreKeepsTheReplacedFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }
    // Opens the store at path(), applies EDIT and closes it again (so the file is complete on disk).
    void withStore(const std::function<void(ProgressStore &)> &edit);
    TopicStatus storedStatus(const QString &file, const QString &topic);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProgressBackups::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProgressBackups::withStore(const std::function<void(ProgressStore &)> &edit)
{
    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    edit(store);
}

TopicStatus TestProgressBackups::storedStatus(const QString &file, const QString &topic)
{
    // Read through a copy, so that looking never changes the file under test.
    const QString copy
        = m_dir->filePath(QStringLiteral("look-%1.sqlite").arg(QRandomGenerator::global()->generate()));
    if (!QFile::copy(file, copy))
        return TopicStatus(-1);
    ProgressStore store;
    if (store.open(copy) != ProgressStore::Mode::ReadWrite)
        return TopicStatus(-1);
    store.setGuideId(QStringLiteral("g"));
    return store.topicStatus(topic);
}

void TestProgressBackups::makesAtMostOneADay()
{
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("t"), TopicStatus::Done); });
    ProgressBackups backups(path());
    QCOMPARE(backups.backUpIfDue(day(0)).outcome, ProgressBackups::Result::Outcome::Made);
    QCOMPARE(backups.backUpIfDue(day(0).addSecs(3600)).outcome, ProgressBackups::Result::Outcome::NotDue);
    QCOMPARE(backups.list().size(), 1);
    const ProgressBackups::Result next = backups.backUpIfDue(day(1));
    QCOMPARE(next.outcome, ProgressBackups::Result::Outcome::Made);
    const auto list = backups.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).date, day(1).date()); // newest first
    QCOMPARE(list.at(0).path, next.path);
    QCOMPARE(QFileInfo(list.at(0).path).fileName(), QStringLiteral("progress-2026-11-02.sqlite"));
    QCOMPARE(QFileInfo(list.at(0).path).absolutePath(), m_dir->filePath(QStringLiteral("backups")));
    QCOMPARE(list.at(0).size, QFileInfo(next.path).size());
    QVERIFY(list.at(0).size > 0);
    QCOMPARE(list.at(1).date, day(0).date());
    // Nothing half-written is left behind.
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestProgressBackups::keepsTheNewestSeven()
{
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("t"), TopicStatus::Done); });
    ProgressBackups backups(path());
    for (int n = 0; n < 10; ++n)
        QCOMPARE(backups.backUpIfDue(day(n)).outcome, ProgressBackups::Result::Outcome::Made);
    const auto list = backups.list();
    QCOMPARE(list.size(), ProgressBackups::keep);
    QCOMPARE(list.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(list.at(i).date, day(9 - i).date());
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 7);
}

void TestProgressBackups::backupIsASoundCopyWithTheData()
{
    withStore([](ProgressStore &s) {
        s.setTopicStatus(QStringLiteral("t"), TopicStatus::Reading);
        CardSchedule after;
        after.state = CardState::Review;
        after.reps = 1;
        after.due = day(3).toUTC();
        s.recordReview(QStringLiteral("c"), CardState::New, after, Rating::Good, day(0).toUTC());
    });
    // The store stays open and keeps writing while the copy is made: the copy is a snapshot.
    ProgressStore live;
    QCOMPARE(live.open(path()), ProgressStore::Mode::ReadWrite);
    live.setGuideId(QStringLiteral("g"));
    const ProgressBackups::Result result = ProgressBackups(path()).backUpIfDue(day(0));
    QCOMPARE(result.outcome, ProgressBackups::Result::Outcome::Made);
    QVERIFY(live.setTopicStatus(QStringLiteral("t"), TopicStatus::Done));

    const auto summary = ProgressBackups::summary(result.path);
    QVERIFY(summary);
    QCOMPARE(summary->topics, 1);
    QCOMPARE(summary->cards, 1);
    QCOMPARE(summary->reviews, 1);
    QCOMPARE(storedStatus(result.path, QStringLiteral("t")), TopicStatus::Reading);
}

void TestProgressBackups::damagedDatabaseNeverPushesOutAGoodBackup()
{
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("t"), TopicStatus::Done); });
    ProgressBackups backups(path());
    for (int n = 0; n < ProgressBackups::keep; ++n)
        QCOMPARE(backups.backUpIfDue(day(n)).outcome, ProgressBackups::Result::Outcome::Made);
    QByteArray bytes = contents(path());
    bytes.truncate(bytes.size() / 2);
    write(path(), bytes);

    const ProgressBackups::Result result = backups.backUpIfDue(day(ProgressBackups::keep));
    QCOMPARE(result.outcome, ProgressBackups::Result::Outcome::Failed);
    QVERIFY(!result.error.isEmpty());
    const auto list = backups.list();
    QCOMPARE(list.size(), ProgressBackups::keep);
    QCOMPARE(list.constLast().date, day(0).date()); // the oldest good one is still there
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), ProgressBackups::keep);
}

void TestProgressBackups::backsUpOffTheCallersThread()
{
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("t"), TopicStatus::Done); });
    ProgressStore live; // as in the app: the UI thread holds the store open meanwhile
    QCOMPARE(live.open(path()), ProgressStore::Mode::ReadWrite);
    ProgressBackups backups(path());
    QSignalSpy finished(&backups, &ProgressBackups::backupFinished);
    QFuture<ProgressBackups::Result> future = backups.backUpInBackground(day(0));
    QVERIFY(finished.wait(10000));
    const auto result = finished.at(0).at(0).value<ProgressBackups::Result>();
    QCOMPARE(result.outcome, ProgressBackups::Result::Outcome::Made);
    QVERIFY(result.thread != nullptr);
    QVERIFY(result.thread != QThread::currentThread());
    QCOMPARE(future.result().path, result.path);
    QCOMPARE(storedStatus(result.path, QStringLiteral("t")), TopicStatus::Done);
}

void TestProgressBackups::recoversDamagedFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated to 1000 bytes") << QStringLiteral("first1000");
    QTest::newRow("truncated to half") << QStringLiteral("half");
    QTest::newRow("overwritten with garbage") << QStringLiteral("garbage");
    QTest::newRow("truncated to nothing") << QStringLiteral("empty");
    QTest::newRow("tables gone") << QStringLiteral("dropped");
    QTest::newRow("only the first page") << QStringLiteral("firstpage");
}

void TestProgressBackups::recoversDamagedFile()
{
    QFETCH(QString, damage);
    withStore([](ProgressStore &s) {
        s.setTopicStatus(QStringLiteral("kept"), TopicStatus::Done);
        s.setNote(QStringLiteral("kept"), QString(5000, QLatin1Char('n'))); // a few pages, so halves differ
    });
    QCOMPARE(ProgressBackups(path()).backUpIfDue(day(0)).outcome, ProgressBackups::Result::Outcome::Made);
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("later"), TopicStatus::Reading); });

    QByteArray bytes = contents(path());
    QVERIFY(bytes.size() > 4096);
    if (damage == QLatin1String("first1000"))
        bytes.truncate(1000);
    else if (damage == QLatin1String("half"))
        bytes.truncate(bytes.size() / 2);
    else if (damage == QLatin1String("garbage"))
        bytes = QByteArray("\x7f"
                           "ELF not a database at all ")
                    .repeated(200);
    else if (damage == QLatin1String("empty"))
        bytes.clear();
    else if (damage == QLatin1String("firstpage")) // an empty database: what is left when the log is lost
        bytes = emptyDatabase(m_dir->filePath(QStringLiteral("empty.sqlite")));
    QVERIFY(!bytes.isEmpty() || damage == QLatin1String("empty"));
    if (damage == QLatin1String("dropped")) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dropper"));
            db.setDatabaseName(path());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE notes")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dropper"));
        bytes = contents(path());
    } else {
        write(path(), bytes);
    }

    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    QCOMPARE(store.topicStatus(QStringLiteral("kept")), TopicStatus::Done); // the backup's data
    QCOMPARE(store.note(QStringLiteral("kept")).size(), 5000);
    QCOMPARE(store.topicStatus(QStringLiteral("later")), TopicStatus::NotStarted); // newer than the backup
    const QString message = store.recoveryMessage();
    QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
    QVERIFY2(message.contains(QLocale().toString(day(0).date(), QLocale::LongFormat)), qPrintable(message));
    QVERIFY(store.setTopicStatus(QStringLiteral("after"), TopicStatus::Done));

    // The damaged file is kept, exactly as it was, and the message says where.
    const QStringList aside = movedAside(*m_dir, "damaged");
    QCOMPARE(aside.size(), 1);
    QVERIFY2(message.contains(m_dir->filePath(aside.constFirst())), qPrintable(message));
    QCOMPARE(contents(m_dir->filePath(aside.constFirst())), bytes);

    // Reopening finds a sound file: no second recovery.
    store.close();
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    QVERIFY(store.recoveryMessage().isEmpty());
}

void TestProgressBackups::damagedNewestBackupFallsBackToOlder()
{
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("t"), TopicStatus::Reading); });
    ProgressBackups backups(path());
    QCOMPARE(backups.backUpIfDue(day(0)).outcome, ProgressBackups::Result::Outcome::Made);
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("t"), TopicStatus::Done); });
    const ProgressBackups::Result newest = backups.backUpIfDue(day(1));
    QCOMPARE(newest.outcome, ProgressBackups::Result::Outcome::Made);

    QByteArray half = contents(newest.path);
    half.truncate(half.size() / 2);
    write(newest.path, half);
    write(path(), QByteArray("garbage").repeated(100));

    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    QCOMPARE(store.topicStatus(QStringLiteral("t")), TopicStatus::Reading);
    QVERIFY2(store.recoveryMessage().contains(QLocale().toString(day(0).date(), QLocale::LongFormat)),
        qPrintable(store.recoveryMessage()));
    QCOMPARE(contents(newest.path), half); // a damaged backup is not deleted either
}

void TestProgressBackups::withoutBackupStartsAfreshKeepingTheFile()
{
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("t"), TopicStatus::Done); });
    QByteArray bytes = contents(path());
    bytes.truncate(1000);
    write(path(), bytes);
    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    QCOMPARE(store.topicStatus(QStringLiteral("t")), TopicStatus::NotStarted);
    QVERIFY2(
        store.recoveryMessage().contains(QStringLiteral("no backup")), qPrintable(store.recoveryMessage()));
    const QStringList aside = movedAside(*m_dir, "damaged");
    QCOMPARE(aside.size(), 1);
    QCOMPARE(contents(m_dir->filePath(aside.constFirst())), bytes);
}

void TestProgressBackups::restoreKeepsTheReplacedFile()
{
    withStore([](ProgressStore &s) { s.setTopicStatus(QStringLiteral("t"), TopicStatus::Reading); });
    ProgressBackups backups(path());
    QCOMPARE(backups.backUpIfDue(day(0)).outcome, ProgressBackups::Result::Outcome::Made);

    ProgressStore store;
    QCOMPARE(store.open(path()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    QVERIFY(store.setTopicStatus(QStringLiteral("t"), TopicStatus::Done));
    QVERIFY(store.setTopicStatus(QStringLiteral("u"), TopicStatus::Done));

    StudySession session(store);
    const StudySession::Outcome outcome = session.restoreBackup(backups.list().constFirst());
    const QString message = outcome.message;
    QVERIFY2(outcome.ok, qPrintable(message));
    QCOMPARE(store.mode(), ProgressStore::Mode::ReadWrite);
    QCOMPARE(store.topicStatus(QStringLiteral("t")), TopicStatus::Reading);
    QCOMPARE(store.topicStatus(QStringLiteral("u")), TopicStatus::NotStarted);
    QVERIFY(store.setTopicStatus(QStringLiteral("v"), TopicStatus::Done)); // and it writes again

    const QStringList replaced = movedAside(*m_dir, "replaced");
    QVERIFY(!replaced.isEmpty());
    QVERIFY2(message.contains(m_dir->filePath(replaced.constFirst())), qPrintable(message));
    QCOMPARE(storedStatus(m_dir->filePath(replaced.constFirst()), QStringLiteral("u")), TopicStatus::Done);
    // The backup itself is untouched by being restored.
    QCOMPARE(backups.list().size(), 1);
    QCOMPARE(storedStatus(backups.list().constFirst().path, QStringLiteral("t")), TopicStatus::Reading);
}

QTEST_GUILESS_MAIN(TestProgressBackups)
#include "tst_progressbackups.moc"
