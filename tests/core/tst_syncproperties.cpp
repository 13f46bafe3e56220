// The merge is a CRDT: over random histories of 2 to 5 devices, with random delivery orders,
// duplicate deliveries and passes at random moments, every device ends with the same progress;
// and merging a fixed set of segments gives one state whatever the order, the grouping into
// passes, or how often a segment is read (commutative, associative, idempotent).

#include "UtcDateTime.h"
#include "LearnerSettings.h"
#include "SyncTestDevice.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList cards { QStringLiteral("c1"), QStringLiteral("c2"), QStringLiteral("c3"),
    QStringLiteral("c4") };
const QStringList topics { QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3") };
// Own card ids shared by every device, so that edits and deletions of one card meet in a merge.
const QStringList ownCards { QStringLiteral("own/1"), QStringLiteral("own/2"), QStringLiteral("own/3") };
// Settings whose registers merge like any other; the scheduler's parameters are left out, since
// schedules are recomputed with the parameters in force when a card's reviews are merged.
const QStringList settingKeys { LearnerSettings::newCardsPerDayKey, LearnerSettings::dayStartHourKey,
    LearnerSettings::practiceCountsKey };

// One random change on DEVICE; its clock moves on by a random step, sometimes backwards.
void randomChange(SyncTestDevice &device, QRandomGenerator &random, QDateTime &clock)
{
    clock = clock.addSecs(random.bounded(-3600, 3 * 86400));
    const QString card = cards.at(random.bounded(int(cards.size())));
    const QString topic = topics.at(random.bounded(int(topics.size())));
    switch (random.bounded(10)) {
    case 0:
    case 1:
        QVERIFY(device.review(card, Rating(1 + random.bounded(4)), clock));
        break;
    case 2:
        QVERIFY(device.store->setTopicStatus(topic, TopicStatus(random.bounded(3))));
        break;
    case 3:
        QVERIFY(device.store->setNote(topic, QStringLiteral("note %1").arg(random.bounded(100))));
        break;
    case 4:
        QVERIFY(device.store->setBookmark(
            ItemKind::Card, card, QStringLiteral("why %1").arg(random.bounded(10))));
        break;
    case 5:
        QVERIFY(device.store->removeBookmark(ItemKind::Card, card) || true);
        break;
    case 6: {
        // An own card made or edited; then and then reviewed like any card.
        OwnCard own;
        own.id = ownCards.at(random.bounded(int(ownCards.size())));
        own.topicId = topic;
        own.prompt = QStringLiteral("prompt %1").arg(random.bounded(100));
        own.answer = QStringLiteral("answer %1").arg(random.bounded(100));
        QVERIFY(device.store->saveOwnCard(own));
        if (random.bounded(2) == 0)
            QVERIFY(device.review(own.id, Rating(1 + random.bounded(4)), clock));
        break;
    }
    case 7:
        QVERIFY(device.store->removeOwnCard(ownCards.at(random.bounded(int(ownCards.size())))));
        break;
    case 8:
        QVERIFY(device.store->setTaskDone(QStringLiteral("task %1").arg(random.bounded(3)), random.bounded(2) == 0));
        break;
    default: {
        const QString key = settingKeys.at(random.bounded(int(settingKeys.size())));
        QVERIFY(device.store->setSyncedSettings({ { key, QString::number(random.bounded(50)) } }));
        break;
    }
    }
}

// Every segment file under FOLDER, by path relative to it.
QStringList segmentFiles(const QString &folder)
{
    QStringList out;
    const QDir root(folder);
    for (const QString &guide : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QString &device :
            QDir(root.filePath(guide)).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            for (const QString &file :
                QDir(root.filePath(guide + QLatin1Char('/') + device)).entryList(QDir::Files))
                out << guide + QLatin1Char('/') + device + QLatin1Char('/') + file;
        }
    }
    return out;
}

// Copies one file into TO's folder copy; as a duplicate, under a Syncthing conflict name.
void deliverFile(const QString &from, const QString &relative, const QString &to, bool asConflictCopy)
{
    QString target = to + QLatin1Char('/') + relative;
    if (asConflictCopy)
        target.replace(
            QStringLiteral(".sgseg"), QStringLiteral(".sync-conflict-20260101-120000-ABCDEFG.sgseg"));
    QDir().mkpath(QFileInfo(target).path());
    if (!QFile::exists(target))
        QFile::copy(from + QLatin1Char('/') + relative, target);
}

} // namespace

class TestSyncProperties : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyDeviceConverges_data();
    void everyDeviceConverges();
    void mergeIsOrderFreeAndIdempotent_data();
    void mergeIsOrderFreeAndIdempotent();
};

void TestSyncProperties::everyDeviceConverges_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 24; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestSyncProperties::everyDeviceConverges()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const int count = 2 + int(random.bounded(4)); // 2 to 5 devices
    std::vector<std::unique_ptr<SyncTestDevice>> devices;
    std::vector<QDateTime> clocks;
    for (int i = 0; i < count; ++i) {
        devices.push_back(std::make_unique<SyncTestDevice>(dir.path(), QStringLiteral("d%1").arg(i)));
        clocks.push_back(
            UtcDateTime::at(QDate(2026, 3, 1), QTime(9, 0)).addSecs(random.bounded(0, 86400)));
    }
    for (int step = 0; step < 40; ++step) {
        const int d = int(random.bounded(count));
        switch (random.bounded(4)) {
        case 0:
        case 1:
            randomChange(*devices[std::size_t(d)], random, clocks[std::size_t(d)]);
            break;
        case 2:
            QVERIFY2(devices[std::size_t(d)]->sync().ok, "a sync pass failed");
            break;
        default: {
            // A sync engine moves some files from one copy to another, in any order, some twice.
            const int to = int(random.bounded(count));
            const QStringList files = segmentFiles(devices[std::size_t(d)]->folder);
            for (const QString &file : files) {
                if (to != d && random.bounded(2) == 0)
                    deliverFile(devices[std::size_t(d)]->folder, file, devices[std::size_t(to)]->folder,
                        random.bounded(5) == 0);
            }
        }
        }
    }
    // Then everything reaches everyone: each writes, all files go everywhere, each merges.
    for (int round = 0; round < 2; ++round) {
        for (auto &device : devices)
            QVERIFY(device->sync().ok);
        for (auto &from : devices) {
            for (auto &to : devices) {
                if (from != to)
                    from->deliverTo(*to);
            }
        }
    }
    for (auto &device : devices)
        QVERIFY(device->sync().ok);
    const QString expected = devices.front()->state();
    QVERIFY(!expected.isEmpty());
    for (std::size_t i = 1; i < devices.size(); ++i)
        QCOMPARE(devices[i]->state(), expected);
}

void TestSyncProperties::mergeIsOrderFreeAndIdempotent_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 100; seed < 112; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestSyncProperties::mergeIsOrderFreeAndIdempotent()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    // Writers make histories and segments (several each, written at random moments)...
    const int writers = 2 + int(random.bounded(4));
    std::vector<std::unique_ptr<SyncTestDevice>> sources;
    for (int i = 0; i < writers; ++i) {
        sources.push_back(std::make_unique<SyncTestDevice>(dir.path(), QStringLiteral("w%1").arg(i)));
        QDateTime clock = UtcDateTime::at(QDate(2026, 3, 1), QTime(9, 0));
        for (int step = 0; step < 12; ++step) {
            randomChange(*sources.back(), random, clock);
            if (random.bounded(3) == 0)
                QVERIFY(sources.back()->sync().ok);
        }
        QVERIFY(sources.back()->sync().ok);
    }
    QList<QPair<QString, QString>> all; // (folder, relative path)
    for (auto &source : sources) {
        for (const QString &file : segmentFiles(source->folder))
            all.append({ source->folder, file });
    }
    // ...and readers merge them in different orders, groupings and with duplicates.
    QString expected;
    for (int r = 0; r < 4; ++r) {
        SyncTestDevice reader(dir.path(), QStringLiteral("r%1").arg(r));
        QList<QPair<QString, QString>> order = all;
        std::shuffle(order.begin(), order.end(), random);
        for (const auto &[folder, file] : order) {
            deliverFile(folder, file, reader.folder, false);
            if (random.bounded(3) == 0)
                deliverFile(folder, file, reader.folder, true); // the same segment twice
            if (random.bounded(2) == 0)
                QVERIFY(reader.sync().ok); // a pass after some of the files: a grouping
        }
        QVERIFY(reader.sync().ok);
        const QString state = reader.state();
        // Idempotent: the same files merged again change nothing.
        const SyncEngine::Result again = reader.sync();
        QVERIFY(again.ok);
        QCOMPARE(again.eventsRead, 0);
        QCOMPARE(reader.state(), state);
        if (r == 0)
            expected = state;
        else
            QCOMPARE(state, expected);
    }
    // And equal to what the writers themselves hold once they have merged each other.
    for (auto &from : sources) {
        for (auto &to : sources) {
            if (from != to)
                from->deliverTo(*to);
        }
    }
    for (auto &source : sources) {
        QVERIFY(source->sync().ok);
        QCOMPARE(source->state(), expected);
    }
}

QTEST_GUILESS_MAIN(TestSyncProperties)
#include "tst_syncproperties.moc"
