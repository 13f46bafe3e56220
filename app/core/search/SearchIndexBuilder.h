#pragma once

#include "SearchIndex.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

// Builds a SearchIndex on a worker thread and hands it to the thread that asked for it.
//
// What to index is copied out of the Guide on the calling thread (SearchSource), so the
// worker never touches the guide. The worker opens its own SQLite connection, strips the
// Markdown and fills the index; the finished SearchIndex, connection and all, then moves to
// the calling thread through the future and is only used there. A sqlite3 handle may change
// threads like this (it is opened with SQLITE_OPEN_FULLMUTEX, and only one thread ever uses it
// at a time); a QSqlDatabase could not, which is why SearchIndex uses the C API.
class SearchIndexBuilder : public QObject
{
    Q_OBJECT

public:
    explicit SearchIndexBuilder(QObject *parent = nullptr);
    ~SearchIndexBuilder() override;

    // Starts indexing a snapshot of GUIDE and NOTES and returns at once. An index built before
    // is dropped (it described another guide or an older one), and a build still running is
    // abandoned: ready() follows the newest start() only.
    void start(const Guide &guide, const QList<TopicNote> &notes = {});
    void start(SearchSource source);

    bool isReady() const { return m_index != nullptr; }
    bool isBuilding() const { return m_watcher != nullptr; }
    // Nothing while the index is not ready: callers say "Indexing..." then.
    QList<SearchHit> search(const QString &query, int limit = 50) const;
    // Updates one note in the index; while a build runs, the change is applied when it ends.
    void setNote(const QString &topicId, const QString &text);
    // Why the last build is incomplete, if it is; empty when all went well.
    QString lastError() const { return m_lastError; }
    // The thread the last finished build ran on, for tests.
    QThread *lastBuildThread() const { return m_builtOn; }

signals:
    // The index is built and searchable; emitted on the thread that called start().
    void ready();

private:
    struct Built
    {
        std::shared_ptr<SearchIndex> index;
        QThread *thread = nullptr;
        QString error;
    };

    void abandonBuild();
    void finish(QFutureWatcher<Built> *watcher);

    std::shared_ptr<SearchIndex> m_index;
    QFutureWatcher<Built> *m_watcher = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QHash<QString, QString> m_pendingNotes; // topic id -> text edited during the build
    QThread *m_builtOn = nullptr;
    QString m_lastError;
};
