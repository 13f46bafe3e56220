#include "OwnCards.h"
#include "ProgressArchive.h"
#include "ProgressArchiveFormat.h"
#include "ProgressStore.h"
#include "UtcDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

namespace {

const auto guideId = QStringLiteral("python-interview");

QDateTime at(int day, int hour = 9)
{
    return UtcDateTime::at(QDate(2026, 1, day), QTime(hour, 0));
}

CardSchedule schedule(
    CardState state, const QDateTime &lastReview, double stability, double difficulty, int reps)
{
    CardSchedule s;
    s.state = state;
    s.step = state == CardState::Learning ? 1 : 0;
    s.memory = MemoryState { stability, difficulty };
    s.lastReview = lastReview;
    s.due = lastReview.addSecs(qint64(stability * 86400));
    s.reps = reps;
    s.lapses = reps / 3;
    return s;
}

QString text(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QStringLiteral("-");
}

// Each fact of a store as one line, sorted, so that two stores compare with a readable diff.
QStringList facts(const ProgressStore &store)
{
    QStringList out;
    for (const auto &s : store.topicStatusEntries())
        out << QStringLiteral("status %1 %2 %3").arg(s.topicId).arg(int(s.status)).arg(text(s.updatedAt));
    for (const Bookmark &b : store.bookmarks())
        out << QStringLiteral("bookmark %1 %2 [%3] %4")
                   .arg(int(b.kind))
                   .arg(b.itemId, b.note, text(b.createdAt));
    for (const TopicNote &n : store.notes())
        out << QStringLiteral("note %1 [%2] %3").arg(n.topicId, n.text, text(n.updatedAt));
    const auto schedules = store.cardSchedules();
    for (auto it = schedules.constBegin(); it != schedules.constEnd(); ++it) {
        const CardSchedule &s = *it;
        out << QStringLiteral("card %1 state=%2 step=%3 memory=%4/%5 due=%6 last=%7 reps=%8 lapses=%9")
                   .arg(it.key())
                   .arg(int(s.state))
                   .arg(s.step)
                   .arg(s.memory ? QString::number(s.memory->stability, 'g', 17) : QStringLiteral("-"),
                       s.memory ? QString::number(s.memory->difficulty, 'g', 17) : QStringLiteral("-"),
                       text(s.due), text(s.lastReview))
                   .arg(s.reps)
                   .arg(s.lapses);
    }
    for (const auto &t : store.taskStateEntries())
        out << QStringLiteral("task %1 %2 %3").arg(t.taskId).arg(int(t.done)).arg(text(t.updatedAt));
    for (const OwnCard &c : store.ownCards())
        out << QStringLiteral("own %1 topic=%2 [%3] [%4] %5 %6")
                   .arg(c.id, c.topicId, c.prompt, c.answer, text(c.createdAt), text(c.updatedAt));
    for (const ReviewLogEntry &r : store.reviewLog())
        out << QStringLiteral("review %1 %2 %3 before=%4 scheduled=%5 %6")
                   .arg(r.cardId)
                   .arg(int(r.rating))
                   .arg(text(r.reviewedAt))
                   .arg(int(r.stateBefore))
                   .arg(r.scheduledSeconds)
                   .arg(r.source);
    out.sort();
    return out;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestProgressArchive : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileIsVersionedJson();
    void roundTripLosesNothing();
    void importingTwiceAddsNothing();
    void mergeKeepsTheNewerAndUnitesLogs();
    void mergeTakesAReviewRepeatedInTheFileOnce();
    void refusesBadFilesAndChangesNothing_data();
    void refusesBadFilesAndChangesNothing();
    void sizeBoundIsCheckedBeforeParsing();
    void forceAcceptsAnotherGuide();
    void refusesWhenTheStoreIsReadOnly();
    void exportReportsAnUnwritablePath();
    void versionOneFileWithoutTasksOrOwnCardsStillImports();
    void mergeKeepsTheNewerOwnCardAndTask();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A store with some of everything, written through the store's ordinary API.
    void fillThroughTheApi(ProgressStore &store);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
};

void TestProgressArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProgressStore>();
    QCOMPARE(m_store->open(path(QStringLiteral("mine.sqlite"))), ProgressStore::Mode::ReadWrite);
    m_store->setGuideId(guideId);
}

void TestProgressArchive::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestProgressArchive::fillThroughTheApi(ProgressStore &store)
{
    QVERIFY(store.setTopicStatus(QStringLiteral("core/functions"), TopicStatus::Done));
    QVERIFY(store.setTopicStatus(QStringLiteral("core/classes"), TopicStatus::Reading));
    QVERIFY(store.setBookmark(
        ItemKind::Topic, QStringLiteral("core/classes"), QStringLiteral("re-read \"MRO\"\n\ttwice")));
    QVERIFY(store.setBookmark(ItemKind::Card, QStringLiteral("list-vs-tuple"), QString()));
    QVERIFY(store.setNote(
        QStringLiteral("core/functions"), QStringLiteral("# Closures\n\nlate binding — ünïcode")));
    // Awkward doubles: they must come back bit for bit.
    QVERIFY(store.recordReview(QStringLiteral("list-vs-tuple"), CardState::New,
        schedule(CardState::Learning, at(3), 1.0 / 3.0, 5.123456789012345, 1), Rating::Hard, at(3),
        QStringLiteral("cards")));
    QVERIFY(store.recordReview(QStringLiteral("list-vs-tuple"), CardState::Learning,
        schedule(CardState::Review, at(4), 2.718281828459045, 4.9, 2), Rating::Good, at(4)));
    QVERIFY(store.recordReview(QStringLiteral("gil"), CardState::New,
        schedule(CardState::Review, at(5), 8.25, 3.0, 1), Rating::Easy, at(5), QStringLiteral("mock")));
    // A ticked checklist item and a card of the learner's own, with a review of it.
    QVERIFY(store.setTaskDone(QStringLiteral("#arrays/rotate-in-place"), true));
    OwnCard own = OwnCards::make(QStringLiteral("core/functions"), QStringLiteral("What does `nonlocal` do?"),
        QStringLiteral("Binds a name to the enclosing function's — ünïcode\n\n```py\nnonlocal x\n```"));
    own.id = QStringLiteral("own/0b0e2f6a-5d1c-4a8e-9f3b-2c7d1e6a9b40"); // the same in every run
    QVERIFY(store.saveOwnCard(own));
    QVERIFY(store.recordReview(own.id, CardState::New, schedule(CardState::Learning, at(6), 0.5, 6.0, 1),
        Rating::Again, at(6)));
}

void TestProgressArchive::fileIsVersionedJson()
{
    fillThroughTheApi(*m_store);
    const ProgressArchive::Result result
        = ProgressArchive(*m_store).exportTo(path(QStringLiteral("p.json")), at(9, 12));
    QVERIFY2(result.ok, qPrintable(result.message));
    QFile file(path(QStringLiteral("p.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("studyguide-progress"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), ProgressArchiveFormat::formatVersion);
    QCOMPARE(ProgressArchiveFormat::formatVersion, 2);
    QCOMPARE(root.value(QStringLiteral("guideId")).toString(), guideId);
    QCOMPARE(root.value(QStringLiteral("exportedAt")).toString(), QStringLiteral("2026-01-09T12:00:00Z"));
    QCOMPARE(root.value(QStringLiteral("topics")).toArray().size(), 2);
    QCOMPARE(root.value(QStringLiteral("bookmarks")).toArray().size(), 2);
    QCOMPARE(root.value(QStringLiteral("notes")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("cards")).toArray().size(), 3);
    const QJsonArray tasks = root.value(QStringLiteral("tasks")).toArray();
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("#arrays/rotate-in-place"));
    QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("done")).toBool(), true);
    const QJsonArray own = root.value(QStringLiteral("ownCards")).toArray();
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.at(0).toObject().value(QStringLiteral("topicId")).toString(), QStringLiteral("core/functions"));
    QCOMPARE(own.at(0).toObject().value(QStringLiteral("prompt")).toString(), QStringLiteral("What does `nonlocal` do?"));
    const QJsonArray reviews = root.value(QStringLiteral("reviews")).toArray();
    QCOMPARE(reviews.size(), 4);
    const QJsonObject first = reviews.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("cardId")).toString(), QStringLiteral("list-vs-tuple"));
    QCOMPARE(first.value(QStringLiteral("rating")).toString(), QStringLiteral("hard"));
    QCOMPARE(first.value(QStringLiteral("reviewedAt")).toString(), QStringLiteral("2026-01-03T09:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("stateBefore")).toString(), QStringLiteral("new"));
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("cards"));
    QCOMPARE(result.counts.reviews, 4);
    QCOMPARE(result.counts.schedules, 3);
    QCOMPARE(result.counts.tasks, 1);
    QCOMPARE(result.counts.ownCards, 1);
    QVERIFY(result.message.contains(QStringLiteral("reviews 4")));
    QVERIFY(result.message.contains(QStringLiteral("your own cards 1")));
}

void TestProgressArchive::roundTripLosesNothing()
{
    fillThroughTheApi(*m_store);
    QVERIFY(ProgressArchive(*m_store).exportTo(path(QStringLiteral("p.json"))).ok);

    ProgressStore other;
    QCOMPARE(other.open(path(QStringLiteral("other.sqlite"))), ProgressStore::Mode::ReadWrite);
    other.setGuideId(guideId);
    QSignalSpy reviewed(&other, &ProgressStore::cardReviewed);
    QSignalSpy bookmarks(&other, &ProgressStore::bookmarksChanged);
    QSignalSpy tasks(&other, &ProgressStore::taskChanged);
    QSignalSpy ownCards(&other, &ProgressStore::ownCardsChanged);
    const ProgressArchive::Result result = ProgressArchive(other).importFrom(path(QStringLiteral("p.json")));
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(facts(other), facts(*m_store));
    QCOMPARE(facts(other).size(), 2 + 2 + 1 + 3 + 4 + 1 + 1);
    QCOMPARE(result.counts.statuses, 2);
    QCOMPARE(result.counts.bookmarks, 2);
    QCOMPARE(result.counts.notes, 1);
    QCOMPARE(result.counts.schedules, 3);
    QCOMPARE(result.counts.reviews, 4);
    QCOMPARE(result.counts.tasks, 1);
    QCOMPARE(result.counts.ownCards, 1);
    QCOMPARE(result.unchanged, 0);
    QVERIFY(result.message.contains(QStringLiteral("reviews 4")));
    QCOMPARE(reviewed.size(), 3); // once per card, so views refresh
    QCOMPARE(bookmarks.size(), 1);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(ownCards.size(), 1);
    QVERIFY(other.taskStates().value(QStringLiteral("#arrays/rotate-in-place")));
    QCOMPARE(other.cardSchedule(QStringLiteral("list-vs-tuple"))->memory->stability, 2.718281828459045);
}

void TestProgressArchive::importingTwiceAddsNothing()
{
    fillThroughTheApi(*m_store);
    QVERIFY(ProgressArchive(*m_store).exportTo(path(QStringLiteral("p.json"))).ok);
    const QStringList before = facts(*m_store);
    const ProgressArchive::Result again
        = ProgressArchive(*m_store).importFrom(path(QStringLiteral("p.json")));
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(again.counts.reviews, 0);
    QCOMPARE(again.counts.statuses + again.counts.bookmarks + again.counts.notes + again.counts.schedules
            + again.counts.tasks + again.counts.ownCards,
        0);
    QCOMPARE(again.unchanged, 2 + 2 + 1 + 3 + 4 + 1 + 1);
    QCOMPARE(facts(*m_store), before);
    QCOMPARE(m_store->reviewLog().size(), 4);
}

void TestProgressArchive::mergeKeepsTheNewerAndUnitesLogs()
{
    // Theirs: what another computer holds, exported to a file.
    ProgressStore theirs;
    QCOMPARE(theirs.open(path(QStringLiteral("theirs.sqlite"))), ProgressStore::Mode::ReadWrite);
    theirs.setGuideId(guideId);
    ProgressStore::ImportBatch t;
    t.statuses = { { QStringLiteral("a"), TopicStatus::Done, at(1) },
        { QStringLiteral("b"), TopicStatus::Reading, at(6) } };
    t.notes = { { QStringLiteral("a"), QStringLiteral("their old note"), at(1) },
        { QStringLiteral("b"), QStringLiteral("their new note"), at(6) } };
    t.bookmarks = { { ItemKind::Topic, QStringLiteral("a"), QStringLiteral("why"), at(1) },
        { ItemKind::Topic, QStringLiteral("b"), QStringLiteral("theirs"), at(1) },
        { ItemKind::Card, QStringLiteral("c3"), QString(), at(2) } };
    t.schedules = { { QStringLiteral("c1"), schedule(CardState::Review, at(2), 2.0, 5.0, 2) },
        { QStringLiteral("c2"), schedule(CardState::Review, at(7), 9.0, 4.0, 4) },
        { QStringLiteral("c3"), schedule(CardState::Learning, at(2), 0.5, 6.0, 1) } };
    t.reviews = { { QStringLiteral("c1"), Rating::Good, at(2), CardState::Learning, 172800,
                      QStringLiteral("review") },
        { QStringLiteral("c2"), Rating::Easy, at(7), CardState::Review, 777600, QStringLiteral("review") },
        { QStringLiteral("c3"), Rating::Again, at(2), CardState::New, 600, QStringLiteral("mock") } };
    QVERIFY(theirs.importBatch(t));
    QVERIFY(ProgressArchive(theirs).exportTo(path(QStringLiteral("theirs.json"))).ok);

    // Mine: newer in some places, older in others; one review in common.
    ProgressStore::ImportBatch m;
    m.statuses = { { QStringLiteral("a"), TopicStatus::Reading, at(5) },
        { QStringLiteral("b"), TopicStatus::Done, at(3) } };
    m.notes = { { QStringLiteral("a"), QStringLiteral("my new note"), at(5) },
        { QStringLiteral("b"), QStringLiteral("my old note"), at(3) } };
    m.bookmarks = { { ItemKind::Topic, QStringLiteral("a"), QString(), at(3) },
        { ItemKind::Topic, QStringLiteral("b"), QStringLiteral("mine"), at(3) } };
    m.schedules = { { QStringLiteral("c1"), schedule(CardState::Review, at(8), 3.0, 5.5, 3) },
        { QStringLiteral("c2"), schedule(CardState::Review, at(4), 4.0, 4.5, 3) } };
    m.reviews = { { QStringLiteral("c1"), Rating::Good, at(2), CardState::Learning, 172800,
                      QStringLiteral("review") },
        { QStringLiteral("c1"), Rating::Hard, at(8), CardState::Review, 259200, QStringLiteral("review") } };
    QVERIFY(m_store->importBatch(m));

    const ProgressArchive::Result result
        = ProgressArchive(*m_store).importFrom(path(QStringLiteral("theirs.json")));
    QVERIFY2(result.ok, qPrintable(result.message));

    const auto statuses = m_store->topicStatuses();
    QCOMPARE(statuses.value(QStringLiteral("a")), TopicStatus::Reading); // mine is newer
    QCOMPARE(statuses.value(QStringLiteral("b")), TopicStatus::Reading); // theirs is newer
    QCOMPARE(m_store->note(QStringLiteral("a")), QStringLiteral("my new note"));
    QCOMPARE(m_store->note(QStringLiteral("b")), QStringLiteral("their new note"));
    QCOMPARE(m_store->bookmark(ItemKind::Topic, QStringLiteral("a"))->note,
        QStringLiteral("why")); // mine was empty
    QCOMPARE(m_store->bookmark(ItemKind::Topic, QStringLiteral("a"))->createdAt, at(3)); // still mine
    QCOMPARE(m_store->bookmark(ItemKind::Topic, QStringLiteral("b"))->note, QStringLiteral("mine"));
    QVERIFY(m_store->bookmark(ItemKind::Card, QStringLiteral("c3")));
    QCOMPARE(m_store->cardSchedule(QStringLiteral("c1"))->lastReview, at(8)); // mine reviewed later
    QCOMPARE(m_store->cardSchedule(QStringLiteral("c1"))->reps, 3);
    QCOMPARE(m_store->cardSchedule(QStringLiteral("c2"))->lastReview, at(7)); // theirs reviewed later
    QCOMPARE(m_store->cardSchedule(QStringLiteral("c2"))->memory->stability, 9.0);
    QCOMPARE(m_store->cardSchedule(QStringLiteral("c3"))->state, CardState::Learning); // only theirs

    // The union of both logs, the shared review once.
    const QList<ReviewLogEntry> log = m_store->reviewLog();
    QStringList reviews;
    for (const ReviewLogEntry &r : log)
        reviews << r.cardId + QLatin1Char(' ') + r.reviewedAt.toString(Qt::ISODate) + QLatin1Char(' ')
                + QString::number(int(r.rating));
    QCOMPARE(reviews,
        (QStringList { QStringLiteral("c1 2026-01-02T09:00:00Z 3"),
            QStringLiteral("c3 2026-01-02T09:00:00Z 1"), QStringLiteral("c2 2026-01-07T09:00:00Z 4"),
            QStringLiteral("c1 2026-01-08T09:00:00Z 2") }));

    QCOMPARE(result.counts.statuses, 1);
    QCOMPARE(result.counts.notes, 1);
    QCOMPARE(result.counts.bookmarks, 2);
    QCOMPARE(result.counts.schedules, 2);
    QCOMPARE(result.counts.reviews, 2);
    QCOMPARE(result.unchanged, 1 + 1 + 1 + 1 + 1);
}

void TestProgressArchive::mergeTakesAReviewRepeatedInTheFileOnce()
{
    // A file edited by hand, or written by a faulty exporter, can hold the same review twice.
    const ReviewLogEntry review { QStringLiteral("c1"), Rating::Good, at(2), CardState::Learning, 172800,
        QStringLiteral("review") };
    ProgressStore::ImportBatch incoming;
    incoming.reviews = { review, review };
    int unchanged = -1;
    const ProgressStore::ImportBatch merged = ProgressArchive::merge({}, incoming, unchanged);
    QCOMPARE(merged.reviews.size(), 1);
    QCOMPARE(unchanged, 1);
}

void TestProgressArchive::refusesBadFilesAndChangesNothing_data()
{
    // Each row edits a valid export (or replaces it) and names the words the refusal must contain.
    using Edit = std::function<QByteArray(QJsonObject)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("reason");
    const auto withEntry = [](const QString &list, int index, const QString &key, const QJsonValue &value) {
        return Edit([=](QJsonObject root) {
            QJsonArray entries = root.value(list).toArray();
            QJsonObject entry = entries.at(index).toObject();
            if (value.isUndefined())
                entry.remove(key);
            else
                entry.insert(key, value);
            entries.replace(index, entry);
            root.insert(list, entries);
            return json(root);
        });
    };
    const auto withRoot = [](const QString &key, const QJsonValue &value) {
        return Edit([=](QJsonObject root) {
            root.insert(key, value);
            return json(root);
        });
    };
    QTest::newRow("not JSON") << Edit([](QJsonObject) { return QByteArray("this is not JSON at all"); })
                              << "it is not JSON";
    QTest::newRow("JSON, not an object")
        << Edit([](QJsonObject) { return QByteArray("[1, 2, 3]"); }) << "not a Study Guide progress file";
    QTest::newRow("wrong format") << withRoot(QStringLiteral("format"), QStringLiteral("anki-deck"))
                                  << "not a Study Guide progress file";
    QTest::newRow("no format") << Edit([](QJsonObject root) {
        root.remove(QStringLiteral("format"));
        return json(root);
    }) << "not a Study Guide progress file";
    QTest::newRow("version 99") << withRoot(QStringLiteral("version"), 99) << "newer version of Study Guide";
    QTest::newRow("version not a number")
        << withRoot(QStringLiteral("version"), QStringLiteral("1")) << "format version";
    QTest::newRow("wrong guide")
        << withRoot(QStringLiteral("guideId"), QStringLiteral("rust-interview"))
        << "holds progress for the guide \"rust-interview\", not for \"python-interview\"";
    QTest::newRow("no guide") << withRoot(QStringLiteral("guideId"), QJsonValue()) << "which guide";
    QTest::newRow("truncated") << Edit([](QJsonObject root) {
        const QByteArray whole = QJsonDocument(root).toJson();
        return whole.left(whole.size() * 2 / 3);
    }) << "it is not JSON";
    QTest::newRow("bad rating in the middle")
        << withEntry(QStringLiteral("reviews"), 1, QStringLiteral("rating"), QStringLiteral("superb"))
        << "entry 2 of \"reviews\" has no valid \"rating\"";
    QTest::newRow("bad time") << withEntry(
        QStringLiteral("topics"), 1, QStringLiteral("updatedAt"), QStringLiteral("yesterday"))
                              << "entry 2 of \"topics\" has no valid \"updatedAt\"";
    QTest::newRow("time past the year 9999 in UTC") << withEntry(QStringLiteral("topics"), 1,
        QStringLiteral("updatedAt"), QStringLiteral("9999-12-31T23:00:00-05:00"))
        << "entry 2 of \"topics\" has no valid \"updatedAt\"";
    QTest::newRow("missing card id") << withEntry(QStringLiteral("cards"), 0, QStringLiteral("id"),
        QJsonValue::Undefined) << "entry 1 of \"cards\" has no valid \"id\"";
    QTest::newRow("fractional reps") << withEntry(QStringLiteral("cards"), 1, QStringLiteral("reps"), 2.5)
                                     << "entry 2 of \"cards\" has no valid \"reps\"";
    QTest::newRow("half a memory state")
        << withEntry(QStringLiteral("cards"), 1, QStringLiteral("difficulty"), QJsonValue())
        << "entry 2 of \"cards\" has no valid \"difficulty\"";
    QTest::newRow("bad bookmark kind") << withEntry(QStringLiteral("bookmarks"), 0, QStringLiteral("kind"),
        QStringLiteral("chapter")) << "entry 1 of \"bookmarks\" has no valid \"kind\"";
    QTest::newRow("note text not a string") << withEntry(QStringLiteral("notes"), 0, QStringLiteral("text"),
        42) << "entry 1 of \"notes\" has no valid \"text\"";
    QTest::newRow("entry not an object") << Edit([](QJsonObject root) {
        QJsonArray reviews = root.value(QStringLiteral("reviews")).toArray();
        reviews.insert(1, QStringLiteral("a review"));
        root.insert(QStringLiteral("reviews"), reviews);
        return json(root);
    }) << "entry 2 of \"reviews\" is not an object";
    QTest::newRow("list not a list") << withRoot(QStringLiteral("cards"), QJsonObject())
                                     << "\"cards\" is not a list";
    QTest::newRow("card twice") << Edit([](QJsonObject root) {
        QJsonArray cards = root.value(QStringLiteral("cards")).toArray();
        cards.append(cards.at(0));
        root.insert(QStringLiteral("cards"), cards);
        return json(root);
    }) << "entry 4 of \"cards\" repeats an earlier one";
    QTest::newRow("own card posing as a guide card") << withEntry(QStringLiteral("ownCards"), 0,
        QStringLiteral("id"), QStringLiteral("list-vs-tuple")) << "entry 1 of \"ownCards\" has no valid \"id\"";
    QTest::newRow("own card without a prompt") << withEntry(QStringLiteral("ownCards"), 0,
        QStringLiteral("prompt"), QString()) << "entry 1 of \"ownCards\" has no valid \"prompt\"";
    QTest::newRow("task done not a flag") << withEntry(QStringLiteral("tasks"), 0, QStringLiteral("done"), 1)
                                          << "entry 1 of \"tasks\" has no valid \"done\"";
    QTest::newRow("over the size bound")
        << Edit([](QJsonObject) { return QByteArray(); }) << "larger than 64 MiB";
    QTest::newRow("missing file") << Edit([](QJsonObject) { return QByteArray(); }) << "cannot be read";
}

void TestProgressArchive::refusesBadFilesAndChangesNothing()
{
    using Edit = std::function<QByteArray(QJsonObject)>;
    QFETCH(Edit, edit);
    QFETCH(QString, reason);

    // A valid file whose every list holds something the store does not, so that a partial
    // import would show.
    ProgressStore source;
    QCOMPARE(source.open(path(QStringLiteral("source.sqlite"))), ProgressStore::Mode::ReadWrite);
    source.setGuideId(guideId);
    fillThroughTheApi(source);
    QVERIFY(ProgressArchive(source).exportTo(path(QStringLiteral("valid.json"))).ok);
    QFile valid(path(QStringLiteral("valid.json")));
    QVERIFY(valid.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(valid.readAll()).object();

    const QString file = path(QStringLiteral("bad.json"));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    if (tag == QLatin1String("over the size bound")) {
        QFile big(file);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(ProgressArchive::defaultMaximumBytes + 1)); // sparse: costs no disk
    } else if (tag != QLatin1String("missing file")) {
        writeFile(file, edit(root));
    }

    QVERIFY(m_store->setTopicStatus(QStringLiteral("mine"), TopicStatus::Reading));
    QVERIFY(m_store->setNote(QStringLiteral("mine"), QStringLiteral("keep me")));
    const QStringList before = facts(*m_store);
    QSignalSpy statusSpy(m_store.get(), &ProgressStore::topicStatusChanged);

    const ProgressArchive::Result result = ProgressArchive(*m_store).importFrom(file);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(reason), qPrintable(result.message));
    QVERIFY2(
        result.message.startsWith(file + QStringLiteral(" was not imported: ")), qPrintable(result.message));
    QVERIFY(result.message.endsWith(QLatin1Char('.')));
    QVERIFY(!result.message.contains(QLatin1Char('\n')));
    QCOMPARE(result.counts.reviews, 0);
    QCOMPARE(facts(*m_store), before);
    QCOMPARE(statusSpy.size(), 0);
}

void TestProgressArchive::sizeBoundIsCheckedBeforeParsing()
{
    fillThroughTheApi(*m_store);
    QVERIFY(ProgressArchive(*m_store).exportTo(path(QStringLiteral("p.json"))).ok);
    const qint64 size = QFileInfo(path(QStringLiteral("p.json"))).size();

    ProgressStore other;
    QCOMPARE(other.open(path(QStringLiteral("other.sqlite"))), ProgressStore::Mode::ReadWrite);
    other.setGuideId(guideId);
    ProgressArchive archive(other);
    archive.setMaximumBytes(size - 1);
    const ProgressArchive::Result refused = archive.importFrom(path(QStringLiteral("p.json")));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QStringLiteral("too large")), qPrintable(refused.message));
    QVERIFY(other.reviewLog().isEmpty());
    archive.setMaximumBytes(size);
    QVERIFY(archive.importFrom(path(QStringLiteral("p.json"))).ok);
    QCOMPARE(other.reviewLog().size(), 4);
}

void TestProgressArchive::forceAcceptsAnotherGuide()
{
    fillThroughTheApi(*m_store);
    QVERIFY(ProgressArchive(*m_store).exportTo(path(QStringLiteral("p.json"))).ok);
    ProgressStore other;
    QCOMPARE(other.open(path(QStringLiteral("other.sqlite"))), ProgressStore::Mode::ReadWrite);
    other.setGuideId(QStringLiteral("renamed-guide"));
    QVERIFY(!ProgressArchive(other).importFrom(path(QStringLiteral("p.json"))).ok);
    QVERIFY(other.reviewLog().isEmpty());
    const ProgressArchive::Result forced
        = ProgressArchive(other).importFrom(path(QStringLiteral("p.json")), true);
    QVERIFY2(forced.ok, qPrintable(forced.message));
    QCOMPARE(facts(other), facts(*m_store)); // now under the store's own guide id
    other.setGuideId(guideId);
    QVERIFY(other.reviewLog().isEmpty());
}

void TestProgressArchive::refusesWhenTheStoreIsReadOnly()
{
    fillThroughTheApi(*m_store);
    QVERIFY(ProgressArchive(*m_store).exportTo(path(QStringLiteral("p.json"))).ok);
    ProgressStore second; // the first store holds the lock
    QCOMPARE(second.open(path(QStringLiteral("mine.sqlite"))), ProgressStore::Mode::ReadOnly);
    second.setGuideId(guideId);
    QVERIFY(QFile::copy(path(QStringLiteral("p.json")), path(QStringLiteral("copy.json"))));
    const ProgressArchive::Result result
        = ProgressArchive(second).importFrom(path(QStringLiteral("copy.json")));
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(QStringLiteral("read-only")), qPrintable(result.message));
    // Reading still works: a second window can export.
    QVERIFY(ProgressArchive(second).exportTo(path(QStringLiteral("from-second.json"))).ok);
}

void TestProgressArchive::exportReportsAnUnwritablePath()
{
    const QString bad = path(QStringLiteral("no/such/folder/p.json"));
    const ProgressArchive::Result result = ProgressArchive(*m_store).exportTo(bad);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(bad), qPrintable(result.message));
    QVERIFY(!QFile::exists(bad));
}

void TestProgressArchive::versionOneFileWithoutTasksOrOwnCardsStillImports()
{
    // As the previous version wrote it: no "tasks", no "ownCards".
    const QByteArray old = R"({"format": "studyguide-progress", "version": 1, "guideId": "python-interview",
        "exportedAt": "2026-01-09T12:00:00Z",
        "topics": [{"id": "core/functions", "status": "done", "updatedAt": "2026-01-08T09:00:00Z"}],
        "bookmarks": [], "notes": [],
        "cards": [{"id": "gil", "state": "review", "step": 0, "stability": 8.25, "difficulty": 3.0,
                   "due": "2026-01-13T15:00:00Z", "lastReview": "2026-01-05T09:00:00Z", "reps": 1, "lapses": 0}],
        "reviews": [{"cardId": "gil", "rating": "easy", "reviewedAt": "2026-01-05T09:00:00Z",
                     "stateBefore": "new", "scheduledSeconds": 712800, "source": "review"}]})";
    writeFile(path(QStringLiteral("v1.json")), old);
    // What the store has of the new kinds stays as it is.
    QVERIFY(m_store->setTaskDone(QStringLiteral("#trees/heaps"), true));
    const OwnCard own = OwnCards::make(QString(), QStringLiteral("Mine?"), QStringLiteral("Yes."));
    QVERIFY(m_store->saveOwnCard(own));
    const ProgressArchive::Result result = ProgressArchive(*m_store).importFrom(path(QStringLiteral("v1.json")));
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.counts.statuses, 1);
    QCOMPARE(result.counts.reviews, 1);
    QCOMPARE(result.counts.tasks, 0);
    QCOMPARE(result.counts.ownCards, 0);
    QCOMPARE(m_store->topicStatus(QStringLiteral("core/functions")), TopicStatus::Done);
    QCOMPARE(m_store->ownCards().size(), 1);
    QCOMPARE(m_store->ownCards().constFirst().id, own.id);
    QVERIFY(m_store->taskStates().value(QStringLiteral("#trees/heaps")));
}

void TestProgressArchive::mergeKeepsTheNewerOwnCardAndTask()
{
    OwnCard mine = OwnCards::make(QStringLiteral("core/functions"), QStringLiteral("Mine, edited later"),
        QStringLiteral("A"));
    mine.updatedAt = at(5);
    OwnCard theirs = mine;
    theirs.prompt = QStringLiteral("Theirs, older");
    theirs.updatedAt = at(4);
    OwnCard onlyTheirs = OwnCards::make(QStringLiteral("core/classes"), QStringLiteral("New there"), QString());
    onlyTheirs.updatedAt = at(2);
    ProgressStore::ImportBatch current;
    current.ownCards = { mine };
    current.tasks = { { QStringLiteral("#a/x"), true, at(3) }, { QStringLiteral("#a/y"), false, at(3) } };
    ProgressStore::ImportBatch incoming;
    incoming.ownCards = { theirs, onlyTheirs };
    incoming.tasks = { { QStringLiteral("#a/x"), false, at(2) }, { QStringLiteral("#a/y"), true, at(4) } };
    int unchanged = 0;
    const ProgressStore::ImportBatch out = ProgressArchive::merge(current, incoming, unchanged);
    QCOMPARE(unchanged, 2); // my later edit of the card, and my later tick of x
    QCOMPARE(out.ownCards.size(), 1);
    QCOMPARE(out.ownCards.constFirst().id, onlyTheirs.id);
    QCOMPARE(out.tasks.size(), 1);
    QCOMPARE(out.tasks.constFirst().taskId, QStringLiteral("#a/y"));
    QVERIFY(out.tasks.constFirst().done);

    // Newer there: their edit replaces mine, and my card keeps its topic from their file.
    theirs.prompt = QStringLiteral("Theirs, newer");
    theirs.updatedAt = at(6);
    incoming.ownCards = { theirs };
    const ProgressStore::ImportBatch newer = ProgressArchive::merge(current, incoming, unchanged);
    QCOMPARE(newer.ownCards.size(), 1);
    QCOMPARE(newer.ownCards.constFirst().prompt, QStringLiteral("Theirs, newer"));
}

QTEST_GUILESS_MAIN(TestProgressArchive)
#include "tst_progressarchive.moc"
