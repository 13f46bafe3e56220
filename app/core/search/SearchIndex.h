#pragma once

#include "ProgressTypes.h"
#include "SearchRanking.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>

class Guide;
struct sqlite3;

// One answer to a search, ready to show.
struct SearchHit
{
    enum class Kind { Topic = 0, Card = 1, Note = 2 };

    Kind kind = Kind::Topic;
    QString itemId; // the topic's or the card's id; for a note, the id of its topic
    QString topicId; // the topic to open: the topic itself, the card's topic, the note's topic
    QString title; // plain text: escape it before showing it as rich text
    QString snippetHtml; // escaped text around the match, matched words in <b>..</b>
    double score = 0; // BM25 relevance, higher is better
    QString topicTitle; // the title of topicId, plain text, to say where a card or note is
    bool titleMatch = false; // a topic whose title holds every word searched for: ranked first
};
Q_DECLARE_METATYPE(SearchHit)

// What to index, copied out of a Guide as plain values so that it can be indexed on another
// thread while the guide stays with its owner.
struct SearchSource
{
    struct Entry
    {
        SearchHit::Kind kind = SearchHit::Kind::Topic;
        QString itemId;
        QString topicId;
        QString title; // may hold inline Markdown (card prompts)
        QString markdown; // the topic's body or the card's answer
    };

    QList<Entry> entries; // topics and cards
    QList<TopicNote> notes;
    QHash<QString, QString> topicTitles; // titles a note's hit is shown under

    static SearchSource fromGuide(const Guide &guide, const QList<TopicNote> &notes = {});
};

// A full-text index over a guide's topics, cards and the user's notes, in its own SQLite
// database (FTS5, BM25 ranking, prefix indexes).
//
// It talks to SQLite through the C API rather than Qt SQL: a QSqlDatabase may only be used
// on the thread that opened it (Qt 6.4 cannot move one), while a sqlite3 handle opened with
// SQLITE_OPEN_FULLMUTEX may be built on a worker thread and then handed to the UI thread as
// it is, with no copy of the database. Still, one thread at a time: the object is not
// otherwise synchronised.
class SearchIndex
{
public:
    // PATH empty: a private database in memory.
    explicit SearchIndex(const QString &path = QString());
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    // The last SQLite error, for logs; empty when all went well.
    QString lastError() const { return m_lastError; }

    // Replaces what is indexed. CANCEL, when set from another thread, stops a long build early
    // (the index is then incomplete and the call returns false).
    bool build(const SearchSource &source, const std::atomic_bool *cancel = nullptr);
    bool build(const Guide &guide, const QList<TopicNote> &notes = {});
    int entryCount() const;

    // Best hits first. Any text is a valid query: it is never parsed as FTS5 syntax, and a
    // query with nothing to search for simply finds nothing.
    QList<SearchHit> search(const QString &query, int limit = 50) const;

    // Replaces the indexed text of one note (empty text removes it), without a rebuild.
    bool setNote(const QString &topicId, const QString &text);

    // The user's text as a safe FTS5 query: each word a quoted string, the last one a prefix
    // unless the text ends in a space. Empty when there is nothing to search for.
    static QString ftsQuery(const QString &text);
    // Markdown as searchable text: markup, HTML and the sections of cards (indexed on their
    // own) removed; code kept, since people search for names in it.
    static QString plainText(const QString &markdown);

private:
    bool exec(const char *sql);
    bool insert(const SearchSource::Entry &entry);
    bool insertNote(const QString &topicId, const QString &text);
    // Runs SQL for the FTS query MATCH, adding each hit that HITS does not hold yet.
    bool collect(const QByteArray &sql, const QString &match, qint64 limit, QList<SearchHit> &hits) const;
    // The topics whose title holds every word of MATCH, at most LIMIT, into HITS.
    bool collectTitleTopics(const QString &match, qint64 limit, QList<SearchHit> &hits) const;
    // Tells the ranking the lengths of every row (ROWID < 0) or of one.
    void readRowLengths(qint64 rowid = -1);
    void setError(const char *where) const;

    sqlite3 *m_db = nullptr;
    SearchRanking m_ranking;
    QHash<QString, QString> m_topicTitles;
    QHash<QString, qint64> m_noteRows; // topic id -> rowid of its note
    mutable QString m_lastError;
};
