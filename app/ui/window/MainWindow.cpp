#include "MainWindow.h"

#include "AppSettings.h"
#include "BookmarkFilterProxy.h"
#include "BookmarksPanel.h"
#include "CardPanel.h"
#include "DiagnosticsPanel.h"
#include "FileCommands.h"
#include "FileDialog.h"
#include "FindBar.h"
#include "GuideLoader.h"
#include "Guide.h"
#include "MainActions.h"
#include "MockInterviewDialog.h"
#include "NotesEditor.h"
#include "ProgressView.h"
#include "SchedulerSettingsDialog.h"
#include "SearchIndexBuilder.h"
#include "SearchPopup.h"
#include "ShortcutsDialog.h"
#include "StudyProgress.h"
#include "StudyRound.h"
#include "StudySession.h"
#include "ThemePalette.h"
#include "TopicItemDelegate.h"
#include "TopicReader.h"
#include "TopicTreeModel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(AppSettings &settings, StudySession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_session(session)
    , m_model(new TopicTreeModel(this))
    , m_filter(new BookmarkFilterProxy(this))
    , m_tree(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_reader(new TopicReader(this))
    , m_notes(new NotesEditor(session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_readerSplitter(new QSplitter(Qt::Vertical, this))
    , m_messageBar(new QLabel(this))
    , m_diagnostics(new DiagnosticsPanel(this))
    , m_cardPanel(new CardPanel(session, this))
    , m_bookmarks(new BookmarksPanel(session, this))
    , m_progressPane(new QWidget(this))
    , m_search(new SearchIndexBuilder(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Study Guide"));

    m_model->setProgress(&m_session.progress());
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
        const Topic *target = guide() ? guide()->topic(id) : nullptr;
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

    m_reader->setTaskState([this](const QString &id, bool inFile) { return m_session.isTaskDone(id, inFile); });
    connect(m_reader, &TopicReader::taskLinkActivated, this, [this](const QString &id) {
        if (m_session.toggleTask(id))
            m_reader->refreshPage();
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
        startSearchIndex(); // imported or restored notes become searchable
    });
    connect(m_notes, &NotesEditor::saved, m_search, &SearchIndexBuilder::setNote);

    m_readingTimer.setSingleShot(true);
    m_readingTimer.setInterval(readingDelayMs);
    connect(&m_readingTimer, &QTimer::timeout, this, [this] {
        if (const Topic *topic = currentTopic())
            m_session.markOpened(topic);
    });

    m_files = new FileCommands(m_session, *m_reader, *m_notes, [this] { return currentTopic(); }, this);
    connect(m_files, &FileCommands::done, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_files, &FileCommands::notice, this, &MainWindow::showNotice);

    MainActions::build(*this);
    restoreLayout();
    applySchedulerSettings();
    m_reader->setShowAnswers(m_settings.showAnswersInPage());
    m_session.setPracticeCounts(m_settings.practiceCounts());
    zoomReader(m_settings.readerZoom());
    setTabOrder(m_tree, m_reader);
    setTabOrder(m_reader, m_notes);
    setTabOrder(m_notes, m_cardPanel);
    m_tree->setFocus();
}

MainWindow::~MainWindow()
{
    // Views hold pointers into the guide: detach them before it goes.
    m_model->setGuide(nullptr);
}

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
    m_messageBar->setText(text);
    m_messageBar->show();
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
    m_model->setGuide(nullptr);
    m_session.setGuide(std::move(guide));
    const Guide *shown = m_session.guide();
    m_model->setGuide(shown);
    m_reader->setGuide(shown);
    m_messageBar->hide();
    showStoreProblem();
    if (m_everShown)
        startSearchIndex();
    if (!shown)
        return;
    setWindowTitle(shown->title() + QStringLiteral(" — ") + tr("Study Guide"));
    m_diagnostics->setDiagnostics(shown->diagnostics());
    if (hasErrors(shown->diagnostics()))
        m_diagnostics->show();

    for (int row = 0; row < m_filter->rowCount(); ++row)
        m_tree->expand(m_filter->index(row, 0));
    if (!selectTopic(m_settings.lastTopic(shown->id()))) {
        m_tree->setCurrentIndex(QModelIndex());
        m_reader->showTopic(shown->root());
    }
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
    // A review goes on while the learner reads; otherwise the cards follow the topic.
    const StudyRound &round = m_session.round();
    if (round.kind() != StudyRound::Kind::Review || round.isDone())
        m_session.practise(topic);
    if (!m_navigatingHistory)
        m_history.visit(topic->id);
    updateNavigationActions();
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

void MainWindow::updateStudyCounts()
{
    const Guide *shown = guide();
    if (!shown)
        return;
    // One rule everywhere (StudyQueue): the toolbar, the status bar and Ctrl+R count the part
    // of the guide that is selected, as the review would.
    const Topic *branch = currentTopic();
    const StudyCounts counts = m_session.counts(branch);
    m_reviewAction->setText(counts.total() > 0 ? tr("Review (%1 new · %2 learning · %3 review)")
                                                     .arg(counts.newCards)
                                                     .arg(counts.learning)
                                                     .arg(counts.review)
                                               : tr("Review"));
    const auto overall = m_session.progress().overall();
    const StudyCounts all = branch ? m_session.counts() : counts;
    statusBar()->showMessage(tr("%1% done · %2 of %3 cards learned · today: %4 new, %5 learning, %6 review")
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
    const Guide *shown = guide();
    if (!shown)
        return;
    if (kind == ItemKind::Topic) {
        selectTopic(itemId);
        return;
    }
    const Card *card = shown->card(itemId);
    if (!card || !selectTopic(card->topicId))
        return;
    StudyRound &round = m_session.round();
    m_session.practise(shown->topic(card->topicId));
    while (round.currentCardId() != itemId && round.position() + 1 < round.size())
        round.next();
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
    m_session.setSchedulerParameters(m_settings.schedulerParameters());
    m_session.setNewCardsPerDay(m_settings.newCardsPerDay());
    m_session.setRolloverHour(m_settings.dayStartHour());
}

void MainWindow::editSchedulerSettings()
{
    if (!m_schedulerDialog) {
        m_schedulerDialog = new SchedulerSettingsDialog(this);
        connect(m_schedulerDialog, &QDialog::accepted, this, [this] {
            m_settings.setSchedulerParameters(m_schedulerDialog->parameters());
            m_settings.setNewCardsPerDay(m_schedulerDialog->newCardsPerDay());
            m_settings.setDayStartHour(m_schedulerDialog->dayStartHour());
            m_settings.sync();
            applySchedulerSettings();
        });
    }
    m_schedulerDialog->setValues(m_settings.schedulerParameters(), m_settings.newCardsPerDay());
    m_schedulerDialog->setDayStartHour(m_settings.dayStartHour());
    m_schedulerDialog->open();
}

void MainWindow::setShowAnswers(bool show)
{
    m_settings.setShowAnswersInPage(show);
    m_reader->setShowAnswers(show);
}

void MainWindow::setPracticeCounts(bool counts)
{
    m_settings.setPracticeCounts(counts);
    m_session.setPracticeCounts(counts);
}

void MainWindow::openMockInterview()
{
    // Not modal-blocking: the dialog saves its interview itself and the progress view
    // refreshes from the session's signals.
    auto *dialog = new MockInterviewDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
    if (guide())
        m_search->start(SearchSource::fromGuide(*guide(), m_session.notes()));
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
