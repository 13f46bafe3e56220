#include "SyncScheduler.h"

#include "ProgressStore.h"
#include "SyncFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

SyncScheduler::SyncScheduler(ProgressStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(store)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&m_rescan, &QTimer::timeout, this, [this] { scheduleIn(0); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SyncScheduler::folderChanged);
    // Every change the store journals is one another device should get.
    connect(&m_store, &ProgressStore::bookmarksChanged, this, &SyncScheduler::noteLocalChange);
    connect(&m_store, &ProgressStore::topicStatusChanged, this, &SyncScheduler::noteLocalChange);
    connect(&m_store, &ProgressStore::cardReviewed, this, &SyncScheduler::noteLocalChange);
    connect(&m_store, &ProgressStore::noteChanged, this, &SyncScheduler::noteLocalChange);
    connect(&m_store, &ProgressStore::taskChanged, this, &SyncScheduler::noteLocalChange);
    connect(&m_store, &ProgressStore::ownCardsChanged, this, &SyncScheduler::noteLocalChange);
    connect(&m_store, &ProgressStore::syncedSettingsChanged, this, &SyncScheduler::noteLocalChange);
}

void SyncScheduler::setFolder(const QString &folder)
{
    if (folder == m_engine.folder())
        return;
    m_engine.setFolder(folder);
    m_last = SyncEngine::Result();
    m_hasRun = false;
    m_soon.stop();
    m_rescan.stop();
    readState();
    rewatch();
    if (isEnabled()) {
        m_rescan.start(m_intervals.rescanMs);
        scheduleIn(m_intervals.startMs);
    }
    emit statusChanged();
}

void SyncScheduler::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
    if (m_rescan.isActive())
        m_rescan.start(m_intervals.rescanMs);
}

void SyncScheduler::guideChanged()
{
    m_hasRun = false;
    m_last = SyncEngine::Result();
    readState();
    rewatch();
    if (isEnabled() && !m_store.guideId().isEmpty())
        scheduleIn(m_intervals.startMs);
    emit statusChanged();
}

void SyncScheduler::noteLocalChange()
{
    // Restarted by every change: a review session makes one pass once the learner pauses.
    if (isEnabled() && !m_running)
        m_soon.start(m_intervals.debounceMs);
}

void SyncScheduler::scheduleIn(int milliseconds)
{
    if (!isEnabled())
        return;
    // Never later than a pass already due sooner.
    if (!m_soon.isActive() || m_soon.remainingTime() > milliseconds)
        m_soon.start(milliseconds);
}

QStringList SyncScheduler::listing(const QString &path)
{
    // A folder that went away differs from one that is empty.
    if (!QFileInfo(path).isDir())
        return { QStringLiteral("/missing") };
    QStringList out;
    for (const QFileInfo &entry : QDir(path).entryInfoList(
             QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name)) {
        out << entry.fileName() + QLatin1Char('/') + QString::number(entry.size()) + QLatin1Char('/')
                + QString::number(entry.lastModified().toMSecsSinceEpoch());
    }
    return out;
}

void SyncScheduler::folderChanged(const QString &path)
{
    // Our own pass writes into the watched folders too (its first segment makes the guide's
    // folder and its own); the watcher reports that after the pass. A folder that looks as it
    // did when the pass ended has nothing new.
    if (m_running || listing(path) == m_listings.value(path))
        return;
    scheduleIn(m_intervals.watchMs);
}

SyncEngine::Result SyncScheduler::syncNow()
{
    m_soon.stop();
    if (!isEnabled() || m_running || m_store.guideId().isEmpty()) {
        SyncEngine::Result skipped;
        skipped.ok = false;
        skipped.error = m_running ? tr("A sync pass is running.")
            : isEnabled()         ? tr("No guide is open.")
                                  : tr("No sync folder is set.");
        return skipped;
    }
    m_running = true;
    m_last = m_engine.syncNow();
    m_running = false;
    m_hasRun = true;
    if (m_last.ok) {
        // Only other devices' events (or a compaction) can change which devices there are.
        const bool othersChanged = m_last.eventsRead > 0 || m_last.compacted;
        readState(othersChanged); // which clears the stale mark when it counts
        if (!othersChanged && m_last.eventsWritten > 0)
            m_devicesStale = true;
    }
    // A folder that appeared, or a new device's folder, is watched from now on; one that was
    // removed is watched again when it comes back.
    rewatch();
    emit synced(m_last);
    emit statusChanged();
    return m_last;
}

void SyncScheduler::readState(bool devices)
{
    m_lastSynced = QDateTime();
    if (devices) {
        m_otherDevices = 0;
        m_devices.clear();
        m_devicesStale = false;
    }
    if (m_store.guideId().isEmpty())
        return;
    m_lastSynced = m_engine.lastSynced();
    if (!devices)
        return;
    m_devices = m_engine.devices();
    ++m_deviceListReads;
    for (const SyncDatabase::Device &device : std::as_const(m_devices))
        m_otherDevices += device.self ? 0 : 1;
}

QList<SyncDatabase::Device> SyncScheduler::devices() const
{
    if (m_devicesStale && !m_store.guideId().isEmpty()) {
        m_devices = m_engine.devices();
        ++m_deviceListReads;
    }
    m_devicesStale = false;
    return m_devices;
}

void SyncScheduler::rewatch()
{
    const QStringList old = m_watcher.directories();
    QStringList wanted;
    const QString root = m_engine.folder();
    const QString guide = m_store.guideId();
    if (!root.isEmpty() && !guide.isEmpty() && QFileInfo(root).isDir()) {
        wanted << root;
        const SyncFolder folder(root);
        const QString guideFolder = folder.guideFolder(guide);
        if (QFileInfo(guideFolder).isDir()) {
            wanted << guideFolder;
            // Our own folder changes only by our own passes (and the rescan notices if someone
            // removes it).
            const QString own = m_store.deviceId();
            for (const QString &device : QDir(guideFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                if (device != own)
                    wanted << guideFolder + QLatin1Char('/') + device;
            }
        }
    }
    QStringList gone;
    for (const QString &path : old) {
        if (!wanted.contains(path))
            gone << path;
    }
    if (!gone.isEmpty())
        m_watcher.removePaths(gone);
    QStringList added;
    for (const QString &path : std::as_const(wanted)) {
        if (!old.contains(path))
            added << path;
    }
    if (!added.isEmpty())
        m_watcher.addPaths(added);
    m_listings.clear();
    for (const QString &path : std::as_const(wanted))
        m_listings.insert(path, listing(path));
}

QString SyncScheduler::deviceName() const
{
    return m_store.guideId().isEmpty() ? QString() : SyncDatabase(m_store).deviceName();
}

QStringList SyncScheduler::watchedPaths() const
{
    return m_watcher.directories();
}

QString SyncScheduler::statusText() const
{
    if (!isEnabled())
        return QString();
    if (m_hasRun && !m_last.ok)
        return tr("Sync failed: %1").arg(m_last.error);
    if (!m_lastSynced.isValid())
        return tr("Not synced yet");
    const QDateTime at = m_lastSynced.toLocalTime();
    const QString when = at.date() == m_clock().toLocalTime().date()
        ? QLocale().toString(at.time(), QLocale::ShortFormat)
        : QLocale().toString(at, QLocale::ShortFormat);
    const QString others = m_otherDevices == 0 ? tr("no other device yet")
        : m_otherDevices == 1                  ? tr("1 other device")
                                               : tr("%1 other devices").arg(m_otherDevices);
    return tr("Synced %1 · %2").arg(when, others);
}
