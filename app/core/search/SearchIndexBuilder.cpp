#include "SearchIndexBuilder.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

SearchIndexBuilder::SearchIndexBuilder(QObject *parent)
    : QObject(parent)
{
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    // The worker holds nothing of ours: stopping it early only saves it work. It finishes on
    // its own and the global thread pool waits for it before the application ends.
    abandonBuild();
}

void SearchIndexBuilder::start(const Guide &guide, const QList<TopicNote> &notes)
{
    start(SearchSource::fromGuide(guide, notes));
}

void SearchIndexBuilder::start(SearchSource source)
{
    abandonBuild();
    m_index.reset();
    m_pendingNotes.clear();
    m_lastError.clear();

    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_watcher = new QFutureWatcher<Built>(this);
    QFutureWatcher<Built> *watcher = m_watcher;
    connect(watcher, &QFutureWatcher<Built>::finished, this, [this, watcher] { finish(watcher); });
    watcher->setFuture(QtConcurrent::run([source = std::move(source), cancel] {
        Built built;
        built.thread = QThread::currentThread();
        built.index = std::make_shared<SearchIndex>();
        if (!built.index->build(source, cancel.get()))
            built.error = built.index->lastError();
        return built;
    }));
}

void SearchIndexBuilder::abandonBuild()
{
    if (!m_watcher)
        return;
    m_cancel->store(true);
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_cancel.reset();
}

void SearchIndexBuilder::finish(QFutureWatcher<Built> *watcher)
{
    if (watcher != m_watcher)
        return;
    const Built built = watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_cancel.reset();

    // An incomplete index still answers for what it holds, which beats never answering.
    m_index = built.index;
    m_builtOn = built.thread;
    m_lastError = built.error;
    for (auto it = m_pendingNotes.cbegin(); it != m_pendingNotes.cend(); ++it)
        m_index->setNote(it.key(), it.value());
    m_pendingNotes.clear();
    emit ready();
}

QList<SearchHit> SearchIndexBuilder::search(const QString &query, int limit) const
{
    return m_index ? m_index->search(query, limit) : QList<SearchHit>();
}

void SearchIndexBuilder::setNote(const QString &topicId, const QString &text)
{
    if (m_index)
        m_index->setNote(topicId, text);
    else if (m_watcher)
        m_pendingNotes.insert(topicId, text);
}
