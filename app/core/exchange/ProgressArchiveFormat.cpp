#include "ProgressArchiveFormat.h"

#include "OwnCards.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

const auto formatName = QStringLiteral("studyguide-progress");

// Enums are written by name so that a file reads on its own and survives a renumbering.
const QStringList &statusNames()
{
    static const QStringList names { QStringLiteral("not-started"), QStringLiteral("reading"),
        QStringLiteral("done") };
    return names;
}
const QStringList &kindNames()
{
    static const QStringList names { QStringLiteral("topic"), QStringLiteral("card") };
    return names;
}
const QStringList &stateNames()
{
    static const QStringList names { QStringLiteral("new"), QStringLiteral("learning"),
        QStringLiteral("review"), QStringLiteral("relearning") };
    return names;
}
const QStringList &ratingNames() // Rating starts at 1
{
    static const QStringList names { QStringLiteral("again"), QStringLiteral("hard"), QStringLiteral("good"),
        QStringLiteral("easy") };
    return names;
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// Reads the fields of one entry, remembering the first one that is missing or wrong.
class EntryReader
{
public:
    explicit EntryReader(const QJsonObject &entry)
        : m_entry(entry)
    {
    }
    bool ok() const { return m_bad.isEmpty(); }
    QString bad() const { return m_bad; }

    QString id(const QString &key) { return check(key, !text(key).isEmpty()) ? text(key) : QString(); }
    QString text(const QString &key, bool optional = false)
    {
        const QJsonValue v = m_entry.value(key);
        if (optional && v.isUndefined())
            return QString(QLatin1String(""));
        check(key, v.isString());
        return v.toString();
    }
    QDateTime time(const QString &key, bool nullable = false)
    {
        const QJsonValue v = m_entry.value(key);
        if (nullable && (v.isNull() || v.isUndefined()))
            return QDateTime();
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
        // Only a time that can be written back: ISO 8601 text in UTC has a four-digit year, so
        // "9999-12-31T23:00:00-05:00" (in the year 10000 in UTC) would export as nothing.
        check(key, v.isString() && t.isValid() && t.date().year() >= 1 && t.date().year() <= 9999);
        return t;
    }
    qint64 integer(const QString &key, double minimum, double maximum)
    {
        const double d = m_entry.value(key).toDouble(std::nan(""));
        check(key, std::isfinite(d) && d == std::floor(d) && d >= minimum && d <= maximum);
        return ok() ? qint64(d) : 0;
    }
    bool flag(const QString &key)
    {
        const QJsonValue v = m_entry.value(key);
        check(key, v.isBool());
        return v.toBool();
    }
    std::optional<double> number(const QString &key)
    {
        const QJsonValue v = m_entry.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        check(key, v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= 0.0);
        return v.toDouble();
    }
    // The index of the entry's name in NAMES.
    int name(const QString &key, const QStringList &names)
    {
        const int index = int(names.indexOf(m_entry.value(key).toString()));
        check(key, index >= 0);
        return std::max(index, 0);
    }

    // Stability and difficulty come as a pair: one without the other is an error.
    void fail(const QString &key) { check(key, false); }

private:
    bool check(const QString &key, bool good)
    {
        if (!good && m_bad.isEmpty())
            m_bad = key;
        return good;
    }
    QJsonObject m_entry;
    QString m_bad;
};

} // namespace

QJsonObject ProgressArchiveFormat::toJson(
    const QString &guideId, const ProgressStore::ImportBatch &data, const QDateTime &now)
{
    QJsonArray topics;
    for (const auto &s : data.statuses) {
        topics.append(QJsonObject { { QStringLiteral("id"), s.topicId },
            { QStringLiteral("status"), statusNames().value(int(s.status)) },
            { QStringLiteral("updatedAt"), timeValue(s.updatedAt) } });
    }
    QJsonArray bookmarks;
    for (const Bookmark &b : data.bookmarks) {
        bookmarks.append(QJsonObject { { QStringLiteral("kind"), kindNames().value(int(b.kind)) },
            { QStringLiteral("id"), b.itemId }, { QStringLiteral("note"), b.note },
            { QStringLiteral("createdAt"), timeValue(b.createdAt) } });
    }
    QJsonArray notes;
    for (const TopicNote &n : data.notes) {
        notes.append(QJsonObject { { QStringLiteral("topicId"), n.topicId },
            { QStringLiteral("text"), n.text }, { QStringLiteral("updatedAt"), timeValue(n.updatedAt) } });
    }
    QJsonArray cards;
    QStringList cardIds = data.schedules.keys();
    std::sort(cardIds.begin(), cardIds.end());
    for (const QString &id : std::as_const(cardIds)) {
        const CardSchedule s = data.schedules.value(id);
        cards.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("state"), stateNames().value(int(s.state)) }, { QStringLiteral("step"), s.step },
            { QStringLiteral("stability"), s.memory ? QJsonValue(s.memory->stability) : QJsonValue() },
            { QStringLiteral("difficulty"), s.memory ? QJsonValue(s.memory->difficulty) : QJsonValue() },
            { QStringLiteral("due"), timeValue(s.due) },
            { QStringLiteral("lastReview"), timeValue(s.lastReview) }, { QStringLiteral("reps"), s.reps },
            { QStringLiteral("lapses"), s.lapses } });
    }
    QJsonArray reviews;
    for (const ReviewLogEntry &r : data.reviews) {
        reviews.append(QJsonObject { { QStringLiteral("cardId"), r.cardId },
            { QStringLiteral("rating"), ratingNames().value(int(r.rating) - 1) },
            { QStringLiteral("reviewedAt"), timeValue(r.reviewedAt) },
            { QStringLiteral("stateBefore"), stateNames().value(int(r.stateBefore)) },
            { QStringLiteral("scheduledSeconds"), r.scheduledSeconds },
            { QStringLiteral("source"), r.source } });
    }
    QJsonArray tasks;
    for (const auto &t : data.tasks) {
        tasks.append(QJsonObject { { QStringLiteral("id"), t.taskId }, { QStringLiteral("done"), t.done },
            { QStringLiteral("updatedAt"), timeValue(t.updatedAt) } });
    }
    QJsonArray ownCards;
    for (const OwnCard &c : data.ownCards) {
        ownCards.append(QJsonObject { { QStringLiteral("id"), c.id }, { QStringLiteral("topicId"), c.topicId },
            { QStringLiteral("prompt"), c.prompt }, { QStringLiteral("answer"), c.answer },
            { QStringLiteral("createdAt"), timeValue(c.createdAt) },
            { QStringLiteral("updatedAt"), timeValue(c.updatedAt) } });
    }
    return QJsonObject { { QStringLiteral("format"), formatName },
        { QStringLiteral("version"), formatVersion }, { QStringLiteral("guideId"), guideId },
        { QStringLiteral("exportedAt"), timeValue(now) }, { QStringLiteral("topics"), topics },
        { QStringLiteral("bookmarks"), bookmarks }, { QStringLiteral("notes"), notes },
        { QStringLiteral("cards"), cards }, { QStringLiteral("reviews"), reviews },
        { QStringLiteral("tasks"), tasks }, { QStringLiteral("ownCards"), ownCards } };
}

bool ProgressArchiveFormat::fromJson(const QJsonObject &json, Contents &contents, QString &error)
{
    if (json.value(QStringLiteral("format")).toString() != formatName) {
        error = tr("it is not a Study Guide progress file");
        return false;
    }
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1) {
        error = tr("its format version is missing or not a whole number");
        return false;
    }
    if (version.toDouble() > formatVersion) {
        error = tr("it was written by a newer version of Study Guide (format version %1; this version reads "
                   "up to %2)")
                    .arg(version.toDouble())
                    .arg(formatVersion);
        return false;
    }
    Contents out;
    out.guideId = json.value(QStringLiteral("guideId")).toString();
    if (out.guideId.isEmpty()) {
        error = tr("it does not say which guide it belongs to");
        return false;
    }
    out.exportedAt = QDateTime::fromString(json.value(QStringLiteral("exportedAt")).toString(), Qt::ISODate);

    // Every list is read the same way: it must be an array (or absent), each entry must read
    // cleanly, and an id may appear only once.
    const auto readList = [&](const QString &key, const auto &readEntry) {
        const QJsonValue list = json.value(key);
        if (!list.isUndefined() && !list.isArray()) {
            error = tr("\"%1\" is not a list").arg(key);
            return false;
        }
        QSet<QString> seen;
        const QJsonArray entries = list.toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (!entries.at(i).isObject()) {
                error = tr("entry %1 of \"%2\" is not an object").arg(i + 1).arg(key);
                return false;
            }
            EntryReader reader(entries.at(i).toObject());
            const QString id = readEntry(reader);
            if (!reader.ok()) {
                error = tr("entry %1 of \"%2\" has no valid \"%3\"").arg(i + 1).arg(key, reader.bad());
                return false;
            }
            if (!id.isEmpty() && seen.contains(id)) {
                error = tr("entry %1 of \"%2\" repeats an earlier one").arg(i + 1).arg(key);
                return false;
            }
            seen.insert(id);
        }
        return true;
    };
    auto &data = out.data;
    const bool ok = readList(QStringLiteral("topics"), [&](EntryReader &r) -> QString {
        ProgressStore::TopicStatusEntry e { r.id(QStringLiteral("id")),
            TopicStatus(r.name(QStringLiteral("status"), statusNames())),
            r.time(QStringLiteral("updatedAt")) };
        data.statuses.append(e);
        return e.topicId;
    }) && readList(QStringLiteral("bookmarks"), [&](EntryReader &r) -> QString {
        Bookmark b { ItemKind(r.name(QStringLiteral("kind"), kindNames())), r.id(QStringLiteral("id")),
            r.text(QStringLiteral("note"), true), r.time(QStringLiteral("createdAt")) };
        data.bookmarks.append(b);
        return QString::number(int(b.kind)) + QLatin1Char(':') + b.itemId;
    }) && readList(QStringLiteral("notes"), [&](EntryReader &r) -> QString {
        TopicNote n { r.id(QStringLiteral("topicId")), r.text(QStringLiteral("text")),
            r.time(QStringLiteral("updatedAt")) };
        data.notes.append(n);
        return n.topicId;
    }) && readList(QStringLiteral("cards"), [&](EntryReader &r) -> QString {
        const QString id = r.id(QStringLiteral("id"));
        CardSchedule s;
        s.state = CardState(r.name(QStringLiteral("state"), stateNames()));
        s.step = int(r.integer(QStringLiteral("step"), 0, 1000));
        const auto stability = r.number(QStringLiteral("stability"));
        const auto difficulty = r.number(QStringLiteral("difficulty"));
        if (stability && difficulty)
            s.memory = MemoryState { *stability, *difficulty };
        else if (stability || difficulty)
            r.fail(stability ? QStringLiteral("difficulty") : QStringLiteral("stability"));
        s.due = r.time(QStringLiteral("due"), true);
        s.lastReview = r.time(QStringLiteral("lastReview"), true);
        s.reps = int(r.integer(QStringLiteral("reps"), 0, 1e9));
        s.lapses = int(r.integer(QStringLiteral("lapses"), 0, 1e9));
        data.schedules.insert(id, s);
        return id;
    }) && readList(QStringLiteral("reviews"), [&](EntryReader &r) -> QString {
        ReviewLogEntry e { r.id(QStringLiteral("cardId")),
            Rating(r.name(QStringLiteral("rating"), ratingNames()) + 1), r.time(QStringLiteral("reviewedAt")),
            CardState(r.name(QStringLiteral("stateBefore"), stateNames())),
            r.integer(QStringLiteral("scheduledSeconds"), -1e12, 1e12),
            r.text(QStringLiteral("source"), true) };
        if (e.source.isEmpty())
            e.source = QStringLiteral("review");
        data.reviews.append(e);
        return QString(); // the same review twice is a duplicate to skip, not an error
    }) && readList(QStringLiteral("tasks"), [&](EntryReader &r) -> QString {
        ProgressStore::TaskStateEntry t { r.id(QStringLiteral("id")), r.flag(QStringLiteral("done")),
            r.time(QStringLiteral("updatedAt")) };
        data.tasks.append(t);
        return t.taskId;
    }) && readList(QStringLiteral("ownCards"), [&](EntryReader &r) -> QString {
        OwnCard c;
        c.id = r.id(QStringLiteral("id"));
        c.topicId = r.text(QStringLiteral("topicId"), true); // empty: made for the guide as a whole
        c.prompt = r.id(QStringLiteral("prompt")); // a card without a prompt cannot be asked
        c.answer = r.text(QStringLiteral("answer"), true);
        c.createdAt = r.time(QStringLiteral("createdAt"));
        c.updatedAt = r.time(QStringLiteral("updatedAt"));
        // Only ids an own card can have: a file must not pose as one of the guide's cards.
        if (!OwnCards::isOwn(c.id))
            r.fail(QStringLiteral("id"));
        data.ownCards.append(c);
        return c.id;
    });
    if (ok)
        contents = out;
    return ok;
}
