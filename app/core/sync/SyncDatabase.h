#pragma once

#include "FsrsParameters.h"
#include "SyncEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <optional>

class ProgressStore;
struct sqlite3;

// The SQL of sync, on the progress store's own connection: this device's events, inserting
// other devices' events into the set, applying the winning register values, recomputing card
// schedules from the merged review log, and what is known of the folder's files and devices.
// The caller holds one transaction around a whole merge (begin/commit).
class SyncDatabase
{
public:
    explicit SyncDatabase(ProgressStore &store);

    bool begin();
    bool commit();
    void rollback();

    QString deviceId() const;
    QString deviceName() const;
    // This device's id and every id it wrote under before it had to take a new one.
    QStringList ownIds() const;
    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value);

    // Events of DEVICE in guide GUIDE with a seq in [FROM, TO], by seq.
    QList<SyncEvent> events(const QString &guide, const QString &device, qint64 from = 1,
        qint64 to = std::numeric_limits<qint64>::max()) const;
    std::optional<SyncEvent> event(const QString &device, qint64 seq) const;
    // The first and last seq of DEVICE's events of GUIDE outside every range in COVERED.
    std::optional<QPair<qint64, qint64>> uncovered(
        const QString &guide, const QString &device, const QList<QPair<qint64, qint64>> &covered) const;

    // What a merge touched: the cards to recompute and the registers to apply.
    struct Changes
    {
        // Cards to recompute besides those with new reviews (a review replaced by another version).
        QSet<QString> cards;
        // Cards whose whole log is replayed. Any other card with new reviews goes on from its
        // stored schedule when all of them come after every review it had.
        QSet<QString> replayWhole;
        // New reviews, by card: logged by recompute() with the values their replay gives.
        QHash<QString, QList<SyncEvent>> newReviews;
        QSet<QPair<int, QString>> registers;
        // Of each device read: the seqs the set held (read for the ranges merged), the ranges of
        // seqs this pass read, and the reviews it adds (stored only when recompute() logs them)
        // by seq, made only once a range overlaps one read before (a conflict copy, a snapshot
        // beside the segments it replaces): most passes never look a new review up.
        struct Device
        {
            QSet<qint64> known;
            QList<QPair<qint64, qint64>> ranges;
            bool indexed = false;
            QHash<qint64, SyncEvent> pending;
        };
        QHash<QString, Device> devices;
        int added = 0;
        qint64 greatestClock = 0;
        bool any() const { return added > 0; }
    };
    // Adds EVENTS (of guide GUIDE) to the set: a new key is added, a known key takes the greater
    // content (SyncEvent::content), an equal one changes nothing.
    bool insert(const QString &guide, const QList<SyncEvent> &events, Changes &changes);
    bool applyRegisters(const QString &guide, const QSet<QPair<int, QString>> &registers);
    // The merged value of the setting KEY (empty when none was ever journalled).
    QString setting(const QString &guide, const QString &key) const;
    // Replays the review log of each of CARDS and of each card with CHANGES' new reviews (which it
    // logs) into the card's schedule, and rewrites what each logged review led to.
    bool recompute(const QString &guide, const QSet<QString> &cards, const FsrsParameters &parameters,
        const Changes &changes);
    // Cards this device reviewed since the last call: a review logged at a time before a merged
    // one (a clock set back) needs its card recomputed too.
    QSet<QString> cardsReviewedSinceLastPass(const QString &guide);
    // Every card of GUIDE with a review in the log.
    QSet<QString> reviewedCards(const QString &guide) const;
    // Later local events order after VALUE.
    bool observeClock(qint64 value);

    // Moves this device's events of GUIDE under id OLDID, except the seqs in KEEP, to a new id:
    // another installation writes under OLDID too (see README.md, "two installations").
    bool reissue(const QString &guide, const QString &oldId, const QSet<qint64> &keep);

    struct KnownFile
    {
        qint64 size = 0;
        qint64 modified = 0;
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
    };
    // Files read whole and merged before, by "device/name".
    QHash<QString, KnownFile> knownFiles(const QString &guide) const;
    bool rememberFile(
        const QString &guide, const QString &device, const QString &name, const KnownFile &file);
    bool forgetFile(const QString &guide, const QString &device, const QString &name);

    struct Device
    {
        QString id;
        QString name;
        QDateTime lastRead; // when a segment of it was last merged; invalid for this device
        int events = 0;
        int reviews = 0; // of its events, the reviews
        bool self = false;
    };
    bool rememberDevice(
        const QString &guide, const QString &device, const QString &name, const QDateTime &read);
    QList<Device> devices(const QString &guide) const;

private:
    // The winning own-card event E: the card as it stands, or its removal.
    bool applyOwnCard(const QString &guide, const SyncEvent &e);
    sqlite3 *handle() const;
    bool exec(const QString &sql, const QVariantList &values = {});

    ProgressStore &m_store;
};
