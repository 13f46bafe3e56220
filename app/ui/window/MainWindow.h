#pragma once

#include "NavigationHistory.h"
#include "ProgressBackups.h"
#include "ProgressTypes.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

class AppSettings;
class BookmarkFilterProxy;
class BookmarksPanel;
class CardDeck;
class CardPanel;
class DiagnosticsPanel;
class FindBar;
class Guide;
class NotesEditor;
class ProgressStore;
class ProgressView;
class SearchIndexBuilder;
class SearchPopup;
struct SearchHit;
class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTextDocument;
class QTreeView;
class QVBoxLayout;
class StudyProgress;
class TopicReader;
class TopicTreeModel;
struct Topic;

// The one window: the topic tree beside the reader (with the user's note under it), the cards
// dock, bookmarks and progress. It wires views to the core and holds no rules of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Nothing of STORE is read until setGuide(): start-up builds the window while another
    // thread still opens the store.
    MainWindow(AppSettings &settings, ProgressStore &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows GUIDE (or none, when null) with the progress in the store, and says what went
    // wrong with the store or the settings; restores the topic the user had open last time.
    void setGuide(std::unique_ptr<Guide> guide);
    // Loads the guide folder PATH; on failure keeps the current guide and says why.
    bool openGuideFolder(const QString &path);
    void showLoadError(const QString &message);

    bool selectTopic(const QString &topicId);
    const Topic *currentTopic() const;
    const Guide *guide() const { return m_guide.get(); }
    StudyProgress &progress() const { return *m_progress; }
    CardDeck &deck() const { return *m_deck; }
    QTreeView *treeView() const { return m_tree; }
    TopicReader *reader() const { return m_reader; }
    CardPanel *cardPanel() const { return m_cardPanel; }
    BookmarksPanel *bookmarksPanel() const { return m_bookmarks; }
    NotesEditor *notesEditor() const { return m_notes; }
    // Built on first use: opening the Progress tab, or asking here.
    ProgressView *progressView();
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    QAction *action(const QString &objectName) const;
    // NAME from the desktop's icon theme, or the icon bundled under that name.
    static QIcon themeIcon(const QString &name);
    // The app's own icon (the one the package installs), for the window and the task bar.
    static QIcon applicationIcon();
    static QKeySequence standardKey(QKeySequence::StandardKey key, const QKeySequence &fallback);
    // Created on first use (Ctrl+F), under the reader.
    FindBar *findBar();
    SearchIndexBuilder &searchIndex() const { return *m_search; }
    // Created on first use (Ctrl+K).
    SearchPopup *searchPopup();

    // What the File menu does once the user has chosen a file; each returns false and says why
    // on failure. Public so that tests need not answer the file dialogs.
    bool exportCards(const QString &path, bool mnemosyne = false);
    bool exportProgress(const QString &path);
    bool importProgress(const QString &path);
    // BRANCH (the whole guide when null) as a PDF file.
    bool exportPdf(const QString &path, const Topic *branch);
    // How long a topic stays open before it counts as being read; arrowing past it does not.
    static constexpr int readingDelayMs = 2500;
    // How long after the window first shows the search index starts building.
    static constexpr int searchIndexDelayMs = 600;
    int readerZoom() const { return m_zoomSteps; }
    // The dialog the scheduler settings action opens; tests answer it without blocking.
    class SchedulerSettingsDialog *schedulerSettingsDialog() const { return m_schedulerDialog; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut,
                       const QString &statusTip, const std::function<void()> &slot);
    void restoreLayout();
    void saveLayout();
    void onCurrentTopicChanged();
    void chooseGuideFolder();
    void goBack();
    void goForward();
    void updateNavigationActions();
    void updateStudyCounts();
    void startReview();
    void toggleBookmark();
    void setCurrentStatus(TopicStatus status);
    void markNotStarted() { setCurrentStatus(TopicStatus::NotStarted); }
    void markReading() { setCurrentStatus(TopicStatus::Reading); }
    void markDone() { setCurrentStatus(TopicStatus::Done); }
    void toggleBookmarkedOnly();
    void showBookmarks();
    void toggleProgress();
    void openBookmark(ItemKind kind, const QString &itemId);
    void showTreeMenu(const QPoint &position);
    void showStoreProblem();
    void chooseBackup();
    void restoreBackup(const ProgressBackups::Backup &backup);
    void editSchedulerSettings();
    void zoomReader(int steps);
    void setTheme(const QString &theme);
    void showShortcuts();
    void applySchedulerSettings();
    // Indexes the guide afresh, e.g. after it or the notes changed wholesale.
    void startSearchIndex();
    // Indexes it unless an index is built or being built.
    void ensureSearchIndex();
    void showSearch();
    void findInPage();
    void stepMatch(bool backward);
    void openSearchHit(const SearchHit &hit, const QString &query);
    void chooseCardExport();
    void chooseProgressExport();
    void chooseProgressImport();
    void choosePdfExport(bool wholeGuide);
    void printBranch();
    void reportFailure(const QString &title, const QString &message);

    AppSettings &m_settings;
    ProgressStore &m_store;
    std::unique_ptr<Guide> m_guide;
    StudyProgress *m_progress = nullptr;
    CardDeck *m_deck = nullptr;
    TopicTreeModel *m_model = nullptr;
    BookmarkFilterProxy *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    TopicReader *m_reader = nullptr;
    NotesEditor *m_notes = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_readerSplitter = nullptr;
    QLabel *m_messageBar = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    CardPanel *m_cardPanel = nullptr;
    BookmarksPanel *m_bookmarks = nullptr;
    QWidget *m_progressPane = nullptr; // the Progress tab, which holds the view once built
    ProgressView *m_progressView = nullptr;
    NavigationHistory m_history;
    bool m_navigatingHistory = false;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_reviewAction = nullptr;
    int m_zoomSteps = 0;
    QTimer m_readingTimer; // a topic counts as being read once it has stayed open a moment
    class SchedulerSettingsDialog *m_schedulerDialog = nullptr;
    SearchIndexBuilder *m_search = nullptr;
    SearchPopup *m_searchPopup = nullptr;
    FindBar *m_findBar = nullptr;
    QVBoxLayout *m_readerLayout = nullptr;
    bool m_everShown = false; // the search index is built once the window is on screen
};
