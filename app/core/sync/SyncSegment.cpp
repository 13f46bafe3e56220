#include "SyncSegment.h"

#include "HybridClock.h"

#include <QCryptographicHash>
#include <QStringDecoder>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace {

const char magic[] = "SGSYNC\r\n";
constexpr qsizetype magicSize = 8;
constexpr qsizetype checksumSize = 32;
constexpr quint16 snapshotFlag = 1;
constexpr quint8 deletedFlag = 1;
// 253402300799 is 9999-12-31T23:59:59Z, the last second QDateTime and the archive format write.
constexpr qint64 latestSecond = 253402300799;
// Bytes of an event with empty strings: the reader refuses counts that cannot fit.
constexpr qsizetype smallestEventBytes = 8 + 8 + 1 + 1 + 4 + 8 + 4 + 4;

QByteArray checksumOf(const char *data, qsizetype size)
{
    return QCryptographicHash::hash(QByteArrayView(data, size), QCryptographicHash::Sha256);
}

class Writer
{
public:
    template<typename T> void put(T value)
    {
        char bytes[sizeof(T)];
        qToLittleEndian(value, bytes);
        m_out.append(bytes, sizeof(T));
    }
    void putString(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        put(quint32(utf8.size()));
        m_out.append(utf8);
    }
    void putRaw(const QByteArray &bytes) { m_out.append(bytes); }
    QByteArray &bytes() { return m_out; }

private:
    QByteArray m_out;
};

// Reads from a buffer it never reads past; after the first failure every read fails.
class Reader
{
public:
    Reader(const char *data, qsizetype size)
        : m_data(data)
        , m_size(size)
    {
    }
    template<typename T> bool get(T &value)
    {
        if (!m_ok || m_size - m_pos < qsizetype(sizeof(T)))
            return m_ok = false;
        value = qFromLittleEndian<T>(m_data + m_pos);
        m_pos += qsizetype(sizeof(T));
        return true;
    }
    // The last string read into a field, so that a field that repeats itself (a review's source,
    // the same in nearly every event) shares one string instead of making one for each event.
    struct Repeated
    {
        QByteArrayView bytes;
        QString string;
    };
    bool getString(QString &s, bool *badText, Repeated *previous = nullptr)
    {
        quint32 length = 0;
        if (!get(length))
            return false;
        if (length > quint32(SyncSegment::maximumStringBytes) || qsizetype(length) > m_size - m_pos)
            return m_ok = false;
        const QByteArrayView bytes(m_data + m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        if (previous && previous->bytes.data() && previous->bytes == bytes) {
            s = previous->string;
            return true;
        }
        if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; })) {
            s = QString::fromLatin1(bytes); // ASCII, the usual case, is UTF-8 as it is
        } else {
            QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            s = decode(bytes);
            if (decode.hasError())
                *badText = true;
        }
        if (previous)
            *previous = { bytes, s };
        return true;
    }
    bool ok() const { return m_ok; }
    qsizetype remaining() const { return m_size - m_pos; }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

SyncSegment::Decoded failure(SyncSegment::Problem problem, const QString &detail)
{
    SyncSegment::Decoded d;
    d.problem = problem;
    d.detail = detail;
    return d;
}

// Why EVENT cannot be taken, or an empty string.
QString invalidEvent(const SyncEvent &e)
{
    if (!SyncEvent::isKnownKind(int(e.kind)))
        return SyncSegment::tr("unknown kind %1").arg(int(e.kind));
    if (e.item.isEmpty())
        return SyncSegment::tr("an event without an item");
    if (e.hlc < 0 || e.hlc >= HybridClock::maximumValue)
        return SyncSegment::tr("a clock value out of range");
    if (e.at < 0 || e.at > latestSecond)
        return SyncSegment::tr("a time out of range");
    switch (e.kind) {
    case SyncEvent::Kind::Review:
        if (e.number < 1 || e.number > 4)
            return SyncSegment::tr("a rating out of range");
        break;
    case SyncEvent::Kind::Status:
        if (e.number < 0 || e.number > 2)
            return SyncSegment::tr("a status out of range");
        break;
    case SyncEvent::Kind::Bookmark:
        if (!e.item.startsWith(QLatin1String("topic:")) && !e.item.startsWith(QLatin1String("card:")))
            return SyncSegment::tr("a bookmark of an unknown kind of item");
        break;
    case SyncEvent::Kind::OwnCard:
        if (!e.item.startsWith(QLatin1String("own/")))
            return SyncSegment::tr("an own card whose id is not one");
        break;
    case SyncEvent::Kind::Task:
        if (e.number < 0 || e.number > 1)
            return SyncSegment::tr("a task state out of range");
        break;
    case SyncEvent::Kind::Note:
    case SyncEvent::Kind::Setting:
        break;
    }
    return QString();
}

} // namespace

bool SyncSegment::isDeviceId(const QString &id)
{
    if (id.size() != 32)
        return false;
    for (const QChar c : id) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QByteArray SyncSegment::encode() const
{
    Writer w;
    w.putRaw(QByteArray(magic, magicSize));
    w.put(formatVersion);
    w.put(quint16(snapshot ? snapshotFlag : 0));
    w.putString(guideId);
    w.putString(device);
    w.putString(deviceName);
    w.put(quint64(firstSeq));
    w.put(quint64(lastSeq));
    w.put(quint32(events.size()));
    for (const SyncEvent &e : events) {
        w.put(quint64(e.seq));
        w.put(qint64(e.hlc));
        w.put(quint8(e.kind));
        w.put(quint8(e.deleted ? deletedFlag : 0));
        w.putString(e.item);
        w.put(qint64(e.at));
        w.put(qint32(e.number));
        w.putString(e.text);
    }
    QByteArray &out = w.bytes();
    out.append(checksumOf(out.constData(), out.size()));
    return out;
}

SyncSegment::Decoded SyncSegment::decode(const QByteArray &data)
{
    if (data.size() < magicSize || std::memcmp(data.constData(), magic, magicSize) != 0)
        return failure(Problem::NotASegment, tr("not a journal segment"));
    if (data.size() > maximumFileBytes)
        return failure(Problem::Invalid, tr("larger than a segment can be"));
    Reader header(data.constData() + magicSize, data.size() - magicSize);
    quint16 version = 0;
    quint16 flags = 0;
    if (!header.get(version) || !header.get(flags))
        return failure(Problem::Truncated, tr("cut short"));
    if (version > formatVersion)
        return failure(
            Problem::NewerVersion, tr("written by a newer version (format %1)").arg(version));
    if (version == 0)
        return failure(Problem::Invalid, tr("format version 0"));
    if (data.size() < magicSize + 4 + checksumSize)
        return failure(Problem::Truncated, tr("cut short"));
    // The checksum first: a torn or truncated copy is told apart from a well-formed bad one.
    const qsizetype bodySize = data.size() - checksumSize;
    if (checksumOf(data.constData(), bodySize) != data.mid(bodySize))
        return failure(
            Problem::Corrupt, tr("its checksum does not match (truncated or damaged)"));

    Decoded d;
    SyncSegment &s = d.segment;
    s.snapshot = flags & snapshotFlag;
    Reader r(data.constData() + magicSize + 4, bodySize - magicSize - 4);
    bool badText = false;
    quint64 first = 0;
    quint64 last = 0;
    quint32 count = 0;
    if (!r.getString(s.guideId, &badText) || !r.getString(s.device, &badText)
        || !r.getString(s.deviceName, &badText) || !r.get(first) || !r.get(last) || !r.get(count))
        return failure(Problem::Invalid, tr("its header is malformed"));
    if (s.guideId.isEmpty() || !isDeviceId(s.device))
        return failure(Problem::Invalid, tr("its header names no guide or no device"));
    if (first < 1 || first > last || last >= (quint64(1) << 62))
        return failure(Problem::Invalid, tr("its range of events is impossible"));
    if (qsizetype(count) > r.remaining() / smallestEventBytes)
        return failure(Problem::Invalid, tr("it claims more events than it holds"));
    s.firstSeq = qint64(first);
    s.lastSeq = qint64(last);
    s.events.reserve(qsizetype(count));
    qint64 previous = 0;
    Reader::Repeated previousText;
    for (quint32 i = 0; i < count; ++i) {
        SyncEvent e;
        quint64 seq = 0;
        quint8 kind = 0;
        quint8 eventFlags = 0;
        if (!r.get(seq) || !r.get(e.hlc) || !r.get(kind) || !r.get(eventFlags)
            || !r.getString(e.item, &badText) || !r.get(e.at) || !r.get(e.number)
            || !r.getString(e.text, &badText, &previousText))
            return failure(Problem::Invalid, tr("event %1 is malformed").arg(i + 1));
        if (seq < first || seq > last || qint64(seq) <= previous)
            return failure(Problem::Invalid, tr("event %1 is out of order").arg(i + 1));
        e.device = s.device;
        e.seq = previous = qint64(seq);
        e.kind = SyncEvent::Kind(kind);
        e.deleted = eventFlags & deletedFlag;
        if (eventFlags & ~deletedFlag)
            return failure(Problem::Invalid, tr("event %1 has unknown flags").arg(i + 1));
        const QString why = invalidEvent(e);
        if (!why.isEmpty())
            return failure(Problem::Invalid, tr("event %1: %2").arg(i + 1).arg(why));
        s.events.append(std::move(e));
    }
    if (badText)
        return failure(Problem::Invalid, tr("it holds text that is not UTF-8"));
    if (r.remaining() != 0)
        return failure(Problem::Invalid, tr("it has bytes after its last event"));
    return d;
}
