#include "MainActions.h"

#include "AppSettings.h"
#include "CardCommands.h"
#include "FileCommands.h"
#include "Guide.h"
#include "MainWindow.h"
#include "SearchCommands.h"
#include "SettingsCommands.h"
#include "TopicTreeView.h"
#include "StudySession.h"
#include "SyncControls.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QHash>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>

#include <array>

QIcon MainActions::themeIcon(const QString &name)
{
    // The desktop's icon theme first, so that the toolbar matches the other apps; our own
    // drawing where the theme has none (or there is no theme at all).
    const QIcon ours(QStringLiteral(":/icons/actions/") + name + QStringLiteral(".svg"));
    // With no icon theme named by the desktop, Qt falls back to hicolor, which holds the icons
    // of applications and none for actions: looking there costs milliseconds of reading its
    // index at start-up to find nothing.
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == QLatin1String("hicolor"))
        return ours;
    return QIcon::fromTheme(name, ours);
}

QKeySequence MainActions::standardKey(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    // The platform's key where it defines one; some desktops (and Qt's generic Unix theme)
    // have none for Quit or Preferences, and an action without a key is out of reach.
    const QKeySequence platform(key);
    return platform.isEmpty() ? fallback : platform;
}

QAction *MainActions::add(MainWindow &window, QMenu *menu, const QString &name, const QString &text,
                          const QKeySequence &shortcut, const QString &statusTip, const std::function<void()> &slot)
{
    auto *action = new QAction(text, &window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    const QString plain = QString(text).remove(QLatin1Char('&'));
    action->setToolTip(shortcut.isEmpty() ? plain
                                          : plain + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText)
                               + QLatin1Char(')'));
    // The action's name without counts or other live text, for the list of shortcuts (the
    // toolbar shows the live text).
    action->setProperty("shortcutName", plain);
    QObject::connect(action, &QAction::triggered, &window, slot);
    menu->addAction(action);
    window.QWidget::addAction(action); // shortcuts keep working with the menu bar hidden
    return action;
}

void MainActions::build(MainWindow &w)
{
    QMenu *file = w.menuBar()->addMenu(MainWindow::tr("&File"));
    add(w, file, QStringLiteral("openGuide"), MainWindow::tr("&Open Guide..."), QKeySequence::Open,
              MainWindow::tr("Open a folder of Markdown files as a guide"), [&w] { w.chooseGuideFolder(); });
    add(w, file, QStringLiteral("restoreBackup"), MainWindow::tr("Restore &Backup..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
              MainWindow::tr("Go back to your progress as it was on an earlier day"), [&w] { w.m_files->chooseBackup(); });
    file->addSeparator();
    add(w, file, QStringLiteral("exportCards"), MainWindow::tr("Export &Cards..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
              MainWindow::tr("Save every card of the guide as text that Anki or Mnemosyne can import"),
              [&w] { w.m_files->exportCards(); });
    add(w, file, QStringLiteral("exportProgress"), MainWindow::tr("&Export Progress..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
              MainWindow::tr("Save your statuses, bookmarks, notes and review history to a file"),
              [&w] { w.m_files->exportProgress(); });
    add(w, file, QStringLiteral("importProgress"), MainWindow::tr("&Import Progress..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
              MainWindow::tr("Merge progress saved by Export Progress into yours"), [&w] { w.m_files->importProgress(); });
    file->addSeparator();
    QAction *print = add(w, file, QStringLiteral("print"), MainWindow::tr("&Print..."), QKeySequence::Print,
              MainWindow::tr("Print the open topic with everything under it, or the whole guide"), [&w] { w.m_files->print(); });
    print->setIcon(themeIcon(QStringLiteral("document-print")));
    add(w, file, QStringLiteral("exportTopicPdf"), MainWindow::tr("Export Topic as P&DF..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
              MainWindow::tr("Save the open topic with everything under it as a PDF file"), [&w] { w.m_files->exportPdf(false); });
    add(w, file, QStringLiteral("exportGuidePdf"), MainWindow::tr("Export &Guide as PDF..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
              MainWindow::tr("Save the whole guide as a PDF file"), [&w] { w.m_files->exportPdf(true); });
    file->addSeparator();
    add(w, file, QStringLiteral("quit"), MainWindow::tr("&Quit"), standardKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)), MainWindow::tr("Quit Study Guide"), [&w] { w.close(); });

    QMenu *go = w.menuBar()->addMenu(MainWindow::tr("&Go"));
    QAction *search = add(w, go, QStringLiteral("search"), MainWindow::tr("&Search..."), QKeySequence(Qt::CTRL | Qt::Key_K),
                                MainWindow::tr("Find topics, cards and your notes as you type"), [&w] { w.showSearch(); });
    search->setIcon(themeIcon(QStringLiteral("edit-find")));
    add(w, go, QStringLiteral("findInPage"), MainWindow::tr("&Find in Page..."), QKeySequence::Find,
              MainWindow::tr("Mark every match in the open topic"), [&w] { w.m_tabs->setCurrentIndex(0); w.m_find->openFindBar(); });
    add(w, go, QStringLiteral("findNext"), MainWindow::tr("Find &Next"), QKeySequence::FindNext, MainWindow::tr("Go to the next match in the page"),
              [&w] { w.m_find->stepMatch(false); });
    add(w, go, QStringLiteral("findPrevious"), MainWindow::tr("Find Pre&vious"), QKeySequence::FindPrevious,
              MainWindow::tr("Go to the previous match in the page"), [&w] { w.m_find->stepMatch(true); });
    go->addSeparator();
    w.m_backAction = add(w, go, QStringLiteral("back"), MainWindow::tr("&Back"), QKeySequence::Back,
                             MainWindow::tr("Go back to the previous topic"), [&w] { w.goBack(); });
    w.m_backAction->setIcon(themeIcon(QStringLiteral("go-previous")));
    w.m_forwardAction = add(w, go, QStringLiteral("forward"), MainWindow::tr("&Forward"), QKeySequence::Forward,
                                MainWindow::tr("Go forward to the next topic"), [&w] { w.goForward(); });
    w.m_forwardAction->setIcon(themeIcon(QStringLiteral("go-next")));
    go->addSeparator();
    add(w, go, QStringLiteral("showBookmarks"), MainWindow::tr("Boo&kmarks"), QKeySequence(Qt::CTRL | Qt::Key_B),
              MainWindow::tr("Show the bookmarks and type to filter them"), [&w] { w.showBookmarks(); });
    QAction *progress = add(w, go, QStringLiteral("showProgress"), MainWindow::tr("&Progress"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
              MainWindow::tr("Switch between the reader and your progress"), [&w] { w.toggleProgress(); });
    progress->setIcon(themeIcon(QStringLiteral("view-statistics")));

    QMenu *study = w.menuBar()->addMenu(MainWindow::tr("&Study"));
    w.m_reviewAction = add(w, study, QStringLiteral("review"), MainWindow::tr("&Review Due Cards"), QKeySequence(Qt::CTRL | Qt::Key_R),
                               MainWindow::tr("Walk through every card due now in the selected part of the guide"),
                               [&w] { w.startReview(); });
    w.m_reviewAction->setIcon(themeIcon(QStringLiteral("media-playback-start")));
    add(w, study, QStringLiteral("mockInterview"), MainWindow::tr("Mock &Interview..."), QKeySequence(Qt::CTRL | Qt::Key_I),
              MainWindow::tr("Answer interview questions against the clock and grade yourself"), [&w] { w.openMockInterview(); });
    QAction *bookmark = add(w, study, QStringLiteral("toggleBookmark"), MainWindow::tr("Toggle &Bookmark"), QKeySequence(Qt::CTRL | Qt::Key_D),
              MainWindow::tr("Bookmark the open topic, or the card shown when the cards have focus"), [&w] { w.toggleBookmark(); });
    bookmark->setIcon(themeIcon(QStringLiteral("bookmark-new")));
    study->addSeparator();
    add(w, study, QStringLiteral("markNotStarted"), MainWindow::tr("Mark as &Not Started"), QKeySequence(Qt::CTRL | Qt::Key_1),
              MainWindow::tr("Set the open topic to not started"), [&w] { w.setCurrentStatus(TopicStatus::NotStarted); });
    add(w, study, QStringLiteral("markReading"), MainWindow::tr("Mark as &Reading"), QKeySequence(Qt::CTRL | Qt::Key_2),
              MainWindow::tr("Set the open topic to being read"), [&w] { w.setCurrentStatus(TopicStatus::Reading); });
    add(w, study, QStringLiteral("markDone"), MainWindow::tr("Mark as &Done"), QKeySequence(Qt::CTRL | Qt::Key_3),
              MainWindow::tr("Set the open topic to done"), [&w] { w.setCurrentStatus(TopicStatus::Done); });
    QAction *practiceCounts = add(w, study, QStringLiteral("practiceCounts"), MainWindow::tr("&Practice Counts"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                  MainWindow::tr("Let grades of cards that are not due reschedule them (off: practice only)"),
                                  [&w] { w.m_preferences->setPracticeCounts(w.action(QStringLiteral("practiceCounts"))->isChecked()); });
    practiceCounts->setCheckable(true);
    practiceCounts->setChecked(w.m_settings.practiceCounts());
    study->addSeparator();
    add(w, study, QStringLiteral("schedulerSettings"), MainWindow::tr("&Scheduler Settings..."), standardKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)),
              MainWindow::tr("Set the desired retention, new cards per day and FSRS weights"), [&w] { w.m_preferences->editScheduler(); });

    // The learner's own cards: kept with the progress, never written into the guide's files.
    QMenu *cardsMenu = w.menuBar()->addMenu(MainWindow::tr("&Cards"));
    QAction *newCard = add(w, cardsMenu, QStringLiteral("newCard"), MainWindow::tr("&New Card..."),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                           MainWindow::tr("Make a card of your own for the open topic, from the text selected in the reader"),
                           [&w] { w.m_cards->newCard(); });
    QAction *editCard = add(w, cardsMenu, QStringLiteral("editCard"), MainWindow::tr("&Edit Card..."), QKeySequence(Qt::CTRL | Qt::Key_E),
                            MainWindow::tr("Change the card of your own shown in the cards panel"), [&w] { w.m_cards->editCard(); });
    QAction *deleteCard = add(w, cardsMenu, QStringLiteral("deleteCard"), MainWindow::tr("&Delete Card..."),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                              MainWindow::tr("Delete the card of your own shown in the cards panel; its review history is kept"),
                              [&w] { w.m_cards->deleteCard(); });
    cardsMenu->addSeparator();
    QAction *guideCards = add(w, cardsMenu, QStringLiteral("guideCards"), MainWindow::tr("Cards for the &Whole Guide"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
        MainWindow::tr("Practise your cards made for the whole guide, and those whose topic is no longer in it"),
        [&w] { w.m_session.practise(w.guide() ? w.guide()->root() : nullptr); });
    w.m_cards->setActions(newCard, editCard, deleteCard, guideCards);

    QMenu *view = w.menuBar()->addMenu(MainWindow::tr("&View"));
    QAction *onlyBookmarked = add(w, view, QStringLiteral("bookmarkedOnly"), MainWindow::tr("Only &Bookmarked Topics"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                                        MainWindow::tr("Show only the branches of the tree that hold a bookmark"),
                                        [&w] { w.toggleBookmarkedOnly(); });
    onlyBookmarked->setCheckable(true);
    QAction *answers = add(w, view, QStringLiteral("showAnswers"), MainWindow::tr("Show &Answers in the Page"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                           MainWindow::tr("Reading mode: show every card's answer in the page instead of folding it"),
                           [&w] { w.m_preferences->setShowAnswers(w.action(QStringLiteral("showAnswers"))->isChecked()); });
    answers->setCheckable(true);
    answers->setChecked(w.m_settings.showAnswersInPage());
    view->addSeparator();
    add(w, view, QStringLiteral("zoomIn"), MainWindow::tr("Zoom &In"), QKeySequence::ZoomIn, MainWindow::tr("Make the reader's text larger"),
              [&w] { w.m_preferences->zoomReader(w.m_preferences->zoomSteps() + 1); });
    add(w, view, QStringLiteral("zoomOut"), MainWindow::tr("Zoom &Out"), QKeySequence::ZoomOut, MainWindow::tr("Make the reader's text smaller"),
              [&w] { w.m_preferences->zoomReader(w.m_preferences->zoomSteps() - 1); });
    add(w, view, QStringLiteral("zoomReset"), MainWindow::tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0),
              MainWindow::tr("Show the reader's text at its normal size"), [&w] { w.m_preferences->zoomReader(0); });
    QMenu *themes = view->addMenu(MainWindow::tr("&Theme"));
    auto *themeGroup = new QActionGroup(&w);
    const std::array<std::pair<QString, QString>, 3> themeNames { { { QStringLiteral("system"), MainWindow::tr("&System") },
                                                                    { QStringLiteral("light"), MainWindow::tr("&Light") },
                                                                    { QStringLiteral("dark"), MainWindow::tr("&Dark") } } };
    // No standard keys exist for these; Ctrl+Shift+1/2/3 sit beside Ctrl+1/2/3 for the statuses.
    int themeKey = Qt::Key_1;
    for (const auto &[key, label] : themeNames) {
        QAction *themeAction = themes->addAction(label, &w, [&w, key = key] { w.m_preferences->setTheme(key); });
        themeAction->setObjectName(QStringLiteral("theme-") + key);
        themeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(themeKey++)));
        w.QWidget::addAction(themeAction);
        themeAction->setCheckable(true);
        themeAction->setChecked(w.m_settings.theme() == key);
        themeAction->setStatusTip(MainWindow::tr("Use the %1 colours").arg(QString(label).remove(QLatin1Char('&')).toLower()));
        themeGroup->addAction(themeAction);
    }
    view->addSeparator();
    for (QDockWidget *dock : w.findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setStatusTip(MainWindow::tr("Show or hide %1").arg(dock->windowTitle()));
        const QHash<QString, QKeySequence> dockKeys { { QStringLiteral("cardsDock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) },
                                                      { QStringLiteral("bookmarksPanel"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) },
                                                      { QStringLiteral("diagnosticsPanel"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X) } };
        toggle->setShortcut(dockKeys.value(dock->objectName()));
        view->addAction(toggle);
        w.QWidget::addAction(toggle);
    }

    QMenu *settings = w.menuBar()->addMenu(MainWindow::tr("S&ettings"));
    add(w, settings, QStringLiteral("syncFolder"), MainWindow::tr("Sync &Folder..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y),
              MainWindow::tr("Choose a folder that Syncthing or another file sync shares between your computers"),
              [&w] { w.m_sync->chooseFolder(); });
    QAction *syncNow = add(w, settings, QStringLiteral("syncNow"), MainWindow::tr("Sync &Now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              MainWindow::tr("Write your changes to the sync folder and merge those of your other computers"),
              [&w] { w.m_sync->syncNow(); });
    QAction *stopSync = add(w, settings, QStringLiteral("stopSync"), MainWindow::tr("S&top Syncing"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
              MainWindow::tr("Stop syncing progress through the sync folder; your progress stays as it is"),
              [&w] { w.m_sync->stopSyncing(); });
    const bool syncing = !w.m_settings.syncFolder().isEmpty();
    syncNow->setEnabled(syncing);
    stopSync->setEnabled(syncing);
    QObject::connect(w.m_sync, &SyncControls::enabledChanged, &w, [syncNow, stopSync](bool enabled) {
        syncNow->setEnabled(enabled);
        stopSync->setEnabled(enabled);
    });

    QMenu *help = w.menuBar()->addMenu(MainWindow::tr("&Help"));
    add(w, help, QStringLiteral("shortcuts"), MainWindow::tr("&Keyboard Shortcuts"), QKeySequence::HelpContents,
              MainWindow::tr("List every keyboard shortcut"), [&w] { w.showShortcuts(); });
    add(w, help, QStringLiteral("about"), MainWindow::tr("&About Study Guide"), QKeySequence(), MainWindow::tr("Version and licence"), [&w] {
        QMessageBox::about(&w, MainWindow::tr("About Study Guide"),
                           MainWindow::tr("<h3>Study Guide %1</h3><p>Read a guide, test yourself with its cards and see your "
                              "progress. Cards are scheduled with FSRS-6.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolbar = w.addToolBar(MainWindow::tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(w.m_backAction);
    toolbar->addAction(w.m_forwardAction);
    toolbar->addSeparator();
    toolbar->addAction(w.m_reviewAction);
    toolbar->addAction(bookmark);
    toolbar->addAction(progress);
    toolbar->addSeparator();
    toolbar->addAction(search);
    // In a narrow window the toolbar folds what does not fit behind Qt's own button, which has
    // no name for screen readers.
    if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(MainWindow::tr("More toolbar actions"));
    QList<QAction *> treeMenu;
    for (const auto *name : { "markNotStarted", "markReading", "markDone", "toggleBookmark", "review" })
        treeMenu.append(w.action(QLatin1String(name)));
    w.m_tree->setMenuActions(treeMenu);
    w.updateNavigationActions();
}
