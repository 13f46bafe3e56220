// A learner studies the bundled guide for sixty days on a fake clock, through StudySession
// alone: new cards each day, grades drawn from a seeded random source, some days skipped, some
// answers after midnight. After every step the rules a learner relies on are checked.

#include "DueRule.h"
#include "Guide.h"
#include "ProgressStore.h"
#include "StudyProgress.h"
#include "StudyRound.h"
#include "StudySession.h"

#include <QTemporaryDir>
#include <QtTest>

#include <random>

class TestSixtyDays : public QObject
{
    Q_OBJECT

private slots:
    void studyTheBundledGuideForSixtyDays();
};

void TestSixtyDays::studyTheBundledGuideForSixtyDays()
{
    QTemporaryDir dir;
    ProgressStore store;
    QCOMPARE(store.open(dir.filePath(QStringLiteral("progress.sqlite"))), ProgressStore::Mode::ReadWrite);
    StudySession session(store);
    QDateTime now(QDate(2026, 3, 2), QTime(8, 0));
    session.setClock([&now] { return now; });
    QString error;
    QVERIFY2(session.openGuideFolder(QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview"), &error),
             qPrintable(error));
    const Guide &guide = *session.guide();
    const QStringList allCards = session.cardIdsUnder(nullptr);
    QVERIFY(allCards.size() > 100);
    const int newPerDay = 15;
    session.setNewCardsPerDay(newPerDay);

    std::mt19937_64 random(42);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> minutes(0, 12);
    StudyRound &round = session.round();
    int grades = 0;
    int studiedDays = 0;

    // Sixty days; fewer under the sanitizers, which make every answer many times slower.
    bool daysSet = false;
    const int days = qEnvironmentVariableIntValue("STUDYGUIDE_SCENARIO_DAYS", &daysSet);
    const int simulated = daysSet && days > 0 ? days : 60;
    for (int day = 0; day < simulated; ++day) {
        const QDate date = QDate(2026, 3, 2).addDays(day);
        if (percent(random) < 15)
            continue; // a day off
        ++studiedDays;
        // Mostly in the evening; now and then past midnight, which still counts as that evening.
        now = percent(random) < 20 ? QDateTime(date.addDays(1), QTime(1, 15)) : QDateTime(date, QTime(19, 0));
        const StudyDay studyDay(StudyDay::defaultRolloverHour);
        QCOMPARE(studyDay.dayOf(now), date);
        session.review(nullptr);
        for (int step = 0; step < 400 && !round.isDone(); ++step) {
            const QString id = round.currentCardId();
            QVERIFY2(!id.isEmpty(), "a review that is not done always asks a card");
            const CardSchedule before = session.progress().schedule(id);
            // The counts of the round are the counts everywhere, and hold the card asked.
            QCOMPARE(round.counts(), session.counts(nullptr));
            QVERIFY(round.counts().total() >= 1);
            // Never asked before it is due, unless the round says it is early.
            if (round.currentSource() == StudyQueue::Source::New) {
                QCOMPARE(before.state, CardState::New);
            } else if (round.isEarly()) {
                QVERIFY(DueRule::isLearning(before));
                QVERIFY(before.due > now);
                QVERIFY(before.due <= now.addSecs(DueRule::learnAheadSeconds));
            } else {
                QVERIFY2(DueRule::isDue(before, now, studyDay.nextRollover(now)), qPrintable(id));
            }
            round.reveal();
            const auto outcomes = round.outcomes();
            for (size_t r = 1; r < 3; ++r) {
                if (outcomes[r].state == CardState::Review && outcomes[r + 1].state == CardState::Review)
                    QVERIFY(now.secsTo(outcomes[r].due) / 86400 < now.secsTo(outcomes[r + 1].due) / 86400 + 1);
            }
            const int roll = percent(random);
            const Rating rating = roll < 12 ? Rating::Again : roll < 25 ? Rating::Hard : roll < 88 ? Rating::Good : Rating::Easy;
            // Nothing is logged from this moment on before the grade (the clock only moves on),
            // so what is after it is the grade's. Reading only those keeps the run linear.
            QVERIFY(store.reviewLog(now).isEmpty());
            QVERIFY(round.grade(rating));
            ++grades;
            // Every grade logged once, and the stored schedule is the one the button showed.
            const QList<ReviewLogEntry> logged = store.reviewLog(now);
            QCOMPARE(logged.size(), 1);
            QCOMPARE(logged.first().cardId, id);
            QCOMPARE(logged.first().rating, rating);
            QCOMPARE(session.progress().schedule(id).due, outcomes[size_t(int(rating) - 1)].due);
            now = now.addSecs(20 + 60 * minutes(random));
            session.refresh(); // what the session's own timer does while the learner thinks
        }
        QVERIFY2(round.isDone(), "a day's review comes to its end");
        QCOMPARE(session.counts(nullptr).total(), 0);

        // New cards introduced on this study day stay within the daily limit.
        int introduced = 0;
        for (const ReviewLogEntry &entry : store.reviewLog(QDateTime(date, QTime(0, 0))))
            introduced += entry.stateBefore == CardState::New && studyDay.dayOf(entry.reviewedAt) == date;
        QVERIFY2(introduced <= newPerDay, qPrintable(QStringLiteral("%1 new on %2").arg(introduced).arg(date.toString())));
    }

    // The roll-up equals a recount from the stored schedules and the log.
    const QList<ReviewLogEntry> log = store.reviewLog();
    QCOMPARE(log.size(), grades);
    QSet<QString> reviewed;
    for (const ReviewLogEntry &entry : log)
        reviewed.insert(entry.cardId);
    int learned = 0;
    for (const QString &id : allCards) {
        const CardSchedule s = session.progress().schedule(id);
        QCOMPARE(s.state != CardState::New, reviewed.contains(id));
        learned += s.state == CardState::Review;
    }
    QCOMPARE(session.progress().overall().learnedCards, learned);
    QCOMPARE(session.progress().overall().cards, int(allCards.size()));
    QVERIFY(studiedDays > simulated * 2 / 3);
    QVERIFY2(learned > std::min<qsizetype>(allCards.size() / 2, newPerDay * studiedDays / 2), qPrintable(QString::number(learned)));
    Q_UNUSED(guide);
}

QTEST_GUILESS_MAIN(TestSixtyDays)
#include "tst_sixtydays.moc"
