#pragma once

#include <QDate>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QThread;

// Daily copies of the progress database, so that a damaged file or a regretted import can be
// undone. They live in <data dir>/backups as <name>-YYYY-MM-DD.sqlite: at most one a calendar
// day, the newest `keep` kept. Each is made with SQLite's VACUUM INTO on a connection of its own
// (a consistent snapshot even while the store writes), written under a temporary name, checked
// with integrity_check and only then renamed into place, so a backup that exists is whole and a
// damaged database never pushes a good backup out of the rotation.
class ProgressBackups : public QObject
{
    Q_OBJECT

public:
    static constexpr int keep = 7;

    struct Backup
    {
        QString path;
        QDate date;
        qint64 size = 0;
    };
    struct Result
    {
        enum class Outcome { Made, NotDue, Failed };
        Outcome outcome = Outcome::NotDue;
        QString path; // the backup made
        QString error;
        QThread *thread = nullptr; // the thread that made it: never the caller's, when made in the background
    };
    // What a backup holds, for the user choosing one.
    struct Summary
    {
        int topics = 0;
        int cards = 0;
        int reviews = 0;
    };

    explicit ProgressBackups(const QString &databasePath, QObject *parent = nullptr);

    QString databasePath() const { return m_databasePath; }
    QString folder() const { return folderFor(m_databasePath); }
    static QString folderFor(const QString &databasePath);
    // Newest first.
    QList<Backup> list() const { return listFor(m_databasePath); }
    static QList<Backup> listFor(const QString &databasePath);

    // Makes today's backup unless there is one (NOW's local date), then drops all but the newest
    // `keep`. Blocks; safe on any thread. Use backUpInBackground() from the UI.
    Result backUpIfDue(const QDateTime &now) const { return backUp(m_databasePath, now); }
    static Result backUp(const QString &databasePath, const QDateTime &now);
    // The same on a pool thread; backupFinished() reports on this object's thread.
    QFuture<Result> backUpInBackground(const QDateTime &now);

    static std::optional<Summary> summary(const QString &backupPath);

    // Renames PATH and its -wal and -shm files to PATH.<kind>-<time>; returns the new name of
    // PATH, or an empty string if it could not be moved (then nothing was).
    static QString moveAside(const QString &path, const QString &kind, const QDateTime &now);
    // Copies SOURCE to TARGET through a temporary file flushed to disk and renamed into place.
    static bool copyInPlace(const QString &source, const QString &target, QString *error = nullptr);

signals:
    void backupFinished(const ProgressBackups::Result &result);

private:
    QString m_databasePath;
};
