#include "MainWindow.h"

#include "AppSettings.h"
#include "DiagnosticsPanel.h"
#include "Guide.h"
#include "GuideLoader.h"
#include "ItemDataRoles.h"
#include "TopicReader.h"
#include "TopicTreeModel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_model(new TopicTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_reader(new TopicReader(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_messageBar(new QLabel(this))
    , m_diagnostics(new DiagnosticsPanel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Study Guide"));

    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Topics"));
    m_tree->setAccessibleDescription(tr("The guide's topics; Enter or a click opens one"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onCurrentTopicChanged);

    m_reader->setAccessibleName(tr("Reader"));
    m_reader->setAccessibleDescription(tr("The text of the selected topic"));
    connect(m_reader, &TopicReader::topicLinkActivated, this, [this](const QString &id, const QString &anchor) {
        const Topic *target = m_guide ? m_guide->topic(id) : nullptr;
        if (!target)
            return;
        // A link to a heading inside a page opens the outline section when there is one.
        if (!anchor.isEmpty()) {
            for (const auto &child : target->children) {
                if (child->kind == Topic::Kind::Section && child->anchor == anchor)
                    target = child.get();
            }
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

    auto *readerPane = new QWidget(this);
    auto *readerLayout = new QVBoxLayout(readerPane);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_messageBar);
    readerLayout->addWidget(m_reader);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(readerPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 300, 800 });
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    m_diagnostics->hide();

    createActions();
    restoreLayout();
    setTabOrder(m_tree, m_reader);
    m_tree->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *openGuide = fileMenu->addAction(tr("&Open Guide..."), this, &MainWindow::chooseGuideFolder);
    openGuide->setShortcut(QKeySequence::Open);
    openGuide->setStatusTip(tr("Open a folder of Markdown files as a guide"));
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setStatusTip(tr("Quit Study Guide"));

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    m_backAction = goMenu->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setShortcut(QKeySequence::Back);
    m_backAction->setStatusTip(tr("Go back to the previous topic"));
    m_forwardAction = goMenu->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this,
                                        &MainWindow::goForward);
    m_forwardAction->setShortcut(QKeySequence::Forward);
    m_forwardAction->setStatusTip(tr("Go forward to the next topic"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *problems = m_diagnostics->toggleViewAction();
    problems->setStatusTip(tr("Show the problems found in the guide"));
    viewMenu->addAction(problems);

    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigationToolbar"));
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_forwardAction);

    // Shortcuts keep working with the menu bar hidden.
    addActions({ openGuide, quit, m_backAction, m_forwardAction });
    updateNavigationActions();
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(available.size().boundedTo(QSize(1200, 800)));
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
    saveLayout();
    event->accept();
}

void MainWindow::setGuide(std::unique_ptr<Guide> guide)
{
    m_history.clear();
    m_reader->setGuide(nullptr);
    m_model->setGuide(guide.get());
    m_guide = std::move(guide);
    m_reader->setGuide(m_guide.get());
    m_messageBar->hide();
    if (!m_guide)
        return;
    setWindowTitle(m_guide->title() + QStringLiteral(" — ") + tr("Study Guide"));
    m_diagnostics->setDiagnostics(m_guide->diagnostics());
    if (hasErrors(m_guide->diagnostics()))
        m_diagnostics->show();
    statusBar()->showMessage(tr("%1 topics, %2 cards").arg(m_guide->topicCount()).arg(m_guide->cardCount()));

    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
    const QString last = m_settings.lastTopic(m_guide->id());
    if (!selectTopic(last)) {
        m_tree->setCurrentIndex(QModelIndex());
        m_reader->showTopic(m_guide->root());
    }
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

bool MainWindow::selectTopic(const QString &topicId)
{
    const QModelIndex index = m_model->indexForId(topicId);
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

void MainWindow::onCurrentTopicChanged()
{
    const Topic *topic = TopicTreeModel::topicAt(m_tree->currentIndex());
    if (!topic)
        return;
    m_reader->showTopic(topic);
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
