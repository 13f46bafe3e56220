#pragma once

#include <QObject>

class AppSettings;
class QLabel;
class QMainWindow;
class StudySession;

// The window's side of sync: the Settings menu's commands (choose a sync folder, sync now,
// stop syncing) and the status bar's line saying when progress last synced and with how many
// other devices, or why it failed. When and how a pass runs is SyncScheduler's business.
class SyncControls : public QObject
{
    Q_OBJECT

public:
    // Starts syncing with the folder in SETTINGS, if one is set; the label goes into WINDOW's
    // status bar.
    SyncControls(AppSettings &settings, StudySession &session, QMainWindow &window);

    // Asks for a folder (FileDialog), remembers it and syncs with it; cancelled: nothing changes.
    void chooseFolder();
    void syncNow();
    // Forgets the folder: progress stays as it is, and nothing is written there any more.
    void stopSyncing();
    QLabel *statusLabel() const { return m_status; }

signals:
    // One sentence for the status bar's temporary message.
    void message(const QString &text);
    // Sync was turned on or off.
    void enabledChanged(bool enabled);

private:
    void setFolder(const QString &folder);
    void showStatus();

    AppSettings &m_settings;
    StudySession &m_session;
    QMainWindow &m_window;
    QLabel *m_status;
};
