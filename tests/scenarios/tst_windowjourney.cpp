// Whole journeys through the real window, driven by keys on a fake clock: a chapter review to
// its end, a learning card that comes back while the window sits idle, the next day's reviews
// appearing on their own, and every view of the window at 900x600.

#include "AppSettings.h"
#include "CardPanel.h"
#include "FindBar.h"
#include "FsrsParameters.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "MainWindow.h"
#include "ProgressStore.h"
#include "ProgressView.h"
#include "StudyProgress.h"
#include "StudyRound.h"
#include "StudySession.h"
#include "TopicReader.h"
#include "WindowFixture.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

class TestWindowJourney : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chapterReviewRunsToItsEndWhileTheClockMoves();
    void everyViewIsUsableAt900x600();
    void toolbarCountsFollowTheSelectedTopicAtOnce();
    void statusBarCountsOutlastAStatusTip();

private:
    QString toolbarReviewText() const;
    QString cardPanelText(const char *name) const;
    QString statusCounts() const;
    void answer(int rating);

    QDateTime m_now;
    std::unique_ptr<WindowFixture> m_fixture;
    StudySession *m_session = nullptr;
    ProgressStore *m_store = nullptr;
    MainWindow *m_window = nullptr;
};

void TestWindowJourney::init()
{
    m_now = QDateTime(QDate(2026, 3, 10), QTime(9, 0));
    m_fixture = std::make_unique<WindowFixture>();
    QVERIFY(m_fixture->open([this] { return m_now; }));
    QVERIFY(m_fixture->show(QSize(1366, 768)));
    m_session = m_fixture->session.get();
    m_store = m_fixture->store.get();
    m_window = m_fixture->window.get();
}

void TestWindowJourney::cleanup()
{
    m_fixture.reset();
}

QString TestWindowJourney::toolbarReviewText() const
{
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_window->action(QStringLiteral("review"))));
    return button ? button->text() : QString();
}

QString TestWindowJourney::cardPanelText(const char *name) const
{
    auto *label = m_window->cardPanel()->findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisible() ? label->text() : QString();
}

QString TestWindowJourney::statusCounts() const
{
    auto *label = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("statusCounts"));
    return label && label->isVisible() ? label->text() : QString();
}

void TestWindowJourney::answer(int rating)
{
    CardPanel *panel = m_window->cardPanel();
    QTest::keyClick(panel, Qt::Key_Space);
    QVERIFY2(m_session->round().isRevealed(), qPrintable(m_session->round().currentCardId()));
    QTest::keyClick(panel, Qt::Key(Qt::Key_0 + rating));
}

void TestWindowJourney::chapterReviewRunsToItsEndWhileTheClockMoves()
{
    // Learning steps of 1 minute and 1 hour: the hour is past the 20-minute learn-ahead limit,
    // so the round ends with a card still to come, as it does in Anki with such steps.
    FsrsParameters parameters;
    parameters.learningStepsSeconds = { 60, 3600 };
    m_session->setSchedulerParameters(parameters);
    m_session->setPollInterval(20);

    QVERIFY(m_window->selectTopic(QStringLiteral("basics")));
    m_window->treeView()->setFocus();
    QTest::keyClick(m_window->treeView(), Qt::Key_R, Qt::ControlModifier);
    const StudyRound &round = m_session->round();
    QCOMPARE(round.kind(), StudyRound::Kind::Review);
    QVERIFY2(toolbarReviewText().contains(QStringLiteral("3 new")), qPrintable(toolbarReviewText()));

    // Good on a new card: the one-hour step. The counts move at once, the same everywhere.
    const QString first = round.currentCardId();
    answer(3);
    answer(3);
    QVERIFY(round.currentCardId() != first);
    answer(4);
    // Nothing is left to study now: the cards in learning are an hour away, beyond the 20
    // minutes a learning card may come early, so they are not counted (as in Anki).
    QCOMPARE(toolbarReviewText(), QStringLiteral("Review"));

    // Two cards wait in learning, an hour away: the round is over for now and says when the
    // next one is ready (an hour less the 20 minutes it may come early).
    QTRY_VERIFY(round.isDone());
    const QString done = cardPanelText("cardEmpty");
    QVERIFY2(done.contains(QStringLiteral("Congratulations")), qPrintable(done));
    QVERIFY2(done.contains(QStringLiteral("40 minutes")), qPrintable(done));

    // The window sits idle for 41 minutes: the first card comes back on its own, marked early.
    m_now = m_now.addSecs(41 * 60);
    QTRY_VERIFY(!round.isDone());
    QCOMPARE(round.currentCardId(), first);
    QTRY_VERIFY2(cardPanelText("cardNotice").contains(QStringLiteral("Shown early")), qPrintable(cardPanelText("cardNotice")));
    QVERIFY(m_window->cardPanel()->findChild<QTextBrowser *>(QStringLiteral("cardPrompt"))->isVisible());

    // Twenty minutes on it is due, and the note goes without a key pressed.
    m_now = m_now.addSecs(20 * 60);
    QTRY_VERIFY(cardPanelText("cardNotice").isEmpty());
    answer(3); // graduates
    answer(3); // the second one too, now due as well
    QTRY_VERIFY(round.isDone());
    const QString finished = cardPanelText("cardEmpty");
    QVERIFY2(finished.contains(QStringLiteral("Congratulations")), qPrintable(finished));
    QVERIFY2(finished.contains(QStringLiteral("The next card is due")), qPrintable(finished));
    QCOMPARE(m_session->progress().overall().learnedCards, 3);
    QCOMPARE(toolbarReviewText(), m_window->action(QStringLiteral("review"))->text());
    QVERIFY2(!toolbarReviewText().contains(QStringLiteral("learning")), qPrintable(toolbarReviewText()));
    QVERIFY2(statusCounts().contains(QStringLiteral("3 of 3 cards learned")), qPrintable(statusCounts()));

    // Days later, with the window left open, the due reviews show up in the toolbar by themselves.
    QDateTime nextDue;
    for (const QString &id : m_session->cardIdsUnder(m_session->guide()->topic(QStringLiteral("basics")))) {
        const auto schedule = m_store->cardSchedule(id);
        QVERIFY(schedule);
        if (!nextDue.isValid() || schedule->due < nextDue)
            nextDue = schedule->due;
    }
    m_now = nextDue.addSecs(60);
    QTRY_VERIFY2(toolbarReviewText().contains(QStringLiteral("review")) && !toolbarReviewText().contains(QStringLiteral("0 review")),
                 qPrintable(toolbarReviewText()));
    QTest::keyClick(m_window->treeView(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(!round.isDone());
    QVERIFY(!round.isEarly());
    QVERIFY(m_session->round().currentDue() <= m_now);
}

void TestWindowJourney::everyViewIsUsableAt900x600()
{
    m_window->resize(900, 600);
    QTRY_COMPARE(m_window->width(), 900);
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("cardsDock"));
    QVERIFY(dock && dock->isVisible());
    const int dockWidth = dock->width();

    // Reader and cards: a revealed answer and a grade leave the reader a readable measure and
    // the dock its width.
    m_window->cardPanel()->setFocus();
    QTest::keyClick(m_window->cardPanel(), Qt::Key_Space);
    QTRY_COMPARE(dock->width(), dockWidth);
    QVERIFY2(m_window->reader()->width() >= MainWindow::readerMinimumWidth - 40,
             qPrintable(QString::number(m_window->reader()->width())));
    const auto fitsInWindow = [this](QWidget *widget) {
        const QRect inWindow(widget->mapTo(m_window, QPoint()), widget->size());
        return m_window->rect().contains(inWindow);
    };
    for (int rating = 1; rating <= 4; ++rating)
        QVERIFY2(fitsInWindow(m_window->cardPanel()->gradeButton(rating)), qPrintable(QString::number(rating)));
    QTest::keyClick(m_window->cardPanel(), Qt::Key_3);
    QTRY_COMPARE(dock->width(), dockWidth);

    // Progress: the tab shows its tables with more than a row in view.
    QTest::keyClick(m_window->treeView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ProgressView *progress = m_window->progressView();
    QTRY_VERIFY(progress->isVisible());
    QVERIFY(fitsInWindow(progress));
    for (QTableView *table : progress->findChildren<QTableView *>()) {
        if (!table->isVisible() || table->model()->rowCount() < 2)
            continue;
        QVERIFY2(table->viewport()->height() >= 2 * table->verticalHeader()->defaultSectionSize(),
                 qPrintable(table->objectName() + QStringLiteral(": ") + QString::number(table->viewport()->height())));
    }
    QTest::keyClick(m_window->treeView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

    // Bookmarks, search and find: each opens inside the window.
    QTest::keyClick(m_window->treeView(), Qt::Key_B, Qt::ControlModifier);
    auto *bookmarks = m_window->findChild<QDockWidget *>(QStringLiteral("bookmarksPanel"));
    QTRY_VERIFY(bookmarks && bookmarks->isVisible());
    QVERIFY(fitsInWindow(bookmarks));
    QVERIFY2(m_window->reader()->width() >= MainWindow::readerMinimumWidth - 40,
             qPrintable(QString::number(m_window->reader()->width())));
    bookmarks->hide();

    m_window->treeView()->setFocus();
    QTest::keyClick(m_window->treeView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->findBar() && m_window->findBar()->isVisible());
    QVERIFY(fitsInWindow(m_window->findBar()));
}

void TestWindowJourney::toolbarCountsFollowTheSelectedTopicAtOnce()
{
    // First Topic has two cards, Second Topic one: the toolbar says so as soon as each is
    // selected, not when something else happens later.
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    QVERIFY2(toolbarReviewText().contains(QStringLiteral("2 new")), qPrintable(toolbarReviewText()));
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/second")));
    QVERIFY2(toolbarReviewText().contains(QStringLiteral("1 new")), qPrintable(toolbarReviewText()));
    QVERIFY(m_window->selectTopic(QStringLiteral("advanced/deep")));
    QCOMPARE(toolbarReviewText(), QStringLiteral("Review"));
}

void TestWindowJourney::statusBarCountsOutlastAStatusTip()
{
    QVERIFY2(statusCounts().contains(QStringLiteral("cards learned")), qPrintable(statusCounts()));
    // The pointer passes over a menu item: its tip shows in the status bar, then goes; the
    // counts come back instead of leaving the bar empty.
    QStatusTipEvent tip(QStringLiteral("Find topics, cards and your notes as you type"));
    QCoreApplication::sendEvent(m_window, &tip);
    QCOMPARE(m_window->statusBar()->currentMessage(), tip.tip());
    QStatusTipEvent gone { QString() };
    QCoreApplication::sendEvent(m_window, &gone);
    QVERIFY2(statusCounts().contains(QStringLiteral("cards learned")), qPrintable(statusCounts()));
    // A passing message (a bookmark made) gives way to the counts too.
    m_window->statusBar()->showMessage(QStringLiteral("Bookmarked."), 10);
    QTRY_VERIFY2(statusCounts().contains(QStringLiteral("cards learned")), qPrintable(statusCounts()));
}

QTEST_MAIN(TestWindowJourney)
#include "tst_windowjourney.moc"
