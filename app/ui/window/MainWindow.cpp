#include "MainWindow.h"

#include "AppSettings.h"
#include "BookmarksPanel.h"
#include "CardCommands.h"
#include "CardPanel.h"
#include "DiagnosticsPanel.h"
#include "FileCommands.h"
#include "FileDialog.h"
#include "GuideLoader.h"
#include "Guide.h"
#include "MainActions.h"
#include "MockInterviewDialog.h"
#include "NotesEditor.h"
#include "NoticeBar.h"
#include "ProgressView.h"
#include "SearchCommands.h"
#include "SearchIndexBuilder.h"
#include "SettingsCommands.h"
#include "ShortcutsDialog.h"
#include "SidePanelWidths.h"
#include "StudyProgress.h"
#include "StudyRound.h"
#include "StudySession.h"
#include "SyncControls.h"
#include "TopicReader.h"
#include "TopicTreeView.h"
#include "WindowLayout.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(AppSettings &settings, StudySession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_session(session)
    , m_tree(new TopicTreeView(session.progress(), this))
    , m_tabs(new QTabWidget(this))
    , m_reader(new TopicReader(this))
    , m_notes(new NotesEditor(session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_readerSplitter(new QSplitter(Qt::Vertical, this))
    , m_messageBar(new NoticeBar(this))
    , m_diagnostics(new DiagnosticsPanel(this))
    , m_cardPanel(new CardPanel(session, this))
    , m_bookmarks(new BookmarksPanel(session, this))
    , m_progressPane(new QWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Study Guide"));

    connect(m_tree, &TopicTreeView::currentTopicChanged, this, &MainWindow::onCurrentTopicChanged);
    connect(m_tree, &TopicTreeView::bookmarkedOnlyCleared, this,
            [this] { action(QStringLiteral("bookmarkedOnly"))->setChecked(false); });

    m_reader->setAccessibleName(tr("Reader"));
    m_reader->setAccessibleDescription(tr("The text of the selected topic"));
    connect(m_reader, &TopicReader::topicLinkActivated, this, [this](const QString &id, const QString &anchor) {
        const Topic *target = guide() ? guide()->linkTarget(id, anchor) : nullptr;
        if (!target)
            return;
        selectTopic(target->id);
        if (!anchor.isEmpty())
            m_reader->scrollToAnchor(anchor);
    });

    m_reader->setTaskState([this](const QString &id, bool inFile) { return m_session.isTaskDone(id, inFile); });
    connect(m_reader, &TopicReader::taskLinkActivated, this, [this](const QString &id) {
        if (m_session.toggleTask(id))
            m_reader->refreshPage();
    });

    m_readerSplitter->setObjectName(QStringLiteral("readerSplitter"));
    m_readerSplitter->addWidget(m_reader);
    m_readerSplitter->addWidget(m_notes);
    m_readerSplitter->setStretchFactor(0, 4);
    m_readerSplitter->setStretchFactor(1, 1);
    m_readerSplitter->setSizes({ 600, 120 });
    auto *readerPane = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_messageBar);
    readerLayout->addWidget(m_readerSplitter);
    m_find = new SearchCommands(m_session, *m_reader, *readerLayout, this);
    connect(m_find, &SearchCommands::hitActivated, this, &MainWindow::openSearchHit);
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
    m_tabs->setMinimumWidth(readerMinimumWidth);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    auto *cards = new QDockWidget(tr("Cards"), this);
    cards->setObjectName(QStringLiteral("cardsDock"));
    cards->setWidget(m_cardPanel);
    // The dock keeps its width whatever card it shows: the panel asks for a fixed size and
    // wraps inside it, so the reader beside it never re-wraps.
    cards->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, cards);
    m_panelWidths = new SidePanelWidths(*this, *m_splitter, *cards, CardPanel::preferredWidth);
    addDockWidget(Qt::LeftDockWidgetArea, m_bookmarks);
    m_bookmarks->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    m_diagnostics->hide();
    connect(m_bookmarks, &BookmarksPanel::openRequested, this, &MainWindow::openBookmark);
    connect(m_cardPanel, &CardPanel::reviewRequested, this, &MainWindow::startReview);
    connect(&m_session, &StudySession::countsChanged, this, &MainWindow::updateStudyCounts);
    connect(&m_session, &StudySession::progressChanged, this, &MainWindow::updateStudyCounts);
    // Pages rendered ahead show task boxes as they were ticked.
    connect(&m_session, &StudySession::progressChanged, m_reader, &TopicReader::forgetRenderedPages);
    connect(&m_session, &StudySession::reloaded, m_reader, &TopicReader::forgetRenderedPages);
    connect(&m_session, &StudySession::storeFailed, this, &MainWindow::showNotice);
    connect(&m_session, &StudySession::reloaded, this, [this] {
        m_find->reindex(); // imported or restored notes become searchable
    });
    connect(m_notes, &NotesEditor::saved, &m_find->index(), &SearchIndexBuilder::setNote);
    connect(&m_session, &StudySession::cardsChanged, this, [this] {
        if (m_find->index().isReady() || m_find->index().isBuilding())
            m_find->reindex(); // own cards are found like any card
    });

    m_readingTimer.setSingleShot(true);
    m_readingTimer.setInterval(readingDelayMs);
    connect(&m_readingTimer, &QTimer::timeout, this, [this] {
        if (const Topic *topic = currentTopic())
            m_session.markOpened(topic);
    });

    // The counts live in a label of the status bar, not in its passing message: a menu item's
    // tip or a "Bookmarked" covers them for a moment, and they come back.
    m_statusCounts = new QLabel(this);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addWidget(m_statusCounts, 1);

    m_files = new FileCommands(m_session, *m_reader, *m_notes, [this] { return currentTopic(); }, this);
    connect(m_files, &FileCommands::done, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_files, &FileCommands::notice, this, &MainWindow::showNotice);
    m_sync = new SyncControls(m_settings, m_session, *this);
    connect(m_sync, &SyncControls::message, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    m_cards = new CardCommands(m_session, m_settings, *m_reader, *m_cardPanel, [this] { return currentTopic(); }, this);
    connect(m_cards, &CardCommands::done, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_cards, &CardCommands::showCard, this, [this](const QString &id) { openBookmark(ItemKind::Card, id); });
    m_preferences = new SettingsCommands(m_settings, m_session, *m_reader, this);
    MainActions::build(*this);
    connect(m_preferences, &SettingsCommands::learnerSettingsShown, this, [this] {
        action(QStringLiteral("practiceCounts"))->setChecked(m_settings.practiceCounts());
        action(QStringLiteral("showAnswers"))->setChecked(m_settings.showAnswersInPage());
    });
    WindowLayout::restore(*this, *m_splitter, m_settings);
    m_preferences->applyAll();
    setTabOrder(m_tree, m_reader);
    setTabOrder(m_reader, m_notes);
    setTabOrder(m_notes, m_cardPanel);
    m_tree->setFocus();
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::applicationIcon()
{
    return QIcon::fromTheme(QStringLiteral("org.studyguide.StudyGuide"),
                            QIcon(QStringLiteral(":/icons/org.studyguide.StudyGuide.svg")));
}

ProgressView *MainWindow::progressView()
{
    if (!m_progressView) {
        m_progressView = new ProgressView(m_session, m_progressPane);
        m_progressPane->layout()->addWidget(m_progressView);
    }
    return m_progressView;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::saveLayout()
{
    WindowLayout::save(*this, *m_splitter, m_settings);
    if (guide() && m_reader->currentTopic())
        m_settings.setLastTopic(guide()->id(), m_reader->currentTopic()->id);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_notes->saveNow();
    saveLayout();
    event->accept();
}

void MainWindow::showNotice(const QString &text)
{
    m_messageBar->showNotice(text);
}

void MainWindow::showStoreProblem()
{
    QStringList problems;
    if (!m_session.storeProblem().isEmpty())
        problems << m_session.storeProblem();
    if (!m_session.recoveryMessage().isEmpty())
        problems << m_session.recoveryMessage();
    if (m_settings.hadProblem())
        problems << tr("Your settings file could not be read; the defaults are used.");
    if (!problems.isEmpty())
        showNotice(problems.join(QLatin1Char(' ')));
}

const Guide *MainWindow::guide() const
{
    return m_session.guide();
}

void MainWindow::setGuide(std::unique_ptr<Guide> guide)
{
    m_readingTimer.stop();
    m_notes->setTopic(QString());
    m_history.clear();
    m_reader->setGuide(nullptr);
    m_tree->setGuide(nullptr);
    m_session.setGuide(std::move(guide));
    const Guide *shown = m_session.guide();
    m_tree->setGuide(shown);
    m_reader->setGuide(shown);
    m_messageBar->hide();
    showStoreProblem();
    if (m_everShown)
        m_find->reindex();
    if (!shown)
        return;
    setWindowTitle(shown->title() + QStringLiteral(" — ") + tr("Study Guide"));
    m_diagnostics->setDiagnostics(shown->diagnostics());
    if (hasErrors(shown->diagnostics()))
        m_diagnostics->show();

    if (!selectTopic(m_settings.lastTopic(shown->id())))
        m_reader->showTopic(shown->root());
    updateStudyCounts();
}

bool MainWindow::openGuideFolder(const QString &path)
{
    saveLayout();
    auto result = GuideLoader().load(path);
    if (!result.guide) {
        showLoadError(result.error);
        return false;
    }
    setGuide(std::move(result.guide));
    m_settings.setLastGuideFolder(path);
    return true;
}

void MainWindow::showLoadError(const QString &message)
{
    showNotice(tr("Could not open the guide: %1").arg(message));
}

const Topic *MainWindow::currentTopic() const
{
    return m_tree->currentTopic();
}

bool MainWindow::selectTopic(const QString &topicId)
{
    return m_tree->selectTopic(topicId);
}

void MainWindow::onCurrentTopicChanged()
{
    const Topic *topic = currentTopic();
    if (!topic)
        return;
    m_tabs->setCurrentIndex(0);
    m_reader->showTopic(topic);
    m_find->pageChanged();
    m_notes->setTopic(topic->page()->id);
    m_readingTimer.start();
    // A review goes on while the learner reads; otherwise the cards follow the topic.
    const StudyRound &round = m_session.round();
    if (round.kind() != StudyRound::Kind::Review || round.isDone())
        m_session.practise(topic);
    if (!m_navigatingHistory)
        m_history.visit(topic->id);
    updateNavigationActions();
    updateReviewCounts(); // the toolbar counts the selected part; the status bar's stay
}

void MainWindow::chooseGuideFolder()
{
    const QString folder = FileDialog::existingFolder(this, tr("Open Guide"), m_settings.lastGuideFolder());
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

void MainWindow::updateReviewCounts()
{
    if (!guide())
        return;
    // One rule everywhere (StudyQueue): the toolbar and Ctrl+R count the part of the guide that
    // is selected, as the review would.
    const StudyCounts counts = m_session.counts(currentTopic());
    m_reviewAction->setText(counts.total() > 0 ? tr("Review (%1 new · %2 learning · %3 review)")
                                                     .arg(counts.newCards)
                                                     .arg(counts.learning)
                                                     .arg(counts.review)
                                               : tr("Review"));
}

void MainWindow::updateStudyCounts()
{
    if (!guide())
        return;
    updateReviewCounts();
    // The status bar counts the whole guide, whatever is selected.
    const auto overall = m_session.progress().overall();
    const StudyCounts all = m_session.counts();
    m_statusCounts->setText(tr("%1% done · %2 of %3 cards learned · today: %4 new, %5 learning, %6 review")
                                 .arg(overall.percent)
                                 .arg(overall.learnedCards)
                                 .arg(overall.cards)
                                 .arg(all.newCards)
                                 .arg(all.learning)
                                 .arg(all.review));
}

void MainWindow::startReview()
{
    if (!guide())
        return;
    m_session.review(currentTopic());
    if (QWidget *dock = m_cardPanel->parentWidget())
        dock->show();
    m_cardPanel->setFocus();
}

void MainWindow::toggleBookmark()
{
    const bool onCard = m_cardPanel->isAncestorOf(focusWidget()) || focusWidget() == m_cardPanel;
    const QString cardId = m_session.round().currentCardId();
    StudySession::Outcome outcome;
    if (onCard && !cardId.isEmpty()) {
        outcome = m_session.toggleBookmark(ItemKind::Card, cardId);
    } else if (const Topic *topic = currentTopic()) {
        outcome = m_session.toggleBookmark(ItemKind::Topic, topic->id);
    } else {
        return;
    }
    statusBar()->showMessage(outcome.message, 5000);
}

void MainWindow::setCurrentStatus(TopicStatus status)
{
    const Topic *topic = currentTopic();
    if (!topic)
        return;
    if (m_session.setStatus(topic, status))
        statusBar()->showMessage(tr("\"%1\" is now %2.")
                                     .arg(topic->page()->title,
                                          status == TopicStatus::Done      ? tr("done")
                                              : status == TopicStatus::Reading ? tr("being read")
                                                                               : tr("not started")),
                                 4000);
}

void MainWindow::toggleBookmarkedOnly()
{
    m_tree->setBookmarkedOnly(action(QStringLiteral("bookmarkedOnly"))->isChecked());
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
    const Guide *shown = guide();
    if (!shown)
        return;
    if (kind == ItemKind::Topic) {
        selectTopic(itemId);
        return;
    }
    const Card *card = shown->card(itemId);
    // A card of the guide as a whole (an own card whose topic is gone) has no topic to select.
    if (!card || (!card->topicId.isEmpty() && !selectTopic(card->topicId)))
        return;
    m_session.practiseCard(itemId);
    m_cardPanel->setFocus();
}

void MainWindow::openMockInterview()
{
    // Not modal-blocking: the dialog saves its interview itself and the progress view
    // refreshes from the session's signals.
    auto *dialog = new MockInterviewDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
    m_panelWidths->fit(); // laid out now: the widths restored are the ones wanted
    m_everShown = true;
    // Indexing waits until the window has been painted and the desktop has shown it: started at
    // once, its worker threads took both cores from the first paint. Ctrl+K before then starts
    // it at once (showSearch).
    QTimer::singleShot(searchIndexDelayMs, m_find, &SearchCommands::ensureIndex);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    m_panelWidths->fit();
}

void MainWindow::showSearch()
{
    if (!m_everShown)
        return;
    m_find->showPopup(m_splitter);
}

void MainWindow::openSearchHit(const SearchHit &hit, const QString &query)
{
    if (hit.kind == SearchHit::Kind::Card)
        openBookmark(ItemKind::Card, hit.itemId);
    else
        selectTopic(hit.topicId);
    m_find->markQuery(query);
    if (hit.kind == SearchHit::Kind::Note)
        m_notes->setFocus(Qt::OtherFocusReason);
    else if (hit.kind == SearchHit::Kind::Topic)
        m_reader->setFocus(Qt::OtherFocusReason);
}
