// The study loop driven as a user would: keys and clicks on the real main window.

#include "AppSettings.h"
#include "BookmarksPanel.h"
#include "CardPanel.h"
#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "ItemDataRoles.h"
#include "MainWindow.h"
#include "StudySession.h"
#include "NotesEditor.h"
#include "ProgressStore.h"
#include "ProgressView.h"
#include "SchedulerSettingsDialog.h"
#include "StudyProgress.h"
#include "StudyRound.h"
#include "TopicReader.h"
#include "WindowFixture.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

class TestStudyLoop : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gradesCardsByKeyboard();
    void answersStayHiddenInTheReaderUntilAsked();
    void reviewSessionWalksDueCards();
    void bookmarkWithCtrlDAndFindItInThePanel();
    void bookmarkedOnlyFilterShowsBranches();
    void statusChangesParentPercent();
    void openingATopicMarksItReading();
    void notesAreSavedAsYouType();
    void progressViewShowsFigures();
    void readOnlyStoreSaysWhyAndKeepsGuideUsable();
    void schedulerSettingsChangeIntervals();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }
    QModelIndex sourceIndex(const QString &id) const;
    std::unique_ptr<WindowFixture> m_fixture;
    QTemporaryDir *m_dir = nullptr;
    GuideFixture *m_guide = nullptr;
    AppSettings *m_settings = nullptr;
    ProgressStore *m_store = nullptr;
    StudySession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestStudyLoop::init()
{
    m_fixture = std::make_unique<WindowFixture>();
    QVERIFY(m_fixture->open());
    QVERIFY(m_fixture->show());
    m_dir = m_fixture->dir.get();
    m_guide = m_fixture->guide.get();
    m_settings = m_fixture->settings.get();
    m_store = m_fixture->store.get();
    m_session = m_fixture->session.get();
    m_window = m_fixture->window.get();
}

void TestStudyLoop::cleanup()
{
    m_fixture.reset();
}

QModelIndex TestStudyLoop::sourceIndex(const QString &id) const
{
    QTreeView *tree = m_window->treeView();
    std::function<QModelIndex(const QModelIndex &)> find = [&](const QModelIndex &parent) -> QModelIndex {
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, parent);
            if (i.data(ItemDataRole::TopicId).toString() == id)
                return i;
            const QModelIndex deeper = find(i);
            if (deeper.isValid())
                return deeper;
        }
        return QModelIndex();
    };
    return find(QModelIndex());
}

void TestStudyLoop::gradesCardsByKeyboard()
{
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    CardPanel *panel = m_window->cardPanel();
    QCOMPARE(m_window->session().round().size(), 2);
    QCOMPARE(m_window->session().round().currentCardId(), QStringLiteral("one"));
    panel->setFocus();
    QVERIFY(!m_window->session().round().isRevealed());
    QTest::keyClick(panel, Qt::Key_3); // grading before the answer is shown does nothing
    QVERIFY(!m_store->cardSchedule(QStringLiteral("one")));
    QTest::keyClick(panel, Qt::Key_Space);
    QVERIFY(m_window->session().round().isRevealed());
    QVERIFY(panel->findChild<QTextBrowser *>(QStringLiteral("cardAnswer"))->toPlainText().contains(QStringLiteral("after zero")));
    // Each button shows the interval its rating gives: Again 1m, Good 10m for a new card.
    QVERIFY2(panel->gradeButton(1)->text().contains(QStringLiteral("1m")), qPrintable(panel->gradeButton(1)->text()));
    QVERIFY2(panel->gradeButton(3)->text().contains(QStringLiteral("10m")), qPrintable(panel->gradeButton(3)->text()));
    QVERIFY2(panel->gradeButton(4)->text().contains(QStringLiteral("d")), qPrintable(panel->gradeButton(4)->text()));
    QTest::keyClick(panel, Qt::Key_4);
    const auto easy = m_store->cardSchedule(QStringLiteral("one"));
    QVERIFY(easy);
    QCOMPARE(easy->state, CardState::Review);
    QCOMPARE(m_window->session().round().currentCardId(), QStringLiteral("basics/first/what-is-two"));
    QTest::keyClick(panel, Qt::Key_Space);
    QTest::keyClick(panel, Qt::Key_1);
    QCOMPARE(m_store->cardSchedule(QStringLiteral("basics/first/what-is-two"))->state, CardState::Learning);
    QCOMPARE(m_store->reviewLog().size(), 2);
    QCOMPARE(m_store->reviewLog().at(0).rating, Rating::Easy);
}

void TestStudyLoop::answersStayHiddenInTheReaderUntilAsked()
{
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    TopicReader *reader = m_window->reader();
    // The card panel asks "What is one?"; its answer is nowhere on screen.
    QCOMPARE(m_window->session().round().currentCardId(), QStringLiteral("one"));
    QVERIFY(reader->toPlainText().contains(QStringLiteral("What is one?")));
    QVERIFY(!reader->toPlainText().contains(QStringLiteral("after zero")));
    QVERIFY(!m_window->cardPanel()->findChild<QTextBrowser *>(QStringLiteral("cardAnswer"))->isVisible());
    // Show answer in the page opens that one answer only.
    emit reader->anchorClicked(QUrl(QStringLiteral("answer:0")));
    QVERIFY(reader->toPlainText().contains(QStringLiteral("after zero")));
    QVERIFY(!reader->toPlainText().contains(QStringLiteral("One more than one")));
    // Reading mode (View > Show Answers in the Page) shows them all, and is remembered.
    m_window->action(QStringLiteral("showAnswers"))->trigger();
    QVERIFY(reader->toPlainText().contains(QStringLiteral("One more than one")));
    QVERIFY(m_settings->showAnswersInPage());
    m_window->action(QStringLiteral("showAnswers"))->trigger();
    QVERIFY(!reader->toPlainText().contains(QStringLiteral("One more than one")));
}

void TestStudyLoop::reviewSessionWalksDueCards()
{
    QVERIFY(m_window->selectTopic(QStringLiteral("basics")));
    m_window->action(QStringLiteral("review"))->trigger();
    StudyRound &deck = m_window->session().round();
    QCOMPARE(deck.kind(), StudyRound::Kind::Review);
    QCOMPARE(deck.counts().newCards, 3); // three new cards under Basics
    QVERIFY(m_window->action(QStringLiteral("review"))->text().contains(QStringLiteral("3 new")));
    // The toolbar shows the same live counts, not a fixed name.
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolbar"));
    auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_window->action(QStringLiteral("review"))));
    QVERIFY2(button->text().contains(QStringLiteral("3 new")), qPrintable(button->text()));
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(m_window->cardPanel(), Qt::Key_Space);
        QTest::keyClick(m_window->cardPanel(), Qt::Key_4); // Easy graduates at once
    }
    QVERIFY(deck.isDone());
    QVERIFY(m_window->cardPanel()->findChild<QLabel *>(QStringLiteral("cardEmpty"))->text().contains(QStringLiteral("Congratulations")));
    QCOMPARE(m_window->session().progress().overall().learnedCards, 3);
}

void TestStudyLoop::bookmarkWithCtrlDAndFindItInThePanel()
{
    QVERIFY(m_window->selectTopic(QStringLiteral("advanced/deep")));
    m_window->treeView()->setFocus();
    QTest::keyClick(m_window->treeView(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_store->bookmark(ItemKind::Topic, QStringLiteral("advanced/deep")));
    QVERIFY(sourceIndex(QStringLiteral("advanced/deep")).data(ItemDataRole::Bookmarked).toBool());
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));

    QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier);
    BookmarksPanel *panel = m_window->bookmarksPanel();
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(panel->filterEdit()->hasFocus());
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("dee"));
    QCOMPARE(panel->listView()->model()->rowCount(), 1);
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("zzz"));
    QCOMPARE(panel->listView()->model()->rowCount(), 0);
    panel->filterEdit()->clear();
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("Deep"));
    QTest::keyClick(panel->filterEdit(), Qt::Key_Return);
    QCOMPARE(m_window->currentTopic()->id, QStringLiteral("advanced/deep"));

    // A second Ctrl+D removes it.
    m_window->treeView()->setFocus();
    QTest::keyClick(m_window->treeView(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!m_store->bookmark(ItemKind::Topic, QStringLiteral("advanced/deep")));
    QCOMPARE(panel->listView()->model()->rowCount(), 0);
}

void TestStudyLoop::bookmarkedOnlyFilterShowsBranches()
{
    m_store->setBookmark(ItemKind::Topic, QStringLiteral("basics/second"), QStringLiteral("revisit"));
    m_window->action(QStringLiteral("bookmarkedOnly"))->trigger();
    QAbstractItemModel *model = m_window->treeView()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(ItemDataRole::TopicId).toString(), QStringLiteral("basics"));
    QCOMPARE(model->rowCount(model->index(0, 0)), 1);
    m_window->action(QStringLiteral("bookmarkedOnly"))->trigger();
    QCOMPARE(model->rowCount(), 3);
}

void TestStudyLoop::statusChangesParentPercent()
{
    QVERIFY(m_window->selectTopic(QStringLiteral("advanced/deep")));
    QTRY_COMPARE_WITH_TIMEOUT(sourceIndex(QStringLiteral("advanced")).data(ItemDataRole::Percent).toInt(), 50,
                              MainWindow::readingDelayMs + 3000); // staying on it marked it as being read
    m_window->treeView()->setFocus();
    QTest::keyClick(m_window->treeView(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_store->topicStatus(QStringLiteral("advanced/deep")), TopicStatus::Done);
    QCOMPARE(sourceIndex(QStringLiteral("advanced")).data(ItemDataRole::Percent).toInt(), 100);
    QCOMPARE(sourceIndex(QStringLiteral("advanced")).data(ItemDataRole::Status).toInt(), int(TopicStatus::Done));
    QTest::keyClick(m_window->treeView(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(sourceIndex(QStringLiteral("advanced")).data(ItemDataRole::Percent).toInt(), 0);
}

void TestStudyLoop::openingATopicMarksItReading()
{
    // Arrowing past a topic does not count as reading it.
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/second")));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->topicStatus(QStringLiteral("basics/second")), TopicStatus::Reading,
                              MainWindow::readingDelayMs + 3000);
    QCOMPARE(m_store->topicStatus(QStringLiteral("basics/first")), TopicStatus::NotStarted);
    QCOMPARE(sourceIndex(QStringLiteral("basics")).data(ItemDataRole::Percent).toInt(), 25);
}

void TestStudyLoop::notesAreSavedAsYouType()
{
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    NotesEditor *notes = m_window->notesEditor();
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral("Remember the output block."));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->note(QStringLiteral("basics/first")), QStringLiteral("Remember the output block."), 5000);
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" More."));
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/second"))); // switching saves at once
    QCOMPARE(m_store->note(QStringLiteral("basics/first")), QStringLiteral("Remember the output block. More."));
    QVERIFY(notes->toPlainText().isEmpty());
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Remember the output block. More."));
    // Typing and closing at once, before the delay runs out, still saves.
    notes->moveCursor(QTextCursor::End);
    QTest::keyClicks(notes, QStringLiteral(" Last words."));
    m_window->close();
    QCOMPARE(m_store->note(QStringLiteral("basics/first")), QStringLiteral("Remember the output block. More. Last words."));
}

void TestStudyLoop::progressViewShowsFigures()
{
    m_store->setTopicStatus(QStringLiteral("basics/first"), TopicStatus::Done);
    // Built when first opened, not with the window.
    QVERIFY(!m_window->findChild<ProgressView *>());
    QTest::keyClick(m_window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto *view = m_window->findChild<ProgressView *>();
    QVERIFY(view);
    QCOMPARE(view, m_window->progressView());
    QTRY_VERIFY(view->isVisible());
    QStandardItemModel *table = view->categoryModel();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Basics"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("50%"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("not yet reviewed"));
    QVERIFY(view->summaryText().contains(QStringLiteral("0 of 3 cards learned")));
    // The chart comes from its plugin, loaded now: it is there, not a note that it is missing.
    const auto *missing = view->findChild<QLabel *>(QStringLiteral("chartUnavailable"));
    QVERIFY2(!missing, missing ? qPrintable(missing->text()) : "");
    QVERIFY(view->findChild<QWidget *>(QStringLiteral("reviewsChart")));
}

void TestStudyLoop::readOnlyStoreSaysWhyAndKeepsGuideUsable()
{
    ProgressStore second;
    QCOMPARE(second.open(storePath()), ProgressStore::Mode::ReadOnly);
    AppSettings settings(m_dir->filePath(QStringLiteral("second.ini")));
    StudySession secondSession(second);
    MainWindow window(settings, secondSession);
    window.setGuide(GuideLoader().load(m_guide->path()).guide);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QLabel *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("read-only")));
    QVERIFY(window.selectTopic(QStringLiteral("basics/first")));
    QVERIFY(window.notesEditor()->isReadOnly());
    QCOMPARE(m_store->topicStatus(QStringLiteral("basics/first")), TopicStatus::NotStarted);
}

void TestStudyLoop::schedulerSettingsChangeIntervals()
{
    // A card in review, last seen 5 days ago, with a stability of 20 days.
    CardSchedule s;
    s.state = CardState::Review;
    s.memory = MemoryState { 20.0, 5.0 };
    s.lastReview = QDateTime::currentDateTimeUtc().addDays(-5);
    s.due = s.lastReview.addDays(20);
    s.reps = 3;
    QVERIFY(m_store->recordReview(QStringLiteral("one"), CardState::Review, s, Rating::Good, s.lastReview));
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    m_window->session().round().reveal();
    const qint64 before = m_window->session().round().outcomesAt().secsTo(m_window->session().round().outcomes()[2].due);

    m_window->action(QStringLiteral("schedulerSettings"))->trigger();
    SchedulerSettingsDialog *dialog = m_window->schedulerSettingsDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *retention = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("retention"));
    QCOMPARE(retention->value(), 0.9);
    retention->setValue(0.97);
    auto *dayStart = dialog->findChild<QSpinBox *>(QStringLiteral("dayStart"));
    QCOMPARE(dayStart->value(), 4);
    dayStart->setValue(2);
    dialog->accept();
    QCOMPARE(m_settings->schedulerParameters().desiredRetention, 0.97);
    QCOMPARE(m_settings->dayStartHour(), 2);
    QCOMPARE(m_window->session().progress().studyDay().rolloverHour(), 2);
    QVERIFY(m_window->session().round().isRevealed());
    const qint64 after = m_window->session().round().outcomesAt().secsTo(m_window->session().round().outcomes()[2].due);
    QVERIFY2(after < before / 2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
}

QTEST_MAIN(TestStudyLoop)
#include "tst_studyloop.moc"
