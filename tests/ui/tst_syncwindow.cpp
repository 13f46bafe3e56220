// Two windows, each with its own data folder, syncing through one shared folder as two
// computers would through Syncthing: a grade on one shows up in the other's counts, status bar
// and device list without anyone pressing a thing. And the Settings menu's sync commands.

#include "AppSettings.h"
#include "CardPanel.h"
#include "FileDialog.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "MainWindow.h"
#include "NotesEditor.h"
#include "BookmarksPanel.h"
#include "ProgressStore.h"
#include "ProgressView.h"
#include "StudyProgress.h"
#include "StudyRound.h"
#include "StudySession.h"
#include "SyncScheduler.h"

#include <QAbstractItemView>
#include <QListView>
#include <QAction>
#include <QLabel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

namespace {

SyncScheduler::Intervals quick()
{
    SyncScheduler::Intervals i;
    i.startMs = 0;
    i.debounceMs = 100;
    i.watchMs = 30;
    i.rescanMs = 1000;
    return i;
}

// One computer: its own data folder, progress file, settings and window.
struct Computer
{
    Computer(const QString &dataDir, const QString &syncFolder, const GuideFixture &guide)
        : settings(dataDir + QStringLiteral("/settings.ini"))
    {
        QDir().mkpath(dataDir);
        settings.setSyncFolder(syncFolder);
        store.open(dataDir + QStringLiteral("/progress.sqlite"));
        session = std::make_unique<StudySession>(store);
        session->sync().setIntervals(quick());
        window = std::make_unique<MainWindow>(settings, *session);
        window->setGuide(GuideLoader().load(guide.path()).guide);
        window->show();
    }

    QString syncStatus() const
    {
        auto *label = window->statusBar()->findChild<QLabel *>(QStringLiteral("syncStatus"));
        return label && label->isVisible() ? label->text() : QString();
    }

    AppSettings settings;
    ProgressStore store;
    std::unique_ptr<StudySession> session;
    std::unique_ptr<MainWindow> window;
};

// A laptop and a desktop sharing one sync folder, both windows shown.
struct TwoComputers
{
    TwoComputers()
        : shared(makeShared(dir))
        , laptop(dir.filePath(QStringLiteral("laptop")), shared, sample(guide))
        , desktop(dir.filePath(QStringLiteral("desktop")), shared, guide)
    {
    }
    // Both windows on screen and the first pass of each run.
    bool started()
    {
        return QTest::qWaitForWindowExposed(laptop.window.get()) && QTest::qWaitForWindowExposed(desktop.window.get())
            && QTest::qWaitFor([this] { return laptop.session->sync().hasRun() && desktop.session->sync().hasRun(); });
    }

    QTemporaryDir dir;
    GuideFixture guide;
    QString shared;
    Computer laptop;
    Computer desktop;

private:
    static QString makeShared(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("Sync"));
        QDir().mkpath(path);
        return path;
    }
    static const GuideFixture &sample(const GuideFixture &guide)
    {
        guide.writeSample();
        return guide;
    }
};

} // namespace

class TestSyncWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aGradeOnOneComputerReachesTheOther();
    void settingsMenuChoosesAndForgetsTheFolder();
    void aMergeReachesNotesBookmarksAndSettings();
};

void TestSyncWindow::aGradeOnOneComputerReachesTheOther()
{
    TwoComputers two;
    Computer &laptop = two.laptop;
    Computer &desktop = two.desktop;
    // Both pass once at start; each then has seen the other's (empty) journal or will at once.
    QVERIFY(two.started());
    QTRY_VERIFY2(desktop.syncStatus().startsWith(QStringLiteral("Synced ")), qPrintable(desktop.syncStatus()));
    const StudyCounts before = desktop.session->counts();
    QVERIFY(before.newCards >= 2);
    QVERIFY(desktop.store.reviewLog().isEmpty());

    // On the laptop: grade the first card Good, by keyboard.
    QVERIFY(laptop.window->selectTopic(QStringLiteral("basics/first")));
    CardPanel *panel = laptop.window->cardPanel();
    laptop.window->activateWindow(); // the card keys are the window's shortcuts
    QVERIFY(QTest::qWaitForWindowActive(laptop.window.get()));
    panel->setFocus();
    QTest::keyClick(panel, Qt::Key_Space);
    QTest::keyClick(panel, Qt::Key_3);
    QCOMPARE(laptop.store.reviewLog().size(), 1);
    QVERIFY(laptop.session->sync().isPending()); // its pass waits for more grades

    // The laptop's pass writes its segment; the desktop's watcher (or rescan) merges it.
    QTRY_COMPARE_WITH_TIMEOUT(desktop.store.reviewLog().size(), 1, 10000);
    QTRY_VERIFY(desktop.session->counts() != before);
    QCOMPARE(desktop.session->counts().newCards, before.newCards - 1);
    QCOMPARE(desktop.session->counts().learning, 1);
    QVERIFY(desktop.session->progress().schedules().contains(QStringLiteral("one")));
    QTRY_VERIFY2(desktop.syncStatus().contains(QStringLiteral("· 1 other device")), qPrintable(desktop.syncStatus()));
    QVERIFY2(desktop.window->action(QStringLiteral("review"))->text().contains(QStringLiteral("1 learning")),
             qPrintable(desktop.window->action(QStringLiteral("review"))->text()));

    // The desktop's Progress view lists both computers, with the laptop's one review.
    ProgressView *view = desktop.window->progressView();
    desktop.window->findChild<QTabWidget *>(QStringLiteral("centralTabs"))->setCurrentWidget(
        desktop.window->findChild<QWidget *>(QStringLiteral("progressPane")));
    QTRY_VERIFY(view->isVisible());
    auto *devices = view->findChild<QWidget *>(QStringLiteral("syncDevices"));
    QVERIFY(devices && devices->isVisible());
    auto *table = view->findChild<QTableView *>(QStringLiteral("syncDevicesTable"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 2);
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, 0).data().toString() + QLatin1Char('|') + model->index(r, 3).data().toString();
    QVERIFY2(rows.filter(QStringLiteral("(this device)|0")).size() == 1, qPrintable(rows.join(QLatin1Char(','))));
    QVERIFY2(rows.filter(QRegularExpression(QStringLiteral("^(?!.*this device).*\\|1$"))).size() == 1,
             qPrintable(rows.join(QLatin1Char(','))));
    QCOMPARE(model->index(0, 1).data().toString().size() + model->index(1, 1).data().toString().size(), 16);

    // And back: a bookmark on the desktop reaches the laptop's bookmarks.
    QVERIFY(desktop.session->toggleBookmark(ItemKind::Topic, QStringLiteral("basics/second")).ok);
    QTRY_COMPARE_WITH_TIMEOUT(laptop.session->bookmarks().size(), 1, 10000);
    QVERIFY(laptop.session->progress().isBookmarked(ItemKind::Topic, QStringLiteral("basics/second")));
}

void TestSyncWindow::settingsMenuChoosesAndForgetsTheFolder()
{
    QTemporaryDir dir;
    GuideFixture guide;
    guide.writeSample();
    Computer computer(dir.filePath(QStringLiteral("data")), QString(), guide);
    MainWindow &window = *computer.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(computer.syncStatus().isEmpty());
    QVERIFY(!window.action(QStringLiteral("syncNow"))->isEnabled());

    // Cancelled: nothing changes.
    FileDialog::setNextFileName(QString());
    window.action(QStringLiteral("syncFolder"))->trigger();
    QVERIFY(computer.settings.syncFolder().isEmpty());
    QVERIFY(!computer.session->sync().isEnabled());

    const QString shared = dir.filePath(QStringLiteral("Sync"));
    QVERIFY(QDir().mkpath(shared));
    QVERIFY(computer.session->setStatus(computer.session->guide()->topic(QStringLiteral("basics/first")), TopicStatus::Done));
    FileDialog::setNextFileName(shared);
    window.action(QStringLiteral("syncFolder"))->trigger();
    QVERIFY(!FileDialog::hasPendingAnswers());
    QCOMPARE(computer.settings.syncFolder(), shared);
    QCOMPARE(AppSettings(dir.filePath(QStringLiteral("data/settings.ini"))).syncFolder(), shared);
    QVERIFY(window.action(QStringLiteral("syncNow"))->isEnabled());
    // The first pass ran at once and wrote this computer's journal (its history so far).
    QVERIFY2(computer.syncStatus().startsWith(QStringLiteral("Synced ")), qPrintable(computer.syncStatus()));
    QVERIFY(computer.syncStatus().endsWith(QStringLiteral("no other device yet")));
    QVERIFY(QDir(shared + QStringLiteral("/sample")).exists());

    // The folder goes away while the window is open: the status says so, nothing crashes.
    QVERIFY(QDir(shared).removeRecursively());
    window.action(QStringLiteral("syncNow"))->trigger();
    QVERIFY2(computer.syncStatus().startsWith(QStringLiteral("Sync failed: ")), qPrintable(computer.syncStatus()));
    QVERIFY(computer.syncStatus().contains(QStringLiteral("does not exist")));

    window.action(QStringLiteral("stopSync"))->trigger();
    QVERIFY(computer.settings.syncFolder().isEmpty());
    QVERIFY(!computer.session->sync().isEnabled());
    QVERIFY(computer.syncStatus().isEmpty());
    QVERIFY(!window.action(QStringLiteral("syncNow"))->isEnabled());
}

void TestSyncWindow::aMergeReachesNotesBookmarksAndSettings()
{
    TwoComputers two;
    Computer &laptop = two.laptop;
    Computer &desktop = two.desktop;
    QVERIFY(two.started());
    const QString topic = QStringLiteral("basics/first");
    QVERIFY(desktop.window->selectTopic(topic));
    NotesEditor *notes = desktop.window->notesEditor();
    QCOMPARE(notes->topicId(), topic);
    QVERIFY(notes->toPlainText().isEmpty());

    // A note written on the laptop shows in the desktop's open editor.
    QVERIFY(laptop.session->setNote(topic, QStringLiteral("from the laptop")));
    QTRY_COMPARE_WITH_TIMEOUT(notes->toPlainText(), QStringLiteral("from the laptop"), 10000);
    QCOMPARE(notes->saveState(), QStringLiteral("Updated from another computer"));

    // Text typed on the desktop and not saved yet is kept when another edit arrives, and then
    // saved over it: the later write, which reaches the laptop too.
    notes->moveCursor(QTextCursor::End);
    notes->insertPlainText(QStringLiteral(", and the desktop"));
    QVERIFY(laptop.session->setNote(topic, QStringLiteral("the laptop again")));
    QVERIFY(laptop.session->sync().syncNow().ok);
    QVERIFY(desktop.session->sync().syncNow().ok);
    QCOMPARE(desktop.store.note(topic), QStringLiteral("the laptop again"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("from the laptop, and the desktop"));
    QVERIFY2(notes->saveState().contains(QStringLiteral("another computer")), qPrintable(notes->saveState()));
    QTRY_COMPARE(desktop.store.note(topic), QStringLiteral("from the laptop, and the desktop"));
    QTRY_COMPARE_WITH_TIMEOUT(laptop.store.note(topic), QStringLiteral("from the laptop, and the desktop"), 10000);

    // A bookmark made on the laptop appears in the desktop's bookmarks panel.
    desktop.window->bookmarksPanel()->show();
    QAbstractItemView *list = desktop.window->bookmarksPanel()->listView();
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(laptop.session->toggleBookmark(ItemKind::Topic, QStringLiteral("basics/second")).ok);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);

    // Practice Counts and reading mode turned on through the laptop's menu are in effect on the
    // desktop, and its menu shows them; its own settings file keeps them.
    QVERIFY(!desktop.window->action(QStringLiteral("practiceCounts"))->isChecked());
    laptop.window->action(QStringLiteral("practiceCounts"))->trigger();
    laptop.window->action(QStringLiteral("showAnswers"))->trigger();
    QVERIFY(laptop.session->round().practiceCounts());
    QTRY_VERIFY_WITH_TIMEOUT(desktop.session->round().practiceCounts(), 10000);
    QTRY_VERIFY(desktop.session->learnerSettings().showAnswers);
    QVERIFY(desktop.window->action(QStringLiteral("practiceCounts"))->isChecked());
    QVERIFY(desktop.window->action(QStringLiteral("showAnswers"))->isChecked());
    QVERIFY(desktop.settings.practiceCounts());
    QVERIFY(desktop.settings.showAnswersInPage());
}

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
