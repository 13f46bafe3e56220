// StudySession, StudyQueue and StudyRound driven with no widget, on a fake clock.

#include "DueRule.h"
#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "ProgressStore.h"
#include "Scheduler.h"
#include "StudyProgress.h"
#include "StudyQueue.h"
#include "StudyRound.h"
#include "StudySession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

#include <sys/mount.h>

class TestStudySession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countsAreCardsAndMoveAsAnkiCountsThem();
    void learningCardComesBackWhenDueWhileIdle();
    void learningCardShownEarlyOnlyWhenNothingElseIsLeft();
    void justAnsweredCardIsNotRepeatedAtOnce();
    void doneStateSaysWhenTheNextCardIsReady();
    void practiceOfCardsNotDueLeavesTheScheduleAlone();
    void practiceCanBeSetToCount();
    void practiceRoundEndsAndAgainComesBack();
    void reviewAfterMidnightBelongsToTheEveningBefore();
    void intervalsStayInOrderForRandomMemoryStates();
    void fullDiskTurnsTheSessionReadOnlyAndLosesNothing();
    void readOnlyFolderTurnsTheSessionReadOnlyAndLosesNothing();
    void gradeOfACardWhoseGuideChangedIsRefused();
    void clockGoingBackDoesNotBreakTheRound();
    void learningCardsWithinAndBeyondTheLearnAheadLimit();
    void practiceOfALearningCardDueWithinTheLimitCounts();
    void justAnsweredCardIsShownAgainWhenNothingElseIsLeft();
    void ownCardsAreStudiedLikeTheGuidesCards();
    void deletedOwnCardLeavesTheRoundAndKeepsItsHistory();
    void ownCardOfADeletedTopicIsKeptUnderTheRoot();

private:
    void load(const QString &path);
    void grade(Rating rating);
    QDateTime m_now;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GuideFixture> m_guide;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudySession> m_session;
};

void TestStudySession::init()
{
    // 10:00 local time: far from the 4 a.m. rollover.
    m_now = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    m_guide = std::make_unique<GuideFixture>();
    m_guide->writeSample();
    m_store = std::make_unique<ProgressStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("progress.sqlite"))), ProgressStore::Mode::ReadWrite);
    m_session = std::make_unique<StudySession>(*m_store);
    m_session->setClock([this] { return m_now; });
    load(m_guide->path());
}

void TestStudySession::cleanup()
{
    m_session.reset();
    m_store.reset();
}

void TestStudySession::load(const QString &path)
{
    QString error;
    QVERIFY2(m_session->openGuideFolder(path, &error), qPrintable(error));
}

void TestStudySession::grade(Rating rating)
{
    StudyRound &round = m_session->round();
    round.reveal();
    QVERIFY(round.isRevealed());
    QVERIFY(round.grade(rating));
}

void TestStudySession::countsAreCardsAndMoveAsAnkiCountsThem()
{
    const Topic *basics = m_session->guide()->topic(QStringLiteral("basics"));
    QVERIFY(basics);
    QCOMPARE(m_session->counts(basics), (StudyCounts { 3, 0, 0 }));
    m_session->review(basics);
    StudyRound &round = m_session->round();
    QCOMPARE(round.counts(), (StudyCounts { 3, 0, 0 }));
    // new + Good: new -1, learn +1 (the card waits 10 minutes, within the learn-ahead limit).
    grade(Rating::Good);
    QCOMPARE(round.counts(), (StudyCounts { 2, 1, 0 }));
    // new + Easy: new -1, nothing in learning.
    grade(Rating::Easy);
    QCOMPARE(round.counts(), (StudyCounts { 1, 1, 0 }));
    // The toolbar's rule and the round's rule are one.
    QCOMPARE(m_session->counts(basics), round.counts());
}

void TestStudySession::learningCardComesBackWhenDueWhileIdle()
{
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    m_session->review(first);
    StudyRound &round = m_session->round();
    const QString card = round.currentCardId();
    grade(Rating::Again); // one minute
    grade(Rating::Easy); // the other card graduates
    // Only the learning card is left: within the learn-ahead limit it is asked early.
    QCOMPARE(round.currentCardId(), card);
    QVERIFY(round.isEarly());
    // Time passes with the window idle; the session notices on its own timer.
    m_session->setPollInterval(20);
    m_now = m_now.addSecs(90);
    QTRY_VERIFY(!round.isEarly());
    QCOMPARE(round.currentCardId(), card);
}

void TestStudySession::learningCardShownEarlyOnlyWhenNothingElseIsLeft()
{
    const Topic *basics = m_session->guide()->topic(QStringLiteral("basics"));
    m_session->review(basics);
    StudyRound &round = m_session->round();
    const QString first = round.currentCardId();
    grade(Rating::Good); // 10 minutes
    QVERIFY(round.currentCardId() != first);
    QVERIFY(!round.isEarly());
    grade(Rating::Easy);
    grade(Rating::Easy);
    QCOMPARE(round.currentCardId(), first);
    QVERIFY(round.isEarly());
    QVERIFY(m_now.secsTo(round.currentDue()) <= StudyQueue::learnAheadSeconds);
}

void TestStudySession::justAnsweredCardIsNotRepeatedAtOnce()
{
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    m_session->review(first);
    StudyRound &round = m_session->round();
    const QString a = round.currentCardId();
    grade(Rating::Again);
    QVERIFY(round.currentCardId() != a);
    const QString b = round.currentCardId();
    m_now = m_now.addSecs(120); // both learning cards are due now
    grade(Rating::Again);
    QCOMPARE(round.currentCardId(), a); // not b again, though b is due too
}

void TestStudySession::doneStateSaysWhenTheNextCardIsReady()
{
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    m_session->review(first);
    StudyRound &round = m_session->round();
    grade(Rating::Easy);
    grade(Rating::Easy);
    QVERIFY(round.isDone());
    QCOMPARE(round.counts().total(), 0);
    QVERIFY(round.outlook().nextReview.isValid());
    QVERIFY(round.outlook().nextReview > m_now.addDays(1));

    // A learning card due in 40 minutes: finished for now, and the wait is known.
    m_session->practise(first);
    CardSchedule later = m_session->progress().schedule(round.currentCardId());
    later.state = CardState::Relearning;
    later.due = m_now.addSecs(40 * 60).toUTC();
    QVERIFY(m_store->recordReview(round.currentCardId(), CardState::Review, later, Rating::Again, m_now));
    m_session->review(first);
    QVERIFY(round.isDone());
    QCOMPARE(round.outlook().learningLaterToday, 1);
    QCOMPARE(round.outlook().nextLearning, later.due);
    // It comes into the counts once it is within the learn-ahead limit.
    m_now = m_now.addSecs(21 * 60);
    m_session->refresh();
    QVERIFY(!round.isDone());
    QVERIFY(round.isEarly());
}

void TestStudySession::practiceOfCardsNotDueLeavesTheScheduleAlone()
{
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    m_session->review(first);
    grade(Rating::Easy);
    grade(Rating::Easy);
    const auto before = m_session->progress().schedules();
    const int logged = m_store->reviewLog().size();
    m_session->practise(first);
    StudyRound &round = m_session->round();
    QCOMPARE(round.kind(), StudyRound::Kind::Practice);
    QVERIFY(round.isCram());
    grade(Rating::Again);
    grade(Rating::Good);
    QCOMPARE(m_store->reviewLog().size(), logged);
    QCOMPARE(m_session->progress().schedules().size(), before.size());
    for (auto it = before.begin(); it != before.end(); ++it)
        QCOMPARE(m_session->progress().schedule(it.key()).due, it->due);
    QCOMPARE(round.crammed(), 2);
}

void TestStudySession::practiceCanBeSetToCount()
{
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    m_session->review(first);
    grade(Rating::Easy);
    grade(Rating::Easy);
    const int logged = m_store->reviewLog().size();
    m_session->setPracticeCounts(true);
    m_session->practise(first);
    QVERIFY(m_session->round().isCram());
    grade(Rating::Again);
    QCOMPARE(m_store->reviewLog().size(), logged + 1);
    QCOMPARE(m_store->reviewLog().constLast().source, QStringLiteral("practice"));
}

void TestStudySession::practiceRoundEndsAndAgainComesBack()
{
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    m_session->practise(first);
    StudyRound &round = m_session->round();
    QCOMPARE(round.length(), 2);
    QVERIFY(!round.isCram()); // new cards are learned for real
    const QString a = round.currentCardId();
    grade(Rating::Again);
    grade(Rating::Good);
    QCOMPARE(round.currentCardId(), a); // back once at the end of the round
    grade(Rating::Good);
    QVERIFY(round.isDone());
    QCOMPARE(round.gradeCounts()[0], 1);
    QCOMPARE(round.gradeCounts()[2], 2);
    round.restart();
    QCOMPARE(round.size(), 2);
    QCOMPARE(round.phase(), StudyRound::Phase::Asking);
}

void TestStudySession::reviewAfterMidnightBelongsToTheEveningBefore()
{
    m_session->setNewCardsPerDay(2);
    m_now = QDateTime(QDate(2026, 3, 2), QTime(23, 0));
    const Topic *basics = m_session->guide()->topic(QStringLiteral("basics"));
    m_session->review(basics);
    grade(Rating::Easy);
    QCOMPARE(m_session->counts(basics).newCards, 1);
    // 1 a.m.: still the study day of the evening before, so the limit has one card left.
    m_now = QDateTime(QDate(2026, 3, 3), QTime(1, 0));
    QCOMPARE(m_session->counts(basics).newCards, 1);
    // 5 a.m.: a new day, a new allowance.
    m_now = QDateTime(QDate(2026, 3, 3), QTime(5, 0));
    QCOMPARE(m_session->counts(basics).newCards, 2);
}

void TestStudySession::intervalsStayInOrderForRandomMemoryStates()
{
    // Hard <= Good < Easy in whole days, for every state a card can be in, with fuzz on.
    std::mt19937_64 random(20261202);
    std::uniform_real_distribution<double> stability(0.05, 400.0);
    std::uniform_real_distribution<double> difficulty(1.0, 10.0);
    std::uniform_int_distribution<int> elapsed(0, 600);
    std::uniform_int_distribution<int> stateOf(1, 3);
    Scheduler scheduler(FsrsParameters {}, quint64(7));
    scheduler.setStudyDay(StudyDay());
    const QDateTime now(QDate(2026, 3, 2), QTime(10, 0));
    int checked = 0;
    for (int i = 0; i < 20000; ++i) {
        CardSchedule card;
        card.state = CardState(stateOf(random));
        card.step = 0;
        card.memory = MemoryState { stability(random), difficulty(random) };
        card.lastReview = now.addSecs(-qint64(elapsed(random)) * 3600);
        card.due = now;
        card.reps = 3;
        const auto outcomes = scheduler.preview(card, now);
        const auto days = [&](int i) { return std::llround(now.secsTo(outcomes[size_t(i)].due) / 86400.0); };
        for (int r = 1; r < 3; ++r) {
            if (outcomes[size_t(r)].state != CardState::Review || outcomes[size_t(r + 1)].state != CardState::Review)
                continue;
            ++checked;
            QVERIFY2(days(r) < days(r + 1),
                     qPrintable(QStringLiteral("state %1 S %2: %3 then %4 days").arg(int(card.state)).arg(card.memory->stability)
                                    .arg(days(r)).arg(days(r + 1))));
        }
    }
    QVERIFY(checked > 10000);
}

namespace {
// A small tmpfs of our own, so that "disk full" and "read-only" are real file-system answers,
// not simulated ones. Needs root (CI runs as root); elsewhere the tests that use it skip.
class SmallDisk
{
public:
    explicit SmallDisk(const QString &path, const QByteArray &size)
        : m_path(path)
    {
        m_mounted = ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0,
                            QByteArray("size=" + size).constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    bool makeReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    // Writes a file until the disk says it is full.
    void fill()
    {
        QFile ballast(m_path + QStringLiteral("/ballast"));
        if (!ballast.open(QIODevice::WriteOnly))
            return;
        const QByteArray block(64 * 1024, 'x');
        while (ballast.write(block) == block.size() && ballast.flush()) {
        }
        // Any space left over a page goes too, byte by byte in small pieces.
        const QByteArray small(512, 'x');
        while (ballast.write(small) == small.size() && ballast.flush()) {
        }
    }

private:
    QString m_path;
    bool m_mounted = false;
};
} // namespace

void TestStudySession::fullDiskTurnsTheSessionReadOnlyAndLosesNothing()
{
    QTemporaryDir mountPoint;
    SmallDisk disk(mountPoint.path(), "1m");
    if (!disk.mounted())
        QSKIP("cannot mount a tmpfs here (not root); CI runs this as root");
    ProgressStore store;
    QCOMPARE(store.open(mountPoint.filePath(QStringLiteral("progress.sqlite"))), ProgressStore::Mode::ReadWrite);
    StudySession session(store);
    session.setClock([this] { return m_now; });
    QVERIFY(session.openGuideFolder(m_guide->path()));
    const Topic *first = session.guide()->topic(QStringLiteral("basics/first"));
    session.review(first);
    StudyRound &round = session.round();
    round.reveal();
    QVERIFY(round.grade(Rating::Good));
    QVERIFY(session.setNote(first->id, QStringLiteral("kept")));
    QSignalSpy problems(&session, &StudySession::storeFailed);

    disk.fill();
    // Notes are the biggest writes; a long one cannot fit any more.
    const bool saved = session.setNote(first->id, QString(200000, QLatin1Char('n')));
    QVERIFY(!saved);
    QCOMPARE(problems.size(), 1);
    QVERIFY(!session.canWrite());
    QVERIFY2(session.storeProblem().contains(QStringLiteral("read-only")), qPrintable(session.storeProblem()));
    // The session goes on: the round still asks, and what was saved before is there.
    QVERIFY(!round.currentCardId().isEmpty());
    QCOMPARE(session.note(first->id), QStringLiteral("kept"));
    QCOMPARE(store.reviewLog().size(), 1);
    round.reveal();
    QVERIFY(!round.grade(Rating::Good)); // refused, not half-written
    QCOMPARE(store.reviewLog().size(), 1);
}

void TestStudySession::readOnlyFolderTurnsTheSessionReadOnlyAndLosesNothing()
{
    QTemporaryDir mountPoint;
    SmallDisk disk(mountPoint.path(), "4m");
    if (!disk.mounted())
        QSKIP("cannot mount a tmpfs here (not root); CI runs this as root");
    const QString path = mountPoint.filePath(QStringLiteral("progress.sqlite"));
    {
        ProgressStore store;
        QCOMPARE(store.open(path), ProgressStore::Mode::ReadWrite);
        StudySession session(store);
        QVERIFY(session.openGuideFolder(m_guide->path()));
        QVERIFY(session.setStatus(session.guide()->topic(QStringLiteral("basics/first")), TopicStatus::Done));
    }
    // The data folder is read-only the next time (a mounted backup, a full quota, a locked home).
    QVERIFY(disk.makeReadOnly());
    ProgressStore store;
    QVERIFY(store.open(path) != ProgressStore::Mode::ReadWrite);
    StudySession session(store);
    QVERIFY(session.openGuideFolder(m_guide->path()));
    const Topic *first = session.guide()->topic(QStringLiteral("basics/first"));
    QVERIFY(!session.canWrite());
    QVERIFY2(!session.storeProblem().isEmpty(), "the user is told why nothing is saved");
    // Everything saved before is shown; studying goes on without saving.
    QCOMPARE(session.progress().storedStatus(first->id), TopicStatus::Done);
    QVERIFY(!session.setStatus(first, TopicStatus::Reading));
    session.review(first);
    QVERIFY(!session.round().currentCardId().isEmpty());
}

void TestStudySession::gradeOfACardWhoseGuideChangedIsRefused()
{
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    m_session->practise(first);
    StudyRound &round = m_session->round();
    round.reveal();
    // The guide is opened again (edited on disk): the round starts over, nothing dangles.
    load(m_guide->path());
    QCOMPARE(round.phase(), StudyRound::Phase::Empty);
    QVERIFY(!round.grade(Rating::Good));
    QCOMPARE(m_store->reviewLog().size(), 0);
}

void TestStudySession::clockGoingBackDoesNotBreakTheRound()
{
    const Topic *basics = m_session->guide()->topic(QStringLiteral("basics"));
    m_session->review(basics);
    grade(Rating::Good);
    m_now = m_now.addDays(-400); // the clock jumps back a year
    m_session->refresh();
    StudyRound &round = m_session->round();
    QVERIFY(!round.currentCardId().isEmpty());
    grade(Rating::Good);
    // Forward again: the cards stay scheduled and counted.
    m_now = m_now.addDays(800);
    m_session->refresh();
    QVERIFY(m_session->counts(basics).total() >= 2);
}

void TestStudySession::learningCardsWithinAndBeyondTheLearnAheadLimit()
{
    // Two learning cards, due in 10 and in 40 minutes: the first is within the 20-minute limit,
    // so it is counted and may be shown early; the second is not, and the counts change when it
    // comes within the limit, 20 minutes before it is due.
    const QDateTime now = m_now.toUTC();
    CardSchedule soon;
    soon.state = CardState::Learning;
    soon.due = now.addSecs(10 * 60);
    CardSchedule later = soon;
    later.state = CardState::Relearning;
    later.due = now.addSecs(40 * 60);
    const QHash<QString, CardSchedule> schedules { { QStringLiteral("soon"), soon }, { QStringLiteral("later"), later } };
    const StudyQueue queue({ QStringLiteral("later"), QStringLiteral("soon") }, schedules, now, StudyDay(), 0);
    QCOMPARE(queue.counts(), (StudyCounts { 0, 1, 0 }));
    const std::optional<StudyQueue::Pick> pick = queue.next();
    QVERIFY(pick);
    QCOMPARE(pick->cardId, QStringLiteral("soon"));
    QVERIFY(pick->early());
    // The outlook counts both: each is a learning card still to come today.
    QCOMPARE(queue.outlook().learningLaterToday, 2);
    QCOMPARE(queue.outlook().nextLearning, soon.due);
    // Next change: the first card coming due (10 min) is sooner than the second coming within
    // the limit (20 min).
    QCOMPARE(queue.nextChange(), soon.due);
    const StudyQueue laterOnly({ QStringLiteral("later") }, schedules, now, StudyDay(), 0);
    QCOMPARE(laterOnly.counts().total(), 0);
    QVERIFY(!laterOnly.next());
    QCOMPARE(laterOnly.nextChange(), later.due.addSecs(-StudyQueue::learnAheadSeconds));
    // A learning card due this very second is due, not early: it comes before a new card.
    CardSchedule dueNow = soon;
    dueNow.due = now;
    const StudyQueue withNew({ QStringLiteral("fresh"), QStringLiteral("due") }, { { QStringLiteral("due"), dueNow } },
                             now, StudyDay(), 1);
    const std::optional<StudyQueue::Pick> first = withNew.next();
    QVERIFY(first);
    QCOMPARE(first->cardId, QStringLiteral("due"));
    QVERIFY(!first->early());
}

void TestStudySession::practiceOfALearningCardDueWithinTheLimitCounts()
{
    // A learning card due within the learn-ahead limit is what a review would ask now anyway:
    // practising it is real study, and it is logged. One due beyond the limit is cramming.
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    StudyRound &round = m_session->round();
    m_session->practise(first);
    const QString card = round.currentCardId();
    CardSchedule learning = m_session->progress().schedule(card);
    learning.state = CardState::Learning;
    learning.due = m_now.addSecs(5 * 60).toUTC();
    QVERIFY(m_store->recordReview(card, CardState::New, learning, Rating::Again, m_now));
    m_session->practise(first);
    QCOMPARE(round.currentCardId(), card);
    QVERIFY(!round.isCram());
    const int logged = m_store->reviewLog().size();
    grade(Rating::Good);
    QCOMPARE(m_store->reviewLog().size(), logged + 1);

    learning.due = m_now.addSecs(30 * 60).toUTC();
    QVERIFY(m_store->recordReview(card, CardState::Learning, learning, Rating::Again, m_now));
    m_session->practise(first);
    QCOMPARE(round.currentCardId(), card);
    QVERIFY(round.isCram());
}

void TestStudySession::justAnsweredCardIsShownAgainWhenNothingElseIsLeft()
{
    // The card just answered is held back only while another one is available: when it is the
    // only one left (within the learn-ahead limit), it comes straight back, early.
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    m_session->review(first);
    StudyRound &round = m_session->round();
    grade(Rating::Easy);
    const QString last = round.currentCardId();
    grade(Rating::Again);
    QVERIFY(!round.isDone());
    QCOMPARE(round.currentCardId(), last);
    QVERIFY(round.isEarly());
}

void TestStudySession::ownCardsAreStudiedLikeTheGuidesCards()
{
    const Guide *guide = m_session->guide();
    const Topic *first = guide->topic(QStringLiteral("basics/first"));
    QVERIFY(first);
    QCOMPARE(m_session->counts(first), (StudyCounts { 2, 0, 0 }));
    QSignalSpy changed(m_session.get(), &StudySession::cardsChanged);
    QString id;
    const StudySession::Outcome made
        = m_session->addOwnCard(first, QStringLiteral("What is three?"), QStringLiteral("Two plus one."), &id);
    QVERIFY2(made.ok, qPrintable(made.message));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_session->isOwnCard(id));
    QVERIFY(!m_session->isOwnCard(QStringLiteral("one")));
    QVERIFY(!m_session->isOrphanedCard(id));
    // One of the topic's cards now, counted and reviewed with the others.
    QCOMPARE(guide->card(id)->topicId, QStringLiteral("basics/first"));
    QVERIFY(m_session->cardIdsUnder(first).contains(id));
    QCOMPARE(m_session->counts(first), (StudyCounts { 3, 0, 0 }));
    QCOMPARE(m_session->counts(guide->topic(QStringLiteral("basics"))).newCards, 4);
    QCOMPARE(m_session->progress().node(first).cards, 3);
    m_session->review(first);
    StudyRound &round = m_session->round();
    QStringList asked;
    while (!round.currentCardId().isEmpty() && round.currentSource() == StudyQueue::Source::New) {
        asked << round.currentCardId();
        grade(Rating::Easy);
    }
    QVERIFY(asked.contains(id));
    // Scheduled by FSRS as any card: Easy on a new card goes straight to review, days away.
    const auto schedule = m_store->cardSchedule(id);
    QVERIFY(schedule.has_value());
    QCOMPARE(schedule->state, CardState::Review);
    QVERIFY(schedule->memory.has_value());
    QVERIFY(m_now.daysTo(schedule->due) >= 1);

    // Edited: the text changes, the schedule stays.
    QVERIFY(m_session->editOwnCard(id, QStringLiteral("What is 3?"), QStringLiteral("2 + 1")).ok);
    QCOMPARE(guide->card(id)->prompt, QStringLiteral("What is 3?"));
    QCOMPARE(guide->card(id)->answer, QStringLiteral("2 + 1"));
    QCOMPARE(m_store->cardSchedule(id)->reps, schedule->reps);
    QVERIFY(!m_session->editOwnCard(QStringLiteral("one"), QStringLiteral("x"), QString()).ok); // the guide's
    QVERIFY(!m_session->editOwnCard(id, QStringLiteral("  "), QString()).ok);
    QVERIFY(!m_session->addOwnCard(first, QString(), QStringLiteral("no prompt")).ok);

    // Kept in the store, not in the guide folder: the next load joins it again.
    load(m_guide->path());
    QCOMPARE(m_session->guide()->card(id)->prompt, QStringLiteral("What is 3?"));
    QCOMPARE(m_session->counts(m_session->guide()->topic(QStringLiteral("basics/first"))).newCards, 0);
}

void TestStudySession::deletedOwnCardLeavesTheRoundAndKeepsItsHistory()
{
    const Topic *first = m_session->guide()->topic(QStringLiteral("basics/first"));
    QString id;
    QString other;
    QVERIFY(m_session->addOwnCard(first, QStringLiteral("Mine?"), QStringLiteral("Yes."), &id).ok);
    QVERIFY(m_session->addOwnCard(first, QStringLiteral("Also mine?"), QStringLiteral("Yes."), &other).ok);
    m_session->practise(first);
    StudyRound &round = m_session->round();
    QCOMPARE(round.size(), 4);
    while (round.currentCardId() != id)
        round.next();
    grade(Rating::Good);
    QCOMPARE(m_store->reviewLog().size(), 1);
    round.previous(); // back to the graded card
    QCOMPARE(round.currentCardId(), id);
    QVERIFY(!m_session->removeOwnCard(QStringLiteral("one")).ok); // the guide's cards live in its files
    QVERIFY(m_session->toggleBookmark(ItemKind::Card, id).ok);
    const StudySession::Outcome removed = m_session->removeOwnCard(id);
    QVERIFY2(removed.ok, qPrintable(removed.message));
    QVERIFY(!m_session->guide()->card(id));
    QVERIFY(!m_session->cardIdsUnder(first).contains(id));
    // The round goes on without it, at the card that came after it.
    QCOMPARE(round.size(), 3);
    QCOMPARE(round.currentCardId(), other);
    QCOMPARE(m_session->counts(first).newCards, 3);
    // Its history stays, as for any card that leaves the guide.
    QVERIFY(m_store->cardSchedule(id).has_value());
    QCOMPARE(m_store->reviewLog().size(), 1);
    QCOMPARE(m_store->reviewLog().constFirst().cardId, id);
    QVERIFY(m_session->bookmarks().isEmpty()); // a bookmark would lead nowhere

    // A review that is asking the card goes on to the next one.
    m_session->review(first);
    for (int i = 0; i < 5 && round.currentCardId() != other; ++i)
        grade(Rating::Easy);
    QCOMPARE(round.currentCardId(), other);
    QVERIFY(m_session->removeOwnCard(other).ok);
    QVERIFY(round.currentCardId() != other);
}

void TestStudySession::ownCardOfADeletedTopicIsKeptUnderTheRoot()
{
    const Topic *deep = m_session->guide()->topic(QStringLiteral("advanced/deep"));
    QVERIFY(deep);
    QString id;
    QVERIFY(m_session->addOwnCard(deep, QStringLiteral("How deep?"), QStringLiteral("Very."), &id).ok);
    QFile::remove(m_guide->path() + QStringLiteral("/02-advanced/01-deep.md"));
    load(m_guide->path());
    const Guide *guide = m_session->guide();
    QVERIFY(!guide->topic(QStringLiteral("advanced/deep")));
    QVERIFY(guide->card(id));
    QVERIFY(m_session->isOrphanedCard(id));
    QVERIFY(m_session->cardIdsUnder(nullptr).contains(id)); // the whole guide's review asks it
    m_session->practise(guide->root());
    QCOMPARE(m_session->round().size(), 1);
    QCOMPARE(m_session->round().currentCardId(), id);
    // Edited while orphaned, it still remembers its topic, and goes back when the topic does.
    QVERIFY(m_session->editOwnCard(id, QStringLiteral("How deep is it?"), QStringLiteral("Very.")).ok);
    m_guide->write(QStringLiteral("02-advanced/01-deep.md"), "# Deep\n\nDeep text, back again.\n");
    load(m_guide->path());
    QCOMPARE(m_session->guide()->card(id)->topicId, QStringLiteral("advanced/deep"));
    QCOMPARE(m_session->guide()->card(id)->prompt, QStringLiteral("How deep is it?"));
    QVERIFY(!m_session->isOrphanedCard(id));
}

QTEST_GUILESS_MAIN(TestStudySession)
#include "tst_studysession.moc"
