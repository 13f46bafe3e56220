#pragma once

#include "SyncEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// One journal segment: the events of one device for one guide, as a file in the sync folder.
// Encoding and decoding only, no files and no database, so the reader can be fuzzed alone.
// The format is described in README.md in this folder.
struct SyncSegment
{
    // Why a segment is refused is part of a warning the learner reads (SyncEngine).
    Q_DECLARE_TR_FUNCTIONS(SyncSegment)

public:
    static constexpr quint16 formatVersion = 1;
    static constexpr qsizetype maximumFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype maximumStringBytes = 1024 * 1024;

    QString guideId;
    QString device;
    QString deviceName;
    bool snapshot = false;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QList<SyncEvent> events; // seq strictly increasing; each event's device is DEVICE

    QByteArray encode() const;

    enum class Problem { None, NotASegment, NewerVersion, Truncated, Corrupt, Invalid };
    struct Decoded;
    // Checks the whole of DATA and returns the segment only if every part of it is sound.
    static Decoded decode(const QByteArray &data);

    static bool isDeviceId(const QString &id);
};

struct SyncSegment::Decoded
{
    Problem problem = Problem::None;
    QString detail; // why, in a few words, for a warning
    SyncSegment segment;
    bool ok() const { return problem == Problem::None; }
};
