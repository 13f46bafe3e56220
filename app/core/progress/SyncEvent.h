#pragma once

#include <QString>

#include <tuple>

// One change made on one device, as the journal carries it (see README.md in this folder).
struct SyncEvent
{
    enum class Kind : quint8 { Review = 1, Status = 2, Note = 3, Bookmark = 4, Setting = 5, OwnCard = 6, Task = 7 };

    QString device;
    qint64 seq = 0;
    qint64 hlc = 0;
    Kind kind = Kind::Review;
    QString item;
    qint64 at = 0; // seconds since 1970, UTC
    qint32 number = 0;
    QString text;
    bool deleted = false;

    static bool isKnownKind(int kind) { return kind >= int(Kind::Review) && kind <= int(Kind::Task); }
    bool isRegister() const { return kind != Kind::Review; }

    // The content of an event besides its key: two events with one key but other content
    // resolve to the greater, the same on every device.
    auto content() const { return std::tie(hlc, kind, item, number, at, text, deleted); }
    bool sameContent(const SyncEvent &other) const { return content() == other.content(); }
    bool operator==(const SyncEvent &other) const
    {
        return device == other.device && seq == other.seq && sameContent(other);
    }
};
// Its strings are relocatable, so is it: a list of the merge's events grows by moving its memory
// instead of copying every event (and counting every string's reference up and down).
Q_DECLARE_TYPEINFO(SyncEvent, Q_RELOCATABLE_TYPE);
