#include "UtcDateTime.h"
#include "SyncEngine.h"

#include "LearnerSettings.h"
#include "ProgressStore.h"
#include "SyncFolder.h"
#include "SyncSegment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

struct ReadSegment
{
    SyncFolder::File file;
    SyncSegment segment;
};

QString lastSyncKey(const QString &guide)
{
    return QStringLiteral("last_sync/") + guide;
}

} // namespace

SyncEngine::SyncEngine(ProgressStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString SyncEngine::deviceId() const
{
    return m_store.deviceId();
}

QDateTime SyncEngine::lastSynced() const
{
    if (!m_store.canRead())
        return QDateTime();
    SyncDatabase db(m_store);
    const QString ms = db.state(lastSyncKey(m_store.guideId()));
    return ms.isEmpty() ? QDateTime() : UtcDateTime::fromMSecsSinceEpoch(ms.toLongLong());
}

QList<SyncDatabase::Device> SyncEngine::devices() const
{
    if (!m_store.canRead())
        return {};
    return SyncDatabase(m_store).devices(m_store.guideId());
}

SyncEngine::Result SyncEngine::syncNow()
{
    Result result;
    const auto failed = [&](const QString &error) {
        result.ok = false;
        result.error = error;
        emit synced(result);
        return result;
    };
    if (m_folder.isEmpty())
        return failed(tr("No sync folder is set."));
    if (!m_store.canWrite()) {
        return failed(tr("Progress cannot be synced while the progress file is read-only: %1")
                          .arg(m_store.problem().isEmpty() ? tr("it is not open.") : m_store.problem()));
    }
    const QFileInfo root(m_folder);
    if (!root.exists() || !root.isDir()) {
        return failed(tr("The sync folder %1 does not exist; was it removed, or is its disk not mounted?")
                          .arg(QDir::toNativeSeparators(m_folder)));
    }
    const QString guide = m_store.guideId();
    const SyncFolder folder(m_folder);
    SyncDatabase db(m_store);
    const QStringList ownIds = db.ownIds();

    // Read every file that is new or changed since it was last merged; a bad one is skipped.
    QHash<QString, SyncDatabase::KnownFile> known = db.knownFiles(guide);
    QHash<QString, QList<QPair<qint64, qint64>>> covered; // of our own ids: seq ranges held by sound files
    QList<ReadSegment> fresh;
    QSet<QString> present;
    for (const SyncFolder::File &file : folder.segmentFiles(guide)) {
        const QString key = file.device + QLatin1Char('/') + file.name;
        present.insert(key);
        const auto it = known.constFind(key);
        if (it != known.constEnd() && it->size == file.size && it->modified == file.modifiedMs) {
            covered[file.device].append(qMakePair(it->firstSeq, it->lastSeq));
            continue;
        }
        const auto skip = [&](const QString &why) {
            result.warnings.append(tr("Skipped %1 in the sync folder: %2. It is read again when it changes.")
                                       .arg(QDir::toNativeSeparators(file.path), why));
        };
        QFile f(file.path);
        if (file.size > SyncSegment::maximumFileBytes) {
            skip(tr("it is too large to be a journal segment"));
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            skip(f.errorString());
            continue;
        }
        SyncSegment::Decoded decoded = SyncSegment::decode(f.readAll());
        if (!decoded.ok()) {
            skip(decoded.detail);
            continue;
        }
        qint64 first = 0;
        qint64 last = 0;
        if (decoded.segment.device != file.device || decoded.segment.guideId != guide
            || (SyncFolder::parseSegmentName(file.name, &first, &last)
                && (first != decoded.segment.firstSeq || last != decoded.segment.lastSeq))) {
            skip(tr("it belongs to another guide or device than the folder it is in"));
            continue;
        }
        covered[file.device].append(qMakePair(decoded.segment.firstSeq, decoded.segment.lastSeq));
        fresh.append(ReadSegment { file, std::move(decoded.segment) });
    }

    if (!db.begin())
        return failed(tr("Your progress file could not be opened for the merge."));
    bool ok = true;
    for (auto it = known.cbegin(); ok && it != known.cend(); ++it) {
        if (!present.contains(it.key()))
            ok = db.forgetFile(
                guide, it.key().section(QLatin1Char('/'), 0, 0), it.key().section(QLatin1Char('/'), 1));
    }
    // Events under one of our own ids that we do not have as they are: another installation
    // writes under that id (a restored or copied progress file). Ours move to a new id.
    for (const QString &id : ownIds) {
        QSet<qint64> same;
        bool foreign = false;
        for (const ReadSegment &read : std::as_const(fresh)) {
            if (read.segment.device != id)
                continue;
            for (const SyncEvent &e : read.segment.events) {
                const std::optional<SyncEvent> mine = db.event(id, e.seq);
                if (mine && mine->sameContent(e))
                    same.insert(e.seq);
                else
                    foreign = true;
            }
        }
        if (ok && foreign) {
            ok = db.reissue(guide, id, same);
            covered.remove(id);
            result.warnings.append(
                tr("Another installation writes to the sync folder under this device's id (a "
                   "progress file restored from a backup or copied?). This one now syncs as a "
                   "new device, and nothing of either is lost."));
        }
    }
    SyncDatabase::Changes changes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ReadSegment &read : std::as_const(fresh)) {
        if (!ok)
            break;
        const int before = changes.added;
        ok = db.insert(guide, read.segment.events, changes)
            && db.rememberFile(guide, read.file.device, read.file.name,
                { read.file.size, read.file.modifiedMs, read.segment.firstSeq, read.segment.lastSeq });
        if (ok && !db.ownIds().contains(read.segment.device)) {
            ok = db.rememberDevice(guide, read.segment.device, read.segment.deviceName, now);
            if (changes.added > before && !result.fromDevices.contains(read.segment.deviceName))
                result.fromDevices.append(read.segment.deviceName);
        }
    }
    if (ok)
        changes.cards.unite(db.cardsReviewedSinceLastPass(guide));
    ok = ok && db.applyRegisters(guide, changes.registers);
    const FsrsParameters parameters = ok ? takeMergedSettings(db, changes, result) : m_parameters;
    // A schedule is a function of the card's log and the parameters: when the merged parameters
    // differ from the ones this device scheduled with, every card is replayed, as the device
    // that changed them did (reschedule()), so both end with the same schedules.
    if (ok && parameters != m_parameters)
        changes.cards.unite(db.reviewedCards(guide));
    ok = ok && db.recompute(guide, changes.cards, parameters, changes)
        && db.observeClock(changes.greatestClock);
    if (!ok || !db.commit()) {
        db.rollback();
        return failed(tr("The changes of other devices could not be merged into your progress file; nothing "
                         "was changed."));
    }
    m_parameters = parameters;
    result.eventsRead = changes.added;
    result.changed = changes.any();
    if (result.changed) {
        emit m_store.syncMerged();
        emit progressMerged();
    }

    // Write what the folder does not hold yet, under each of our ids.
    for (const QString &id : db.ownIds()) {
        const QString error = writeOwnEvents(guide, id, covered.value(id), result);
        if (!error.isEmpty())
            return failed(error);
    }
    const QString error = compact(guide, result);
    if (!error.isEmpty())
        return failed(error);
    db.setState(lastSyncKey(guide), QString::number(QDateTime::currentMSecsSinceEpoch()));
    emit synced(result);
    return result;
}

bool SyncEngine::reschedule(const FsrsParameters &parameters)
{
    const QString guide = m_store.guideId();
    if (parameters == m_parameters || guide.isEmpty() || !m_store.canWrite()) {
        m_parameters = parameters;
        return true;
    }
    SyncDatabase db(m_store);
    if (!db.begin())
        return false;
    if (!db.recompute(guide, db.reviewedCards(guide), parameters, SyncDatabase::Changes()) || !db.commit()) {
        db.rollback();
        return false;
    }
    m_parameters = parameters;
    emit m_store.syncMerged(); // every schedule may have moved: views read them again
    return true;
}

FsrsParameters SyncEngine::takeMergedSettings(
    const SyncDatabase &db, const SyncDatabase::Changes &changes, Result &result) const
{
    QHash<QString, QString> merged;
    for (const auto &[kind, key] : changes.registers) {
        if (kind == int(SyncEvent::Kind::Setting) && LearnerSettings::isLearnerKey(key))
            merged.insert(key, db.setting(m_store.guideId(), key));
    }
    if (merged.isEmpty())
        return m_parameters;
    result.settings = merged;
    LearnerSettings settings;
    settings.parameters = m_parameters;
    return settings.with(merged).parameters;
}

QString SyncEngine::writeOwnEvents(
    const QString &guide, const QString &device, const QList<QPair<qint64, qint64>> &covered, Result &result)
{
    // The seqs of DEVICE's events of this guide that no sound segment holds: one new segment
    // holds every event from the first of them to the last (so a segment [first, last] always
    // holds all of its device's events in that range, and its name says which).
    SyncDatabase db(m_store);
    const std::optional<QPair<qint64, qint64>> range = db.uncovered(guide, device, covered);
    if (!range)
        return QString();
    const auto [first, last] = *range;
    SyncSegment segment;
    segment.guideId = guide;
    segment.device = device;
    segment.deviceName = db.deviceName();
    segment.firstSeq = first;
    segment.lastSeq = last;
    segment.events = db.events(guide, device, first, last);
    const QString name = SyncFolder::segmentName(first, last);
    const QString dir = SyncFolder(m_folder).deviceFolder(guide, device);
    const QString error = SyncFolder::writeAtomically(dir, name, segment.encode());
    if (!error.isEmpty())
        return error;
    const QFileInfo written(dir + QLatin1Char('/') + name);
    db.rememberFile(
        guide, device, name, { written.size(), written.lastModified().toMSecsSinceEpoch(), first, last });
    result.eventsWritten += int(segment.events.size());
    return QString();
}

QString SyncEngine::compact(const QString &guide, Result &result)
{
    SyncDatabase db(m_store);
    const QString device = db.deviceId();
    const QString dir = SyncFolder(m_folder).deviceFolder(guide, device);
    QList<SyncFolder::File> own;
    qint64 bytes = 0;
    for (const SyncFolder::File &f : SyncFolder(m_folder).segmentFiles(guide)) {
        if (f.device == device) {
            own.append(f);
            bytes += f.size;
        }
    }
    if (own.size() <= m_compactSegments && bytes <= m_compactBytes)
        return QString();
    // A register event overwritten by a later one of this device can never win again.
    QList<SyncEvent> events = db.events(guide, device);
    if (events.isEmpty())
        return QString();
    QHash<QPair<int, QString>, qint64> latest;
    for (const SyncEvent &e : std::as_const(events)) {
        if (e.isRegister()) {
            qint64 &hlc = latest[{ int(e.kind), e.item }];
            hlc = std::max(hlc, e.hlc);
        }
    }
    SyncSegment snapshot;
    snapshot.guideId = guide;
    snapshot.device = device;
    snapshot.deviceName = db.deviceName();
    snapshot.snapshot = true;
    snapshot.firstSeq = events.constFirst().seq;
    snapshot.lastSeq = events.constLast().seq;
    for (const SyncEvent &e : std::as_const(events)) {
        if (!e.isRegister() || latest.value({ int(e.kind), e.item }) == e.hlc)
            snapshot.events.append(e);
    }
    const QString name = SyncFolder::segmentName(snapshot.firstSeq, snapshot.lastSeq);
    const QString error = SyncFolder::writeAtomically(dir, name, snapshot.encode());
    if (!error.isEmpty())
        return error;
    // Only once the snapshot is in place do the segments it replaces go.
    for (const SyncFolder::File &f : std::as_const(own)) {
        qint64 first = 0;
        qint64 last = 0;
        if (f.name == name || !SyncFolder::parseSegmentName(f.name, &first, &last)
            || first < snapshot.firstSeq || last > snapshot.lastSeq)
            continue;
        if (QFile::remove(f.path))
            db.forgetFile(guide, device, f.name);
    }
    const QFileInfo written(dir + QLatin1Char('/') + name);
    db.rememberFile(guide, device, name,
        { written.size(), written.lastModified().toMSecsSinceEpoch(), snapshot.firstSeq, snapshot.lastSeq });
    result.compacted = true;
    return QString();
}
