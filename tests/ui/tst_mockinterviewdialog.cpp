// A mock interview taken with the keyboard alone on the bundled guide, from Ctrl+I to the
// history in the progress view.

#include "AppSettings.h"
#include "GuideLoader.h"
#include "MainWindow.h"
#include "StudySession.h"
#include "MockInterview.h"
#include "MockInterviewDialog.h"
#include "ProgressStore.h"
#include "ProgressView.h"
#include "Scheduler.h"
#include "StudyProgress.h"
#include "UtcDateTime.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QtTest>

namespace {

const QString guidePath = QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview");

} // namespace

class TestMockInterviewDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void interviewByKeyboardIsSavedAndShownInProgress();
    void escapeEndsEarlyKeepingGradedAnswers();
    void everyControlHasAnAccessibleName();

private:
    MockInterviewDialog *openDialog();
    // Keys go to whatever has focus, as they would for a user.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString &text);
    QWidget *currentPage(MockInterviewDialog *dialog) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudySession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now;
};

void TestMockInterviewDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = std::make_unique<ProgressStore>();
    QCOMPARE(
        m_store->open(m_dir->filePath(QStringLiteral("progress.sqlite"))), ProgressStore::Mode::ReadWrite);
    m_session = std::make_unique<StudySession>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_settings, *m_session);
    auto loaded = GuideLoader().load(guidePath);
    QVERIFY2(loaded.guide, qPrintable(loaded.error));
    m_window->setGuide(std::move(loaded.guide));
    m_now = UtcDateTime::at(QDate(2026, 3, 2), QTime(10, 0));
    m_window->session().setClock([this] { return m_now; });
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMockInterviewDialog::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_store.reset();
}

void TestMockInterviewDialog::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void TestMockInterviewDialog::type(const QString &text)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
}

QWidget *TestMockInterviewDialog::currentPage(MockInterviewDialog *dialog) const
{
    return dialog->findChild<QStackedWidget *>()->currentWidget();
}

MockInterviewDialog *TestMockInterviewDialog::openDialog()
{
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
    MockInterviewDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<MockInterviewDialog *>()) && dialog->isVisible()); }();
    if (!dialog)
        return nullptr;
    dialog->setSeed(1);
    // A window manager activates a new dialog; the offscreen platform leaves that to us.
    dialog->activateWindow();
    [&] { QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog)); }();
    return dialog;
}

void TestMockInterviewDialog::interviewByKeyboardIsSavedAndShownInProgress()
{
    MockInterviewDialog *dialog = openDialog();
    QVERIFY(dialog);
    QStandardItemModel *categories = dialog->categoryModel();
    QCOMPARE(categories->rowCount(), 7);
    QCOMPARE(categories->item(0)->text(), QStringLiteral("Python Basics"));
    QVERIFY(dialog->findChild<QListView *>(QStringLiteral("categoryList"))->hasFocus());

    // Keep only the first two categories: untick the other five with Down and Space.
    press(Qt::Key_Down);
    for (int row = 2; row < 7; ++row) {
        press(Qt::Key_Down);
        press(Qt::Key_Space);
    }
    for (int row = 0; row < 7; ++row)
        QCOMPARE(categories->item(row)->checkState(), row < 2 ? Qt::Checked : Qt::Unchecked);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("availableQuestions"))
                ->text()
                .contains(QStringLiteral("10 questions")));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("questionCount"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("3"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("minutesPerQuestion"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("1"));
    press(Qt::Key_Return);

    const MockInterview &interview = dialog->interview();
    QCOMPARE(interview.phase(), MockInterview::Phase::Asking);
    QCOMPARE(interview.count(), 3);
    QCOMPARE(interview.secondsPerQuestion(), 60);
    QCOMPARE(currentPage(dialog)->objectName(), QStringLiteral("questionPage"));
    auto *countdown = dialog->findChild<QLabel *>(QStringLiteral("countdown"));
    QCOMPARE(countdown->text(), QStringLiteral("1:00"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("questionHeader"))
                ->text()
                .startsWith(QStringLiteral("Question 1 of 3")));
    const QString firstPrompt
        = dialog->findChild<QTextBrowser *>(QStringLiteral("interviewQuestion"))->toPlainText();
    QVERIFY2(firstPrompt.contains(QLatin1Char('?')), qPrintable(firstPrompt));

    // Question 1: a grade key before the answer is shown does nothing; notes are typed.
    press(Qt::Key_3);
    QCOMPARE(interview.phase(), MockInterview::Phase::Asking);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("interviewNotes"));
    type(QStringLiteral("start with the one-line difference"));
    m_now = m_now.addSecs(20);
    QTRY_COMPARE(countdown->text(), QStringLiteral("0:40"));
    press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(interview.phase(), MockInterview::Phase::Revealed);
    QCOMPARE(currentPage(dialog)->objectName(), QStringLiteral("revealPage"));
    QVERIFY(!dialog->findChild<QTextBrowser *>(QStringLiteral("sampleAnswer"))
                 ->toPlainText()
                 .trimmed()
                 .isEmpty());
    auto *points = dialog->findChild<QListView *>(QStringLiteral("lookForList"));
    QVERIFY(points->hasFocus());
    QVERIFY2(points->model()->rowCount() >= 2, qPrintable(interview.currentCard()->id + QStringLiteral(": ")
                                                            + QString::number(points->model()->rowCount())));
    press(Qt::Key_Space);
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    QCOMPARE(interview.checkedPoints().count(true), 2);
    // Red flags are shown apart, never as points to tick.
    for (int row = 0; row < points->model()->rowCount(); ++row)
        QVERIFY(!points->model()->index(row, 0).data().toString().startsWith(QLatin1String("Red flag")));
    // Each grade button says the interval it gives, from the scheduler's preview. Longer
    // intervals carry the scheduler's random fuzz, so only Again's is compared exactly.
    const auto outcomes = m_window->session().progress().preview(interview.currentCard()->id, m_now);
    const QStringList names { QStringLiteral("Again"), QStringLiteral("Hard"), QStringLiteral("Good"),
        QStringLiteral("Easy") };
    for (int rating = 1; rating <= 4; ++rating) {
        const auto *grade = dialog->findChild<QPushButton *>(QStringLiteral("interviewGrade%1").arg(rating));
        QVERIFY(grade);
        const QRegularExpression shape(
            QStringLiteral("^%1 %2 · \\d+(\\.\\d)?(s|m|h|d|mo|y)$").arg(rating).arg(names.at(rating - 1)));
        QVERIFY2(shape.match(grade->text()).hasMatch(), qPrintable(grade->text()));
    }
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("interviewGrade1"))->text(),
        QStringLiteral("1 Again · ") + Scheduler::formatInterval(m_now.secsTo(outcomes[0].due)));
    press(Qt::Key_3);

    // Question 2: Space on the focused Reveal button, then Again.
    QCOMPARE(interview.position(), 1);
    QCOMPARE(currentPage(dialog)->objectName(), QStringLiteral("questionPage"));
    QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("interviewNotes"))->toPlainText().isEmpty());
    m_now = m_now.addSecs(5);
    press(Qt::Key_Space);
    QCOMPARE(interview.phase(), MockInterview::Phase::Revealed);
    press(Qt::Key_1);

    // Question 3: the time runs out and the answer shows by itself.
    QCOMPARE(interview.position(), 2);
    m_now = m_now.addSecs(61);
    QTRY_COMPARE(interview.phase(), MockInterview::Phase::Revealed);
    QVERIFY(interview.timedOut());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("revealHeader"))
                ->text()
                .contains(QStringLiteral("time is up")));
    press(Qt::Key_4);

    QCOMPARE(interview.phase(), MockInterview::Phase::Finished);
    QCOMPARE(currentPage(dialog)->objectName(), QStringLiteral("summaryPage"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryText"))
                ->text()
                .startsWith(QStringLiteral("Saved")));

    const QList<InterviewSession> history = m_store->interviewHistory();
    QCOMPARE(history.size(), 1);
    const InterviewSession &session = history.first();
    QCOMPARE(session.secondsPerQuestion, 60);
    QCOMPARE(session.answers.size(), 3);
    QCOMPARE(session.answers.at(0).secondsUsed, 20);
    QCOMPARE(session.answers.at(0).checkedPoints, 2);
    QCOMPARE(session.answers.at(0).notes, QStringLiteral("start with the one-line difference"));
    QCOMPARE(session.answers.at(0).rating, Rating::Good);
    QCOMPARE(session.answers.at(1).secondsUsed, 5);
    QCOMPARE(session.answers.at(1).rating, Rating::Again);
    QCOMPARE(session.answers.at(2).secondsUsed, 60);
    QVERIFY(session.answers.at(2).timedOut);
    QCOMPARE(session.answers.at(2).rating, Rating::Easy);
    const QStringList chosen { QStringLiteral("interview-questions/python-basics"),
        QStringLiteral("interview-questions/object-oriented-programming") };
    QSet<QString> categoriesAsked;
    for (const InterviewAnswer &a : session.answers) {
        QVERIFY2(chosen.contains(a.categoryId), qPrintable(a.categoryId));
        categoriesAsked.insert(a.categoryId);
        QVERIFY(m_store->cardSchedule(a.cardId)); // the grade reached the scheduler
    }
    const auto log = m_store->reviewLog();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.first().source, QStringLiteral("interview"));

    // The summary table: one row per category, and a total when there are several.
    QStandardItemModel *summary = dialog->summaryModel();
    QCOMPARE(summary->rowCount(), int(categoriesAsked.size()) + (categoriesAsked.size() > 1 ? 1 : 0));
    // The last row covers all three questions, whether it is the total or the only category.
    QCOMPARE(summary->item(summary->rowCount() - 1, 1)->text(), QStringLiteral("3"));
    // Each question scores the mean of its grade and its share of points covered: Good with
    // 2 points ticked, Again with none, Easy with none (time ran out before any was ticked).
    double expected = 0;
    const double gradeHalf[] = { 0, 0, 100.0 / 3, 200.0 / 3, 100 };
    for (const InterviewAnswer &a : session.answers) {
        QVERIFY(a.totalPoints > 0);
        expected += (gradeHalf[int(a.rating)] + 100.0 * a.checkedPoints / a.totalPoints) / 2 / 3;
    }
    QVERIFY(expected < 56); // below what the grades alone gave
    QCOMPARE(summary->item(summary->rowCount() - 1, 2)->text(), QStringLiteral("%1%").arg(qRound(expected)));
    // And per question: what was asked, its grade and points.
    QStandardItemModel *asked = dialog->questionModel();
    QCOMPARE(asked->rowCount(), 3);
    QCOMPARE(asked->item(0, 3)->text(), QStringLiteral("Good"));
    QCOMPARE(asked->item(0, 4)->text(), QStringLiteral("2 / %1").arg(session.answers.at(0).totalPoints));
    QCOMPARE(asked->item(1, 3)->text(), QStringLiteral("Again"));
    QCOMPARE(asked->item(2, 3)->text(), QStringLiteral("Easy (time ran out)"));
    QVERIFY(asked->item(0, 1)->text().contains(QLatin1Char('?')));
    QCOMPARE(
        summary->item(summary->rowCount() - 1, 4)->text(), QStringLiteral("1:25")); // 20 + 5 + 60 seconds

    press(Qt::Key_Return); // Close
    QTRY_VERIFY(!m_window->findChild<MockInterviewDialog *>());

    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ProgressView *view = m_window->progressView();
    QTRY_VERIFY(view->isVisible());
    QStandardItemModel *interviews = view->interviewModel();
    QCOMPARE(interviews->rowCount(), int(categoriesAsked.size()));
    int questions = 0;
    for (int row = 0; row < interviews->rowCount(); ++row) {
        QVERIFY(interviews->item(row, 1)->text() == QStringLiteral("Python Basics")
            || interviews->item(row, 1)->text() == QStringLiteral("Object-Oriented Programming"));
        questions += interviews->item(row, 2)->text().toInt();
    }
    QCOMPARE(questions, 3);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("interviewHistoryTitle"))
                ->text()
                .contains(QStringLiteral("1 interview")));
}

void TestMockInterviewDialog::escapeEndsEarlyKeepingGradedAnswers()
{
    MockInterviewDialog *dialog = openDialog();
    QVERIFY(dialog);
    press(Qt::Key_Return); // all categories, five questions, two minutes each
    const MockInterview &interview = dialog->interview();
    QCOMPARE(interview.count(), 5);
    QCOMPARE(interview.secondsPerQuestion(), 120);
    m_now = m_now.addSecs(30);
    press(Qt::Key_Space);
    press(Qt::Key_2);
    QCOMPARE(interview.position(), 1);
    press(Qt::Key_Escape);
    QCOMPARE(interview.phase(), MockInterview::Phase::Finished);
    QCOMPARE(currentPage(dialog)->objectName(), QStringLiteral("summaryPage"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_store->interviewHistory().size(), 1);
    QCOMPARE(m_store->interviewHistory().first().answers.size(), 1);
    // Hard with no point ticked: (33.3 + 0) / 2.
    QCOMPARE(dialog->summaryModel()->item(0, 2)->text(), QStringLiteral("17%"));
    // The question on screen when it ended was missed; the three after it were not reached.
    QStandardItemModel *questions = dialog->questionModel();
    QCOMPARE(questions->rowCount(), 5);
    QCOMPARE(questions->item(0, 3)->text(), QStringLiteral("Hard"));
    QVERIFY(questions->item(1, 3)->text().startsWith(QStringLiteral("missed")));
    for (int row = 2; row < 5; ++row)
        QCOMPARE(questions->item(row, 3)->text(), QStringLiteral("not reached"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<MockInterviewDialog *>());
}

void TestMockInterviewDialog::everyControlHasAnAccessibleName()
{
    MockInterviewDialog *dialog = openDialog();
    QVERIFY(dialog);
    int checked = 0;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (!w->focusPolicy() || qobject_cast<QStackedWidget *>(w)
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (!w->parentWidget() || w->parentWidget()->inherits("QAbstractScrollArea")
            || w->inherits("QScrollBar"))
            continue; // viewports and scroll bars belong to their view
        if (w->inherits("QLineEdit") && qobject_cast<QSpinBox *>(w->parentWidget()))
            continue; // a spin box's editor is named by the spin box
        QVERIFY2(!w->accessibleName().isEmpty(),
            qPrintable(QStringLiteral("%1 (%2)").arg(
                w->objectName(), QString::fromLatin1(w->metaObject()->className()))));
        ++checked;
    }
    QVERIFY2(checked >= 12, qPrintable(QString::number(checked))); // every page's controls were looked at
}

QTEST_MAIN(TestMockInterviewDialog)
#include "tst_mockinterviewdialog.moc"
