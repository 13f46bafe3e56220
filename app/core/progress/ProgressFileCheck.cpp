#include "ProgressFileCheck.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

const QByteArray sqliteHeader("SQLite format 3\0", 16);

// SQLite's result codes for "this is not a database" and "the database is corrupt"; any other
// failure (busy, no permission, out of memory) says nothing about the file's health.
bool meansDamage(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26");
}

ProgressFileCheck::Result verdict(
    ProgressFileCheck::Verdict v, const QString &detail = QString(), int version = 0)
{
    return ProgressFileCheck::Result { v, version, detail };
}

ProgressFileCheck::Result inspectDatabase(QSqlDatabase &db, int currentVersion, bool thorough)
{
    using Verdict = ProgressFileCheck::Verdict;
    if (!db.open())
        return verdict(
            meansDamage(db.lastError()) ? Verdict::Damaged : Verdict::Unreadable, db.lastError().text());

    QSqlQuery q(db);
    if (!q.exec(thorough ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return verdict(
            meansDamage(q.lastError()) ? Verdict::Damaged : Verdict::Unreadable, q.lastError().text());
    QStringList findings;
    while (q.next())
        findings << q.value(0).toString();
    if (findings != QStringList { QStringLiteral("ok") })
        return verdict(Verdict::Damaged, findings.mid(0, 3).join(QLatin1String("; ")));

    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return verdict(Verdict::Unreadable, q.lastError().text());
    const int version = q.value(0).toInt();
    QSet<QString> tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return verdict(
            meansDamage(q.lastError()) ? Verdict::Damaged : Verdict::Unreadable, q.lastError().text());
    while (q.next())
        tables.insert(q.value(0).toString());

    if (version > currentVersion)
        return verdict(Verdict::Newer, QString(), version);
    if (version == 0)
        return verdict(tables.isEmpty() ? Verdict::Empty : Verdict::Foreign, QString(), version);
    for (const QString &table : ProgressFileCheck::requiredTables(version)) {
        if (!tables.contains(table))
            return verdict(Verdict::Damaged, QStringLiteral("table %1 is missing").arg(table), version);
    }
    return verdict(Verdict::Sound, QString(), version);
}

} // namespace

QStringList ProgressFileCheck::requiredTables(int version)
{
    QStringList tables;
    if (version >= 1)
        tables << QStringLiteral("topic_progress") << QStringLiteral("card_state")
               << QStringLiteral("review_log");
    if (version >= 2)
        tables << QStringLiteral("bookmarks") << QStringLiteral("notes");
    if (version >= 3)
        tables << QStringLiteral("interview_sessions") << QStringLiteral("interview_answers");
    return tables;
}

ProgressFileCheck::Result ProgressFileCheck::inspect(const QString &path, int currentVersion, bool thorough)
{
    QFile file(path);
    if (!file.exists())
        return verdict(Verdict::Missing);
    if (!file.open(QIODevice::ReadOnly))
        return verdict(Verdict::Unreadable, file.errorString());
    if (file.size() == 0)
        return verdict(Verdict::Empty);
    if (file.read(16) != sqliteHeader)
        return verdict(Verdict::Damaged, QStringLiteral("not an SQLite database"));
    file.close();

    const QString connection
        = QStringLiteral("progress-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Read-only, so that looking never changes the file (not even by replaying its log).
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        result = inspectDatabase(db, currentVersion, thorough);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}
