// ProgressStore: task list items and the learner's own cards (schema version 4); each change is
// also a journal event (ProgressStoreJournal.cpp), in the same transaction.

#include "ProgressStore.h"
#include "UtcDateTime.h"

#include <QSqlQuery>

QHash<QString, bool> ProgressStore::taskStates() const
{
    QHash<QString, bool> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT task_id, done FROM task_state WHERE guide_id = ?"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt() != 0);
    return out;
}

QList<ProgressStore::TaskStateEntry> ProgressStore::taskStateEntries() const
{
    QList<TaskStateEntry> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT task_id, done, updated_at FROM task_state WHERE guide_id = ? ORDER BY task_id"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toInt() != 0,
                     UtcDateTime::fromSecsSinceEpoch(q.value(2).toLongLong()) });
    return out;
}

bool ProgressStore::setTaskDone(const QString &taskId, bool done)
{
    if (!canWrite())
        return false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const bool ok = inTransaction([&] {
        return run(QStringLiteral("INSERT INTO task_state (guide_id, task_id, done, updated_at) VALUES (?, ?, ?, ?)"
                                  " ON CONFLICT (guide_id, task_id) DO UPDATE SET done = excluded.done,"
                                  " updated_at = excluded.updated_at"),
                   { m_guideId, taskId, done ? 1 : 0, now })
            && journal({ {}, 0, 0, SyncEvent::Kind::Task, taskId, now, done ? 1 : 0, {}, false }) > 0;
    });
    if (ok)
        emit taskChanged(taskId);
    return ok;
}

QList<OwnCard> ProgressStore::ownCards() const
{
    QList<OwnCard> out;
    if (!canRead())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT card_id, topic_id, prompt, answer, created_at, updated_at FROM own_cards"
                             " WHERE guide_id = ? ORDER BY created_at, rowid")); // in the order they were made
    q.addBindValue(guideKey());
    q.exec();
    while (q.next()) {
        OwnCard card;
        card.id = q.value(0).toString();
        card.topicId = q.value(1).toString();
        card.prompt = q.value(2).toString();
        card.answer = q.value(3).toString();
        card.createdAt = UtcDateTime::fromSecsSinceEpoch(q.value(4).toLongLong());
        card.updatedAt = UtcDateTime::fromSecsSinceEpoch(q.value(5).toLongLong());
        out.append(card);
    }
    return out;
}

bool ProgressStore::saveOwnCard(const OwnCard &card)
{
    if (!canWrite() || card.id.isEmpty() || card.prompt.trimmed().isEmpty())
        return false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 created = card.createdAt.isValid() ? card.createdAt.toSecsSinceEpoch() : now;
    const bool ok = inTransaction([&] {
        return run(QStringLiteral("INSERT INTO own_cards (guide_id, card_id, topic_id, prompt, answer, created_at,"
                                  " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (guide_id, card_id) DO UPDATE"
                                  " SET topic_id = excluded.topic_id, prompt = excluded.prompt,"
                                  " answer = excluded.answer, updated_at = excluded.updated_at"),
                   { m_guideId, card.id, card.topicId, card.prompt, card.answer, created, now })
            && journalOwnCard(card.id);
    });
    if (ok)
        emit ownCardsChanged();
    return ok;
}

bool ProgressStore::removeOwnCard(const QString &cardId)
{
    if (!canWrite())
        return false;
    // A tombstone, so that a copy of the card on another computer does not bring it back.
    const bool ok = inTransaction([&] {
        return run(QStringLiteral("DELETE FROM own_cards WHERE guide_id = ? AND card_id = ?"), { m_guideId, cardId })
            && journalOwnCard(cardId);
    });
    if (ok)
        emit ownCardsChanged();
    return ok;
}
