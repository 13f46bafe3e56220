// Task list items and sections as progress, and the learner's own cards: kept in the store
// (schema version 4), rolled up into sections and pages, and kept across edits of the guide.

#include "Guide.h"
#include "GuideLoader.h"
#include "OwnCards.h"
#include "ProgressStore.h"
#include "StudyProgress.h"
#include "StudyRound.h"
#include "StudySession.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestTaskProgress : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migratesFromVersionThreeKeepingEverything();
    void tickedTasksRollUpIntoSectionAndFile();
    void sectionsCarryStatusAndTheFileRollsThemUp();
    void renamedItemStartsAfreshAndTheOldOneIsKept();
    void ownCardsSurviveGuideEditsAndAreCards();
    void ownCardFollowsItsSectionWhenTheSectionMovesAndStaysWhenItGoes();
    void guideWithoutCardsAsksForThem();
    void singleFileGuideIsListedBySections();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }
    std::unique_ptr<Guide> load(const QString &markdown)
    {
        QFile file(m_guideDir->filePath(QStringLiteral("README.md")));
        // Qt 6.11 marks open() [[nodiscard]]; a guide that could not be written loads as nothing.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return nullptr;
        file.write(markdown.toUtf8());
        file.close();
        GuideLoader::Result result = GuideLoader().load(m_guideDir->path());
        return std::move(result.guide);
    }
    static const Topic *section(const Guide &guide, const QString &anchor)
    {
        return guide.topic(QLatin1Char('#') + anchor);
    }
    static QString longReadme(const QString &firstTask)
    {
        // Long enough for the outline, as a plain README without front matter.
        QString md = QStringLiteral(
            "# Plan\n\n## Arrays\n\n- [ ] %1\n- [ ] Rotate in place\n\n## Trees\n\n- [ ] Heaps\n"
            "- [x] Tries\n\n### Balanced\n\nText.\n\n## Graphs\n\nNo boxes here.\n\n")
                         .arg(firstTask);
        for (int i = 0; i < 160; ++i)
            md += QStringLiteral("Line %1 of notes.\n").arg(i);
        return md;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_guideDir;
};

void TestTaskProgress::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_guideDir = std::make_unique<QTemporaryDir>();
}

void TestTaskProgress::cleanup()
{
    m_dir.reset();
    m_guideDir.reset();
}

void TestTaskProgress::migratesFromVersionThreeKeepingEverything()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : ProgressStore::migrationStatements(3))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO topic_progress VALUES ('g', 't', 1, 100)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    QVERIFY(ProgressStore::schemaVersion >= 4); // tasks came with step 4
    ProgressStore store;
    QCOMPARE(store.open(dbPath()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    QCOMPARE(store.topicStatus(QStringLiteral("t")), TopicStatus::Reading);
    QVERIFY(store.setTaskDone(QStringLiteral("#a/x"), true));
    QCOMPARE(store.taskStates(), (QHash<QString, bool> { { QStringLiteral("#a/x"), true } }));
    QVERIFY(store.setTaskDone(QStringLiteral("#a/x"), false));
    QCOMPARE(store.taskStates().value(QStringLiteral("#a/x"), true), false);
}

void TestTaskProgress::tickedTasksRollUpIntoSectionAndFile()
{
    const auto guide = load(longReadme(QStringLiteral("Growable array")));
    QVERIFY(guide);
    ProgressStore store;
    QCOMPARE(store.open(dbPath()), ProgressStore::Mode::ReadWrite);
    StudyProgress progress(store);
    progress.setGuide(guide.get());
    const Topic *arrays = section(*guide, QStringLiteral("arrays"));
    const Topic *trees = section(*guide, QStringLiteral("trees"));
    QVERIFY(arrays && trees);
    // "- [x] Tries" counts as written until the learner says otherwise.
    QCOMPARE(progress.node(trees).doneTasks, 1);
    QCOMPARE(progress.node(trees).percent, 25); // 1 of 2 boxes, and its sub-section untouched
    QCOMPARE(progress.node(arrays).percent, 0);
    QVERIFY(progress.toggleTask(QStringLiteral("#arrays/growable-array")));
    QCOMPARE(progress.node(arrays).percent, 50);
    QCOMPARE(progress.node(arrays).status, TopicStatus::Reading);
    QVERIFY(progress.toggleTask(QStringLiteral("#arrays/rotate-in-place")));
    QCOMPARE(progress.node(arrays).status, TopicStatus::Done);
    // The file (the guide's root README) is the mean of its three sections: 1, 1/4, 0.
    QCOMPARE(progress.overall().percent, 41);
    QCOMPARE(progress.overall().tasks, 4);
    QCOMPARE(progress.overall().doneTasks, 3);
    QVERIFY(!progress.toggleTask(QStringLiteral("#arrays/no-such-item")));
}

void TestTaskProgress::sectionsCarryStatusAndTheFileRollsThemUp()
{
    const auto guide = load(longReadme(QStringLiteral("Growable array")));
    ProgressStore store;
    QCOMPARE(store.open(dbPath()), ProgressStore::Mode::ReadWrite);
    StudyProgress progress(store);
    progress.setGuide(guide.get());
    const Topic *graphs = section(*guide, QStringLiteral("graphs"));
    QVERIFY(graphs);
    QVERIFY(progress.setStatus(graphs->id, TopicStatus::Done));
    QCOMPARE(progress.node(graphs).status, TopicStatus::Done);
    QCOMPARE(progress.node(graphs).percent, 100);
    QCOMPARE(progress.overall().percent, 41); // (0 + 1/4 + 1) / 3
    // Opening the README marks it as being read. With sections to make progress in, that alone
    // is no part of the way: it read 50 % before a box was ticked.
    QVERIFY(progress.setStatus(guide->root()->id, TopicStatus::Reading));
    QCOMPARE(progress.overall().percent, 41);
    QCOMPARE(progress.overall().status, TopicStatus::Reading);
    QVERIFY(progress.setStatus(graphs->id, TopicStatus::Reading));
    QCOMPARE(progress.node(graphs).percent, 50);
    // Bookmarks and notes are keyed by the same id.
    QVERIFY(store.setNote(graphs->id, QStringLiteral("revisit BFS")));
    QCOMPARE(store.note(QStringLiteral("#graphs")), QStringLiteral("revisit BFS"));
}

void TestTaskProgress::renamedItemStartsAfreshAndTheOldOneIsKept()
{
    {
        const auto guide = load(longReadme(QStringLiteral("Growable array")));
        ProgressStore store;
        QCOMPARE(store.open(dbPath()), ProgressStore::Mode::ReadWrite);
        StudyProgress progress(store);
        progress.setGuide(guide.get());
        QVERIFY(progress.toggleTask(QStringLiteral("#arrays/growable-array")));
    }
    {
        const auto edited = load(longReadme(QStringLiteral("Growable array, with tests")));
        ProgressStore store;
        QCOMPARE(store.open(dbPath()), ProgressStore::Mode::ReadWrite);
        StudyProgress progress(store);
        progress.setGuide(edited.get());
        QVERIFY(edited->task(QStringLiteral("#arrays/growable-array-with-tests")));
        QVERIFY(!progress.isTaskDone(QStringLiteral("#arrays/growable-array-with-tests"), false));
        QCOMPARE(progress.node(section(*edited, QStringLiteral("arrays"))).doneTasks, 0);
        QVERIFY(store.taskStates().value(QStringLiteral("#arrays/growable-array"))); // kept
    }
    const auto back = load(longReadme(QStringLiteral("Growable array")));
    ProgressStore store;
    QCOMPARE(store.open(dbPath()), ProgressStore::Mode::ReadWrite);
    StudyProgress progress(store);
    progress.setGuide(back.get());
    QCOMPARE(progress.node(section(*back, QStringLiteral("arrays"))).doneTasks, 1);
}

void TestTaskProgress::ownCardsSurviveGuideEditsAndAreCards()
{
    auto guide = load(longReadme(QStringLiteral("Growable array")));
    ProgressStore store;
    QCOMPARE(store.open(dbPath()), ProgressStore::Mode::ReadWrite);
    store.setGuideId(guide->id());
    const OwnCard mine = OwnCards::make(QStringLiteral("#trees"), QStringLiteral("What keeps a heap a heap?"),
        QStringLiteral("Each parent is no larger than its children."));
    const OwnCard orphan
        = OwnCards::make(QStringLiteral("#gone"), QStringLiteral("Q?"), QStringLiteral("A."));
    QVERIFY(OwnCards::isOwn(mine.id));
    QVERIFY(store.saveOwnCard(mine));
    QVERIFY(store.saveOwnCard(orphan));
    QVERIFY(!QFile::exists(m_guideDir->filePath(QStringLiteral("cards.md"))));
    // The guide changes; its cards come back on the next load, where their topics are.
    guide = load(longReadme(QStringLiteral("Growable array, with tests")));
    OwnCards::attach(*guide, store.ownCards());
    const Card *card = guide->card(mine.id);
    QVERIFY(card);
    QCOMPARE(card->topicId, QStringLiteral("#trees"));
    QCOMPARE(guide->cardsUnder(guide->topic(QStringLiteral("#trees"))).size(), 1);
    QVERIFY(guide->card(orphan.id)); // under the root, not lost
    QCOMPARE(guide->cardCount(), 2);
    QVERIFY(store.removeOwnCard(orphan.id));
    QCOMPARE(store.ownCards().size(), 1);

    // Through the study door: joined on load, then graded and scheduled like any card.
    auto again = load(longReadme(QStringLiteral("Growable array")));
    StudyProgress progress(store);
    progress.attachOwnCards(*again);
    progress.setGuide(again.get());
    QVERIFY(again->card(mine.id));
    const QDateTime now = progress.now();
    const auto outcomes = progress.preview(mine.id, now);
    QVERIFY(progress.grade(mine.id, Rating::Good, outcomes[2]));
    QVERIFY(store.cardSchedule(mine.id).has_value());
}

void TestTaskProgress::ownCardFollowsItsSectionWhenTheSectionMovesAndStaysWhenItGoes()
{
    ProgressStore store;
    QCOMPARE(store.open(dbPath()), ProgressStore::Mode::ReadWrite);
    StudySession session(store);
    session.setGuide(load(longReadme(QStringLiteral("Growable array"))));
    QVERIFY(session.guide()->cardCount() == 0);
    QString id;
    QVERIFY(session.addOwnCard(section(*session.guide(), QStringLiteral("trees")), QStringLiteral("What keeps a heap a heap?"),
        QStringLiteral("Each parent is no larger than its children."), &id).ok);
    QCOMPARE(store.ownCards().constFirst().topicId, QStringLiteral("#trees"));
    // Graded once, so there is history to keep.
    session.practise(section(*session.guide(), QStringLiteral("trees")));
    session.round().reveal();
    QVERIFY(session.round().grade(Rating::Good));

    // The guide is edited: Trees moves below Graphs and its text changes.
    const QString moved = QStringLiteral(
        "# Plan\n\n## Arrays\n\n- [ ] Growable array\n- [ ] Rotate in place\n\n## Graphs\n\nNo boxes here.\n\n"
        "## Trees\n\nHeaps and tries, rewritten.\n\n- [ ] Heaps\n- [x] Tries\n\n### Balanced\n\nText.\n\n");
    QString md = moved;
    for (int i = 0; i < 160; ++i)
        md += QStringLiteral("Line %1 of notes.\n").arg(i);
    session.setGuide(load(md));
    const Topic *trees = section(*session.guide(), QStringLiteral("trees"));
    QVERIFY(trees);
    QCOMPARE(trees->parent->children.back().get(), trees); // now the last section
    QVERIFY(session.cardIdsUnder(trees).contains(id));
    QCOMPARE(session.guide()->card(id)->topicId, QStringLiteral("#trees"));
    QVERIFY(session.progress().schedule(id).reps == 1);

    // Trees is deleted: the card is kept, under the guide's root, with its schedule.
    session.setGuide(load(longReadme(QStringLiteral("Growable array")).remove(QStringLiteral("## Trees\n\n"))));
    QVERIFY(!section(*session.guide(), QStringLiteral("trees")));
    QVERIFY(session.guide()->card(id));
    QVERIFY(session.isOrphanedCard(id));
    QVERIFY(session.cardIdsUnder(nullptr).contains(id));
    QVERIFY(session.progress().schedule(id).reps == 1);
    QCOMPARE(store.ownCards().constFirst().topicId, QStringLiteral("#trees")); // and goes back if Trees does
}

void TestTaskProgress::guideWithoutCardsAsksForThem()
{
    const auto guide = load(longReadme(QStringLiteral("x")));
    QVERIFY(OwnCards::needsHint(*guide));
    QVERIFY(OwnCards::hint().contains(QStringLiteral("Q:")));
    const auto withCards = load(QStringLiteral("# G\n\n## Q: What?\n\nThat.\n"));
    QVERIFY(!OwnCards::needsHint(*withCards));
}

void TestTaskProgress::singleFileGuideIsListedBySections()
{
    const auto readme = load(longReadme(QStringLiteral("x")));
    QStringList titles;
    for (const Topic *chapter : ProgressRollup::chapters(*readme))
        titles << chapter->title;
    QCOMPARE(
        titles, QStringList({ QStringLiteral("Arrays"), QStringLiteral("Trees"), QStringLiteral("Graphs") }));

    // The same text in a file of another name: the file's sections, not the one file.
    QFile::rename(
        m_guideDir->filePath(QStringLiteral("README.md")), m_guideDir->filePath(QStringLiteral("plan.md")));
    GuideLoader::Result result = GuideLoader().load(m_guideDir->path());
    QVERIFY(result.guide);
    titles.clear();
    for (const Topic *chapter : ProgressRollup::chapters(*result.guide))
        titles << chapter->title;
    QCOMPARE(
        titles, QStringList({ QStringLiteral("Arrays"), QStringLiteral("Trees"), QStringLiteral("Graphs") }));
}

QTEST_GUILESS_MAIN(TestTaskProgress)
#include "tst_taskprogress.moc"
