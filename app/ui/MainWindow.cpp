#include "MainWindow.h"

#include "AppSettings.h"
#include "BookmarkFilterProxy.h"
#include "BookmarksPanel.h"
#include "CardDeck.h"
#include "CardExporter.h"
#include "CardPanel.h"
#include "CodeHighlighter.h"
#include "DiagnosticsPanel.h"
#include "FindBar.h"
#include "Guide.h"
#include "GuideLoader.h"
#include "MockInterviewDialog.h"
#include "NotesEditor.h"
#include "ProgressArchive.h"
#include "ProgressStore.h"
#include "ProgressView.h"
#include "RestoreBackupDialog.h"
#include "ReviewQueue.h"
#include "SchedulerSettingsDialog.h"
#include "SearchIndexBuilder.h"
#include "SearchPopup.h"
#include "ShortcutsDialog.h"
#include "ThemePalette.h"
#include "StudyProgress.h"
#include "TopicItemDelegate.h"
#include "TopicReader.h"
#include "TopicTreeModel.h"

#include <QAction>
#include <QActionGroup>
#include <QMessageBox>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(AppSettings &settings, ProgressStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_store(store)
    , m_progress(new StudyProgress(store, {}, this))
    , m_deck(new CardDeck(*m_progress, this))
    , m_model(new TopicTreeModel(this))
    , m_filter(new BookmarkFilterProxy(this))
    , m_tree(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_reader(new TopicReader(this))
    , m_notes(new NotesEditor(store, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_readerSplitter(new QSplitter(Qt::Vertical, this))
    , m_messageBar(new QLabel(this))
    , m_diagnostics(new DiagnosticsPanel(this))
    , m_cardPanel(new CardPanel(*m_deck, *m_progress, this))
    , m_bookmarks(new BookmarksPanel(*m_progress, this))
    , m_progressPane(new QWidget(this))
    , m_search(new SearchIndexBuilder(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Study Guide"));

    m_model->setProgress(m_progress);
    m_filter->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new TopicItemDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Topics"));
    m_tree->setAccessibleDescription(tr("The guide's topics with your progress; Enter or a click opens one"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentTopicChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeMenu);

    m_reader->setAccessibleName(tr("Reader"));
    m_reader->setAccessibleDescription(tr("The text of the selected topic"));
    connect(m_reader, &TopicReader::topicLinkActivated, this, [this](const QString &id, const QString &anchor) {
        const Topic *target = m_guide ? m_guide->topic(id) : nullptr;
        if (!target)
            return;
        for (const auto &child : target->children) {
            if (!anchor.isEmpty() && child->kind == Topic::Kind::Section && child->anchor == anchor)
                target = child.get();
        }
        selectTopic(target->id);
        if (!anchor.isEmpty())
            m_reader->scrollToAnchor(anchor);
    });

    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setWordWrap(true);
    m_messageBar->setMargin(8);
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->setBackgroundRole(QPalette::ToolTipBase);
    m_messageBar->setForegroundRole(QPalette::ToolTipText);
    m_messageBar->hide();

    m_readerSplitter->setObjectName(QStringLiteral("readerSplitter"));
    m_readerSplitter->addWidget(m_reader);
    m_readerSplitter->addWidget(m_notes);
    m_readerSplitter->setStretchFactor(0, 4);
    m_readerSplitter->setStretchFactor(1, 1);
    m_readerSplitter->setSizes({ 600, 120 });
    auto *readerPane = new QWidget(this);
    m_readerLayout = new QVBoxLayout(readerPane);
    m_readerLayout->setContentsMargins(0, 0, 0, 0);
    m_readerLayout->setSpacing(0);
    m_readerLayout->addWidget(m_messageBar);
    m_readerLayout->addWidget(m_readerSplitter);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(readerPane, tr("Read"));
    // The progress view, with its tables and chart, is built when its tab is first opened: a
    // window opens on the reader, and the first paint need not wait for what it cannot show.
    m_progressPane->setObjectName(QStringLiteral("progressPane"));
    auto *progressLayout = new QVBoxLayout(m_progressPane);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_progressPane, tr("Progress"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_progressPane)
            progressView();
    });

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 320, 800 });
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    auto *cards = new QDockWidget(tr("Cards"), this);
    cards->setObjectName(QStringLiteral("cardsDock"));
    cards->setWidget(m_cardPanel);
    addDockWidget(Qt::RightDockWidgetArea, cards);
    addDockWidget(Qt::LeftDockWidgetArea, m_bookmarks);
    m_bookmarks->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    m_diagnostics->hide();
    connect(m_bookmarks, &BookmarksPanel::openRequested, this, &MainWindow::openBookmark);
    connect(m_cardPanel, &CardPanel::reviewRequested, this, &MainWindow::startReview);
    connect(m_progress, &StudyProgress::changed, this, &MainWindow::updateStudyCounts);
    connect(m_notes, &NotesEditor::saved, m_search, &SearchIndexBuilder::setNote);

    m_readingTimer.setSingleShot(true);
    m_readingTimer.setInterval(readingDelayMs);
    connect(&m_readingTimer, &QTimer::timeout, this, [this] {
        if (const Topic *topic = currentTopic())
            m_progress->markOpened(topic->page());
    });

    createActions();
    restoreLayout();
    applySchedulerSettings();
    zoomReader(m_settings.readerZoom());
    setTabOrder(m_tree, m_reader);
    setTabOrder(m_reader, m_notes);
    setTabOrder(m_notes, m_cardPanel);
    m_tree->setFocus();
}

MainWindow::~MainWindow()
{
    // Views hold pointers into the guide: detach them before it goes.
    m_deck->clear();
    m_model->setGuide(nullptr);
}

QIcon MainWindow::themeIcon(const QString &name)
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

QIcon MainWindow::applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("org.studyguide.StudyGuide"),
                            QIcon(QStringLiteral(":/icons/org.studyguide.StudyGuide.svg")));
}

QKeySequence MainWindow::standardKey(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    // The platform's key where it defines one; some desktops (and Qt's generic Unix theme)
    // have none for Quit or Preferences, and an action without a key is out of reach.
    const QKeySequence platform(key);
    return platform.isEmpty() ? fallback : platform;
}

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut,
                               const QString &statusTip, const std::function<void()> &slot)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(statusTip);
    action->setToolTip(shortcut.isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                          : QString(text).remove(QLatin1Char('&')) + QStringLiteral(" (")
                               + shortcut.toString(QKeySequence::NativeText) + QLatin1Char(')'));
    connect(action, &QAction::triggered, this, slot);
    menu->addAction(action);
    QWidget::addAction(action); // shortcuts keep working with the menu bar hidden
    return action;
}

ProgressView *MainWindow::progressView()
{
    if (!m_progressView) {
        m_progressView = new ProgressView(*m_progress, m_progressPane);
        m_progressPane->layout()->addWidget(m_progressView);
    }
    return m_progressView;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addAction(file, QStringLiteral("openGuide"), tr("&Open Guide..."), QKeySequence::Open,
              tr("Open a folder of Markdown files as a guide"), [this] { chooseGuideFolder(); });
    addAction(file, QStringLiteral("restoreBackup"), tr("Restore &Backup..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
              tr("Go back to your progress as it was on an earlier day"), [this] { chooseBackup(); });
    file->addSeparator();
    addAction(file, QStringLiteral("exportCards"), tr("Export &Cards..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
              tr("Save every card of the guide as text that Anki or Mnemosyne can import"),
              [this] { chooseCardExport(); });
    addAction(file, QStringLiteral("exportProgress"), tr("&Export Progress..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
              tr("Save your statuses, bookmarks, notes and review history to a file"),
              [this] { chooseProgressExport(); });
    addAction(file, QStringLiteral("importProgress"), tr("&Import Progress..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
              tr("Merge progress saved by Export Progress into yours"), [this] { chooseProgressImport(); });
    file->addSeparator();
    QAction *print = addAction(file, QStringLiteral("print"), tr("&Print..."), QKeySequence::Print,
              tr("Print the open topic with everything under it, or the whole guide"), [this] { printBranch(); });
    print->setIcon(themeIcon(QStringLiteral("document-print")));
    addAction(file, QStringLiteral("exportTopicPdf"), tr("Export Topic as P&DF..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
              tr("Save the open topic with everything under it as a PDF file"), [this] { choosePdfExport(false); });
    addAction(file, QStringLiteral("exportGuidePdf"), tr("Export &Guide as PDF..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
              tr("Save the whole guide as a PDF file"), [this] { choosePdfExport(true); });
    file->addSeparator();
    addAction(file, QStringLiteral("quit"), tr("&Quit"), standardKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)), tr("Quit Study Guide"), [this] { close(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *search = addAction(go, QStringLiteral("search"), tr("&Search..."), QKeySequence(Qt::CTRL | Qt::Key_K),
                                tr("Find topics, cards and your notes as you type"), [this] { showSearch(); });
    search->setIcon(themeIcon(QStringLiteral("edit-find")));
    addAction(go, QStringLiteral("findInPage"), tr("&Find in Page..."), QKeySequence::Find,
              tr("Mark every match in the open topic"), [this] { findInPage(); });
    addAction(go, QStringLiteral("findNext"), tr("Find &Next"), QKeySequence::FindNext, tr("Go to the next match in the page"),
              [this] { stepMatch(false); });
    addAction(go, QStringLiteral("findPrevious"), tr("Find Pre&vious"), QKeySequence::FindPrevious,
              tr("Go to the previous match in the page"), [this] { stepMatch(true); });
    go->addSeparator();
    m_backAction = addAction(go, QStringLiteral("back"), tr("&Back"), QKeySequence::Back,
                             tr("Go back to the previous topic"), [this] { goBack(); });
    m_backAction->setIcon(themeIcon(QStringLiteral("go-previous")));
    m_forwardAction = addAction(go, QStringLiteral("forward"), tr("&Forward"), QKeySequence::Forward,
                                tr("Go forward to the next topic"), [this] { goForward(); });
    m_forwardAction->setIcon(themeIcon(QStringLiteral("go-next")));
    go->addSeparator();
    addAction(go, QStringLiteral("showBookmarks"), tr("Boo&kmarks"), QKeySequence(Qt::CTRL | Qt::Key_B),
              tr("Show the bookmarks and type to filter them"), [this] { showBookmarks(); });
    QAction *progress = addAction(go, QStringLiteral("showProgress"), tr("&Progress"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
              tr("Switch between the reader and your progress"), [this] { toggleProgress(); });
    progress->setIcon(themeIcon(QStringLiteral("view-statistics")));

    QMenu *study = menuBar()->addMenu(tr("&Study"));
    m_reviewAction = addAction(study, QStringLiteral("review"), tr("&Review Due Cards"), QKeySequence(Qt::CTRL | Qt::Key_R),
                               tr("Walk through every card due now in the selected part of the guide"),
                               [this] { startReview(); });
    m_reviewAction->setIcon(themeIcon(QStringLiteral("media-playback-start")));
    addAction(study, QStringLiteral("mockInterview"), tr("Mock &Interview..."), QKeySequence(Qt::CTRL | Qt::Key_I),
              tr("Answer interview questions against the clock and grade yourself"), [this] {
                  // Not modal-blocking: the dialog saves its interview itself and the progress view
                  // refreshes from the store's signals.
                  auto *dialog = new MockInterviewDialog(*m_progress, this);
                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                  dialog->open();
              });
    QAction *bookmark = addAction(study, QStringLiteral("toggleBookmark"), tr("Toggle &Bookmark"), QKeySequence(Qt::CTRL | Qt::Key_D),
              tr("Bookmark the open topic, or the card shown when the cards have focus"), [this] { toggleBookmark(); });
    bookmark->setIcon(themeIcon(QStringLiteral("bookmark-new")));
    study->addSeparator();
    addAction(study, QStringLiteral("markNotStarted"), tr("Mark as &Not Started"), QKeySequence(Qt::CTRL | Qt::Key_1),
              tr("Set the open topic to not started"), [this] { markNotStarted(); });
    addAction(study, QStringLiteral("markReading"), tr("Mark as &Reading"), QKeySequence(Qt::CTRL | Qt::Key_2),
              tr("Set the open topic to being read"), [this] { markReading(); });
    addAction(study, QStringLiteral("markDone"), tr("Mark as &Done"), QKeySequence(Qt::CTRL | Qt::Key_3),
              tr("Set the open topic to done"), [this] { markDone(); });
    study->addSeparator();
    addAction(study, QStringLiteral("schedulerSettings"), tr("&Scheduler Settings..."), standardKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)),
              tr("Set the desired retention, new cards per day and FSRS weights"), [this] { editSchedulerSettings(); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *onlyBookmarked = addAction(view, QStringLiteral("bookmarkedOnly"), tr("Only &Bookmarked Topics"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                                        tr("Show only the branches of the tree that hold a bookmark"),
                                        [this] { toggleBookmarkedOnly(); });
    onlyBookmarked->setCheckable(true);
    view->addSeparator();
    addAction(view, QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, tr("Make the reader's text larger"),
              [this] { zoomReader(m_zoomSteps + 1); });
    addAction(view, QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut, tr("Make the reader's text smaller"),
              [this] { zoomReader(m_zoomSteps - 1); });
    addAction(view, QStringLiteral("zoomReset"), tr("&Reset Zoom"), QKeySequence(Qt::CTRL | Qt::Key_0),
              tr("Show the reader's text at its normal size"), [this] { zoomReader(0); });
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const std::array<std::pair<QString, QString>, 3> themeNames { { { QStringLiteral("system"), tr("&System") },
                                                                    { QStringLiteral("light"), tr("&Light") },
                                                                    { QStringLiteral("dark"), tr("&Dark") } } };
    // No standard keys exist for these; Ctrl+Shift+1/2/3 sit beside Ctrl+1/2/3 for the statuses.
    int themeKey = Qt::Key_1;
    for (const auto &[key, label] : themeNames) {
        QAction *themeAction = themes->addAction(label, this, [this, key = key] { setTheme(key); });
        themeAction->setObjectName(QStringLiteral("theme-") + key);
        themeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(themeKey++)));
        QWidget::addAction(themeAction);
        themeAction->setCheckable(true);
        themeAction->setChecked(m_settings.theme() == key);
        themeAction->setStatusTip(tr("Use the %1 colours").arg(QString(label).remove(QLatin1Char('&')).toLower()));
        themeGroup->addAction(themeAction);
    }
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setStatusTip(tr("Show or hide %1").arg(dock->windowTitle()));
        const QHash<QString, QKeySequence> dockKeys { { QStringLiteral("cardsDock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) },
                                                      { QStringLiteral("bookmarksPanel"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) },
                                                      { QStringLiteral("diagnosticsPanel"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X) } };
        toggle->setShortcut(dockKeys.value(dock->objectName()));
        view->addAction(toggle);
        QWidget::addAction(toggle);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addAction(help, QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"), QKeySequence::HelpContents,
              tr("List every keyboard shortcut"), [this] { showShortcuts(); });
    addAction(help, QStringLiteral("about"), tr("&About Study Guide"), QKeySequence(), tr("Version and licence"), [this] {
        QMessageBox::about(this, tr("About Study Guide"),
                           tr("<h3>Study Guide %1</h3><p>Read a guide, test yourself with its cards and see your "
                              "progress. Cards are scheduled with FSRS-6.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);
    toolbar->addSeparator();
    toolbar->addAction(m_reviewAction);
    toolbar->addAction(bookmark);
    toolbar->addAction(progress);
    toolbar->addSeparator();
    toolbar->addAction(search);
    updateNavigationActions();
}

void MainWindow::restoreLayout()
{
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(available.size().boundedTo(QSize(1280, 820)));
    // A geometry saved on a larger screen, or on one that is gone, is brought back on this one:
    // a window that does not fit gets nine tenths of the screen, centred, frame included. The frame
    // is unknown until the window is shown, and Qt 6.8 fits a restored geometry to the screen's very
    // edges, which the frame then overhangs: so a window must fit with room for a frame.
    if (!geometry.isEmpty() && !available.marginsRemoved(QMargins(8, 32, 8, 8)).contains(frameGeometry())) {
        const QSize size = this->geometry().size().boundedTo(available.size() * 0.9);
        QRect fitted(QPoint(), size);
        fitted.moveCenter(available.center());
        setGeometry(fitted);
    }

    restoreState(m_settings.windowState());
    const QByteArray splitter = m_settings.splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    if (m_guide && m_reader->currentTopic())
        m_settings.setLastTopic(m_guide->id(), m_reader->currentTopic()->id);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->saveNow();
    saveLayout();
    event->accept();
}

void MainWindow::showStoreProblem()
{
    QStringList problems;
    if (!m_store.canWrite() && !m_store.problem().isEmpty())
        problems << m_store.problem();
    if (!m_store.recoveryMessage().isEmpty())
        problems << m_store.recoveryMessage();
    if (m_settings.hadProblem())
        problems << tr("Your settings file could not be read; the defaults are used.");
    if (problems.isEmpty())
        return;
    m_messageBar->setText(problems.join(QLatin1Char(' ')));
    m_messageBar->show();
}

void MainWindow::chooseBackup()
{
    // Window-modal but not a nested event loop: the restore happens when the user confirms.
    auto *dialog = new RestoreBackupDialog(ProgressBackups::listFor(m_store.path()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto backup = dialog->chosen())
            restoreBackup(*backup);
    });
    dialog->open();
}

void MainWindow::restoreBackup(const ProgressBackups::Backup &backup)
{
    m_notes->saveNow(); // what was typed belongs in the file being replaced, which is kept
    bool ok = false;
    const QString message = ProgressBackups(m_store.path()).restore(m_store, backup, &ok);
    // Everything shown now comes from the restored file.
    m_progress->setGuide(m_guide.get());
    const QString topicId = m_notes->topicId();
    m_notes->setTopic(QString());
    m_notes->setTopic(topicId);
    m_messageBar->setText(message);
    m_messageBar->show();
}

void MainWindow::setGuide(std::unique_ptr<Guide> guide)
{
    m_readingTimer.stop();
    m_notes->setTopic(QString());
    m_history.clear();
    m_deck->clear();
    m_cardPanel->setGuide(nullptr);
    m_reader->setGuide(nullptr);
    m_model->setGuide(guide.get());
    m_progress->setGuide(guide.get());
    m_guide = std::move(guide);
    m_reader->setGuide(m_guide.get());
    m_cardPanel->setGuide(m_guide.get());
    m_messageBar->hide();
    showStoreProblem();
    if (m_everShown)
        startSearchIndex();
    if (!m_guide)
        return;
    setWindowTitle(m_guide->title() + QStringLiteral(" — ") + tr("Study Guide"));
    m_diagnostics->setDiagnostics(m_guide->diagnostics());
    if (hasErrors(m_guide->diagnostics()))
        m_diagnostics->show();

    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_tree->expand(m_filter->index(row, 0));
    if (!selectTopic(m_settings.lastTopic(m_guide->id()))) {
        m_tree->setCurrentIndex(QModelIndex());
        m_reader->showTopic(m_guide->root());
    }
    updateStudyCounts();
}

bool MainWindow::openGuideFolder(const QString &path)
{
    GuideLoader::Result result = GuideLoader().load(path);
    if (!result.guide) {
        showLoadError(result.error);
        return false;
    }
    saveLayout();
    setGuide(std::move(result.guide));
    m_settings.setLastGuideFolder(path);
    return true;
}

void MainWindow::showLoadError(const QString &message)
{
    m_messageBar->setText(tr("Could not open the guide: %1").arg(message));
    m_messageBar->show();
}

const Topic *MainWindow::currentTopic() const
{
    return TopicTreeModel::topicAt(m_filter->mapToSource(m_tree->currentIndex()));
}

bool MainWindow::selectTopic(const QString &topicId)
{
    const QModelIndex source = m_model->indexForId(topicId);
    if (!source.isValid())
        return false;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) {
        // The filter hides it: show everything rather than refuse to go there.
        m_filter->setBookmarkedOnly(false);
        action(QStringLiteral("bookmarkedOnly"))->setChecked(false);
        index = m_filter->mapFromSource(source);
    }
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

void MainWindow::onCurrentTopicChanged()
{
    const Topic *topic = currentTopic();
    if (!topic)
        return;
    m_tabs->setCurrentIndex(0);
    m_reader->showTopic(topic);
    if (m_findBar)
        m_findBar->refresh();
    m_notes->setTopic(topic->page()->id);
    m_readingTimer.start();
    if (m_deck->mode() != CardDeck::Mode::Review || m_deck->isEmpty() || m_deck->isFinished()) {
        QStringList ids;
        for (const Card *card : m_guide->cardsUnder(topic))
            ids.append(card->id);
        m_deck->start(ids, CardDeck::Mode::Browse, topic->title);
    }
    if (!m_navigatingHistory)
        m_history.visit(topic->id);
    updateNavigationActions();
}

void MainWindow::chooseGuideFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Guide"), m_settings.lastGuideFolder());
    if (!folder.isEmpty())
        openGuideFolder(folder);
}

void MainWindow::goBack()
{
    m_navigatingHistory = true;
    selectTopic(m_history.back());
    m_navigatingHistory = false;
    updateNavigationActions();
}

void MainWindow::goForward()
{
    m_navigatingHistory = true;
    selectTopic(m_history.forward());
    m_navigatingHistory = false;
    updateNavigationActions();
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::updateStudyCounts()
{
    if (!m_guide)
        return;
    const auto counts = ReviewQueue::count(*m_guide, nullptr, m_progress->schedules(), m_progress->now(),
                                           m_progress->newCardsLeftToday());
    m_reviewAction->setText(counts.due + counts.newAvailable > 0
                                ? tr("Review (%1 due, %2 new)").arg(counts.due).arg(counts.newAvailable)
                                : tr("Review"));
    const auto overall = m_progress->overall();
    statusBar()->showMessage(tr("%1% done · %2 topics · %3 of %4 cards learned · %5 due now")
                                 .arg(overall.percent)
                                 .arg(m_guide->topicCount())
                                 .arg(overall.learnedCards)
                                 .arg(overall.cards)
                                 .arg(counts.due));
}

void MainWindow::startReview()
{
    if (!m_guide)
        return;
    const Topic *branch = currentTopic();
    if (!branch)
        branch = m_guide->root();
    const QStringList queue = ReviewQueue::build(*m_guide, branch, m_progress->schedules(), m_progress->now(),
                                                 m_progress->newCardsLeftToday());
    const QString title = branch == m_guide->root() ? tr("Review: whole guide") : tr("Review: %1").arg(branch->title);
    m_deck->start(queue, CardDeck::Mode::Review, title);
    if (QWidget *dock = m_cardPanel->parentWidget())
        dock->show();
    m_cardPanel->setFocus();
}

void MainWindow::toggleBookmark()
{
    if (m_cardPanel->isAncestorOf(focusWidget()) || focusWidget() == m_cardPanel) {
        if (!m_deck->currentCardId().isEmpty()) {
            m_progress->toggleBookmark(ItemKind::Card, m_deck->currentCardId());
            return;
        }
    }
    const Topic *topic = currentTopic();
    if (!topic)
        return;
    const bool on = !m_progress->isBookmarked(ItemKind::Topic, topic->id);
    if (m_progress->toggleBookmark(ItemKind::Topic, topic->id))
        statusBar()->showMessage(on ? tr("Bookmarked \"%1\". Add a note on why in the Bookmarks panel (F2).").arg(topic->title)
                                    : tr("Removed the bookmark on \"%1\".").arg(topic->title),
                                 5000);
}

void MainWindow::setCurrentStatus(TopicStatus status)
{
    const Topic *topic = currentTopic();
    if (topic)
        m_progress->setStatus(topic->page()->id, status);
}

void MainWindow::toggleBookmarkedOnly()
{
    m_filter->setBookmarkedOnly(action(QStringLiteral("bookmarkedOnly"))->isChecked());
    m_tree->expandAll();
}

void MainWindow::showBookmarks()
{
    m_bookmarks->focusFilter();
}

void MainWindow::toggleProgress()
{
    m_tabs->setCurrentIndex(m_tabs->currentIndex() == 0 ? 1 : 0);
}

void MainWindow::openBookmark(ItemKind kind, const QString &itemId)
{
    if (!m_guide)
        return;
    if (kind == ItemKind::Topic) {
        selectTopic(itemId);
        return;
    }
    const Card *card = m_guide->card(itemId);
    if (!card || !selectTopic(card->topicId))
        return;
    const QStringList ids = [this, card] {
        QStringList out;
        for (const Card *c : m_guide->cardsUnder(m_guide->topic(card->topicId)))
            out.append(c->id);
        return out;
    }();
    m_deck->start(ids, CardDeck::Mode::Browse, m_guide->topic(card->topicId)->title);
    while (m_deck->currentCardId() != itemId && m_deck->position() + 1 < m_deck->size())
        m_deck->next();
    m_cardPanel->setFocus();
}

void MainWindow::showTreeMenu(const QPoint &position)
{
    if (!m_tree->indexAt(position).isValid())
        return;
    QMenu menu(this);
    for (const auto *name : { "markNotStarted", "markReading", "markDone", "toggleBookmark", "review" })
        menu.addAction(action(QLatin1String(name)));
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::applySchedulerSettings()
{
    m_progress->setParameters(m_settings.schedulerParameters());
    m_progress->setNewCardsPerDay(m_settings.newCardsPerDay());
}

void MainWindow::editSchedulerSettings()
{
    if (!m_schedulerDialog) {
        m_schedulerDialog = new SchedulerSettingsDialog(this);
        connect(m_schedulerDialog, &QDialog::accepted, this, [this] {
            m_settings.setSchedulerParameters(m_schedulerDialog->parameters());
            m_settings.setNewCardsPerDay(m_schedulerDialog->newCardsPerDay());
            m_settings.sync();
            applySchedulerSettings();
            m_deck->refreshOutcomes(); // the grade buttons show the new intervals
        });
    }
    m_schedulerDialog->setValues(m_settings.schedulerParameters(), m_settings.newCardsPerDay());
    m_schedulerDialog->open();
}

void MainWindow::zoomReader(int steps)
{
    steps = std::clamp(steps, -8, 20);
    m_reader->zoomIn(steps - m_zoomSteps);
    m_zoomSteps = steps;
    // Only a change is written: at start-up the stored zoom is applied, and writing it back
    // would flush the settings file to disk while the window is being painted.
    if (steps != m_settings.readerZoom())
        m_settings.setReaderZoom(steps);
}

void MainWindow::setTheme(const QString &theme)
{
    m_settings.setTheme(theme);
    ThemePalette::apply(theme);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(actions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_everShown)
        return;
    m_everShown = true;
    // Indexing waits until the window has been painted and the desktop has shown it: started at
    // once, its worker threads took both cores from the first paint. Ctrl+K before then starts
    // it at once (showSearch).
    QTimer::singleShot(searchIndexDelayMs, this, &MainWindow::ensureSearchIndex);
}

void MainWindow::startSearchIndex()
{
    if (m_guide)
        m_search->start(SearchSource::fromGuide(*m_guide, m_store.canRead() ? m_store.notes() : QList<TopicNote>()));
}

void MainWindow::ensureSearchIndex()
{
    if (!m_search->isBuilding() && !m_search->isReady())
        startSearchIndex();
}

SearchPopup *MainWindow::searchPopup()
{
    if (!m_searchPopup) {
        m_searchPopup = new SearchPopup(*m_search, this);
        connect(m_searchPopup, &SearchPopup::hitActivated, this,
                [this](const SearchHit &hit) { openSearchHit(hit, m_searchPopup->queryEdit()->text()); });
    }
    return m_searchPopup;
}

void MainWindow::showSearch()
{
    if (!m_everShown)
        return;
    ensureSearchIndex();
    searchPopup()->popup(m_splitter);
}

void MainWindow::findInPage()
{
    m_tabs->setCurrentIndex(0);
    findBar()->open();
}

FindBar *MainWindow::findBar()
{
    if (!m_findBar) {
        m_findBar = new FindBar(*m_reader, this);
        m_readerLayout->addWidget(m_findBar);
    }
    return m_findBar;
}

void MainWindow::stepMatch(bool backward)
{
    // F3 also walks the words a search marked, with the find bar never opened.
    m_reader->goToMatch(backward);
    if (m_findBar)
        m_findBar->updateCount();
}

void MainWindow::openSearchHit(const SearchHit &hit, const QString &query)
{
    if (hit.kind == SearchHit::Kind::Card)
        openBookmark(ItemKind::Card, hit.itemId);
    else
        selectTopic(hit.topicId);
    // The words of the query, marked in the page as the search matched them: whole words, and
    // the last one also as the start of a longer word while it is still being typed.
    const QStringList words = query.split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts);
    const bool lastIsPrefix = !query.isEmpty() && !query.back().isSpace();
    QList<QRegularExpression> patterns;
    for (int i = 0; i < words.size(); ++i) {
        const bool prefix = lastIsPrefix && i == words.size() - 1;
        patterns.append(QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(words.at(i))
                                               + (prefix ? QString() : QStringLiteral("\\b")),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption));
    }
    m_reader->highlightMatches(patterns);
    if (hit.kind == SearchHit::Kind::Note)
        m_notes->setFocus(Qt::OtherFocusReason);
    else if (hit.kind == SearchHit::Kind::Topic)
        m_reader->setFocus(Qt::OtherFocusReason);
}

void MainWindow::reportFailure(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool MainWindow::exportCards(const QString &path, bool mnemosyne)
{
    if (!m_guide)
        return false;
    CodeHighlighter highlighter;
    const CardExporter::Result result = CardExporter(highlighter).write(
        path, *m_guide, nullptr, mnemosyne ? CardExporter::Format::Mnemosyne : CardExporter::Format::Anki);
    if (!result.ok) {
        reportFailure(tr("Export Cards"), result.message);
        return false;
    }
    statusBar()->showMessage(result.message, 8000);
    return true;
}

bool MainWindow::exportProgress(const QString &path)
{
    m_notes->saveNow();
    const ProgressArchive::Result result = ProgressArchive(m_store).exportTo(path);
    if (!result.ok) {
        reportFailure(tr("Export Progress"), result.message);
        return false;
    }
    statusBar()->showMessage(result.message, 8000);
    return true;
}

bool MainWindow::importProgress(const QString &path)
{
    m_notes->saveNow();
    ProgressArchive archive(m_store);
    ProgressArchive::Result result = archive.importFrom(path);
    if (!result.ok && result.otherGuide) {
        const auto answer = QMessageBox::question(
            this, tr("Import Progress"),
            tr("%1\n\nImport it into this guide anyway? Only items whose ids match this guide will show.")
                .arg(result.message));
        if (answer != QMessageBox::Yes)
            return false;
        result = archive.importFrom(path, true);
    }
    if (!result.ok) {
        reportFailure(tr("Import Progress"), result.message);
        return false;
    }
    m_progress->reload();
    m_notes->reload();
    startSearchIndex(); // imported notes become searchable
    statusBar()->showMessage(result.message, 8000);
    return true;
}

bool MainWindow::exportPdf(const QString &path, const Topic *branch)
{
    if (!m_guide)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(branch ? branch->title : m_guide->title());
    // The file dialog has asked before replacing a file; removing it first means a file that
    // is there afterwards was written now.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        reportFailure(tr("Export as PDF"), tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_reader->printDocument(branch ? branch : m_guide->root())->print(&printer);
    if (QFileInfo(path).size() == 0) {
        reportFailure(tr("Export as PDF"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

namespace {
QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filters,
                     QString *selectedFilter = nullptr)
{
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggested), filters, selectedFilter);
}
} // namespace

void MainWindow::chooseCardExport()
{
    if (!m_guide)
        return;
    const QString anki = tr("Anki text (*.txt)");
    const QString mnemosyne = tr("Mnemosyne text (*.txt)");
    QString filter = anki;
    const QString path = saveFileName(this, tr("Export Cards"), m_guide->id() + QStringLiteral("-cards.txt"),
                                      anki + QStringLiteral(";;") + mnemosyne, &filter);
    if (!path.isEmpty())
        exportCards(path, filter == mnemosyne);
}

void MainWindow::chooseProgressExport()
{
    if (!m_guide)
        return;
    const QString path = saveFileName(this, tr("Export Progress"), m_guide->id() + QStringLiteral("-progress.json"),
                                      tr("Study Guide progress (*.json)"));
    if (!path.isEmpty())
        exportProgress(path);
}

void MainWindow::chooseProgressImport()
{
    if (!m_guide)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Progress"), QDir::homePath(),
                                                      tr("Study Guide progress (*.json);;All files (*)"));
    if (!path.isEmpty())
        importProgress(path);
}

void MainWindow::choosePdfExport(bool wholeGuide)
{
    if (!m_guide)
        return;
    const Topic *branch = wholeGuide || !currentTopic() ? m_guide->root() : currentTopic()->page();
    const QString path = saveFileName(this, wholeGuide ? tr("Export Guide as PDF") : tr("Export Topic as PDF"),
                                      (branch->id.isEmpty() ? m_guide->id()
                                                            : QString(branch->id).replace(QLatin1Char('/'), QLatin1Char('-')))
                                          + QStringLiteral(".pdf"),
                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path, branch);
}

void MainWindow::printBranch()
{
    if (!m_guide)
        return;
    // The dialog's "Selection" is the open topic with everything under it; "All" is the guide.
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print"));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, currentTopic() != nullptr);
    if (currentTopic())
        dialog.setPrintRange(QAbstractPrintDialog::Selection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Topic *branch = printer.printRange() == QPrinter::Selection && currentTopic() ? currentTopic()->page()
                                                                                        : m_guide->root();
    m_reader->printDocument(branch)->print(&printer);
}
