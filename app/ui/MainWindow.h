#pragma once

#include "NavigationHistory.h"

#include <QMainWindow>

#include <memory>

class AppSettings;
class DiagnosticsPanel;
class Guide;
class QAction;
class QLabel;
class QSplitter;
class QTreeView;
class TopicReader;
class TopicTreeModel;
struct Topic;

// The one window: the topic tree beside the reader, with menus, toolbar and docks.
// It wires views to the core and holds no rules of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows GUIDE; restores the topic the user had open in it last time.
    void setGuide(std::unique_ptr<Guide> guide);
    // Loads the guide folder PATH; on failure keeps the current guide and says why.
    bool openGuideFolder(const QString &path);
    void showLoadError(const QString &message);

    bool selectTopic(const QString &topicId);
    const Guide *guide() const { return m_guide.get(); }
    QTreeView *treeView() const { return m_tree; }
    TopicReader *reader() const { return m_reader; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreLayout();
    void saveLayout();
    void onCurrentTopicChanged();
    void chooseGuideFolder();
    void goBack();
    void goForward();
    void updateNavigationActions();

    AppSettings &m_settings;
    std::unique_ptr<Guide> m_guide;
    TopicTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    TopicReader *m_reader = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_messageBar = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    NavigationHistory m_history;
    bool m_navigatingHistory = false;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
};
