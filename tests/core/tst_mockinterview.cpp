// The mock interview's rules: which questions are drawn, the timed flow, the summary, and how
// the store keeps the history.

#include "Guide.h"
#include "GuideLoader.h"
#include "InterviewChecklist.h"
#include "InterviewDraw.h"
#include "MockInterview.h"
#include "MockInterviewPlan.h"
#include "MockInterviewSummary.h"
#include "ProgressStore.h"
#include "StudyProgress.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString guidePath = QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview");
const QString basics = QStringLiteral("interview-questions/python-basics");
const QDateTime start(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

CardSchedule learned(double stability, const QDateTime &lastReview)
{
    CardSchedule s;
    s.state = CardState::Review;
    s.memory = MemoryState { stability, 5.0 };
    s.lastReview = lastReview;
    s.due = lastReview.addDays(qint64(stability));
    s.reps = 3;
    return s;
}

InterviewAnswer answer(const QString &category, Rating rating, int seconds, int checked, int total)
{
    InterviewAnswer a;
    a.cardId = category + QStringLiteral("/card");
    a.categoryId = category;
    a.rating = rating;
    a.secondsUsed = seconds;
    a.checkedPoints = checked;
    a.totalPoints = total;
    return a;
}

} // namespace

class TestMockInterview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void categoriesAreTheInterviewThemes();
    void checklistSplitsPoints_data();
    void checklistSplitsPoints();
    void weightsFavourUnseenAndWeak();
    void drawIsReproducibleFromItsSeed();
    void drawFavoursUnseenAndWeakCards();
    void drawKeepsToPlan();
    void flowAsksRevealsAndGrades();
    void timeOutRevealsTheAnswer();
    void endingEarlyKeepsGradedAnswers();
    void summaryPerCategory();
    void storeKeepsHistoryAndSchedulesCards();
    void migratesFromVersionTwo();

private:
    std::unique_ptr<Guide> m_guide;
    QStringList basicsCards() const;
};

void TestMockInterview::initTestCase()
{
    auto result = GuideLoader().load(guidePath);
    QVERIFY2(result.guide, qPrintable(result.error));
    m_guide = std::move(result.guide);
}

QStringList TestMockInterview::basicsCards() const
{
    QStringList ids;
    for (const Card *card : m_guide->cardsUnder(m_guide->topic(basics))) {
        if (card->kind == Card::Kind::Interview)
            ids.append(card->id);
    }
    return ids;
}

void TestMockInterview::categoriesAreTheInterviewThemes()
{
    const QList<const Topic *> categories = MockInterviewPlan::categories(*m_guide);
    QCOMPARE(categories.size(), 6);
    QCOMPARE(categories.first()->id, basics);
    QCOMPARE(categories.last()->id, QStringLiteral("interview-questions/web-frameworks"));
    int interviewCards = 0;
    for (const Topic *category : categories)
        interviewCards += MockInterviewPlan::cardCount(*m_guide, *category, false);
    QCOMPARE(interviewCards, 15);
    QCOMPARE(MockInterviewPlan::cardCount(*m_guide, *categories.first(), false), 5);
    QVERIFY(MockInterviewPlan::cardCount(*m_guide, *categories.first(), true) > 5); // practice cards too
}

void TestMockInterview::checklistSplitsPoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("points");
    QTest::newRow("bullets") << QStringLiteral(
        "Listen for:\n\n- hashability\n- intent,\n  record or collection\n* shallow")
                             << QStringList { QStringLiteral("hashability"),
                                    QStringLiteral("intent, record or collection"),
                                    QStringLiteral("shallow") };
    QTest::newRow("numbered") << QStringLiteral("1. one\n2) two")
                              << QStringList { QStringLiteral("one"), QStringLiteral("two") };
    QTest::newRow("sentences") << QStringLiteral(
        "A weak answer stops early. A strong one explains\nwhy! Red flags: "
        "thinking `(5)` is a tuple. `t[0] += [x]` is a trap.")
                               << QStringList { QStringLiteral("A weak answer stops early."),
                                      QStringLiteral("A strong one explains why!"),
                                      QStringLiteral("Red flags: thinking `(5)` is a tuple."),
                                      QStringLiteral("`t[0] += [x]` is a trap.") };
    QTest::newRow("abbreviation and code")
        << QStringLiteral("Mentions e.g. dicts. Knows `a. B` apart.")
        << QStringList { QStringLiteral("Mentions e.g. dicts."), QStringLiteral("Knows `a. B` apart.") };
    QTest::newRow("paragraphs") << QStringLiteral("First point without a stop\n\nSecond point")
                                << QStringList { QStringLiteral("First point without a stop"),
                                       QStringLiteral("Second point") };
    QTest::newRow("empty") << QString() << QStringList();
}

void TestMockInterview::checklistSplitsPoints()
{
    QFETCH(QString, text);
    QFETCH(QStringList, points);
    QCOMPARE(InterviewChecklist::points(text), points);
}

void TestMockInterview::weightsFavourUnseenAndWeak()
{
    const Fsrs model;
    InterviewDraw::Standing standing;
    standing.now = start;
    standing.schedules.insert(QStringLiteral("strong"), learned(60, start.addDays(-1)));
    standing.schedules.insert(QStringLiteral("weak"), learned(0.5, start.addDays(-10)));
    standing.schedules.insert(QStringLiteral("failing"), learned(0.5, start.addDays(-10)));
    standing.againCounts.insert(QStringLiteral("failing"), 3);
    const double unseen = InterviewDraw::weight(QStringLiteral("never"), standing, model);
    const double strong = InterviewDraw::weight(QStringLiteral("strong"), standing, model);
    const double weak = InterviewDraw::weight(QStringLiteral("weak"), standing, model);
    const double failing = InterviewDraw::weight(QStringLiteral("failing"), standing, model);
    QCOMPARE(unseen, InterviewDraw::unseenWeight);
    QVERIFY2(strong < 0.6, qPrintable(QString::number(strong)));
    QVERIFY(weak > strong);
    QVERIFY(unseen > strong);
    QVERIFY(failing > weak);
    QVERIFY(failing > unseen);

    // Again ratings come from the review log.
    const auto counted = InterviewDraw::standing({},
        { { QStringLiteral("x"), Rating::Again, start, CardState::Review, 0, {} },
            { QStringLiteral("x"), Rating::Good, start, CardState::Relearning, 0, {} },
            { QStringLiteral("x"), Rating::Again, start, CardState::Review, 0, {} } },
        start);
    QCOMPARE(counted.againCounts.value(QStringLiteral("x")), 2);
}

void TestMockInterview::drawIsReproducibleFromItsSeed()
{
    MockInterviewPlan plan;
    for (const Topic *category : MockInterviewPlan::categories(*m_guide))
        plan.categoryIds.append(category->id);
    plan.questionCount = 6;
    const InterviewDraw::Standing standing { {}, {}, start };
    const auto first = InterviewDraw::draw(*m_guide, plan, standing, Fsrs(), 42);
    const auto again = InterviewDraw::draw(*m_guide, plan, standing, Fsrs(), 42);
    QCOMPARE(first.size(), 6);
    QStringList firstIds, againIds;
    for (int i = 0; i < first.size(); ++i) {
        firstIds.append(first.at(i).cardId);
        againIds.append(again.at(i).cardId);
    }
    QCOMPARE(firstIds, againIds);
    bool someDiffer = false;
    for (quint64 seed = 1; seed < 6 && !someDiffer; ++seed) {
        QStringList other;
        for (const auto &q : InterviewDraw::draw(*m_guide, plan, standing, Fsrs(), seed))
            other.append(q.cardId);
        someDiffer = other != firstIds;
    }
    QVERIFY(someDiffer);
}

void TestMockInterview::drawFavoursUnseenAndWeakCards()
{
    const QStringList cards = basicsCards();
    QCOMPARE(cards.size(), 5);
    InterviewDraw::Standing standing;
    standing.now = start;
    // Cards 0-2 learned well and reviewed yesterday; card 3 never seen; card 4 forgotten.
    for (int i = 0; i < 3; ++i)
        standing.schedules.insert(cards.at(i), learned(90, start.addDays(-1)));
    standing.schedules.insert(cards.at(4), learned(0.4, start.addDays(-20)));
    standing.againCounts.insert(cards.at(4), 4);

    MockInterviewPlan plan;
    plan.categoryIds = { basics };
    plan.questionCount = 1;
    QHash<QString, int> picked;
    const int rounds = 600;
    for (quint64 seed = 0; seed < quint64(rounds); ++seed)
        ++picked[InterviewDraw::draw(*m_guide, plan, standing, Fsrs(), seed).first().cardId];
    const int strongest
        = std::max({ picked.value(cards.at(0)), picked.value(cards.at(1)), picked.value(cards.at(2)) });
    const QString counts = QStringLiteral("%1 %2 %3 unseen %4 weak %5")
                               .arg(picked.value(cards.at(0)))
                               .arg(picked.value(cards.at(1)))
                               .arg(picked.value(cards.at(2)))
                               .arg(picked.value(cards.at(3)))
                               .arg(picked.value(cards.at(4)));
    QVERIFY2(picked.value(cards.at(3)) > 2 * strongest, qPrintable(counts));
    QVERIFY2(picked.value(cards.at(4)) > picked.value(cards.at(3)), qPrintable(counts));
    QVERIFY2(strongest > 0, qPrintable(counts)); // strong cards still come up now and then
}

void TestMockInterview::drawKeepsToPlan()
{
    MockInterviewPlan plan;
    plan.categoryIds = { basics, QStringLiteral("interview-questions/testing") };
    plan.questionCount = 50;
    const InterviewDraw::Standing standing { {}, {}, start };
    const auto all = InterviewDraw::draw(*m_guide, plan, standing, Fsrs(), 7);
    QCOMPARE(all.size(), 7); // 5 + 2 interview cards, no more
    QSet<QString> ids;
    for (const auto &q : all) {
        QVERIFY(plan.categoryIds.contains(q.categoryId));
        QCOMPARE(m_guide->card(q.cardId)->kind, Card::Kind::Interview);
        ids.insert(q.cardId);
    }
    QCOMPARE(ids.size(), 7);
    plan.includePracticeCards = true;
    QVERIFY(InterviewDraw::draw(*m_guide, plan, standing, Fsrs(), 7).size() > 7);
    plan.categoryIds = { QStringLiteral("no-such-topic") };
    QVERIFY(InterviewDraw::draw(*m_guide, plan, standing, Fsrs(), 7).isEmpty());
}

void TestMockInterview::flowAsksRevealsAndGrades()
{
    QDateTime now = start;
    MockInterview interview;
    interview.setClock([&] { return now; });
    QSignalSpy finished(&interview, &MockInterview::finished);
    const QStringList cards = basicsCards();
    interview.start(*m_guide, { { cards.at(0), basics }, { cards.at(1), basics } }, 90);
    QCOMPARE(interview.phase(), MockInterview::Phase::Asking);
    QCOMPARE(interview.currentCard()->id, cards.at(0));
    QCOMPARE(interview.remainingMs(), 90'000);
    QVERIFY(!interview.grade(Rating::Good)); // no grade before the answer is seen
    interview.setPointChecked(0, true); // nor ticks
    now = now.addMSecs(30'400);
    QCOMPARE(interview.remainingMs(), 59'600);
    interview.poll();
    QCOMPARE(interview.phase(), MockInterview::Phase::Asking);
    interview.setNotes(QStringLiteral("mutable vs immutable"));
    interview.reveal();
    QCOMPARE(interview.phase(), MockInterview::Phase::Revealed);
    QCOMPARE(interview.remainingMs(), 0);
    QVERIFY(interview.points().size() >= 3);
    QCOMPARE(interview.checkedPoints(), QList<bool>(interview.points().size(), false));
    interview.setPointChecked(0, true);
    interview.setPointChecked(2, true);
    interview.setPointChecked(2, false);
    interview.setPointChecked(1, true);
    now = now.addSecs(100); // reading the answer does not count as answering time
    QVERIFY(interview.grade(Rating::Hard));
    QCOMPARE(interview.phase(), MockInterview::Phase::Asking);
    QCOMPARE(interview.position(), 1);
    QVERIFY(interview.notes().isEmpty());
    QCOMPARE(interview.remainingMs(), 90'000);
    now = now.addSecs(5);
    interview.reveal();
    QVERIFY(interview.grade(Rating::Easy));
    QCOMPARE(interview.phase(), MockInterview::Phase::Finished);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!interview.currentCard());

    const InterviewSession session = interview.session();
    QCOMPARE(session.startedAt, start);
    QCOMPARE(session.finishedAt, now);
    QCOMPARE(session.secondsPerQuestion, 90);
    QCOMPARE(session.answers.size(), 2);
    const InterviewAnswer &first = session.answers.at(0);
    QCOMPARE(first.cardId, cards.at(0));
    QCOMPARE(first.categoryId, basics);
    QCOMPARE(first.secondsUsed, 30);
    QVERIFY(!first.timedOut);
    QCOMPARE(first.checkedPoints, 2);
    QVERIFY(first.totalPoints >= 3);
    QCOMPARE(first.rating, Rating::Hard);
    QCOMPARE(first.notes, QStringLiteral("mutable vs immutable"));
    QCOMPARE(session.answers.at(1).secondsUsed, 5);
    QCOMPARE(session.answers.at(1).rating, Rating::Easy);
}

void TestMockInterview::timeOutRevealsTheAnswer()
{
    QDateTime now = start;
    MockInterview interview;
    interview.setClock([&] { return now; });
    interview.start(*m_guide, { { basicsCards().at(0), basics } }, 60);
    now = now.addSecs(59);
    interview.poll();
    QCOMPARE(interview.phase(), MockInterview::Phase::Asking);
    now = now.addSecs(7); // the view's timer may fire late: the time used is still the limit
    interview.poll();
    QCOMPARE(interview.phase(), MockInterview::Phase::Revealed);
    QVERIFY(interview.timedOut());
    QVERIFY(interview.grade(Rating::Again));
    QCOMPARE(interview.session().answers.at(0).secondsUsed, 60);
    QVERIFY(interview.session().answers.at(0).timedOut);

    // A reveal pressed after the time ran out but before a poll counts as a time-out too.
    interview.start(*m_guide, { { basicsCards().at(1), basics } }, 10);
    now = now.addSecs(11);
    interview.reveal();
    QVERIFY(interview.timedOut());
}

void TestMockInterview::endingEarlyKeepsGradedAnswers()
{
    QDateTime now = start;
    MockInterview interview;
    interview.setClock([&] { return now; });
    const QStringList cards = basicsCards();
    interview.start(
        *m_guide, { { cards.at(0), basics }, { cards.at(1), basics }, { cards.at(2), basics } }, 60);
    interview.reveal();
    interview.grade(Rating::Good);
    interview.reveal(); // revealed but not graded: left out
    interview.finish();
    QCOMPARE(interview.phase(), MockInterview::Phase::Finished);
    QCOMPARE(interview.session().answers.size(), 1);

    MockInterview empty;
    QSignalSpy finished(&empty, &MockInterview::finished);
    empty.start(*m_guide, {}, 60);
    QCOMPARE(empty.phase(), MockInterview::Phase::Finished);
    QCOMPARE(finished.size(), 1);
}

void TestMockInterview::summaryPerCategory()
{
    QCOMPARE(MockInterviewSummary::questionScore(Rating::Again), 0);
    QCOMPARE(MockInterviewSummary::questionScore(Rating::Hard), 33);
    QCOMPARE(MockInterviewSummary::questionScore(Rating::Good), 67);
    QCOMPARE(MockInterviewSummary::questionScore(Rating::Easy), 100);

    InterviewSession session;
    session.answers = { answer(QStringLiteral("a"), Rating::Good, 40, 2, 4),
        answer(QStringLiteral("b"), Rating::Again, 60, 0, 3),
        answer(QStringLiteral("a"), Rating::Hard, 35, 1, 5),
        answer(QStringLiteral("a"), Rating::Easy, 20, 5, 5) };
    session.answers[1].timedOut = true;
    const MockInterviewSummary summary = MockInterviewSummary::of(session);
    QCOMPARE(summary.categories.size(), 2);
    const auto &a = summary.categories.at(0);
    QCOMPARE(a.categoryId, QStringLiteral("a"));
    QCOMPARE(a.questions, 3);
    QCOMPARE(a.score, 67); // (2 + 1 + 3) / 9 = 66.7 %
    QCOMPARE(a.secondsUsed, 95);
    QCOMPARE(a.checkedPoints, 8);
    QCOMPARE(a.totalPoints, 14);
    QCOMPARE(a.timedOut, 0);
    const auto &b = summary.categories.at(1);
    QCOMPARE(b.score, 0);
    QCOMPARE(b.timedOut, 1);
    QCOMPARE(summary.total.questions, 4);
    QCOMPARE(summary.total.score, 50); // 6 / 12
    QCOMPARE(summary.total.secondsUsed, 155);
    QCOMPARE(MockInterviewSummary::of({}).total.score, 0);
}

void TestMockInterview::storeKeepsHistoryAndSchedulesCards()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    const QStringList cards = basicsCards();
    InterviewSession session;
    session.startedAt = start;
    session.finishedAt = start.addSecs(300);
    session.secondsPerQuestion = 120;
    session.answers = { answer(basics, Rating::Good, 40, 2, 4), answer(basics, Rating::Again, 120, 0, 3) };
    session.answers[0].cardId = cards.at(0);
    session.answers[0].notes = QStringLiteral("hashable; intent");
    session.answers[1].cardId = cards.at(1);
    session.answers[1].timedOut = true;
    {
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Mode::ReadWrite);
        StudyProgress progress(store);
        progress.setGuide(m_guide.get());
        QSignalSpy recorded(&store, &ProgressStore::interviewRecorded);
        QSignalSpy reviewed(&store, &ProgressStore::cardReviewed);
        QVERIFY(progress.recordInterview(session));
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(reviewed.size(), 2);
        QCOMPARE(progress.schedule(cards.at(0)).reps, 1); // StudyProgress heard of it
        InterviewSession later = session;
        later.startedAt = start.addDays(1);
        later.finishedAt = later.startedAt.addSecs(60);
        later.answers = { session.answers.at(1) };
        later.answers[0].rating = Rating::Easy;
        QVERIFY(progress.recordInterview(later));
        store.setGuideId(QStringLiteral("another-guide"));
        QVERIFY(store.interviewHistory().isEmpty());
    }
    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Mode::ReadWrite);
    store.setGuideId(m_guide->id());
    const QList<InterviewSession> history = store.interviewHistory();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).startedAt, start.addDays(1)); // newest first
    const InterviewSession &stored = history.at(1);
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.startedAt, session.startedAt);
    QCOMPARE(stored.finishedAt, session.finishedAt);
    QCOMPARE(stored.secondsPerQuestion, 120);
    QCOMPARE(stored.answers.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const InterviewAnswer &got = stored.answers.at(i);
        const InterviewAnswer &want = session.answers.at(i);
        QCOMPARE(got.cardId, want.cardId);
        QCOMPARE(got.categoryId, want.categoryId);
        QCOMPARE(got.secondsUsed, want.secondsUsed);
        QCOMPARE(got.timedOut, want.timedOut);
        QCOMPARE(got.checkedPoints, want.checkedPoints);
        QCOMPARE(got.totalPoints, want.totalPoints);
        QCOMPARE(got.rating, want.rating);
        QCOMPARE(got.notes, want.notes);
    }
    const auto log = store.reviewLog();
    QCOMPARE(log.size(), 3);
    for (const ReviewLogEntry &entry : log)
        QCOMPARE(entry.source, QStringLiteral("interview"));
    QCOMPARE(log.at(0).reviewedAt, session.finishedAt);
    // The second card was failed, then answered Easy a day later: scheduled from both reviews.
    const auto second = store.cardSchedule(cards.at(1));
    QVERIFY(second);
    QCOMPARE(second->reps, 2);
    QCOMPARE(log.at(2).stateBefore, CardState::Learning);
}

void TestMockInterview::migratesFromVersionTwo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &statement : ProgressStore::migrationStatements(2))
            QVERIFY2(q.exec(statement), qPrintable(statement));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO topic_progress VALUES ('g', 'old-topic', 2, 100)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES ('g', 'old-topic', 'kept', 100)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
            " scheduled_seconds, source) VALUES ('g', 'old-card', 3, 1000, 0, 600, 'cards')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    ProgressStore store;
    QCOMPARE(store.open(path), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("g"));
    QCOMPARE(store.topicStatus(QStringLiteral("old-topic")), TopicStatus::Done);
    QCOMPARE(store.note(QStringLiteral("old-topic")), QStringLiteral("kept"));
    QCOMPARE(store.reviewLog().size(), 1);
    QCOMPARE(store.reviewLog().at(0).source, QStringLiteral("cards"));
    QVERIFY(store.interviewHistory().isEmpty());
    QVERIFY(QFile::exists(path + QStringLiteral(".before-v%1").arg(ProgressStore::schemaVersion)));

    InterviewSession session;
    session.startedAt = start;
    session.finishedAt = start.addSecs(60);
    session.secondsPerQuestion = 60;
    session.answers = { answer(QStringLiteral("cat"), Rating::Good, 30, 1, 2) };
    QVERIFY(store.recordInterview(session, {}));
    QCOMPARE(store.interviewHistory().size(), 1);
}

QTEST_GUILESS_MAIN(TestMockInterview)
#include "tst_mockinterview.moc"
