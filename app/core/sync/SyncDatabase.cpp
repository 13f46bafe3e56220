#include "UtcDateTime.h"
#include "SyncDatabase.h"

#include "OwnCards.h"
#include "ProgressStore.h"
#include "Scheduler.h"
#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>
#include <vector>

namespace {

const QString selectEvent
    = QStringLiteral("SELECT device, seq, hlc, kind, item, at, number, text, deleted FROM sync_events");
// Every event: the registers of sync_events and the reviews of review_log (schema step 6).
const QString selectJournalEvent
    = QStringLiteral("SELECT device, seq, hlc, kind, item, at, number, text, deleted FROM sync_journal");

SyncEvent eventFrom(const QSqlQuery &q)
{
    SyncEvent e;
    e.device = q.value(0).toString();
    e.seq = q.value(1).toLongLong();
    e.hlc = q.value(2).toLongLong();
    e.kind = SyncEvent::Kind(q.value(3).toInt());
    e.item = q.value(4).toString();
    e.at = q.value(5).toLongLong();
    e.number = q.value(6).toInt();
    e.text = q.value(7).toString();
    e.deleted = q.value(8).toBool();
    return e;
}

// Qt binds a null QString as SQL NULL; our text columns are NOT NULL and mean "empty" by it.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i,
            values.at(i).metaType().id() == QMetaType::QString ? text(values.at(i).toString())
                                                               : values.at(i));
}

qint64 seconds(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : 0;
}

} // namespace

SyncDatabase::SyncDatabase(ProgressStore &store)
    : m_store(store)
{
}

bool SyncDatabase::begin()
{
    // A first merge writes every row of a long history: a larger page cache keeps the indexes
    // in memory instead of spilling them to the WAL file halfway (64 MiB at most, freed at close).
    exec(QStringLiteral("PRAGMA cache_size = -65536"));
    return m_store.canWrite() && m_store.m_db.transaction();
}

bool SyncDatabase::commit()
{
    if (m_store.m_db.commit())
        return true;
    m_store.m_db.rollback();
    return false;
}

void SyncDatabase::rollback()
{
    m_store.m_db.rollback();
    m_store.loadJournalState(); // a rolled back new id or clock must not stay in memory
}

sqlite3 *SyncDatabase::handle() const
{
    // The store's own connection, so that the statements run inside the merge's transaction.
    const QVariant handle = m_store.m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SyncDatabase::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_store.m_db);
    if (!q.prepare(sql))
        return false;
    bindAll(q, values);
    return q.exec();
}

QString SyncDatabase::deviceId() const
{
    return m_store.m_deviceId;
}

QString SyncDatabase::deviceName() const
{
    return state(QStringLiteral("device_name"));
}

QStringList SyncDatabase::ownIds() const
{
    QStringList ids { deviceId() };
    for (const QString &id :
        state(QStringLiteral("retired_ids")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QString SyncDatabase::state(const QString &key) const
{
    QSqlQuery q(m_store.m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncDatabase::setState(const QString &key, const QString &value)
{
    return exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

QList<SyncEvent> SyncDatabase::events(
    const QString &guide, const QString &device, qint64 from, qint64 to) const
{
    QList<SyncEvent> out;
    QSqlQuery q(m_store.m_db);
    q.setForwardOnly(true);
    q.prepare(selectJournalEvent
        + QStringLiteral(" WHERE device = ? AND seq BETWEEN ? AND ? AND guide_id = ? ORDER BY seq"));
    q.addBindValue(device);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(guide);
    q.exec();
    while (q.next())
        out.append(eventFrom(q));
    return out;
}

std::optional<SyncEvent> SyncDatabase::event(const QString &device, qint64 seq) const
{
    QSqlQuery q(m_store.m_db);
    q.prepare(selectJournalEvent + QStringLiteral(" WHERE device = ? AND seq = ?"));
    q.addBindValue(device);
    q.addBindValue(seq);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return eventFrom(q);
}

std::optional<QPair<qint64, qint64>> SyncDatabase::uncovered(
    const QString &guide, const QString &device, const QList<QPair<qint64, qint64>> &covered) const
{
    QString sql
        = QStringLiteral("SELECT MIN(seq), MAX(seq) FROM sync_journal WHERE device = ? AND +guide_id = ?");
    QVariantList values { device, guide };
    for (const auto &[first, last] : covered) {
        sql += QStringLiteral(" AND seq NOT BETWEEN ? AND ?");
        values << first << last;
    }
    QSqlQuery q(m_store.m_db);
    if (!q.prepare(sql))
        return std::nullopt;
    bindAll(q, values);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return QPair<qint64, qint64>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

bool SyncDatabase::insert(const QString &guide, const QList<SyncEvent> &events, Changes &changes)
{
    // A review is stored by recompute(), as its review_log row once its replay is known; any other
    // event goes to sync_events here. Which keys the set holds is read once for each device's
    // range of seqs, instead of a look-up for each event.
    SqliteStatement add(handle(),
        "INSERT OR IGNORE INTO sync_events (device, seq, guide_id, hlc, kind, item, at, number, text, deleted)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    SqliteStatement held(handle(), "SELECT seq FROM sync_journal WHERE device = ?1 AND seq BETWEEN ?2 AND ?3");
    SqliteStatement unlogEvent(handle(), "DELETE FROM sync_events WHERE device = ?1 AND seq = ?2");
    SqliteStatement unlogReview(handle(), "DELETE FROM review_log WHERE device = ?1 AND seq = ?2");
    if (!add.isValid() || !held.isValid() || !unlogEvent.isValid() || !unlogReview.isValid())
        return false;
    // Each device's range of seqs in EVENTS, and whether they repeat a seq read before.
    struct Range
    {
        qint64 first;
        qint64 last;
        bool ascending = true;
    };
    QHash<QString, Range> ranges;
    for (const SyncEvent &e : events) {
        const auto range = ranges.find(e.device);
        if (range == ranges.end()) {
            ranges.insert(e.device, { e.seq, e.seq });
        } else {
            range->ascending = range->ascending && e.seq > range->last;
            range->first = std::min(range->first, e.seq);
            range->last = std::max(range->last, e.seq);
        }
    }
    for (auto range = ranges.cbegin(); range != ranges.cend(); ++range) {
        Changes::Device &device = changes.devices[range.key()];
        held.reset();
        held.bind(1, range.key());
        held.bind(2, range->first);
        held.bind(3, range->last);
        while (held.next())
            device.known.insert(held.int64(0));
        if (held.error())
            return false;
        const bool overlaps = !range->ascending
            || std::any_of(device.ranges.cbegin(), device.ranges.cend(), [&](const QPair<qint64, qint64> &r) {
                   return r.first <= range->last && range->first <= r.second;
               });
        if (overlaps && !device.indexed) {
            for (const QList<SyncEvent> &reviews : std::as_const(changes.newReviews)) {
                for (const SyncEvent &e : reviews) {
                    if (e.device == range.key())
                        device.pending.insert(e.seq, e);
                }
            }
            device.indexed = true;
        }
        device.ranges.append({ range->first, range->last });
    }
    const auto note = [&](const SyncEvent &e) {
        if (e.kind == SyncEvent::Kind::Review)
            changes.cards.insert(e.item);
        else
            changes.registers.insert({ int(e.kind), e.item });
    };
    const QString *deviceId = nullptr;
    Changes::Device *device = nullptr;
    QSet<qint64> *known = nullptr;
    QHash<qint64, SyncEvent> *pending = nullptr;
    for (const SyncEvent &e : events) {
        if (!deviceId || *deviceId != e.device) {
            deviceId = &e.device;
            device = &changes.devices[e.device];
            known = &device->known;
            pending = &device->pending;
        }
        const auto waiting = device->indexed ? pending->find(e.seq) : pending->end();
        if (waiting != pending->end()) {
            // A review this pass adds, read again (a conflict copy, or a snapshot beside the
            // segments it compacts), or a second version of it: the greater content wins.
            if (waiting->sameContent(e) || !(waiting->content() < e.content()))
                continue;
            QList<SyncEvent> &reviews = changes.newReviews[waiting->item];
            reviews.removeIf([&](const SyncEvent &r) { return r.seq == e.seq && r.device == e.device; });
            pending->erase(waiting);
        } else if (known->contains(e.seq)) {
            // The key is in the set: the same event read again (the usual case), or a second version
            // of it written by another installation with the same id. The greater content wins.
            const std::optional<SyncEvent> stored = event(e.device, e.seq);
            if (!stored || stored->sameContent(e) || !(stored->content() < e.content()))
                continue;
            for (SqliteStatement *unlog : { &unlogEvent, &unlogReview }) {
                unlog->bind(1, e.device);
                unlog->bind(2, e.seq);
                if (!unlog->run())
                    return false;
            }
            known->remove(e.seq);
            if (stored->kind == SyncEvent::Kind::Review)
                changes.replayWhole.insert(stored->item);
            note(*stored);
        }
        if (e.kind == SyncEvent::Kind::Review) {
            if (device->indexed)
                pending->insert(e.seq, e);
            changes.newReviews[e.item].append(e);
        } else {
            add.bind(1, e.device);
            add.bind(2, e.seq);
            add.bind(3, guide);
            add.bind(4, e.hlc);
            add.bind(5, int(e.kind));
            add.bind(6, e.item);
            add.bind(7, e.at);
            add.bind(8, e.number);
            add.bind(9, e.text);
            add.bind(10, e.deleted ? 1 : 0);
            if (!add.run())
                return false;
            known->insert(e.seq);
            changes.registers.insert({ int(e.kind), e.item });
        }
        ++changes.added;
        changes.greatestClock = std::max(changes.greatestClock, e.hlc);
    }
    return true;
}

bool SyncDatabase::applyRegisters(const QString &guide, const QSet<QPair<int, QString>> &registers)
{
    QSqlQuery winner(m_store.m_db);
    winner.prepare(selectEvent
        + QStringLiteral(" WHERE guide_id = ? AND kind = ? AND item = ? AND kind <> 1"
                         " ORDER BY hlc DESC, device DESC LIMIT 1"));
    for (const auto &[kind, item] : registers) {
        winner.bindValue(0, guide);
        winner.bindValue(1, kind);
        winner.bindValue(2, item);
        if (!winner.exec())
            return false;
        if (!winner.next())
            continue;
        const SyncEvent e = eventFrom(winner);
        winner.finish();
        bool ok = true;
        switch (e.kind) {
        case SyncEvent::Kind::Status:
            ok = exec(
                QStringLiteral(
                    "INSERT INTO topic_progress (guide_id, topic_id, status, updated_at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (guide_id, topic_id) DO UPDATE SET status = excluded.status,"
                    " updated_at = excluded.updated_at"),
                { guide, e.item, e.number, e.at });
            break;
        case SyncEvent::Kind::Note:
            ok = e.deleted
                ? exec(QStringLiteral("DELETE FROM notes WHERE guide_id = ? AND topic_id = ?"),
                    { guide, e.item })
                : exec(QStringLiteral(
                           "INSERT INTO notes (guide_id, topic_id, text, updated_at) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT (guide_id, topic_id) DO UPDATE SET text = excluded.text,"
                           " updated_at = excluded.updated_at"),
                    { guide, e.item, e.text, e.at });
            break;
        case SyncEvent::Kind::Bookmark: {
            const bool card = e.item.startsWith(QLatin1String("card:"));
            const QString id = e.item.mid(e.item.indexOf(QLatin1Char(':')) + 1);
            const int itemKind = int(card ? ItemKind::Card : ItemKind::Topic);
            ok = e.deleted
                ? exec(QStringLiteral(
                           "DELETE FROM bookmarks WHERE guide_id = ? AND item_kind = ? AND item_id = ?"),
                    { guide, itemKind, id })
                : exec(
                    QStringLiteral("INSERT INTO bookmarks (guide_id, item_kind, item_id, note, created_at)"
                                   " VALUES (?, ?, ?, ?, ?) ON CONFLICT (guide_id, item_kind, item_id)"
                                   " DO UPDATE SET note = excluded.note, created_at = excluded.created_at"),
                    { guide, itemKind, id, e.text, e.at });
            break;
        }
        case SyncEvent::Kind::Setting:
            ok = exec(QStringLiteral("INSERT INTO sync_settings (guide_id, key, value) VALUES (?, ?, ?)"
                                     " ON CONFLICT (guide_id, key) DO UPDATE SET value = excluded.value"),
                { guide, e.item, e.text });
            break;
        case SyncEvent::Kind::OwnCard:
            ok = applyOwnCard(guide, e);
            break;
        case SyncEvent::Kind::Task:
            ok = exec(QStringLiteral("INSERT INTO task_state (guide_id, task_id, done, updated_at) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT (guide_id, task_id) DO UPDATE SET done = excluded.done,"
                                     " updated_at = excluded.updated_at"),
                { guide, e.item, e.number != 0 ? 1 : 0, e.at });
            break;
        case SyncEvent::Kind::Review:
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

QString SyncDatabase::setting(const QString &guide, const QString &key) const
{
    QSqlQuery q(m_store.m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_settings WHERE guide_id = ? AND key = ?"));
    q.addBindValue(guide);
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool SyncDatabase::applyOwnCard(const QString &guide, const SyncEvent &e)
{
    // A tombstone removes the card; its schedule and reviews stay, as when it is deleted here.
    // Text that is no card (written by a newer version?) changes nothing rather than losing one.
    if (e.deleted)
        return exec(QStringLiteral("DELETE FROM own_cards WHERE guide_id = ? AND card_id = ?"), { guide, e.item });
    const std::optional<OwnCard> card = OwnCards::fromJournalText(e.item, e.text);
    if (!card)
        return true;
    return exec(QStringLiteral("INSERT INTO own_cards (guide_id, card_id, topic_id, prompt, answer, created_at,"
                               " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (guide_id, card_id) DO UPDATE"
                               " SET topic_id = excluded.topic_id, prompt = excluded.prompt,"
                               " answer = excluded.answer, created_at = excluded.created_at,"
                               " updated_at = excluded.updated_at"),
        { guide, card->id, card->topicId, card->prompt, card->answer, seconds(card->createdAt), e.at });
}

bool SyncDatabase::recompute(const QString &guide, const QSet<QString> &cards,
    const FsrsParameters &parameters, const Changes &changes)
{
    // Of each card with new reviews, the earliest new review: a replay starts there when the
    // stored schedule is the replay of every review before it.
    QHash<QString, qint64> earliestReview;
    QSet<QString> touched = cards;
    for (auto added = changes.newReviews.cbegin(); added != changes.newReviews.cend(); ++added) {
        touched.insert(added.key());
        if (added->isEmpty() || changes.replayWhole.contains(added.key()))
            continue;
        qint64 earliest = added->constFirst().at;
        for (const SyncEvent &e : *added)
            earliest = std::min(earliest, e.at);
        earliestReview.insert(added.key(), earliest);
    }
    const Scheduler scheduler(parameters, Scheduler::RandomSource());
    sqlite3 *db = handle();
    // The stored schedule of a card with how many reviews it has before a time, and the last.
    SqliteStatement stored(db,
        "SELECT c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps,"
        " c.lapses, COUNT(r.id), MAX(r.reviewed_at) FROM card_state c"
        " LEFT JOIN review_log r ON r.guide_id = c.guide_id AND r.card_id = c.card_id"
        " AND r.reviewed_at < ?1 WHERE c.guide_id = ?2 AND c.card_id = ?3 GROUP BY c.card_id");
    SqliteStatement log(db,
        "SELECT id, rating, reviewed_at, state_before, scheduled_seconds, device, seq"
        " FROM review_log WHERE guide_id = ?1 AND card_id = ?2 AND reviewed_at >= ?3");
    SqliteStatement fix(db, "UPDATE review_log SET state_before = ?1, scheduled_seconds = ?2 WHERE id = ?3");
    SqliteStatement add(db,
        "INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
        " scheduled_seconds, source, device, seq, hlc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    SqliteStatement store(db,
        "INSERT INTO card_state (guide_id, card_id, state, step, stability, difficulty,"
        " due, last_review, reps, lapses) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
        " ON CONFLICT (guide_id, card_id) DO UPDATE SET state = excluded.state,"
        " step = excluded.step, stability = excluded.stability,"
        " difficulty = excluded.difficulty, due = excluded.due,"
        " last_review = excluded.last_review, reps = excluded.reps,"
        " lapses = excluded.lapses");
    if (!stored.isValid() || !log.isValid() || !fix.isValid() || !add.isValid() || !store.isValid())
        return false;
    // The stored schedule of CARD when it is the replay of every review before FROM (the usual
    // case: new reviews come after the old ones); otherwise the replay starts from a new card.
    const auto startingPoint = [&](const QString &card, qint64 from) -> std::optional<CardSchedule> {
        if (from <= 0)
            return std::nullopt;
        stored.reset();
        stored.bind(1, from);
        stored.bind(2, guide);
        stored.bind(3, card);
        if (!stored.next())
            return std::nullopt;
        CardSchedule s;
        s.state = CardState(stored.integer(0));
        s.step = stored.integer(1);
        if (!stored.isNull(2))
            s.memory = MemoryState { stored.real(2), stored.real(3) };
        if (stored.int64(4) != 0)
            s.due = UtcDateTime::fromSecsSinceEpoch(stored.int64(4));
        if (stored.int64(5) != 0)
            s.lastReview = UtcDateTime::fromSecsSinceEpoch(stored.int64(5));
        s.reps = stored.integer(6);
        s.lapses = stored.integer(7);
        const int count = stored.integer(8);
        const qint64 last = stored.int64(9);
        stored.reset();
        if (count != s.reps || last != (s.lastReview.isValid() ? s.lastReview.toSecsSinceEpoch() : 0))
            return std::nullopt;
        return s;
    };
    // One review of the replay: a logged row (id > 0) or a new review to log (EVENT).
    struct Step
    {
        qint64 at;
        QString device;
        qint64 seq;
        qint64 id;
        int rating;
        int stateBefore;
        qint64 scheduledSeconds;
        const SyncEvent *event;
    };
    std::vector<Step> steps;
    // What the replays lead to, written once every card is replayed (the reads need the indexes
    // that a large write goes without, below).
    // A new review with what its replay gives, self-contained: the rows are written in another
    // order than the replay's, and reading each one's event from wherever it lies costs a cache
    // miss for every row.
    struct Logged
    {
        qint64 at;
        qint64 seq;
        qint64 hlc;
        qint64 scheduledSeconds;
        const QByteArray *card; // the card id in UTF-8, made once for all its rows
        int device; // in TEXTS
        int source; // in TEXTS
        int rating;
        int stateBefore;
    };
    struct Fixed
    {
        qint64 id;
        int stateBefore;
        qint64 scheduledSeconds;
    };
    std::vector<Logged> logged;
    std::vector<Fixed> fixed;
    std::vector<std::pair<const QString *, CardSchedule>> schedules;
    std::vector<QByteArray> cardIds; // reserved: Logged points into it
    cardIds.reserve(std::size_t(touched.size()));
    // The UTF-8 of the few device ids and sources, made once each. The events of one segment
    // share one string of its device, so it is mostly found by its address; a text that is
    // neither (more than 64 of them) gets an entry of its own.
    std::vector<std::pair<QString, QByteArray>> texts;
    const auto textIndex = [&texts](const QString &text) {
        const std::size_t common = std::min<std::size_t>(texts.size(), 64);
        for (std::size_t i = 0; i < common; ++i) {
            const QString &known = texts[i].first;
            if ((known.constData() == text.constData() && known.size() == text.size()) || known == text)
                return int(i);
        }
        texts.emplace_back(text, text.toUtf8());
        return int(texts.size() - 1);
    };
    for (const QString &card : std::as_const(touched)) {
        const std::optional<CardSchedule> from = startingPoint(card, earliestReview.value(card, 0));
        if (stored.error())
            return false;
        steps.clear();
        log.reset();
        log.bind(1, guide);
        log.bind(2, card);
        log.bind(3, from ? earliestReview.value(card) : qint64(0));
        while (log.next()) {
            steps.push_back({ log.int64(2), log.text(5), log.int64(6), log.int64(0), log.integer(1),
                log.integer(3), log.int64(4), nullptr });
        }
        if (log.error())
            return false;
        const auto added = changes.newReviews.constFind(card);
        if (added != changes.newReviews.constEnd()) {
            for (const SyncEvent &e : *added)
                steps.push_back({ e.at, e.device, e.seq, 0, e.number, -1, 0, &e });
        }
        if (steps.empty())
            continue; // a card whose only review moved away: its schedule stays as it is
        // The log's one order, the same on every device: time, then device id, then seq.
        std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
            return std::tie(a.at, a.device, a.seq, a.id) < std::tie(b.at, b.device, b.seq, b.id);
        });
        CardSchedule s = from.value_or(CardSchedule());
        const QByteArray *cardId = nullptr;
        for (const Step &step : steps) {
            const CardState before = s.state;
            const QDateTime at = UtcDateTime::fromSecsSinceEpoch(step.at);
            s = scheduler.review(s, Rating(step.rating), at, Scheduler::fuzzDraw(card, s.reps));
            const qint64 scheduled = s.due.isValid() ? at.secsTo(s.due) : 0;
            if (step.event) {
                if (!cardId)
                    cardId = &cardIds.emplace_back(card.toUtf8());
                const SyncEvent &e = *step.event;
                logged.push_back({ e.at, e.seq, e.hlc, scheduled, cardId, textIndex(e.device),
                    textIndex(e.text), e.number, int(before) });
            } else if (step.stateBefore != int(before) || step.scheduledSeconds != scheduled) {
                fixed.push_back({ step.id, int(before), scheduled });
            }
        }
        schedules.emplace_back(&card, s);
    }

    // A merge that more than doubles a long log (the first one, of a whole history) adds its rows
    // without review_log's indexes and builds them again after: SQLite sorts an index in one go
    // several times faster than it inserts the same rows one by one into random places of it.
    constexpr std::size_t bulkRows = 10000;
    stored.reset();
    log.reset();
    QStringList indexes;
    if (logged.size() >= bulkRows) {
        QSqlQuery q(m_store.m_db);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM review_log")) || !q.next())
            return false;
        if (logged.size() > q.value(0).toULongLong()) {
            if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                                       " AND tbl_name = 'review_log' AND sql IS NOT NULL")))
                return false;
            QStringList names;
            while (q.next()) {
                names.append(q.value(0).toString());
                indexes.append(q.value(1).toString());
            }
            q.finish();
            for (const QString &name : std::as_const(names)) {
                if (!exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
                    return false;
            }
        }
    }
    // The rows go in the log's own order (time, device, seq), as a device logs its own reviews:
    // the indexes on (guide, time) and on (device, seq) then get their rows nearly in their own
    // order, which SQLite's sorter puts in order in half the comparisons (every card's rows in
    // a row, the order the replay made them in, made both indexes cost as much as random rows).
    std::sort(logged.begin(), logged.end(), [&texts](const Logged &a, const Logged &b) {
        if (a.at != b.at)
            return a.at < b.at;
        const QString &deviceA = texts[std::size_t(a.device)].first;
        const QString &deviceB = texts[std::size_t(b.device)].first;
        if (a.device != b.device && deviceA != deviceB)
            return deviceA < deviceB;
        return a.seq < b.seq;
    });
    // 64 rows to a run of one statement: SQLite's own work for each run (opening and closing its
    // cursors, the reset) is shared by them, and an index that is kept is written where the
    // last row went. The rows that remain go one by one.
    const auto bindRow = [&](SqliteStatement &statement, int first, const Logged &row) {
        statement.bind(first, guide);
        statement.bind(first + 1, *row.card);
        statement.bind(first + 2, row.rating);
        statement.bind(first + 3, row.at);
        statement.bind(first + 4, row.stateBefore);
        statement.bind(first + 5, row.scheduledSeconds);
        statement.bind(first + 6, texts[std::size_t(row.source)].second);
        statement.bind(first + 7, texts[std::size_t(row.device)].second);
        statement.bind(first + 8, row.seq);
        statement.bind(first + 9, row.hlc);
    };
    constexpr std::size_t rowsPerRun = 64;
    std::size_t written = 0;
    if (logged.size() >= rowsPerRun) {
        QByteArray sql = "INSERT INTO review_log (guide_id, card_id, rating, reviewed_at, state_before,"
                         " scheduled_seconds, source, device, seq, hlc) VALUES ";
        for (std::size_t i = 0; i < rowsPerRun; ++i)
            sql += i == 0 ? "(?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?)";
        SqliteStatement addMany(db, sql.constData());
        if (!addMany.isValid())
            return false;
        for (; written + rowsPerRun <= logged.size(); written += rowsPerRun) {
            for (std::size_t i = 0; i < rowsPerRun; ++i)
                bindRow(addMany, int(i) * 10 + 1, logged[written + i]);
            if (!addMany.run())
                return false;
        }
    }
    for (; written < logged.size(); ++written) {
        bindRow(add, 1, logged[written]);
        if (!add.run())
            return false;
    }
    for (const QString &sql : std::as_const(indexes)) {
        if (!exec(sql)) // a unique index that no longer holds fails the merge, which changes nothing
            return false;
    }
    for (const Fixed &row : fixed) {
        fix.bind(1, row.stateBefore);
        fix.bind(2, row.scheduledSeconds);
        fix.bind(3, row.id);
        if (!fix.run())
            return false;
    }
    for (const auto &[card, s] : schedules) {
        store.bind(1, guide);
        store.bind(2, *card);
        store.bind(3, int(s.state));
        store.bind(4, s.step);
        if (s.memory) {
            store.bind(5, s.memory->stability);
            store.bind(6, s.memory->difficulty);
        } else {
            store.bindNull(5);
            store.bindNull(6);
        }
        store.bind(7, seconds(s.due));
        store.bind(8, seconds(s.lastReview));
        store.bind(9, s.reps);
        store.bind(10, s.lapses);
        if (!store.run())
            return false;
    }
    return true;
}

QSet<QString> SyncDatabase::cardsReviewedSinceLastPass(const QString &guide)
{
    const QString key = QStringLiteral("recomputed_seq/") + guide + QLatin1Char('/') + deviceId();
    QSet<QString> out;
    QSqlQuery q(m_store.m_db);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT card_id FROM review_log WHERE device = ? AND seq > ? AND guide_id = ?"));
    q.addBindValue(deviceId());
    q.addBindValue(state(key).toLongLong());
    q.addBindValue(guide);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString());
    setState(key, QString::number(m_store.m_nextSeq - 1));
    return out;
}

QSet<QString> SyncDatabase::reviewedCards(const QString &guide) const
{
    QSet<QString> out;
    SqliteStatement q(handle(), "SELECT DISTINCT card_id FROM review_log WHERE guide_id = ?1");
    if (!q.isValid())
        return out;
    q.bind(1, guide);
    while (q.next())
        out.insert(q.text(0));
    return out;
}

bool SyncDatabase::observeClock(qint64 value)
{
    m_store.m_clock.observe(value);
    return setState(QStringLiteral("hlc"), QString::number(m_store.m_clock.last()));
}

bool SyncDatabase::reissue(const QString &guide, const QString &oldId, const QSet<qint64> &keep)
{
    if (oldId == deviceId()) {
        const QString newId = QUuid::createUuid().toString(QUuid::Id128);
        QStringList retired = ownIds();
        if (!setState(QStringLiteral("device_id"), newId)
            || !setState(QStringLiteral("retired_ids"), retired.join(QLatin1Char(','))))
            return false;
        m_store.m_deviceId = newId;
        m_store.m_nextSeq = 1;
    }
    const QString newId = deviceId();
    QSqlQuery moveEvent(m_store.m_db);
    QSqlQuery moveReview(m_store.m_db);
    moveEvent.prepare(
        QStringLiteral("UPDATE sync_events SET device = ?, seq = ? WHERE device = ? AND seq = ?"));
    moveReview.prepare(
        QStringLiteral("UPDATE review_log SET device = ?, seq = ? WHERE device = ? AND seq = ?"));
    for (const SyncEvent &e : events(guide, oldId)) {
        if (keep.contains(e.seq))
            continue;
        const qint64 seq = m_store.m_nextSeq++;
        for (QSqlQuery *q : { &moveEvent, &moveReview }) {
            bindAll(*q, { newId, seq, oldId, e.seq });
            if (!q->exec())
                return false;
        }
    }
    return true;
}

QHash<QString, SyncDatabase::KnownFile> SyncDatabase::knownFiles(const QString &guide) const
{
    QHash<QString, KnownFile> out;
    QSqlQuery q(m_store.m_db);
    q.prepare(QStringLiteral(
        "SELECT device, name, size, modified, first_seq, last_seq FROM sync_files WHERE guide_id = ?"));
    q.addBindValue(guide);
    q.exec();
    while (q.next()) {
        out.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
            { q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                q.value(5).toLongLong() });
    }
    return out;
}

bool SyncDatabase::rememberFile(
    const QString &guide, const QString &device, const QString &name, const KnownFile &file)
{
    return exec(
        QStringLiteral("INSERT OR REPLACE INTO sync_files (guide_id, device, name, size, modified, first_seq,"
                       " last_seq) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { guide, device, name, file.size, file.modified, file.firstSeq, file.lastSeq });
}

bool SyncDatabase::forgetFile(const QString &guide, const QString &device, const QString &name)
{
    return exec(QStringLiteral("DELETE FROM sync_files WHERE guide_id = ? AND device = ? AND name = ?"),
        { guide, device, name });
}

bool SyncDatabase::rememberDevice(
    const QString &guide, const QString &device, const QString &name, const QDateTime &read)
{
    return exec(
        QStringLiteral("INSERT INTO sync_devices (guide_id, device, name, last_read) VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (guide_id, device) DO UPDATE SET name = excluded.name,"
                       " last_read = excluded.last_read"),
        { guide, device, name, read.toMSecsSinceEpoch() });
}

QList<SyncDatabase::Device> SyncDatabase::devices(const QString &guide) const
{
    QList<Device> out;
    QSqlQuery q(m_store.m_db);
    // Counted in each table before the join: the join then meets a row per device, not per event
    // (the status bar asks after every pass, on the window's thread).
    q.prepare(QStringLiteral(
        "SELECT e.device, SUM(e.events), d.name, d.last_read, SUM(e.reviews) FROM ("
        "SELECT device, COUNT(*) AS events, SUM(kind = 1) AS reviews FROM sync_events WHERE guide_id = ?"
        " GROUP BY device UNION ALL SELECT device, COUNT(*), COUNT(*) FROM review_log"
        " WHERE guide_id = ? AND device IS NOT NULL GROUP BY device) e"
        " LEFT JOIN sync_devices d ON d.guide_id = ? AND d.device = e.device"
        " GROUP BY e.device ORDER BY d.last_read DESC, e.device"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(guide);
    q.exec();
    const QStringList own = ownIds();
    while (q.next()) {
        Device d;
        d.id = q.value(0).toString();
        d.events = q.value(1).toInt();
        d.reviews = q.value(4).toInt();
        d.self = own.contains(d.id);
        d.name = d.self ? deviceName() : q.value(2).toString();
        if (!q.value(3).isNull())
            d.lastRead = UtcDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong());
        out.append(d);
    }
    return out;
}
