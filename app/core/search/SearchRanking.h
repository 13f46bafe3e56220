#pragma once

#include <QHash>

struct sqlite3;

// BM25, exactly as FTS5's own bm25() ranks, but with the length of every indexed row kept in
// memory. The built-in function reads each matching row's length from the index's docsize
// table, one b-tree lookup per row: for a word in every card of a large guide those lookups
// are most of the time a keystroke takes. Lengths change only when rows are written, and
// SearchIndex tells this object each time it writes.
class SearchRanking
{
public:
    // The name to rank with in SQL: rank MATCH 'guide_bm25(title weight, body weight)'.
    static constexpr char functionName[] = "guide_bm25";

    // Makes the function known to DB, bound to this object, which must outlive DB's use of it.
    bool install(sqlite3 *db);

    // What the index tells it as it writes. SIZES is a row's sz blob from the FTS5 table's
    // docsize table. A row whose length is not known is ranked too: FTS5 is asked for it.
    void clear() { m_rowTokens.clear(); }
    void setRowSizes(qint64 rowid, const void *sizes, int bytes);
    void forgetRow(qint64 rowid) { m_rowTokens.remove(rowid); }

    // Tokens in every column of ROWID together, or -1 if it is not known.
    int rowTokens(qint64 rowid) const { return m_rowTokens.value(rowid, -1); }

private:
    QHash<qint64, int> m_rowTokens;
};
