// Kills a process that is writing progress with SIGKILL at random moments, 200 times, and
// checks after each kill that the database is intact and holds every acknowledged action.

#include "KillIfRunning.h"
#include "ProgressStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

QString integrityCheck(const QString &path)
{
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                verdict = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return verdict;
}

// Everything in the store, read once per round so that checking stays linear.
struct Snapshot
{
    explicit Snapshot(ProgressStore &store)
        : statuses(store.topicStatuses())
        , schedules(store.cardSchedules())
    {
        for (const TopicNote &n : store.notes())
            notes.insert(n.topicId, n.text);
        for (const Bookmark &b : store.bookmarks())
            bookmarks.insert(b.itemId, b.note);
    }

    // Whether action I, by the rule crash_driver follows, left its mark.
    bool holds(qint64 i) const
    {
        const QString n = QString::number(i);
        switch (i % 4) {
        case 0:
            return notes.value(QStringLiteral("topic-") + n) == QStringLiteral("note ") + n;
        case 1: {
            const auto it = schedules.constFind(QStringLiteral("card-") + n);
            return it != schedules.constEnd() && it->memory && qFuzzyCompare(it->memory->stability, 1.0 + double(i));
        }
        case 2:
            return bookmarks.value(QStringLiteral("card-") + n) == QStringLiteral("why ") + n;
        default:
            return statuses.value(QStringLiteral("topic-") + n) == TopicStatus::Done;
        }
    }

    QHash<QString, TopicStatus> statuses;
    QHash<QString, CardSchedule> schedules;
    QHash<QString, QString> notes;
    QHash<QString, QString> bookmarks;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void noSignalReachesADriverThatAlreadyExited();
    void everyAcknowledgedActionSurvivesSigkill();
};

namespace {

const char earlyExitFlag[] = "--kill-after-early-exit";

// Run in a process group of its own (see below): starts the driver so that it exits at once,
// then does what a round of the crash test does when it is late, and says what happened.
int killAfterEarlyExit()
{
    QProcess driver;
    driver.start(QStringLiteral(CRASH_DRIVER), {}); // no arguments: it exits with code 2
    if (!driver.waitForFinished(30000) || driver.exitCode() != 2)
        return 3;
    const qint64 pidAfterExit = driver.processId();
    const bool sent = killIfRunning(driver);
    QProcess never; // never started: its id is 0 as well
    const bool sentToNeverStarted = killIfRunning(never);
    std::printf(
        "pid %lld sent %d %d\n", static_cast<long long>(pidAfterExit), int(sent), int(sentToNeverStarted));
    return sent || sentToNeverStarted ? 4 : 0; // still alive, so no signal reached this group
}

} // namespace

void TestCrashSafety::noSignalReachesADriverThatAlreadyExited()
{
    // The check runs in a child in a process group of its own: if the kill ever signalled
    // group 0 again, it would end that child, which this test sees, and not the test runner.
    QProcess child;
    child.setChildProcessModifier([] { ::setpgid(0, 0); });
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(earlyExitFlag) });
    QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
    QVERIFY(child.waitForFinished(60000));
    const QByteArray said = child.readAllStandardOutput();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit,
        "the early-exit check was killed: a signal reached its group");
    QVERIFY2(child.exitCode() == 0, said.constData());
    QCOMPARE(said, QByteArray("pid 0 sent 0 0\n"));
}

void TestCrashSafety::everyAcknowledgedActionSurvivesSigkill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    QRandomGenerator random(20261125);
    qint64 next = 0;
    qint64 acknowledged = 0;
    int killsMidStream = 0;
    const int kills = qEnvironmentVariableIntValue("STUDYGUIDE_CRASH_KILLS") > 0
        ? qEnvironmentVariableIntValue("STUDYGUIDE_CRASH_KILLS")
        : 200;
    for (int round = 0; round < kills; ++round) {
        QProcess driver;
        driver.start(QStringLiteral(CRASH_DRIVER), { path, QString::number(next) });
        QVERIFY2(driver.waitForStarted(5000), qPrintable(driver.errorString()));
        // Once it is writing (its first acknowledgement is out), let it run for a random while,
        // then kill it without warning, so that every kill lands in a stream of writes however
        // slowly the machine starts processes.
        QVERIFY2(driver.waitForReadyRead(30000), "the driver acknowledged nothing");
        QTest::qWait(int(random.bounded(0, 60)));
        const bool killed = killIfRunning(driver);
        QVERIFY(driver.waitForFinished(10000));
        QVERIFY2(killed, qPrintable(QStringLiteral("the driver ended on its own, exit code %1: %2")
                                        .arg(driver.exitCode())
                                        .arg(QString::fromLocal8Bit(driver.readAllStandardError()))));
        const QList<QByteArray> lines = driver.readAllStandardOutput().split('\n');
        qint64 last = next - 1;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue; // a line cut by the kill has no newline and is not an acknowledgement
            bool ok = false;
            const qint64 i = line.toLongLong(&ok);
            QVERIFY2(ok && i == last + 1, line.constData());
            last = i;
        }
        if (last >= next)
            ++killsMidStream;
        acknowledged += last - next + 1;

        if (!QFile::exists(path)) {
            QCOMPARE(last, next - 1); // killed before it created the file: nothing was acknowledged
            continue;
        }
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Mode::ReadWrite); // the dead writer's lock is stale
        store.setGuideId(QStringLiteral("crash"));
        const Snapshot snapshot(store);
        for (qint64 i = 0; i <= last; ++i)
            QVERIFY2(snapshot.holds(i), qPrintable(QStringLiteral("action %1 lost after kill %2").arg(i).arg(round)));
        store.close();
        // The action in flight may or may not have been committed; the next run starts after
        // what was acknowledged and redoes that one, which is harmless (each action is idempotent).
        next = last + 1;
    }
    qInfo("%d kills, %lld actions acknowledged, %d kills during a stream of writes", kills, acknowledged, killsMidStream);
    QCOMPARE(killsMidStream, kills);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], earlyExitFlag) == 0)
        return killAfterEarlyExit();
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crashsafety.moc"
