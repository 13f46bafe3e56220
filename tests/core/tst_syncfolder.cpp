// What real sync engines and real users do to a sync folder, one case each: temporary files,
// conflict copies, segments out of order, truncated or corrupt segments, a deleted journal, two
// installations with one id, a guide whose ids changed, compaction, a folder that cannot be
// written or was removed; plus the segment format itself and schema step 4.

#include "UtcDateTime.h"
#include "HybridClock.h"
#include "SyncSegment.h"
#include "SyncTestDevice.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

namespace {

const QDateTime monday = UtcDateTime::at(QDate(2026, 3, 2), QTime(9, 0));

QStringList filesUnder(const QString &folder)
{
    QStringList out;
    QDir root(folder);
    for (const QFileInfo &info : root.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (info.isDir())
            out += filesUnder(info.filePath());
        else
            out << info.filePath();
    }
    return out;
}

QString ownFolder(const SyncTestDevice &d)
{
    return SyncFolder(d.folder).deviceFolder(d.store->guideId(), d.store->deviceId());
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

SyncSegment sampleSegment()
{
    SyncSegment s;
    s.guideId = QStringLiteral("guide");
    s.device = QStringLiteral("0123456789abcdef0123456789abcdef");
    s.deviceName = QStringLiteral("laptop");
    s.firstSeq = 1;
    s.lastSeq = 3;
    s.events = {
        { s.device, 1, 100, SyncEvent::Kind::Review, QStringLiteral("c1"), 1772442000, 3,
            QStringLiteral("review"), false },
        { s.device, 2, 200, SyncEvent::Kind::Note, QStringLiteral("t1"), 1772442001, 0,
            QStringLiteral("ünïcode"), false },
        { s.device, 3, 300, SyncEvent::Kind::Bookmark, QStringLiteral("card:c1"), 0, 0, QString(), true },
    };
    return s;
}

// Puts a segment of DEVICE into FOLDER that sets topic t1 to STATUS at clock value HLC.
// NAME is the file's name, by default the one the device gives it.
void writeStatusSegment(const QString &folder, const QString &device, qint64 hlc, TopicStatus status,
    const QString &name = SyncFolder::segmentName(1, 1))
{
    SyncSegment s;
    s.guideId = QStringLiteral("guide");
    s.device = device;
    s.deviceName = device.left(4);
    s.firstSeq = s.lastSeq = 1;
    const qint64 at = HybridClock::millisecondsOf(hlc) / 1000;
    s.events = { { s.device, 1, hlc, SyncEvent::Kind::Status, QStringLiteral("t1"), at, int(status), QString(), false } };
    writeFile(SyncFolder(folder).deviceFolder(s.guideId, s.device) + QLatin1Char('/') + name, s.encode());
}

const QString lowDevice = QStringLiteral("0000000000000000000000000000000a");
const QString highDevice = QStringLiteral("f000000000000000000000000000000b");

} // namespace

class TestSyncFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void segmentRoundTrip();
    void segmentDamageIsDetected();
    void repeatedTextsAreReadAsWritten();
    void namesAndTemporaryFiles();
    void twoDevicesSync();
    void temporaryFilesAreIgnored();
    void conflictCopiesAreMerged();
    void segmentBeforeTheOneBeforeIt();
    void truncatedSegmentIsRetriedLater();
    void corruptSegmentLosesNothing();
    void deletedJournalIsWrittenAgain();
    void restoredBackupTakesANewId();
    void itemsTheGuideNoLongerHas();
    void wrongClockCannotWinForever();
    void compactionKeepsEveryDeviceWhole();
    void unwritableOrRemovedFolder();
    void syncStepTurnsOldRowsIntoEvents();
    void eachReviewIsKeptOnceFromStepSix();
    void aLongHistoryMergesAsInPieces();
    void mergedReviewsAreLoggedInTimeOrder();
    void clockValuesOnlyGrow();
    void equalClocksAreDecidedByTheGreaterDeviceId();
    void mergeRaisesTheClockToTheGreatestValueRead();
    void reviewsInTheSameSecondOnTwoDevices();
    void twoVersionsOfOneEventResolveAlike();
};

void TestSyncFolder::segmentRoundTrip()
{
    const SyncSegment s = sampleSegment();
    const SyncSegment::Decoded d = SyncSegment::decode(s.encode());
    QVERIFY2(d.ok(), qPrintable(d.detail));
    QCOMPARE(d.segment.guideId, s.guideId);
    QCOMPARE(d.segment.device, s.device);
    QCOMPARE(d.segment.deviceName, s.deviceName);
    QCOMPARE(d.segment.events, s.events);
}

void TestSyncFolder::segmentDamageIsDetected()
{
    const QByteArray good = sampleSegment().encode();
    for (int cut = 0; cut < good.size(); cut += 7)
        QVERIFY(!SyncSegment::decode(good.left(cut)).ok());
    for (int i = 10; i < good.size(); i += 5) {
        QByteArray bad = good;
        bad[i] = char(bad[i] ^ 0x20);
        QVERIFY2(!SyncSegment::decode(bad).ok(), qPrintable(QString::number(i)));
    }
    QByteArray newer = good;
    newer[8] = 2; // format version 2
    QCOMPARE(SyncSegment::decode(newer).problem, SyncSegment::Problem::NewerVersion);
    QCOMPARE(SyncSegment::decode(QByteArray("garbage")).problem, SyncSegment::Problem::NotASegment);
    // Well-formed with a sound checksum, but a value out of range: refused too.
    SyncSegment s = sampleSegment();
    s.events[0].number = 9;
    QCOMPARE(SyncSegment::decode(s.encode()).problem, SyncSegment::Problem::Invalid);
    s = sampleSegment();
    s.events[1].seq = 1; // not increasing
    QCOMPARE(SyncSegment::decode(s.encode()).problem, SyncSegment::Problem::Invalid);
    // Bytes after the last event, under a checksum that covers them: refused, not ignored.
    QByteArray padded = good.chopped(32) + QByteArray("\0", 1);
    padded += QCryptographicHash::hash(padded, QCryptographicHash::Sha256);
    QCOMPARE(SyncSegment::decode(padded).problem, SyncSegment::Problem::Invalid);
}

void TestSyncFolder::repeatedTextsAreReadAsWritten()
{
    // The reader shares one string among events whose text repeats the one before: every text
    // must still be its own event's, and bad UTF-8 refused however often it repeats.
    SyncSegment s = sampleSegment();
    const QStringList texts { QStringLiteral("review"), QStringLiteral("review"), QStringLiteral("ünï"),
        QStringLiteral("ünï"), QString(), QStringLiteral("review"), QStringLiteral("reviewed"),
        QStringLiteral("XY"), QStringLiteral("XY") };
    s.events.clear();
    for (int i = 0; i < texts.size(); ++i) {
        s.events.append({ s.device, i + 1, 100 + i, SyncEvent::Kind::Review, QStringLiteral("c%1").arg(i),
            1772442000 + i, 3, texts.at(i), false });
    }
    s.lastSeq = texts.size();
    const SyncSegment::Decoded d = SyncSegment::decode(s.encode());
    QVERIFY2(d.ok(), qPrintable(d.detail));
    QCOMPARE(d.segment.events, s.events);
    for (int i = 0; i < texts.size(); ++i)
        QCOMPARE(d.segment.events.at(i).text, texts.at(i));

    // Both "XY" become bytes that are not UTF-8, under a sound checksum.
    QByteArray bad = s.encode().chopped(32);
    for (int i = 0; i < 2; ++i) {
        const qsizetype at = bad.lastIndexOf("XY");
        QVERIFY(at > 0);
        bad[at] = '\xff';
        bad[at + 1] = '\xfe';
    }
    bad += QCryptographicHash::hash(bad, QCryptographicHash::Sha256);
    QCOMPARE(SyncSegment::decode(bad).problem, SyncSegment::Problem::Invalid);
}

void TestSyncFolder::namesAndTemporaryFiles()
{
    qint64 first = 0;
    qint64 last = 0;
    QVERIFY(SyncFolder::parseSegmentName(SyncFolder::segmentName(3, 12), &first, &last));
    QCOMPARE(first, 3);
    QCOMPARE(last, 12);
    QVERIFY(!SyncFolder::parseSegmentName(
        QStringLiteral("000000000003-000000000012.sync-conflict-20260101-1-ABC.sgseg"), &first, &last));
    QVERIFY(SyncFolder::isTemporaryName(QStringLiteral("~syncthing~000001-000002.sgseg.tmp")));
    QVERIFY(SyncFolder::isTemporaryName(QStringLiteral(".syncthing.000001-000002.sgseg.tmp")));
    QVERIFY(SyncFolder::isTemporaryName(QStringLiteral(".000001-000002.sgseg.tmp")));
    QVERIFY(!SyncFolder::isTemporaryName(QStringLiteral("000001-000002 (Laptop's conflicted copy).sgseg")));
    QCOMPARE(
        SyncFolder::encodeGuideId(QStringLiteral("python-interview")), QStringLiteral("python-interview"));
    QCOMPARE(SyncFolder::encodeGuideId(QStringLiteral("../x/y")), QStringLiteral("%2E.%2Fx%2Fy"));
}

void TestSyncFolder::twoDevicesSync()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    QVERIFY(a.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(a.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Done));
    QVERIFY(a.store->setBookmark(ItemKind::Topic, QStringLiteral("t2"), QStringLiteral("again")));
    QVERIFY(a.store->setNote(QStringLiteral("t1"), QStringLiteral("remember")));
    SyncEngine::Result r = a.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.eventsWritten, 4);
    QVERIFY(a.state() != b.state());
    a.deliverTo(b);
    QSignalSpy merged(b.store.get(), &ProgressStore::syncMerged);
    r = b.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.eventsRead, 4);
    QCOMPARE(merged.count(), 1);
    QCOMPARE(b.state(), a.state());
    QCOMPARE(b.progress->schedule(QStringLiteral("c1")).reps, 1); // the study flow reloaded
    // The device list: both, with the other's name.
    const auto devices = b.engine->devices();
    QCOMPARE(devices.size(), 1); // b has written nothing of its own yet
    QCOMPARE(devices.first().id, a.store->deviceId());
    QVERIFY(b.engine->lastSynced().isValid());
}

void TestSyncFolder::temporaryFilesAreIgnored()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    QVERIFY(a.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Done));
    QVERIFY(a.sync().ok);
    const QString deviceDir = ownFolder(a);
    const QString segment = filesUnder(deviceDir).constFirst();
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    const QString bDir = SyncFolder(b.folder).deviceFolder(QStringLiteral("guide"), a.store->deviceId());
    // Copies still in progress, under the names Syncthing and we give them: half a file each.
    const QByteArray half = readAll(segment).left(40);
    for (const char *name : { "~syncthing~000000000001-000000000001.sgseg.tmp",
             ".syncthing.000000000001-000000000001.sgseg.tmp", ".000000000001-000000000001.sgseg.tmp" })
        writeFile(bDir + QLatin1Char('/') + QLatin1String(name), half);
    const SyncEngine::Result r = b.sync();
    QVERIFY(r.ok);
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(r.eventsRead, 0);
}

void TestSyncFolder::conflictCopiesAreMerged()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    QVERIFY(a.review(QStringLiteral("c1"), Rating::Easy, monday));
    QVERIFY(a.sync().ok);
    QVERIFY(a.store->setNote(QStringLiteral("t1"), QStringLiteral("second")));
    QVERIFY(a.sync().ok);
    const QStringList segments = filesUnder(ownFolder(a));
    QCOMPARE(segments.size(), 2);
    const QString bDir = SyncFolder(b.folder).deviceFolder(QStringLiteral("guide"), a.store->deviceId());
    // Only conflict copies arrive: Syncthing's name for one, Dropbox's for the other.
    QString syncthing = QFileInfo(segments.at(0)).fileName();
    syncthing.replace(
        QStringLiteral(".sgseg"), QStringLiteral(".sync-conflict-20260302-101010-ABCDEFG.sgseg"));
    QString dropbox = QFileInfo(segments.at(1)).fileName();
    dropbox.replace(QStringLiteral(".sgseg"), QStringLiteral(" (Laptop's conflicted copy 2026-03-02).sgseg"));
    writeFile(bDir + QLatin1Char('/') + syncthing, readAll(segments.at(0)));
    writeFile(bDir + QLatin1Char('/') + dropbox, readAll(segments.at(1)));
    const SyncEngine::Result r = b.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.eventsRead, 2);
    QCOMPARE(b.state(), a.state());
}

void TestSyncFolder::segmentBeforeTheOneBeforeIt()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    QVERIFY(a.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(a.sync().ok);
    QVERIFY(a.review(QStringLiteral("c1"), Rating::Hard, monday.addDays(3)));
    QVERIFY(a.sync().ok);
    QStringList segments = filesUnder(ownFolder(a));
    std::sort(segments.begin(), segments.end());
    const QString bDir = SyncFolder(b.folder).deviceFolder(QStringLiteral("guide"), a.store->deviceId());
    writeFile(bDir + QLatin1Char('/') + QFileInfo(segments.at(1)).fileName(), readAll(segments.at(1)));
    QVERIFY(b.sync().ok);
    QCOMPARE(b.store->cardSchedule(QStringLiteral("c1"))->reps, 1); // only the later review so far
    writeFile(bDir + QLatin1Char('/') + QFileInfo(segments.at(0)).fileName(), readAll(segments.at(0)));
    QVERIFY(b.sync().ok);
    QCOMPARE(b.state(), a.state()); // recomputed in time order once the first arrived
}

void TestSyncFolder::truncatedSegmentIsRetriedLater()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    QVERIFY(a.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Done));
    QVERIFY(a.sync().ok);
    const QString segment = filesUnder(ownFolder(a)).constFirst();
    const QString target = SyncFolder(b.folder).deviceFolder(QStringLiteral("guide"), a.store->deviceId())
        + QLatin1Char('/') + QFileInfo(segment).fileName();
    const QByteArray whole = readAll(segment);
    writeFile(target, whole.left(whole.size() - 10));
    SyncEngine::Result r = b.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(QLatin1String("checksum")), qPrintable(r.warnings.first()));
    QCOMPARE(b.store->topicStatus(QStringLiteral("t1")), TopicStatus::NotStarted);
    writeFile(target, whole); // the sync engine finishes the copy
    r = b.sync();
    QVERIFY(r.ok);
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(b.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
}

void TestSyncFolder::corruptSegmentLosesNothing()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    QVERIFY(b.review(QStringLiteral("c2"), Rating::Good, monday));
    QVERIFY(b.store->setNote(QStringLiteral("t1"), QStringLiteral("mine")));
    const QString before = b.state();
    QVERIFY(a.store->setNote(QStringLiteral("t1"), QStringLiteral("theirs")));
    QVERIFY(a.sync().ok);
    const QString segment = filesUnder(ownFolder(a)).constFirst();
    QByteArray bad = readAll(segment);
    bad[bad.size() / 2] = char(bad[bad.size() / 2] ^ 0xff);
    const QString target = SyncFolder(b.folder).deviceFolder(QStringLiteral("guide"), a.store->deviceId())
        + QLatin1Char('/') + QFileInfo(segment).fileName();
    writeFile(target, bad);
    writeFile(SyncFolder(b.folder).deviceFolder(QStringLiteral("guide"), a.store->deviceId())
            + QStringLiteral("/000000000009-000000000009.sgseg"),
        QByteArray(5000, '\xff'));
    const SyncEngine::Result r = b.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(b.state(), before);
    QCOMPARE(b.store->note(QStringLiteral("t1")), QStringLiteral("mine"));
}

void TestSyncFolder::deletedJournalIsWrittenAgain()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    QVERIFY(a.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(a.sync().ok);
    QVERIFY(a.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Reading));
    QVERIFY(a.sync().ok);
    QVERIFY(QDir(ownFolder(a)).removeRecursively());
    const SyncEngine::Result r = a.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.eventsWritten, 2);
    a.deliverTo(b);
    QVERIFY(b.sync().ok);
    QCOMPARE(b.state(), a.state());
    // One segment of several deleted: only its events are written again.
    QVERIFY(a.store->setTopicStatus(QStringLiteral("t2"), TopicStatus::Done));
    QVERIFY(a.sync().ok);
    QStringList segments = filesUnder(ownFolder(a));
    std::sort(segments.begin(), segments.end());
    QCOMPARE(segments.size(), 2);
    QVERIFY(QFile::remove(segments.at(1)));
    QCOMPARE(a.sync().eventsWritten, 1);
}

void TestSyncFolder::restoredBackupTakesANewId()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    QVERIFY(a.review(QStringLiteral("c1"), Rating::Good, monday));
    QVERIFY(a.sync().ok);
    // A copy of the progress file as it is now: a backup, or the file copied to a second computer.
    a.store->close();
    QVERIFY(QFile::copy(a.dataFile, dir.path() + QStringLiteral("/c.sqlite")));
    a.store->open(a.dataFile);
    a.store->setGuideId(QStringLiteral("guide"));
    const QString sharedId = a.store->deviceId();
    SyncTestDevice c(dir.path(), QStringLiteral("c"));
    QCOMPARE(c.store->deviceId(), sharedId);
    // Both go on, each with its own changes, and both sync into the same folder.
    QVERIFY(a.review(QStringLiteral("c2"), Rating::Hard, monday.addDays(1)));
    QVERIFY(a.store->setNote(QStringLiteral("t1"), QStringLiteral("from a")));
    QVERIFY(a.sync().ok);
    QVERIFY(c.review(QStringLiteral("c3"), Rating::Easy, monday.addDays(2)));
    a.deliverTo(c);
    const SyncEngine::Result r = c.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(c.store->deviceId() != sharedId);
    c.deliverTo(a);
    QVERIFY(a.sync().ok);
    QCOMPARE(a.store->deviceId(), sharedId);
    c.deliverTo(a);
    a.deliverTo(c);
    QVERIFY(c.sync().ok);
    QVERIFY(a.sync().ok);
    QCOMPARE(a.state(), c.state());
    // Nothing of either was lost, and nothing counted twice.
    QCOMPARE(a.store->reviewLog().size(), 3);
    QCOMPARE(a.store->note(QStringLiteral("t1")), QStringLiteral("from a"));
}

void TestSyncFolder::itemsTheGuideNoLongerHas()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    // The card was renamed in b's copy of the guide; its progress under the old id still arrives and stays.
    QVERIFY(a.review(QStringLiteral("old-card-id"), Rating::Good, monday));
    QVERIFY(a.store->setTopicStatus(QStringLiteral("old-topic-id"), TopicStatus::Done));
    QVERIFY(a.sync().ok);
    a.deliverTo(b);
    QVERIFY(b.sync().ok);
    QVERIFY(b.store->cardSchedule(QStringLiteral("old-card-id")).has_value());
    QCOMPARE(b.store->topicStatus(QStringLiteral("old-topic-id")), TopicStatus::Done);
    // A guide whose own id changed syncs in a folder of its own; the old one is left alone.
    SyncTestDevice renamed(dir.path(), QStringLiteral("renamed"), QStringLiteral("guide-v2"));
    a.deliverTo(renamed);
    const SyncEngine::Result r = renamed.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.eventsRead, 0);
    QVERIFY(QDir(renamed.folder + QStringLiteral("/guide")).exists());
}

void TestSyncFolder::wrongClockCannotWinForever()
{
    QTemporaryDir dir;
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    QVERIFY(b.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Reading));
    // A device whose clock says 2099 marks the topic done.
    SyncSegment s;
    s.guideId = QStringLiteral("guide");
    s.device = QStringLiteral("ffffffffffffffffffffffffffffffff");
    s.deviceName = QStringLiteral("clock in 2099");
    s.firstSeq = s.lastSeq = 1;
    const qint64 future = UtcDateTime::at(QDate(2099, 1, 1), QTime(0, 0)).toMSecsSinceEpoch();
    s.events = { { s.device, 1, future << HybridClock::counterBits, SyncEvent::Kind::Status,
        QStringLiteral("t1"), future / 1000, 2, QString(), false } };
    writeFile(SyncFolder(b.folder).deviceFolder(s.guideId, s.device) + QLatin1Char('/')
            + SyncFolder::segmentName(1, 1),
        s.encode());
    QVERIFY(b.sync().ok);
    QCOMPARE(
        b.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done); // it wrote last, as far as b knows
    // But an edit made after seeing it wins, although b's clock is in 2026.
    QVERIFY(b.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Reading));
    QVERIFY(b.sync().ok);
    SyncTestDevice c(dir.path(), QStringLiteral("c"));
    b.deliverTo(c);
    QVERIFY(c.sync().ok);
    QCOMPARE(c.store->topicStatus(QStringLiteral("t1")), TopicStatus::Reading);
    QCOMPARE(c.state(), b.state());
}

void TestSyncFolder::compactionKeepsEveryDeviceWhole()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice early(dir.path(), QStringLiteral("early"));
    a.engine->setCompactionLimits(3, 1 << 20);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(a.review(QStringLiteral("c%1").arg(i), Rating::Good, monday.addSecs(i * 60)));
        QVERIFY(a.store->setNote(QStringLiteral("t1"), QStringLiteral("version %1").arg(i)));
        QVERIFY(a.sync().ok);
    }
    a.deliverTo(early); // early has seen the three segments
    QVERIFY(early.sync().ok);
    QVERIFY(a.review(QStringLiteral("c9"), Rating::Again, monday.addDays(1)));
    const SyncEngine::Result r = a.sync();
    QVERIFY(r.ok);
    QVERIFY(r.compacted);
    const QStringList left = filesUnder(ownFolder(a));
    QCOMPARE(left.size(), 1);
    const SyncSegment::Decoded snapshot = SyncSegment::decode(readAll(left.first()));
    QVERIFY(snapshot.ok());
    QVERIFY(snapshot.segment.snapshot);
    QCOMPARE(snapshot.segment.events.size(), 5); // four reviews and the last note; older notes dropped
    // A device that sees only the snapshot, and one that saw the old segments, agree with a.
    SyncTestDevice late(dir.path(), QStringLiteral("late"));
    a.deliverTo(late);
    QVERIFY(late.sync().ok);
    a.deliverTo(early);
    QVERIFY(early.sync().ok);
    QCOMPARE(late.state(), a.state());
    QCOMPARE(early.state(), a.state());
}

void TestSyncFolder::unwritableOrRemovedFolder()
{
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    QVERIFY(a.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Done));
    const QString before = a.state();
    // A file where the guide's folder should be: nothing can be written there (also as root).
    writeFile(a.folder + QStringLiteral("/guide"), "not a folder");
    SyncEngine::Result r = a.sync();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(a.folder), qPrintable(r.error));
    QCOMPARE(a.state(), before);
    QVERIFY(QDir(a.folder).removeRecursively());
    r = a.sync();
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("does not exist")), qPrintable(r.error));
    QCOMPARE(a.state(), before);
    a.engine->setFolder(QString());
    QVERIFY(!a.sync().ok);
}

void TestSyncFolder::syncStepTurnsOldRowsIntoEvents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : ProgressStore::migrationStatements(3))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
            " scheduled_seconds, source) VALUES ('guide', 'c1', 3, 1772442000, 0, 600, 'review')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO topic_progress VALUES ('guide', 't1', 2, 1772442000)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO bookmarks VALUES ('guide', 1, 'c1', 'why', 1772442000)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    QVERIFY(QFile::copy(path, dir.filePath(QStringLiteral("a.sqlite"))));
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    QVERIFY(SyncSegment::isDeviceId(a.store->deviceId()));
    const SyncEngine::Result r = a.sync();
    QVERIFY(r.ok);
    QCOMPARE(r.eventsWritten, 3);
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    a.deliverTo(b);
    QVERIFY(b.sync().ok);
    QCOMPARE(b.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
    QCOMPARE(b.store->bookmark(ItemKind::Card, QStringLiteral("c1"))->note, QStringLiteral("why"));
    QCOMPARE(b.store->reviewLog().size(), 1);
}

void TestSyncFolder::eachReviewIsKeptOnceFromStepSix()
{
    // A file of schema 5 kept each review twice: as its review_log row and as an event in
    // sync_events. Step 6 keeps the row, with the event's clock value, and loses no event: not a
    // register, not a review event whose row was missing.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    const QString device = QStringLiteral("0123456789abcdef0123456789abcdef");
    const qint64 at = monday.toSecsSinceEpoch();
    const auto hlc = [&](int seq) { return ((at + seq) * 1000) << HybridClock::counterBits; };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : ProgressStore::migrationStatements(5))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state VALUES ('device_id', '%1'), ('device_name', 'old'),"
                                      " ('hlc', '%2')")
                           .arg(device)
                           .arg(hlc(4))));
        const QString event = QStringLiteral("INSERT INTO sync_events VALUES ('%1', %2, 'guide', %3, %4, '%5', %6, %7,"
                                             " '%8', 0)");
        const QString row = QStringLiteral("INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
                                           " scheduled_seconds, source, device, seq) VALUES ('guide', '%1', %2, %3,"
                                           " 0, 600, 'review', '%4', %5)");
        QVERIFY(q.exec(event.arg(device).arg(1).arg(hlc(1)).arg(1).arg(QStringLiteral("c1")).arg(at + 1).arg(3)
                           .arg(QStringLiteral("review"))));
        QVERIFY(q.exec(row.arg(QStringLiteral("c1")).arg(3).arg(at + 1).arg(device).arg(1)));
        QVERIFY(q.exec(event.arg(device).arg(2).arg(hlc(2)).arg(2).arg(QStringLiteral("t1")).arg(at + 2).arg(2)
                           .arg(QString())));
        QVERIFY(q.exec(event.arg(device).arg(3).arg(hlc(3)).arg(1).arg(QStringLiteral("c1")).arg(at + 3).arg(1)
                           .arg(QStringLiteral("review"))));
        QVERIFY(q.exec(row.arg(QStringLiteral("c1")).arg(1).arg(at + 3).arg(device).arg(3)));
        // An event whose review_log row is missing.
        QVERIFY(q.exec(event.arg(device).arg(4).arg(hlc(4)).arg(1).arg(QStringLiteral("c2")).arg(at + 4).arg(4)
                           .arg(QStringLiteral("interview"))));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    QCOMPARE(a.store->deviceId(), device);
    QCOMPARE(a.store->reviewLog().size(), 3);
    QVERIFY(a.review(QStringLiteral("c3"), Rating::Good, monday.addDays(1)));
    const SyncEngine::Result r = a.sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.eventsWritten, 5);
    // The segment holds every event as it was, with its clock value; the new review goes on
    // from the greatest seq, whichever table holds it.
    const QDir segments(SyncFolder(a.folder).deviceFolder(QStringLiteral("guide"), device));
    const QStringList names = segments.entryList({ QStringLiteral("*.sgseg") });
    QCOMPARE(names, QStringList { SyncFolder::segmentName(1, 5) });
    QFile file(segments.filePath(names.constFirst()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SyncSegment::Decoded decoded = SyncSegment::decode(file.readAll());
    QVERIFY(decoded.ok());
    const QList<SyncEvent> &events = decoded.segment.events;
    QCOMPARE(events.size(), 5);
    const QList<SyncEvent> expected {
        { device, 1, hlc(1), SyncEvent::Kind::Review, QStringLiteral("c1"), at + 1, 3, QStringLiteral("review"), false },
        { device, 2, hlc(2), SyncEvent::Kind::Status, QStringLiteral("t1"), at + 2, 2, QString(), false },
        { device, 3, hlc(3), SyncEvent::Kind::Review, QStringLiteral("c1"), at + 3, 1, QStringLiteral("review"), false },
        { device, 4, hlc(4), SyncEvent::Kind::Review, QStringLiteral("c2"), at + 4, 4, QStringLiteral("interview"),
            false },
    };
    for (int i = 0; i < expected.size(); ++i)
        QVERIFY2(events.at(i) == expected.at(i), qPrintable(QString::number(i)));
    QCOMPARE(events.at(4).seq, qint64(5));
    QCOMPARE(events.at(4).kind, SyncEvent::Kind::Review);
    QVERIFY(events.at(4).hlc > hlc(4));

    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    a.deliverTo(b);
    QVERIFY(b.sync().ok);
    QCOMPARE(b.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
    QCOMPARE(b.store->reviewLog().size(), 4);
}

void TestSyncFolder::aLongHistoryMergesAsInPieces()
{
    // A merge of more reviews than the log holds writes them without review_log's indexes and
    // makes these again: the outcome is the one of merging the same history in small passes.
    QTemporaryDir dir;
    const int segments = 6;
    const int perSegment = 2000;
    QList<SyncSegment> history;
    for (int i = 0; i < segments; ++i) {
        SyncSegment s;
        s.guideId = QStringLiteral("guide");
        s.device = lowDevice;
        s.deviceName = QStringLiteral("desk");
        s.firstSeq = qint64(i) * perSegment + 1;
        s.lastSeq = s.firstSeq + perSegment - 1;
        for (qint64 seq = s.firstSeq; seq <= s.lastSeq; ++seq) {
            const qint64 at = monday.toSecsSinceEpoch() + seq * 600;
            s.events.append({ lowDevice, seq, (at * 1000) << HybridClock::counterBits, SyncEvent::Kind::Review,
                QStringLiteral("c%1").arg(seq % 60), at, int(1 + seq % 4), QStringLiteral("review"), false });
        }
        history.append(s);
    }
    const auto deliver = [](const SyncTestDevice &to, const SyncSegment &s, const QString &name) {
        writeFile(SyncFolder(to.folder).deviceFolder(s.guideId, s.device) + QLatin1Char('/') + name, s.encode());
    };
    SyncTestDevice whole(dir.path(), QStringLiteral("whole"));
    SyncTestDevice pieces(dir.path(), QStringLiteral("pieces"));
    for (SyncTestDevice *d : { &whole, &pieces })
        QVERIFY(d->review(QStringLiteral("c1"), Rating::Good, monday.addDays(-1)));
    for (const SyncSegment &s : std::as_const(history))
        deliver(whole, s, SyncFolder::segmentName(s.firstSeq, s.lastSeq));
    SyncEngine::Result r = whole.sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.eventsRead, segments * perSegment);
    for (const SyncSegment &s : std::as_const(history)) {
        deliver(pieces, s, SyncFolder::segmentName(s.firstSeq, s.lastSeq));
        r = pieces.sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.eventsRead, perSegment);
    }
    QCOMPARE(whole.store->reviewLog().size(), segments * perSegment + 1);
    QCOMPARE(whole.state(), pieces.state());

    // The indexes are back: the unique key of a review keeps a conflict copy from adding any twice.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(whole.dataFile);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"
                                      " AND tbl_name = 'review_log' ORDER BY name")));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names,
            QStringList({ QStringLiteral("review_log_by_card"), QStringLiteral("review_log_by_origin"),
                QStringLiteral("review_log_by_time") }));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
    deliver(whole, history.constFirst(), QStringLiteral("000000000001-000000002000.sync-conflict-20260302-090000-ABCDEFG.sgseg"));
    r = whole.sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.eventsRead, 0);
    QCOMPARE(whole.state(), pieces.state());
}

void TestSyncFolder::mergedReviewsAreLoggedInTimeOrder()
{
    // A merge logs its new reviews in the log's own order (time, device, seq), as a device logs
    // its own: the order of the rows does not depend on how the cards were replayed, and the
    // indexes made again after a long merge get their rows nearly in order.
    QTemporaryDir dir;
    SyncTestDevice to(dir.path(), QStringLiteral("to"));
    const int perDevice = 6000; // together more than the bulk merge's threshold
    for (const QString &device : { lowDevice, highDevice }) {
        SyncSegment s;
        s.guideId = QStringLiteral("guide");
        s.device = device;
        s.deviceName = device.left(4);
        s.firstSeq = 1;
        s.lastSeq = perDevice;
        for (qint64 seq = 1; seq <= perDevice; ++seq) {
            // Both devices review in the same seconds now and then, in an order of their own.
            const qint64 at = monday.toSecsSinceEpoch()
                + (device == lowDevice ? seq * 60 : (perDevice - seq) * 60 + 30 * (seq % 3));
            s.events.append({ device, seq, (at * 1000) << HybridClock::counterBits, SyncEvent::Kind::Review,
                QStringLiteral("c%1").arg(seq % 97), at, int(1 + seq % 4), QStringLiteral("review"), false });
        }
        writeFile(SyncFolder(to.folder).deviceFolder(s.guideId, s.device) + QLatin1Char('/')
                + SyncFolder::segmentName(s.firstSeq, s.lastSeq),
            s.encode());
    }
    const SyncEngine::Result r = to.sync();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.eventsRead, 2 * perDevice);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("look"));
        db.setDatabaseName(to.dataFile);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT reviewed_at, device, seq FROM review_log ORDER BY id")));
        int rows = 0;
        std::tuple<qint64, QString, qint64> previous;
        while (q.next()) {
            const std::tuple<qint64, QString, qint64> row { q.value(0).toLongLong(), q.value(1).toString(),
                q.value(2).toLongLong() };
            QVERIFY2(rows == 0 || previous < row, qPrintable(QString::number(rows)));
            previous = row;
            ++rows;
        }
        QCOMPARE(rows, 2 * perDevice);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("look"));
}

void TestSyncFolder::clockValuesOnlyGrow()
{
    HybridClock clock;
    const qint64 first = clock.tick(1000);
    QCOMPARE(HybridClock::millisecondsOf(first), qint64(1000));
    const qint64 sameMillisecond = clock.tick(1000);
    QVERIFY(sameMillisecond > first);
    QVERIFY(clock.tick(999) > sameMillisecond); // the wall clock went back
    clock.observe(qint64(5000) << HybridClock::counterBits);
    QVERIFY(clock.tick(1001) > (qint64(5000) << HybridClock::counterBits));
}

void TestSyncFolder::equalClocksAreDecidedByTheGreaterDeviceId()
{
    // Two devices wrote t1 at the same clock value: the greater device id wins, on every device,
    // whichever of the two it read first.
    QTemporaryDir dir;
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    SyncTestDevice c(dir.path(), QStringLiteral("c"));
    const qint64 hlc = monday.toMSecsSinceEpoch() << HybridClock::counterBits;
    writeStatusSegment(b.folder, lowDevice, hlc, TopicStatus::Reading);
    writeStatusSegment(c.folder, highDevice, hlc, TopicStatus::Done);
    QVERIFY(b.sync().ok);
    QVERIFY(c.sync().ok);
    QCOMPARE(b.store->topicStatus(QStringLiteral("t1")), TopicStatus::Reading);
    QCOMPARE(c.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
    writeStatusSegment(b.folder, highDevice, hlc, TopicStatus::Done);
    writeStatusSegment(c.folder, lowDevice, hlc, TopicStatus::Reading);
    QVERIFY(b.sync().ok);
    QVERIFY(c.sync().ok);
    QCOMPARE(b.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
    QCOMPARE(c.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
}

void TestSyncFolder::mergeRaisesTheClockToTheGreatestValueRead()
{
    // One pass reads a device whose clock says 2099 and one whose clock is right, in either
    // order: an edit made after the pass must order after both, so it wins everywhere.
    const qint64 in2099 = UtcDateTime::at(QDate(2099, 1, 1), QTime(0, 0)).toMSecsSinceEpoch()
        << HybridClock::counterBits;
    const qint64 onMonday = monday.toMSecsSinceEpoch() << HybridClock::counterBits;
    for (const bool futureFirst : { true, false }) {
        QTemporaryDir dir;
        SyncTestDevice b(dir.path(), QStringLiteral("b"));
        writeStatusSegment(b.folder, lowDevice, futureFirst ? in2099 : onMonday, TopicStatus::Done);
        writeStatusSegment(b.folder, highDevice, futureFirst ? onMonday : in2099, TopicStatus::Done);
        QVERIFY(b.sync().ok);
        QCOMPARE(b.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
        QVERIFY(b.store->setTopicStatus(QStringLiteral("t1"), TopicStatus::Reading));
        QVERIFY(b.sync().ok);
        SyncTestDevice c(dir.path(), QStringLiteral("c"));
        b.deliverTo(c);
        QVERIFY(c.sync().ok);
        QCOMPARE(c.store->topicStatus(QStringLiteral("t1")), TopicStatus::Reading);
    }
}

void TestSyncFolder::reviewsInTheSameSecondOnTwoDevices()
{
    // The same card graded in the same second on two devices: both replay the log in one order
    // (time, then device id, then seq), so both end with the same schedule and the same log.
    QTemporaryDir dir;
    SyncTestDevice a(dir.path(), QStringLiteral("a"));
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    QVERIFY(a.review(QStringLiteral("c1"), Rating::Again, monday));
    QVERIFY(b.review(QStringLiteral("c1"), Rating::Easy, monday));
    QVERIFY(a.sync().ok);
    QVERIFY(b.sync().ok);
    a.deliverTo(b);
    b.deliverTo(a);
    QVERIFY(a.sync().ok);
    QVERIFY(b.sync().ok);
    QCOMPARE(a.store->reviewLog().size(), 2);
    QCOMPARE(a.state(), b.state());
}

void TestSyncFolder::twoVersionsOfOneEventResolveAlike()
{
    // Two installations with one device id wrote different events under the same seq; the
    // second arrives as a conflict copy. Whichever version a device reads first, all end with
    // the greater of the two (by clock value first), never with the one read last.
    QTemporaryDir dir;
    SyncTestDevice b(dir.path(), QStringLiteral("b"));
    SyncTestDevice c(dir.path(), QStringLiteral("c"));
    const qint64 earlier = monday.toMSecsSinceEpoch() << HybridClock::counterBits;
    const qint64 later = monday.addSecs(60).toMSecsSinceEpoch() << HybridClock::counterBits;
    const QString conflict = QStringLiteral("000000000001-000000000001.sync-conflict-20260302-101010-ABCDEFG.sgseg");
    writeStatusSegment(b.folder, lowDevice, earlier, TopicStatus::Reading);
    writeStatusSegment(c.folder, lowDevice, later, TopicStatus::Done);
    QVERIFY(b.sync().ok);
    QVERIFY(c.sync().ok);
    writeStatusSegment(b.folder, lowDevice, later, TopicStatus::Done, conflict);
    writeStatusSegment(c.folder, lowDevice, earlier, TopicStatus::Reading, conflict);
    QVERIFY(b.sync().ok);
    QVERIFY(c.sync().ok);
    QCOMPARE(b.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
    QCOMPARE(c.store->topicStatus(QStringLiteral("t1")), TopicStatus::Done);
    QCOMPARE(b.state(), c.state());
}

QTEST_GUILESS_MAIN(TestSyncFolder)
#include "tst_syncfolder.moc"
