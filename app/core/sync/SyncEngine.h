#pragma once

#include "FsrsParameters.h"
#include "SyncDatabase.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class ProgressStore;

// One sync pass for the store's guide: reads every new or changed segment of other devices in
// the sync folder and merges it (one transaction), then writes this device's events that no
// segment in the folder holds yet, and compacts its own journal when it has grown. The design
// is in README.md in this folder. No timers and no watcher here: the caller decides when a pass
// runs (at start, after changes, when the folder changes) and calls syncNow().
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(ProgressStore &store, QObject *parent = nullptr);

    // The shared folder; empty turns sync off.
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    // Card schedules recomputed from a merged review log use these, with the learner's setting
    // events of the same merge applied first: the recomputed schedules are those the merged
    // settings give, on every device.
    void setParameters(const FsrsParameters &parameters) { m_parameters = parameters; }
    // A device's own folder is compacted into one snapshot past either limit.
    void setCompactionLimits(int segments, qint64 bytes)
    {
        m_compactSegments = segments;
        m_compactBytes = bytes;
    }

    struct Result
    {
        bool ok = true;
        QString error; // why the pass failed, one sentence for the user
        QStringList warnings; // files skipped, a new device id taken; never fatal
        int eventsRead = 0; // events of other devices that were new here
        int eventsWritten = 0; // own events written into a new segment
        bool changed = false; // the merge changed progress: views should read it again
        bool compacted = false;
        QStringList fromDevices; // names of the devices new events came from
        // Setting registers the merge touched, with the value each holds now, by key: the
        // caller applies those that differ from its own (LearnerSettings).
        QHash<QString, QString> settings;
    };
    Result syncNow();
    // Schedules with PARAMETERS from now on, replaying every reviewed card of the guide with
    // them, as a merge of them does on every other device. False if the store refused.
    bool reschedule(const FsrsParameters &parameters);

    // When a pass last finished without error, for this guide; invalid if never.
    QDateTime lastSynced() const;
    // Every device whose events this guide's progress holds, this one included.
    QList<SyncDatabase::Device> devices() const;
    QString deviceId() const;

signals:
    // A pass finished; RESULT says how.
    void synced(const SyncEngine::Result &result);
    // Another device's changes were merged into the store (the store emits syncMerged too).
    void progressMerged();

private:
    QString writeOwnEvents(const QString &guide, const QString &device,
        const QList<QPair<qint64, qint64>> &covered, Result &result);
    QString compact(const QString &guide, Result &result);
    // The touched setting registers' values, and the scheduler parameters they give.
    FsrsParameters takeMergedSettings(
        const SyncDatabase &db, const SyncDatabase::Changes &changes, Result &result) const;

    ProgressStore &m_store;
    QString m_folder;
    FsrsParameters m_parameters;
    int m_compactSegments = 64;
    qint64 m_compactBytes = 4 * 1024 * 1024;
};
