#include "ProgressBackups.h"

#include "ProgressFileCheck.h"
#include "ProgressSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtConcurrent>

#include <unistd.h>

namespace {

const auto dateFormat = QStringLiteral("yyyy-MM-dd");
const auto tempMarker = QStringLiteral(".tmp-");

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

bool flushToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
}

// A temporary file left by a backup that never finished (the app was killed). Only old ones are
// removed, so a backup another process is writing right now is left alone.
void removeStaleTemporaries(const QString &folder, const QDateTime &now)
{
    const QFileInfoList temps = QDir(folder).entryInfoList(
        { QStringLiteral("*") + tempMarker + QStringLiteral("*") }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &temp : temps) {
        if (temp.lastModified().secsTo(now) > 3600)
            QFile::remove(temp.absoluteFilePath());
    }
}

ProgressBackups::Result failed(const QString &error, const QString &temp = QString())
{
    if (!temp.isEmpty())
        QFile::remove(temp);
    ProgressBackups::Result result;
    result.outcome = ProgressBackups::Result::Outcome::Failed;
    result.error = error;
    result.thread = QThread::currentThread();
    return result;
}

bool vacuumInto(const QString &source, const QString &target, QString *error)
{
    // A connection of this thread's own: a QSqlDatabase must only be used where it was opened,
    // and the store's connection belongs to the UI thread.
    const QString connection
        = QStringLiteral("progress-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(source);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.prepare(QStringLiteral("VACUUM INTO ?"));
            if (ok) {
                q.addBindValue(target);
                ok = q.exec();
            }
            if (!ok)
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

ProgressBackups::ProgressBackups(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{
    qRegisterMetaType<ProgressBackups::Result>();
}

QString ProgressBackups::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QList<ProgressBackups::Backup> ProgressBackups::listFor(const QString &databasePath)
{
    if (databasePath.isEmpty())
        return {}; // a store never opened has no folder, and the working directory is not one
    const QString base = baseName(databasePath);
    const QRegularExpression name(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(base) + QStringLiteral("-(\\d{4}-\\d{2}-\\d{2})\\.sqlite")));
    QList<Backup> backups;
    const QFileInfoList files
        = QDir(folderFor(databasePath)).entryInfoList({ base + QStringLiteral("-*.sqlite") }, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), dateFormat) : QDate();
        if (date.isValid())
            backups.append(Backup { file.absoluteFilePath(), date, file.size() });
    }
    std::sort(
        backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.date > b.date; });
    return backups;
}

ProgressBackups::Result ProgressBackups::backUp(const QString &databasePath, const QDateTime &now)
{
    Result result;
    result.thread = QThread::currentThread();
    const QFileInfo source(databasePath);
    if (!source.exists() || source.size() == 0)
        return result; // nothing to keep yet
    const QDate today = now.toLocalTime().date();
    const QList<Backup> existing = listFor(databasePath);
    if (!existing.isEmpty() && existing.constFirst().date >= today)
        return result;

    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return failed(QStringLiteral("cannot create %1").arg(folder));
    removeStaleTemporaries(folder, now);
    const QString target = folder + QLatin1Char('/') + baseName(databasePath) + QLatin1Char('-')
        + today.toString(dateFormat) + QStringLiteral(".sqlite");
    const QString temp = target + tempMarker + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString error;
    if (!vacuumInto(databasePath, temp, &error))
        return failed(error, temp);
    if (!flushToDisk(temp))
        return failed(QStringLiteral("cannot write %1 to disk").arg(temp), temp);
    const ProgressFileCheck::Result check
        = ProgressFileCheck::inspect(temp, ProgressSchema::version, true);
    if (check.verdict != ProgressFileCheck::Verdict::Sound)
        return failed(QStringLiteral("the copy did not pass its check (%1)").arg(check.detail), temp);
    QFile::remove(target); // only a same-day backup from a clock that went backwards
    if (!QFile::rename(temp, target))
        return failed(QStringLiteral("cannot rename %1 to %2").arg(temp, target), temp);

    const QList<Backup> all = listFor(databasePath);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    result.outcome = Result::Outcome::Made;
    result.path = target;
    return result;
}

QFuture<ProgressBackups::Result> ProgressBackups::backUpInBackground(const QDateTime &now)
{
    QFuture<Result> future = QtConcurrent::run(&ProgressBackups::backUp, m_databasePath, now);
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        emit backupFinished(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
    return future;
}

std::optional<ProgressBackups::Summary> ProgressBackups::summary(const QString &backupPath)
{
    const QString connection
        = QStringLiteral("progress-summary-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Summary> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(backupPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFileInfo(backupPath).size() > 0 && db.open()) {
            QSqlQuery q(db);
            Summary s;
            const auto count = [&q](const char *table, int *into) {
                const bool ok
                    = q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) && q.next();
                *into = ok ? q.value(0).toInt() : 0;
                return ok;
            };
            if (count("topic_progress", &s.topics) && count("card_state", &s.cards)
                && count("review_log", &s.reviews))
                out = s;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

QString ProgressBackups::moveAside(const QString &path, const QString &kind, const QDateTime &now)
{
    const QString stem
        = path + QLatin1Char('.') + kind + QLatin1Char('-') + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = stem;
    for (int n = 2; QFile::exists(aside) || QFile::exists(aside + QStringLiteral("-wal")); ++n)
        aside = stem + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside))
        return QString();
    // The log and index go with it: the log may hold the newest transactions, and left behind
    // they would be replayed into whatever file takes the name.
    for (const auto &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
            for (const auto &back : { QStringLiteral("-wal"), QStringLiteral("-shm") })
                QFile::rename(aside + back, path + back);
            QFile::rename(aside, path);
            return QString();
        }
    }
    return aside;
}

bool ProgressBackups::copyInPlace(const QString &source, const QString &target, QString *error)
{
    const QString temp = target + tempMarker + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile in(source);
    if (!in.copy(temp)) {
        if (error)
            *error = in.errorString();
        return false;
    }
    // QFile::copy keeps the source's permissions; a backup must become an ordinary, writable file.
    QFile::setPermissions(temp, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    if (!flushToDisk(temp) || !QFile::rename(temp, target)) {
        QFile::remove(temp);
        if (error)
            *error = QStringLiteral("cannot write %1").arg(target);
        return false;
    }
    return true;
}
