#pragma once

#include "ProgressStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Saves everything the progress store holds for its guide (topic statuses, bookmarks with their
// notes, notes, card schedules, the whole review log, ticked task list items and the learner's
// own cards) to a versioned JSON file, and merges such a file back in, e.g. to carry progress to
// another computer.
//
// Merging keeps the newer of each fact: a status, note, task item or own card by its update
// time, a card's schedule
// by its last review; review logs are united without duplicates (same card, time and rating);
// bookmarks are added, and a bookmark's note is taken only where the store's is empty. A file is
// validated completely before anything is written, and written in one transaction, so a refused
// or failed import changes nothing.
class ProgressArchive
{
    Q_DECLARE_TR_FUNCTIONS(ProgressArchive)

public:
    static constexpr qint64 defaultMaximumBytes = qint64(64) * 1024 * 1024;

    struct Counts
    {
        int statuses = 0;
        int bookmarks = 0;
        int notes = 0;
        int schedules = 0;
        int reviews = 0;
        int tasks = 0;
        int ownCards = 0;
    };

    struct Result
    {
        bool ok = false;
        QString message; // one sentence: what was done, or why nothing was
        Counts counts; // exported, or written by an import
        int unchanged = 0; // import: entries the store already had, or had newer
        bool otherGuide = false; // import refused only because the file is for another guide
    };

    explicit ProgressArchive(ProgressStore &store);

    // Files larger than this are refused before they are read.
    void setMaximumBytes(qint64 bytes) { m_maximumBytes = bytes; }

    Result exportTo(const QString &path, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // FORCE accepts a file written for another guide id, into the store's guide.
    Result importFrom(const QString &path, bool force = false);

    // The store's current contents for its guide.
    ProgressStore::ImportBatch snapshot() const;
    // What of INCOMING is newer than or missing from CURRENT, by the rules above.
    static ProgressStore::ImportBatch merge(const ProgressStore::ImportBatch &current,
        const ProgressStore::ImportBatch &incoming, int &unchanged);

private:
    ProgressStore &m_store;
    qint64 m_maximumBytes = defaultMaximumBytes;
};
