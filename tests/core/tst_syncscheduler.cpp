// When sync passes run while the app is open: after a burst of local changes (debounced), when
// another device's files arrive (the file watcher), on the periodic rescan, and what the status
// says when the folder cannot be written or disappears. Two installations share one folder
// directly here, as on a USB stick or a network share; the intervals are short so nothing waits.

#include "UtcDateTime.h"
#include "SyncScheduler.h"
#include "SyncTestDevice.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime monday = UtcDateTime::at(QDate(2026, 3, 2), QTime(9, 0));

SyncScheduler::Intervals quick()
{
    SyncScheduler::Intervals i;
    i.startMs = 3600000; // the tests start passes themselves
    i.debounceMs = 150;
    i.watchMs = 30;
    i.rescanMs = 3600000;
    return i;
}

// One installation whose scheduler syncs with the shared folder SHARED.
struct Installation
{
    Installation(const QString &root, const QString &name, const QString &shared,
        const SyncScheduler::Intervals &intervals = quick())
        : device(root, name)
        , scheduler(*device.store)
    {
        scheduler.setIntervals(intervals);
        scheduler.setFolder(shared);
        scheduler.guideChanged();
    }

    int reviews() const { return int(device.store->reviewLog().size()); }
    QString ownFolder() const
    {
        return SyncFolder(scheduler.folder()).deviceFolder(device.store->guideId(), device.store->deviceId());
    }

    SyncTestDevice device;
    SyncScheduler scheduler;
};

int segmentsIn(const QString &folder)
{
    return int(QDir(folder).entryList({ QStringLiteral("*.sgseg") }, QDir::Files).size());
}

} // namespace

class TestSyncScheduler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void offUntilAFolderIsSet();
    void localChangesAreDebouncedIntoOnePass();
    void anotherDevicesFilesAreMergedByTheWatcher();
    void theRescanMergesWhatTheWatcherMissed();
    void statusSaysWhenAndWithHowManyDevices();
    void ownChangesAloneCountTheDevicesOnlyWhenAsked();
    void aFolderThatCannotBeWrittenSaysSoAndLosesNothing();
    void aRemovedEmptyFolderIsNoticedByTheWatcher();
    void aRemovedFolderSaysSoAndRecovers();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_shared;
};

void TestSyncScheduler::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_shared = m_dir->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(m_shared));
}

void TestSyncScheduler::offUntilAFolderIsSet()
{
    SyncTestDevice device(m_dir->path(), QStringLiteral("a"));
    SyncScheduler scheduler(*device.store);
    scheduler.setIntervals(quick());
    scheduler.guideChanged();
    QVERIFY(!scheduler.isEnabled());
    QVERIFY(device.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(!scheduler.isPending());
    QVERIFY(scheduler.statusText().isEmpty());
    QVERIFY(scheduler.watchedPaths().isEmpty());
    QVERIFY(!scheduler.syncNow().ok);

    scheduler.setFolder(m_shared);
    QCOMPARE(scheduler.statusText(), QStringLiteral("Not synced yet"));
    QVERIFY(scheduler.isPending()); // the pass at start
    QVERIFY(scheduler.watchedPaths().contains(m_shared));
    scheduler.setFolder(QString());
    QVERIFY(!scheduler.isPending());
    QVERIFY(scheduler.watchedPaths().isEmpty());
}

void TestSyncScheduler::localChangesAreDebouncedIntoOnePass()
{
    SyncScheduler::Intervals debounce = quick();
    debounce.debounceMs = 1000; // long enough that a busy machine cannot run out the wait early
    Installation a(m_dir->path(), QStringLiteral("a"), m_shared, debounce);
    QVERIFY(a.scheduler.syncNow().ok);
    QSignalSpy passes(&a.scheduler, &SyncScheduler::synced);
    // A burst of grades, a status and a bookmark: each restarts the wait, none syncs by itself.
    QVERIFY(a.device.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(a.scheduler.isPending());
    QTest::qWait(200);
    QVERIFY(a.device.review(QStringLiteral("c2"), Rating::Again, monday.addSecs(10)));
    QVERIFY(a.device.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Done));
    QVERIFY(a.device.store->setBookmark(ItemKind::Topic, QStringLiteral("t1"), QString()));
    QVERIFY(a.scheduler.pendingInMs() > 900); // restarted by the last change
    QCOMPARE(passes.count(), 0);
    QCOMPARE(segmentsIn(a.ownFolder()), 0);
    QTRY_COMPARE_WITH_TIMEOUT(passes.count(), 1, 5000);
    // One pass for the burst: the watcher's echo of its own writes (the guide's folder and its
    // own folder made) does not start another.
    QTest::qWait(500);
    QCOMPARE(passes.count(), 1);
    QVERIFY(a.scheduler.lastResult().ok);
    QCOMPARE(a.scheduler.lastResult().eventsWritten, 4);
    QCOMPARE(segmentsIn(a.ownFolder()), 1);
}

void TestSyncScheduler::anotherDevicesFilesAreMergedByTheWatcher()
{
    Installation a(m_dir->path(), QStringLiteral("a"), m_shared);
    Installation b(m_dir->path(), QStringLiteral("b"), m_shared);
    QVERIFY(a.scheduler.syncNow().ok);
    QVERIFY(b.scheduler.syncNow().ok);
    // Nothing written yet, so only the folder itself is there to watch.
    QCOMPARE(b.scheduler.watchedPaths(), QStringList { m_shared });
    QSignalSpy merged(b.device.store.get(), &ProgressStore::syncMerged);

    // A's first segment makes its device folder: B sees the guide's folder change.
    QVERIFY(a.device.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(a.scheduler.syncNow().ok);
    QTRY_COMPARE_WITH_TIMEOUT(b.reviews(), 1, 5000);
    QCOMPARE(merged.count(), 1);
    QVERIFY(b.scheduler.watchedPaths().contains(a.ownFolder()));

    // A's next segment lands in its own folder, which B now watches too.
    QVERIFY(a.device.review(QStringLiteral("c2"), Rating::Good, monday.addSecs(60)));
    QVERIFY(a.scheduler.syncNow().ok);
    QTRY_COMPARE_WITH_TIMEOUT(b.reviews(), 2, 5000);
    QCOMPARE(b.scheduler.lastResult().fromDevices.size(), 1);
    QCOMPARE(b.device.progress->schedules().size(), 2);
}

void TestSyncScheduler::theRescanMergesWhatTheWatcherMissed()
{
    SyncScheduler::Intervals slowWatcher = quick();
    slowWatcher.watchMs = 3600000; // as if the watcher never fired (a network file system)
    slowWatcher.rescanMs = 200;
    Installation a(m_dir->path(), QStringLiteral("a"), m_shared);
    Installation b(m_dir->path(), QStringLiteral("b"), m_shared, slowWatcher);
    QVERIFY(b.scheduler.syncNow().ok);
    QVERIFY(a.device.review(QStringLiteral("c1"), Rating::Hard, monday));
    QVERIFY(a.scheduler.syncNow().ok);
    QTRY_COMPARE_WITH_TIMEOUT(b.reviews(), 1, 5000);
}

void TestSyncScheduler::statusSaysWhenAndWithHowManyDevices()
{
    Installation a(m_dir->path(), QStringLiteral("a"), m_shared);
    Installation b(m_dir->path(), QStringLiteral("b"), m_shared);
    Installation c(m_dir->path(), QStringLiteral("c"), m_shared);
    for (Installation *i : { &a, &b, &c }) {
        QVERIFY(i->device.review(QStringLiteral("c1"), Rating::Good, monday));
        QVERIFY(i->scheduler.syncNow().ok);
    }
    const QRegularExpression today(QStringLiteral("^Synced \\d{1,2}:\\d\\d(:\\d\\d)?( [AP]M)? · 1 other device$"));
    QVERIFY(a.scheduler.syncNow().ok);
    QCOMPARE(a.scheduler.devices().size(), 3);
    QVERIFY2(a.scheduler.statusText().contains(QStringLiteral("· 2 other devices")), qPrintable(a.scheduler.statusText()));
    QVERIFY2(today.match(b.scheduler.statusText()).hasMatch(), qPrintable(b.scheduler.statusText()));
    // A pass on another day shows the date too.
    b.scheduler.setClock([] { return QDateTime::currentDateTime().addDays(3); });
    QVERIFY2(!today.match(b.scheduler.statusText()).hasMatch(), qPrintable(b.scheduler.statusText()));
    QVERIFY(b.scheduler.statusText().startsWith(QStringLiteral("Synced ")));
    for (const SyncDatabase::Device &d : a.scheduler.devices())
        QCOMPARE(d.reviews, 1);
}

void TestSyncScheduler::ownChangesAloneCountTheDevicesOnlyWhenAsked()
{
    // Counting each device's events scans the whole journal (about 0.1 s at 100,000 reviews, on
    // the window's thread). A pass that only wrote this computer's changes, as the one after
    // every pause in a review does, leaves the other devices as they were: the list is counted
    // again when something asks for it, not after the pass.
    Installation a(m_dir->path(), QStringLiteral("a"), m_shared);
    Installation b(m_dir->path(), QStringLiteral("b"), m_shared);
    QVERIFY(b.device.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(b.scheduler.syncNow().ok);
    QVERIFY(a.scheduler.syncNow().ok);
    QVERIFY2(a.scheduler.statusText().endsWith(QStringLiteral("· 1 other device")), qPrintable(a.scheduler.statusText()));
    const int counted = a.scheduler.deviceListReads();

    QVERIFY(a.device.review(QStringLiteral("c2"), Rating::Good, monday.addSecs(60)));
    const SyncEngine::Result written = a.scheduler.syncNow();
    QVERIFY(written.ok && written.eventsWritten > 0 && written.eventsRead == 0);
    QCOMPARE(a.scheduler.deviceListReads(), counted);
    QVERIFY2(a.scheduler.statusText().endsWith(QStringLiteral("· 1 other device")), qPrintable(a.scheduler.statusText()));
    // Asked for, the list has this computer's new review; asked again, it is not counted again.
    const auto ownReviews = [&] {
        for (const SyncDatabase::Device &d : a.scheduler.devices()) {
            if (d.self)
                return d.reviews;
        }
        return -1;
    };
    QCOMPARE(ownReviews(), 1);
    QCOMPARE(a.scheduler.deviceListReads(), counted + 1);
    QCOMPARE(ownReviews(), 1);
    QCOMPARE(a.scheduler.deviceListReads(), counted + 1);

    // Another device's events may bring a device: counted at once, for the status line.
    Installation c(m_dir->path(), QStringLiteral("c"), m_shared);
    QVERIFY(c.device.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(c.scheduler.syncNow().ok);
    QVERIFY(a.scheduler.syncNow().ok);
    QCOMPARE(a.scheduler.deviceListReads(), counted + 2);
    QVERIFY2(a.scheduler.statusText().endsWith(QStringLiteral("· 2 other devices")), qPrintable(a.scheduler.statusText()));
}

void TestSyncScheduler::aFolderThatCannotBeWrittenSaysSoAndLosesNothing()
{
    Installation a(m_dir->path(), QStringLiteral("a"), m_shared);
    // A file where A's own folder should be: nothing can be written there (as a read-only
    // folder would, even for root).
    QDir().mkpath(QFileInfo(a.ownFolder()).path());
    QFile blocker(a.ownFolder());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(a.device.review(QStringLiteral("c1"), Rating::Good, monday));
    QTRY_VERIFY_WITH_TIMEOUT(a.scheduler.hasRun(), 5000); // the debounced pass, failing
    QVERIFY(!a.scheduler.lastResult().ok);
    QVERIFY2(a.scheduler.statusText().startsWith(QStringLiteral("Sync failed: ")), qPrintable(a.scheduler.statusText()));
    QCOMPARE(a.reviews(), 1);

    QVERIFY(QFile::remove(a.ownFolder()));
    QVERIFY(a.scheduler.syncNow().ok);
    QVERIFY(a.scheduler.statusText().startsWith(QStringLiteral("Synced ")));
    QCOMPARE(segmentsIn(a.ownFolder()), 1);
}

void TestSyncScheduler::aRemovedEmptyFolderIsNoticedByTheWatcher()
{
    // Nothing written yet, so the folder is empty: its removal still changes what is watched.
    Installation a(m_dir->path(), QStringLiteral("a"), m_shared);
    QVERIFY(a.scheduler.syncNow().ok);
    QSignalSpy passes(&a.scheduler, &SyncScheduler::synced);
    QVERIFY(QDir(m_shared).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(passes.count() >= 1, 5000);
    QVERIFY2(a.scheduler.statusText().contains(QStringLiteral("does not exist")), qPrintable(a.scheduler.statusText()));
}

void TestSyncScheduler::aRemovedFolderSaysSoAndRecovers()
{
    SyncScheduler::Intervals rescan = quick();
    rescan.rescanMs = 200;
    Installation a(m_dir->path(), QStringLiteral("a"), m_shared, rescan);
    QVERIFY(a.device.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(a.scheduler.syncNow().ok);
    QSignalSpy passes(&a.scheduler, &SyncScheduler::synced);
    QVERIFY(QDir(m_shared).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(passes.count() >= 1, 5000);
    QVERIFY(!a.scheduler.lastResult().ok);
    QVERIFY2(a.scheduler.statusText().contains(QStringLiteral("does not exist")), qPrintable(a.scheduler.statusText()));
    QCOMPARE(a.reviews(), 1);
    QVERIFY(a.device.review(QStringLiteral("c2"), Rating::Good, monday.addSecs(30)));

    // The folder comes back (the disk is mounted again): the rescan writes everything anew.
    // Counted over every pass from here on: on a slow machine the watcher may run a second pass
    // after the one that wrote, and that one rightly writes nothing.
    int written = 0;
    connect(&a.scheduler, &SyncScheduler::synced, this, [&] {
        if (a.scheduler.lastResult().ok)
            written += a.scheduler.lastResult().eventsWritten;
    });
    QVERIFY(QDir().mkpath(m_shared));
    QTRY_VERIFY_WITH_TIMEOUT(written == 2 && segmentsIn(a.ownFolder()) == 1, 5000);
    QTest::qWait(300); // any pass still to come writes nothing more
    QCOMPARE(written, 2);
    QVERIFY(a.scheduler.watchedPaths().contains(m_shared));
}

QTEST_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
