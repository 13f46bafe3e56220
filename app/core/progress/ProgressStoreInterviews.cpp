// ProgressStore's mock interview history, kept apart from the rest of the store so that each
// file stays about one kind of record.

#include "ProgressStore.h"
#include "UtcDateTime.h"

#include <QSet>
#include <QSqlQuery>

namespace {

QDateTime utcFromSeconds(const QVariant &v)
{
    return v.isNull() ? QDateTime() : UtcDateTime::fromSecsSinceEpoch(v.toLongLong());
}

} // namespace

bool ProgressStore::recordInterview(const InterviewSession &session, const QList<ScheduledReview> &reviews)
{
    if (!canWrite() || !m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    bool ok = q.prepare(QStringLiteral("INSERT INTO interview_sessions (guide_id, started_at, finished_at,"
                                       " seconds_per_question) VALUES (?, ?, ?, ?)"));
    q.addBindValue(guideKey());
    q.addBindValue(session.startedAt.toSecsSinceEpoch());
    q.addBindValue(session.finishedAt.toSecsSinceEpoch());
    q.addBindValue(session.secondsPerQuestion);
    ok = ok && q.exec();
    const qint64 id = ok ? q.lastInsertId().toLongLong() : 0;
    for (int i = 0; ok && i < session.answers.size(); ++i) {
        const InterviewAnswer &a = session.answers.at(i);
        ok = run(QStringLiteral("INSERT INTO interview_answers (session_id, position, card_id, category_id,"
                                " seconds_used, timed_out, checked_points, total_points, rating, notes)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { id, i, a.cardId, a.categoryId, a.secondsUsed, a.timedOut ? 1 : 0, a.checkedPoints,
                a.totalPoints, int(a.rating), a.notes });
    }
    for (const ScheduledReview &r : reviews) {
        if (!ok)
            break;
        ok = writeReview(r.cardId, r.stateBefore, r.after, r.rating, r.at, QStringLiteral("interview"));
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        reportWriteFailure();
        return false;
    }
    QSet<QString> cards;
    for (const ScheduledReview &r : reviews)
        cards.insert(r.cardId);
    for (const QString &cardId : std::as_const(cards))
        emit cardReviewed(cardId);
    emit interviewRecorded();
    return true;
}

QList<InterviewSession> ProgressStore::interviewHistory() const
{
    QList<InterviewSession> out;
    if (!canRead())
        return out;
    QHash<qint64, int> rowOfSession;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, started_at, finished_at, seconds_per_question FROM interview_sessions"
                       " WHERE guide_id = ? ORDER BY started_at DESC, id DESC"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next()) {
        InterviewSession s;
        s.id = q.value(0).toLongLong();
        s.startedAt = utcFromSeconds(q.value(1));
        s.finishedAt = utcFromSeconds(q.value(2));
        s.secondsPerQuestion = q.value(3).toInt();
        rowOfSession.insert(s.id, int(out.size()));
        out.append(s);
    }
    q.prepare(QStringLiteral("SELECT a.session_id, a.card_id, a.category_id, a.seconds_used, a.timed_out,"
                             " a.checked_points, a.total_points, a.rating, a.notes FROM interview_answers a"
                             " JOIN interview_sessions s ON s.id = a.session_id WHERE s.guide_id = ?"
                             " ORDER BY a.session_id, a.position"));
    q.addBindValue(guideKey());
    q.exec();
    while (q.next()) {
        const auto row = rowOfSession.constFind(q.value(0).toLongLong());
        if (row == rowOfSession.constEnd())
            continue;
        out[*row].answers.append(
            { q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toBool(),
                q.value(5).toInt(), q.value(6).toInt(), Rating(q.value(7).toInt()), q.value(8).toString() });
    }
    return out;
}
