#pragma once

#include "CardCommands.h"
#include "NavigationHistory.h"
#include "ProgressTypes.h"
#include "SearchCommands.h"
#include "SettingsCommands.h"
#include "TopicTreeView.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

class AppSettings;
class BookmarksPanel;
class CardCommands;
class CardPanel;
class DiagnosticsPanel;
class FileCommands;
class FindBar;
class Guide;
class NotesEditor;
class NoticeBar;
class ProgressView;
class SearchIndexBuilder;
class SearchCommands;
class SearchPopup;
class SettingsCommands;
class SidePanelWidths;
class SyncControls;
class StudySession;
struct SearchHit;
class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTreeView;
class TopicReader;
class TopicTreeView;
struct Topic;

// The one window: the topic tree beside the reader (with the user's note under it), the cards
// dock, bookmarks and progress. It lays out the views and turns actions into StudySession
// calls; the rules live in the core. Menus and actions are built by MainActions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Nothing of SESSION's store is read until setGuide(): start-up builds the window while
    // another thread still opens the store.
    MainWindow(AppSettings &settings, StudySession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows GUIDE (or none, when null) with the progress in the store, and says what went
    // wrong with the store or the settings; restores the topic the user had open last time.
    void setGuide(std::unique_ptr<Guide> guide);
    // Loads the guide folder PATH; on failure keeps the current guide and says why.
    bool openGuideFolder(const QString &path);
    void showLoadError(const QString &message);

    bool selectTopic(const QString &topicId);
    const Topic *currentTopic() const;
    const Guide *guide() const;
    StudySession &session() const { return m_session; }
    QTreeView *treeView() const { return m_tree; }
    TopicReader *reader() const { return m_reader; }
    CardPanel *cardPanel() const { return m_cardPanel; }
    BookmarksPanel *bookmarksPanel() const { return m_bookmarks; }
    NotesEditor *notesEditor() const { return m_notes; }
    // Built on first use: opening the Progress tab, or asking here.
    ProgressView *progressView();
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    QAction *action(const QString &objectName) const;
    // The app's own icon (the one the package installs), for the window and the task bar.
    static QIcon applicationIcon();
    // Created on first use (Ctrl+F), under the reader.
    FindBar *findBar() { return m_find->findBar(); }
    SearchIndexBuilder &searchIndex() const { return m_find->index(); }
    // Created on first use (Ctrl+K).
    SearchPopup *searchPopup() { return m_find->popup(); }
    // How long a topic stays open before it counts as being read; arrowing past it does not.
    static constexpr int readingDelayMs = 2500;
    // How long after the window first shows the search index starts building.
    static constexpr int searchIndexDelayMs = 600;
    // The reader never gets narrower than this: a readable measure beside the tree and cards.
    static constexpr int readerMinimumWidth = 360;
    int readerZoom() const { return m_preferences->zoomSteps(); }
    // The dialog the scheduler settings action opens; tests answer it without blocking.
    SchedulerSettingsDialog *schedulerSettingsDialog() const { return m_preferences->schedulerDialog(); }
    // The dialog New Card and Edit Card open (null until first used); tests fill it and accept it.
    CardEditorDialog *cardEditorDialog() const { return m_cards->editor(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class MainActions;

    void saveLayout();
    void onCurrentTopicChanged();
    void chooseGuideFolder();
    void goBack();
    void goForward();
    void updateNavigationActions();
    void updateStudyCounts();
    void updateReviewCounts();
    void startReview();
    void toggleBookmark();
    void setCurrentStatus(TopicStatus status);
    void toggleBookmarkedOnly();
    void showBookmarks();
    void toggleProgress();
    void openBookmark(ItemKind kind, const QString &itemId);
    void showStoreProblem();
    void showNotice(const QString &text);
    void showShortcuts();
    void openMockInterview();
    void showSearch();
    void openSearchHit(const SearchHit &hit, const QString &query);

    AppSettings &m_settings;
    StudySession &m_session;
    TopicTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    TopicReader *m_reader = nullptr;
    NotesEditor *m_notes = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_readerSplitter = nullptr;
    NoticeBar *m_messageBar = nullptr;
    QLabel *m_statusCounts = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    CardPanel *m_cardPanel = nullptr;
    SidePanelWidths *m_panelWidths = nullptr;
    BookmarksPanel *m_bookmarks = nullptr;
    QWidget *m_progressPane = nullptr; // the Progress tab, which holds the view once built
    ProgressView *m_progressView = nullptr;
    FileCommands *m_files = nullptr;
    SearchCommands *m_find = nullptr;
    SettingsCommands *m_preferences = nullptr;
    CardCommands *m_cards = nullptr;
    SyncControls *m_sync = nullptr;
    NavigationHistory m_history;
    bool m_navigatingHistory = false;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QTimer m_readingTimer; // a topic counts as being read once it has stayed open a moment
    bool m_everShown = false; // the search index is built once the window is on screen
};
