// What the journal carries besides reviews, statuses, notes and bookmarks, end to end between
// two computers with a study session each: own cards (made, changed, deleted for good), task
// list ticks (and unticks), and the settings that follow the learner.

#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "Topic.h"
#include "LearnerSettings.h"
#include "OwnCards.h"
#include "ProgressStore.h"
#include "StudyRound.h"
#include "StudySession.h"
#include "SyncScheduler.h"
#include "SyncTestDevice.h"
#include "UtcDateTime.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One computer: its own progress file, its own copy of the shared folder, a session on the guide.
struct Computer
{
    Computer(const QString &root, const QString &name, const GuideFixture &guide)
        : folder(root + QLatin1Char('/') + name + QStringLiteral("-folder"))
    {
        QDir().mkpath(folder);
        store.open(root + QLatin1Char('/') + name + QStringLiteral(".sqlite"));
        session = std::make_unique<StudySession>(store);
        session->setClock([this] { return now; });
        session->setGuide(GuideLoader().load(guide.path()).guide);
        session->sync().setFolder(folder);
    }

    SyncEngine::Result sync() { return session->sync().syncNow(); }
    void deliverTo(const Computer &other) const { SyncTestDevice::copyTree(folder, other.folder); }

    QString folder;
    QDateTime now = UtcDateTime::at(QDate(2026, 3, 2), QTime(9, 0));
    ProgressStore store;
    std::unique_ptr<StudySession> session;
};

// A writes and merges, the folder reaches B, B merges.
void pass(Computer &from, Computer &to)
{
    QVERIFY(from.sync().ok);
    from.deliverTo(to);
    QVERIFY(to.sync().ok);
}

} // namespace

class TestSyncJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownCardMadeOnOneIsDueOnTheOther();
    void ownCardDeletedOnOneStaysDeleted();
    void ownCardsStoredBeforeTheJournalTravelToo();
    void taskTicksTravelUntickingIncluded();
    void settingChangedOnOneIsInEffectOnTheOther();
    void settingsMadeBeforeTheJournalTravelToo();
    void mergedSchedulesUseTheMergedParameters();
    void aParameterChangeReschedulesAlikeOnBoth();
    void computerSettingsStayHome();

private:
    GuideFixture m_guide;
};

void TestSyncJournal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_guide.writeSample();
    m_guide.write(QStringLiteral("03-tasks.md"), "# Tasks\n\n- [ ] Learn heaps\n- [x] Learn lists\n");
}

void TestSyncJournal::ownCardMadeOnOneIsDueOnTheOther()
{
    QTemporaryDir dir;
    Computer a(dir.path(), QStringLiteral("a"), m_guide);
    Computer b(dir.path(), QStringLiteral("b"), m_guide);
    const int newBefore = b.session->counts().newCards;
    const Topic *first = a.session->guide()->topic(QStringLiteral("basics/first"));
    QVERIFY(first);
    QString id;
    QVERIFY(a.session->addOwnCard(first, QStringLiteral("What is three?"), QStringLiteral("Two and one.")).ok);
    for (const OwnCard &card : a.store.ownCards())
        id = card.id;
    QVERIFY(!id.isEmpty());
    QSignalSpy cardsChanged(b.session.get(), &StudySession::cardsChanged);
    pass(a, b);
    // On B the card is part of the guide under its topic, and new, so due today.
    const Card *card = b.session->guide()->card(id);
    QVERIFY(card);
    QCOMPARE(card->prompt, QStringLiteral("What is three?"));
    QCOMPARE(card->topicId, QStringLiteral("basics/first"));
    QVERIFY(cardsChanged.count() > 0);
    QCOMPARE(b.session->counts().newCards, newBefore + 1);
    QVERIFY(b.session->cardIdsUnder(b.session->guide()->topic(QStringLiteral("basics/first"))).contains(id));
    // It is reviewed like any card, and the review goes back to A.
    QVERIFY(b.session->practiseCard(id));
    b.session->round().reveal();
    QVERIFY(b.session->round().grade(Rating::Good));
    pass(b, a);
    QCOMPARE(a.store.cardSchedule(id)->reps, 1);
    // An edit on A reaches B.
    QVERIFY(a.session->editOwnCard(id, QStringLiteral("What is 3?"), QStringLiteral("2 + 1")).ok);
    pass(a, b);
    QCOMPARE(b.session->guide()->card(id)->prompt, QStringLiteral("What is 3?"));
    QCOMPARE(b.session->guide()->card(id)->answer, QStringLiteral("2 + 1"));
}

void TestSyncJournal::ownCardDeletedOnOneStaysDeleted()
{
    QTemporaryDir dir;
    Computer a(dir.path(), QStringLiteral("a"), m_guide);
    Computer b(dir.path(), QStringLiteral("b"), m_guide);
    QString id;
    QVERIFY(a.session->addOwnCard(nullptr, QStringLiteral("Keep me?"), QStringLiteral("No."), &id).ok);
    pass(a, b);
    QVERIFY(b.session->guide()->card(id));
    QVERIFY(b.session->removeOwnCard(id).ok);
    pass(b, a);
    QVERIFY(!a.session->guide()->card(id));
    QVERIFY(a.store.ownCards().isEmpty());
    // More passes both ways, with A's segment that made the card read again under a conflict
    // name: the tombstone is the later write, so the card stays gone on both.
    for (const QString &file : QDir(SyncFolder(a.folder).deviceFolder(QStringLiteral("sample"), a.store.deviceId()))
                                   .entryList(QDir::Files)) {
        const QString path = SyncFolder(b.folder).deviceFolder(QStringLiteral("sample"), a.store.deviceId())
            + QLatin1Char('/') + file;
        QFile::copy(path, QString(path).replace(QStringLiteral(".sgseg"),
                                  QStringLiteral(".sync-conflict-20260302-090000-ABCDEFG.sgseg")));
    }
    pass(a, b);
    pass(b, a);
    QVERIFY(!a.session->guide()->card(id));
    QVERIFY(!b.session->guide()->card(id));
    QVERIFY(b.store.ownCards().isEmpty());
}

void TestSyncJournal::ownCardsStoredBeforeTheJournalTravelToo()
{
    // A progress file whose own cards and ticks were stored before they were journalled: the
    // store turns them into events once, when it opens the file, and never twice.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Mode::ReadWrite);
        store.setGuideId(QStringLiteral("sample"));
        QVERIFY(store.saveOwnCard(OwnCards::make(QString(), QStringLiteral("Old card?"), QStringLiteral("Yes."))));
        QVERIFY(store.setTaskDone(QStringLiteral("old-task"), true));
    }
    {
        // As the app before the journal carried them left it: no such events, no mark.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_events WHERE kind IN (6, 7)")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM sync_state WHERE key = 'journal_kinds'")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    SyncTestDevice old(dir.path(), QStringLiteral("old"), QStringLiteral("sample"));
    SyncTestDevice fresh(dir.path(), QStringLiteral("fresh"), QStringLiteral("sample"));
    QCOMPARE(old.sync().eventsWritten, 2);
    old.deliverTo(fresh);
    QVERIFY(fresh.sync().ok);
    QCOMPARE(fresh.store->ownCards().size(), 1);
    QCOMPARE(fresh.store->ownCards().constFirst().prompt, QStringLiteral("Old card?"));
    QCOMPARE(fresh.store->taskStates().value(QStringLiteral("old-task")), true);
    // Opened again: nothing new to write.
    old.store->close();
    old.store->open(old.dataFile);
    old.store->setGuideId(QStringLiteral("sample"));
    QCOMPARE(old.sync().eventsWritten, 0);
}

void TestSyncJournal::taskTicksTravelUntickingIncluded()
{
    QTemporaryDir dir;
    Computer a(dir.path(), QStringLiteral("a"), m_guide);
    Computer b(dir.path(), QStringLiteral("b"), m_guide);
    const Topic *tasks = a.session->guide()->topic(QStringLiteral("tasks"));
    QVERIFY(tasks);
    QCOMPARE(int(tasks->tasks.size()), 2);
    const QString task = tasks->tasks.front().id;
    const QString ticked = tasks->tasks.back().id; // ticked in the file
    QVERIFY(a.session->toggleTask(task));
    QVERIFY(a.session->isTaskDone(task, false));
    pass(a, b);
    QVERIFY(b.session->isTaskDone(task, false));
    QVERIFY(a.session->toggleTask(task)); // unticked
    pass(a, b);
    QVERIFY(!b.session->isTaskDone(task, false));
    // Unticking what the file ticks travels too.
    QVERIFY(b.session->isTaskDone(ticked, true));
    QVERIFY(a.session->toggleTask(ticked));
    pass(a, b);
    QVERIFY(!b.session->isTaskDone(ticked, true));
}

void TestSyncJournal::settingChangedOnOneIsInEffectOnTheOther()
{
    QTemporaryDir dir;
    Computer a(dir.path(), QStringLiteral("a"), m_guide);
    Computer b(dir.path(), QStringLiteral("b"), m_guide);
    QVERIFY(b.session->counts().newCards > 1);
    LearnerSettings changed = a.session->learnerSettings();
    changed.newCardsPerDay = 1;
    changed.parameters.desiredRetention = 0.8;
    changed.practiceCounts = true;
    changed.showAnswers = true;
    QVERIFY(a.session->changeLearnerSettings(changed));
    QSignalSpy merged(b.session.get(), &StudySession::learnerSettingsMerged);
    pass(a, b);
    QCOMPARE(merged.count(), 1);
    QVERIFY(b.session->learnerSettings() == changed);
    QCOMPARE(merged.first().first().value<LearnerSettings>().newCardsPerDay, 1);
    // In effect: the new-card limit counts, practice counts, and the scheduler uses 0.8.
    QCOMPARE(b.session->counts().newCards, 1);
    QVERIFY(b.session->round().practiceCounts());
    QCOMPARE(b.session->learnerSettings().parameters.desiredRetention, 0.8);
    // A pass that merges nothing new changes no setting.
    pass(a, b);
    QCOMPARE(merged.count(), 1);
    // The later change wins, whichever computer made it.
    changed.newCardsPerDay = 7;
    QVERIFY(b.session->changeLearnerSettings(changed));
    pass(b, a);
    QCOMPARE(a.session->learnerSettings().newCardsPerDay, 7);
}

void TestSyncJournal::settingsMadeBeforeTheJournalTravelToo()
{
    // Settings changed on a computer before they were journalled (an older version, or before
    // this guide was opened there) are in its settings file only. They are journalled when the
    // settings are applied to the guide, so they reach the other computers; a computer still on
    // the defaults journals nothing and takes them.
    QTemporaryDir dir;
    Computer a(dir.path(), QStringLiteral("a"), m_guide);
    Computer b(dir.path(), QStringLiteral("b"), m_guide);
    LearnerSettings fromFile;
    fromFile.newCardsPerDay = 3;
    fromFile.parameters.desiredRetention = 0.85;
    a.session->setLearnerSettings(fromFile); // as the window applies the settings file at start
    b.session->setLearnerSettings(LearnerSettings());
    QVERIFY(b.sync().ok); // B writes first: nothing of it may undo A's settings
    b.deliverTo(a);
    pass(a, b);
    QCOMPARE(b.session->learnerSettings().newCardsPerDay, 3);
    QCOMPARE(b.session->learnerSettings().parameters.desiredRetention, 0.85);
    QCOMPARE(a.session->learnerSettings().newCardsPerDay, 3);
    // Journalled once: a later change on B wins over them on A, and applying A's settings file
    // again (the next start, with what B changed in it) journals nothing that undoes it.
    LearnerSettings changed = b.session->learnerSettings();
    changed.newCardsPerDay = 12;
    QVERIFY(b.session->changeLearnerSettings(changed));
    pass(b, a);
    QCOMPARE(a.session->learnerSettings().newCardsPerDay, 12);
    a.session->setLearnerSettings(a.session->learnerSettings());
    pass(a, b);
    QCOMPARE(b.session->learnerSettings().newCardsPerDay, 12);
    // Values equal to the defaults are never journalled on their own.
    QCOMPARE(LearnerSettings().unsentValues({}), (QHash<QString, QString>()));
    QCOMPARE(fromFile.unsentValues({ { QString(LearnerSettings::newCardsPerDayKey), QStringLiteral("20") } }).keys(),
        QList<QString>({ QString(LearnerSettings::retentionKey) }));
}

void TestSyncJournal::mergedSchedulesUseTheMergedParameters()
{
    // A lowers the desired retention and grades a card Easy (a review interval, which the
    // retention sets). B merges both in one pass: its recomputed schedule of the card is A's,
    // not the much shorter interval B's own retention of 0.9 would give.
    QTemporaryDir dir;
    Computer a(dir.path(), QStringLiteral("a"), m_guide);
    Computer b(dir.path(), QStringLiteral("b"), m_guide);
    LearnerSettings lower = a.session->learnerSettings();
    lower.parameters.desiredRetention = 0.75;
    QVERIFY(a.session->changeLearnerSettings(lower));
    QVERIFY(a.session->practiseCard(QStringLiteral("one")));
    a.session->round().reveal();
    QVERIFY(a.session->round().grade(Rating::Easy));
    const CardSchedule onA = *a.store.cardSchedule(QStringLiteral("one"));
    QCOMPARE(onA.state, CardState::Review);
    pass(a, b);
    const CardSchedule onB = *b.store.cardSchedule(QStringLiteral("one"));
    QCOMPARE(onB.due, onA.due);
    QCOMPARE(onB.memory->stability, onA.memory->stability);
    QVERIFY(b.session->learnerSettings().parameters.desiredRetention == 0.75);
}

void TestSyncJournal::aParameterChangeReschedulesAlikeOnBoth()
{
    // Schedules are a function of the merged log and the merged parameters. Cards reviewed
    // before A changed its retention, that no later merge touches, must end alike on both:
    // each computer replays every card when the parameters it schedules with change.
    QTemporaryDir dir;
    Computer a(dir.path(), QStringLiteral("a"), m_guide);
    Computer b(dir.path(), QStringLiteral("b"), m_guide);
    for (const QString &card : { QStringLiteral("one"), QStringLiteral("why") }) {
        QVERIFY(a.session->practiseCard(card));
        a.session->round().reveal();
        QVERIFY(a.session->round().grade(Rating::Easy));
    }
    pass(a, b);
    const CardSchedule before = *b.store.cardSchedule(QStringLiteral("one"));
    QCOMPARE(before.due, a.store.cardSchedule(QStringLiteral("one"))->due);

    LearnerSettings higher = a.session->learnerSettings();
    higher.parameters.desiredRetention = 0.97;
    QVERIFY(a.session->changeLearnerSettings(higher));
    // A reschedules at once: a higher retention asks sooner.
    const CardSchedule onA = *a.store.cardSchedule(QStringLiteral("one"));
    QVERIFY(onA.due < before.due);
    pass(a, b);
    for (const QString &card : { QStringLiteral("one"), QStringLiteral("why") }) {
        const CardSchedule x = *a.store.cardSchedule(card);
        const CardSchedule y = *b.store.cardSchedule(card);
        QCOMPARE(y.due, x.due);
        QCOMPARE(y.memory->stability, x.memory->stability);
    }
    // And the session's own view of the schedules followed: the window counts from them.
    QCOMPARE(b.session->counts().review, a.session->counts().review);
}

void TestSyncJournal::computerSettingsStayHome()
{
    // Only the learner's settings are journalled; a key of another kind from a file is not applied.
    LearnerSettings base;
    QVERIFY(LearnerSettings::isLearnerKey(LearnerSettings::retentionKey));
    QVERIFY(!LearnerSettings::isLearnerKey(QStringLiteral("reader/zoom")));
    QVERIFY(!LearnerSettings::isLearnerKey(QStringLiteral("view/theme")));
    QVERIFY(!LearnerSettings::isLearnerKey(QStringLiteral("window/geometry")));
    const LearnerSettings odd = base.with({ { QStringLiteral("view/theme"), QStringLiteral("dark") },
        { LearnerSettings::newCardsPerDayKey, QStringLiteral("-5") },
        { LearnerSettings::retentionKey, QStringLiteral("2") },
        { LearnerSettings::dayStartHourKey, QStringLiteral("6") } });
    QCOMPARE(odd.newCardsPerDay, base.newCardsPerDay); // out of range: left out
    QCOMPARE(odd.parameters.desiredRetention, base.parameters.desiredRetention);
    QCOMPARE(odd.dayStartHour, 6);
    // Values read back to the same settings.
    LearnerSettings custom;
    custom.parameters.desiredRetention = 0.83;
    custom.parameters.weights[3] = 7.5;
    custom.practiceCounts = true;
    QVERIFY(LearnerSettings().with(custom.values()) == custom);
    QCOMPARE(LearnerSettings().with(custom.values()).parameters.weights, custom.parameters.weights);
}

QTEST_MAIN(TestSyncJournal)
#include "tst_syncjournal.moc"
