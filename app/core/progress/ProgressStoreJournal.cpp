// ProgressStore's side of sync: schema step 4 and one journal event for each change, written in
// the same transaction as the change (see app/core/sync/README.md).

#include "ProgressStore.h"

#include "OwnCards.h"
#include "UtcDateTime.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace {

QString newDeviceId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// A time in seconds as a clock value: the first possible value of that second.
constexpr qint64 clockOfSecond(qint64 seconds)
{
    return seconds > 0 ? (seconds * 1000) << HybridClock::counterBits : 0;
}

} // namespace

bool ProgressStore::backfillJournal()
{
    const QString device = newDeviceId();
    QString name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = device.left(8);
    QSqlQuery q(m_db);
    // Rows already there, oldest first, become this device's events 1, 2, 3...
    struct Row
    {
        QString table;
        qint64 rowid;
        SyncEvent event;
        QString guide;
    };
    QList<Row> rows;
    const auto collect = [&](const QString &sql, SyncEvent::Kind kind, const QString &table) {
        if (!q.exec(sql))
            return false;
        while (q.next()) {
            SyncEvent e;
            e.kind = kind;
            e.item = q.value(2).toString();
            e.at = q.value(3).toLongLong();
            e.number = q.value(4).toInt();
            e.text = q.value(5).toString();
            e.hlc = clockOfSecond(e.at);
            rows.append({ table, q.value(0).toLongLong(), e, q.value(1).toString() });
        }
        return true;
    };
    if (!collect(QStringLiteral(
                     "SELECT id, guide_id, card_id, reviewed_at, rating, source FROM review_log ORDER BY id"),
            SyncEvent::Kind::Review, QStringLiteral("review_log"))
        || !collect(
            QStringLiteral("SELECT rowid, guide_id, topic_id, updated_at, status, '' FROM topic_progress"),
            SyncEvent::Kind::Status, QString())
        || !collect(QStringLiteral("SELECT rowid, guide_id, topic_id, updated_at, 0, text FROM notes"),
            SyncEvent::Kind::Note, QString())
        || !collect(
            QStringLiteral(
                "SELECT rowid, guide_id, CASE item_kind WHEN 1 THEN 'card:' ELSE 'topic:' END || item_id,"
                " created_at, 0, note FROM bookmarks"),
            SyncEvent::Kind::Bookmark, QString()))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(
        QStringLiteral("INSERT INTO sync_events (device, seq, guide_id, hlc, kind, item, at, number, text,"
                       " deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    QSqlQuery review(m_db);
    review.prepare(QStringLiteral("UPDATE review_log SET device = ?, seq = ? WHERE id = ?"));
    qint64 seq = 0;
    qint64 latest = 0;
    for (const Row &row : std::as_const(rows)) {
        const SyncEvent &e = row.event;
        ++seq;
        latest = std::max(latest, e.hlc);
        const QVariantList values { device, seq, row.guide, e.hlc, int(e.kind), e.item, e.at, e.number,
            e.text };
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec()) {
            m_lastError = insert.lastError();
            return false;
        }
        if (!row.table.isEmpty()) {
            review.bindValue(0, device);
            review.bindValue(1, seq);
            review.bindValue(2, row.rowid);
            if (!review.exec()) {
                m_lastError = review.lastError();
                return false;
            }
        }
    }
    return run(
        QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('device_id', ?), ('device_name', ?),"
                       " ('hlc', ?)"),
        { device, name, QString::number(latest) });
}

void ProgressStore::loadJournalState()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT key, value FROM sync_state WHERE key IN ('device_id', 'hlc')"));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("device_id"))
            m_deviceId = q.value(1).toString();
        else
            m_clock = HybridClock(q.value(1).toLongLong());
    }
    // Reviews are events kept in review_log (schema step 6), the other kinds in sync_events.
    q.prepare(QStringLiteral("SELECT MAX(COALESCE((SELECT MAX(seq) FROM sync_events WHERE device = ?), 0),"
                             " COALESCE((SELECT MAX(seq) FROM review_log WHERE device = ?), 0))"));
    q.addBindValue(m_deviceId);
    q.addBindValue(m_deviceId);
    m_nextSeq = q.exec() && q.next() ? q.value(0).toLongLong() + 1 : 1;
}

bool ProgressStore::stampEvent(SyncEvent &event)
{
    if (m_deviceId.isEmpty())
        return false;
    event.device = m_deviceId;
    event.seq = m_nextSeq;
    event.hlc = m_clock.tick(QDateTime::currentMSecsSinceEpoch());
    if (!run(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'hlc'"), { QString::number(event.hlc) }))
        return false;
    ++m_nextSeq; // a seq of a rolled back change is simply never used: gaps are allowed
    return true;
}

qint64 ProgressStore::journal(SyncEvent event)
{
    const bool ok = stampEvent(event)
        && run(QStringLiteral(
                   "INSERT INTO sync_events (device, seq, guide_id, hlc, kind, item, at, number, text,"
                   " deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { event.device, event.seq, m_guideId, event.hlc, int(event.kind), event.item, event.at,
                event.number, event.text, event.deleted ? 1 : 0 });
    return ok ? event.seq : 0;
}

bool ProgressStore::journalBookmark(ItemKind kind, const QString &itemId)
{
    // The register holds the bookmark as it now stands: its note and creation time, or a tombstone.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT note, created_at FROM bookmarks WHERE guide_id = ? AND item_kind = ? AND item_id = ?"));
    q.addBindValue(guideKey());
    q.addBindValue(int(kind));
    q.addBindValue(itemId);
    if (!q.exec())
        return false;
    const bool exists = q.next();
    const QString item
        = (kind == ItemKind::Card ? QStringLiteral("card:") : QStringLiteral("topic:")) + itemId;
    return journal({ {}, 0, 0, SyncEvent::Kind::Bookmark, item, exists ? q.value(1).toLongLong() : 0, 0,
               exists ? q.value(0).toString() : QString(), !exists })
        > 0;
}

bool ProgressStore::journalOwnCard(const QString &cardId)
{
    // Like a bookmark's, the register holds the card as it now stands in the table (its creation
    // time as first stored, whatever the caller passed), or a tombstone.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT topic_id, prompt, answer, created_at, updated_at FROM own_cards"
                             " WHERE guide_id = ? AND card_id = ?"));
    q.addBindValue(guideKey());
    q.addBindValue(cardId);
    if (!q.exec())
        return false;
    if (!q.next()) {
        return journal({ {}, 0, 0, SyncEvent::Kind::OwnCard, cardId, QDateTime::currentSecsSinceEpoch(), 0, {}, true })
            > 0;
    }
    OwnCard card;
    card.id = cardId;
    card.topicId = q.value(0).toString();
    card.prompt = q.value(1).toString();
    card.answer = q.value(2).toString();
    card.createdAt = UtcDateTime::fromSecsSinceEpoch(q.value(3).toLongLong());
    const qint64 updated = q.value(4).toLongLong();
    q.finish();
    return journal({ {}, 0, 0, SyncEvent::Kind::OwnCard, cardId, updated, 0, OwnCards::journalText(card), false }) > 0;
}

bool ProgressStore::journalImport(const ImportBatch &batch)
{
    for (const TopicStatusEntry &e : batch.statuses) {
        if (journal({ {}, 0, 0, SyncEvent::Kind::Status, e.topicId,
                e.updatedAt.isValid() ? e.updatedAt.toSecsSinceEpoch() : 0, int(e.status), {}, false })
            == 0)
            return false;
    }
    for (const TopicNote &n : batch.notes) {
        if (journal({ {}, 0, 0, SyncEvent::Kind::Note, n.topicId,
                n.updatedAt.isValid() ? n.updatedAt.toSecsSinceEpoch() : 0, 0, n.text, false })
            == 0)
            return false;
    }
    for (const Bookmark &b : batch.bookmarks) {
        if (!journalBookmark(b.kind, b.itemId))
            return false;
    }
    for (const TaskStateEntry &t : batch.tasks) {
        if (journal({ {}, 0, 0, SyncEvent::Kind::Task, t.taskId,
                t.updatedAt.isValid() ? t.updatedAt.toSecsSinceEpoch() : 0, t.done ? 1 : 0, {}, false })
            == 0)
            return false;
    }
    for (const OwnCard &c : batch.ownCards) {
        if (!journalOwnCard(c.id))
            return false;
    }
    return true;
}

bool ProgressStore::setSyncedSettings(const QHash<QString, QString> &values)
{
    if (!canWrite() || values.isEmpty())
        return false;
    QStringList keys = values.keys();
    keys.sort(); // one order of events on every run
    const bool ok = inTransaction([&] {
        for (const QString &key : std::as_const(keys)) {
            if (!run(QStringLiteral("INSERT INTO sync_settings (guide_id, key, value) VALUES (?, ?, ?)"
                                    " ON CONFLICT (guide_id, key) DO UPDATE SET value = excluded.value"),
                    { guideKey(), key, values.value(key) })
                || journal({ {}, 0, 0, SyncEvent::Kind::Setting, key, QDateTime::currentSecsSinceEpoch(), 0,
                       values.value(key), false })
                    == 0)
                return false;
        }
        return true;
    });
    if (ok)
        emit syncedSettingsChanged();
    else
        reportWriteFailure();
    return ok;
}

QHash<QString, QString> ProgressStore::syncedSettings() const
{
    QHash<QString, QString> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT key, value FROM sync_settings WHERE guide_id = ?"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool ProgressStore::journalOwnCardsAndTasks()
{
    // Own cards and task ticks joined the journal after schema step 5 made it: rows written
    // before that (or by step 5's upgrade of an older file) become this device's events once,
    // as step 5 did for the other kinds, so that a first sync carries them too.
    const QString done = QStringLiteral("journal_kinds");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(done);
    if (m_deviceId.isEmpty() || (q.exec() && q.next() && q.value(0).toInt() >= int(SyncEvent::Kind::Task)))
        return true;
    q.finish();
    struct Row
    {
        QString guide;
        SyncEvent event;
    };
    QList<Row> rows;
    if (!q.exec(QStringLiteral("SELECT guide_id, card_id, topic_id, prompt, answer, created_at, updated_at"
                               " FROM own_cards ORDER BY updated_at, rowid")))
        return false;
    while (q.next()) {
        OwnCard card;
        card.id = q.value(1).toString();
        card.topicId = q.value(2).toString();
        card.prompt = q.value(3).toString();
        card.answer = q.value(4).toString();
        card.createdAt = UtcDateTime::fromSecsSinceEpoch(q.value(5).toLongLong());
        const qint64 updated = q.value(6).toLongLong();
        rows.append({ q.value(0).toString(),
            { {}, 0, clockOfSecond(updated), SyncEvent::Kind::OwnCard, card.id, updated, 0,
                OwnCards::journalText(card), false } });
    }
    if (!q.exec(QStringLiteral("SELECT guide_id, task_id, done, updated_at FROM task_state ORDER BY updated_at, rowid")))
        return false;
    while (q.next()) {
        const qint64 updated = q.value(3).toLongLong();
        rows.append({ q.value(0).toString(),
            { {}, 0, clockOfSecond(updated), SyncEvent::Kind::Task, q.value(1).toString(), updated,
                q.value(2).toInt() != 0 ? 1 : 0, {}, false } });
    }
    return inTransaction([&] {
        for (const Row &row : std::as_const(rows)) {
            const SyncEvent &e = row.event;
            if (!run(QStringLiteral("INSERT INTO sync_events (device, seq, guide_id, hlc, kind, item, at, number,"
                                    " text, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"),
                    { m_deviceId, m_nextSeq, row.guide, e.hlc, int(e.kind), e.item, e.at, e.number, e.text }))
                return false;
            ++m_nextSeq;
        }
        return run(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            { done, QString::number(int(SyncEvent::Kind::Task)) });
    });
}

bool ProgressStore::inTransaction(const std::function<bool()> &write)
{
    if (!m_db.transaction())
        return false;
    if (!write() || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}
