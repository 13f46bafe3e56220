#pragma once

#include "SyncEngine.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

class ProgressStore;

// Decides when a sync pass runs while the app is open, so that the window only shows the
// outcome: soon after the guide is opened, a moment after the last local change (a grade, a
// status, a bookmark, a note; a burst of them makes one pass), when the folder changes (a file
// watcher on the folder, the guide's folder and every other device's folder), and every rescan
// interval in case the watcher missed something (network file systems, a folder that came back).
// Passes run on this thread, one at a time; a failed pass leaves progress as it was and is tried
// again on the next trigger. Every interval can be set, so tests need not wait.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit SyncScheduler(ProgressStore &store, QObject *parent = nullptr);

    // The shared folder; empty turns sync off (and stops the watcher and the timers).
    void setFolder(const QString &folder);
    QString folder() const { return m_engine.folder(); }
    bool isEnabled() const { return !folder().isEmpty(); }
    void setParameters(const FsrsParameters &parameters) { m_engine.setParameters(parameters); }
    bool reschedule(const FsrsParameters &parameters) { return m_engine.reschedule(parameters); }

    struct Intervals
    {
        int startMs = 1500; // after the guide opens: the window paints first
        int debounceMs = 2000; // after the last local change
        int watchMs = 500; // after the folder changed: a sync engine writes several files at once
        int rescanMs = 60000; // however quiet the watcher is
    };
    void setIntervals(const Intervals &intervals);
    Intervals intervals() const { return m_intervals; }
    // For the status text: what "today" is.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The store's guide changed (or was opened): watch its folder and sync soon.
    void guideChanged();
    // Something local changed: sync once the changes stop for the debounce interval.
    void noteLocalChange();
    // One pass now, whatever is scheduled.
    SyncEngine::Result syncNow();
    // Whether a pass is waiting for its timer.
    bool isPending() const { return m_soon.isActive(); }
    int pendingInMs() const { return m_soon.isActive() ? m_soon.remainingTime() : -1; }

    const SyncEngine::Result &lastResult() const { return m_last; }
    bool hasRun() const { return m_hasRun; }
    // When a pass last succeeded for this guide (kept in the progress file); invalid if never.
    QDateTime lastSynced() const { return m_lastSynced; }
    // Each device and its events. Counting them scans the journal (about 0.1 s at 100,000
    // reviews), so the list is counted after a pass that read other devices' events or
    // compacted (the status line counts the devices), and after one that only wrote this
    // computer's changes it is counted when next asked for.
    QList<SyncDatabase::Device> devices() const;
    // How many times the device list was counted: each is a scan of the journal.
    int deviceListReads() const { return m_deviceListReads; }
    QString deviceId() const { return m_engine.deviceId(); }
    // This computer's name, as other devices list it.
    QString deviceName() const;
    // One line for the status bar: "Synced 14:02 · 2 other devices", or why the last pass failed;
    // empty while sync is off.
    QString statusText() const;
    QStringList watchedPaths() const;

signals:
    // A pass finished; RESULT says how. Views re-read the status and the devices.
    void synced(const SyncEngine::Result &result);
    // The status text changed (a pass, the folder set or cleared).
    void statusChanged();

private:
    void scheduleIn(int milliseconds);
    void folderChanged(const QString &path);
    // What a watched folder holds (names, sizes, times), to tell another device's change from
    // the echo of our own pass.
    static QStringList listing(const QString &path);
    void rewatch();
    // The last successful pass, and the devices unless DEVICES is false (nothing new).
    void readState(bool devices = true);

    ProgressStore &m_store;
    SyncEngine m_engine;
    QFileSystemWatcher m_watcher;
    QHash<QString, QStringList> m_listings; // of each watched folder, when the last pass ended
    QTimer m_soon;
    QTimer m_rescan;
    Intervals m_intervals;
    Clock m_clock;
    SyncEngine::Result m_last;
    bool m_hasRun = false;
    QDateTime m_lastSynced;
    int m_otherDevices = 0;
    mutable QList<SyncDatabase::Device> m_devices;
    mutable bool m_devicesStale = false; // this computer's counts changed since they were read
    mutable int m_deviceListReads = 0;
    bool m_running = false;
};
