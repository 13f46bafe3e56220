#include "SearchRanking.h"

#include <sqlite3.h>

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace {

// The constants FTS5's bm25() uses, so that hits rank as they always have.
constexpr double k1 = 1.2;
constexpr double b = 0.75;

// What is the same for every row of one query: computed with the first row, then kept.
struct QueryStatistics
{
    QVarLengthArray<double, 8> idf; // per phrase
    double averageTokens = 0;
};

// The sz column of a docsize row: one SQLite varint per column, each a count of tokens.
int sumOfVarints(const unsigned char *data, int size)
{
    int total = 0;
    int i = 0;
    while (i < size) {
        quint64 value = 0;
        int length = 0;
        while (i < size && length < 9) {
            const unsigned char byte = data[i++];
            ++length;
            if (length == 9) {
                value = (value << 8) | byte;
                break;
            }
            value = (value << 7) | (byte & 0x7f);
            if (!(byte & 0x80))
                break;
        }
        total += int(std::min<quint64>(value, 1u << 24));
    }
    return total;
}

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *rows)
{
    ++*static_cast<qint64 *>(rows);
    return SQLITE_OK;
}

QueryStatistics *queryStatistics(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    if (auto *known = static_cast<QueryStatistics *>(api->xGetAuxdata(fts, 0)))
        return known;
    auto *statistics = new QueryStatistics;
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    *rc = api->xRowCount(fts, &rows);
    if (*rc == SQLITE_OK)
        *rc = api->xColumnTotalSize(fts, -1, &tokens);
    statistics->averageTokens = rows > 0 ? double(tokens) / double(rows) : 0;
    const int phrases = api->xPhraseCount(fts);
    for (int p = 0; p < phrases && *rc == SQLITE_OK; ++p) {
        qint64 hits = 0;
        *rc = api->xQueryPhrase(fts, p, &hits, countRow);
        // A word in more than half the rows would score below zero; like bm25(), give it a
        // tiny weight instead, so that rows holding it still outrank rows that do not.
        const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        statistics->idf.append(idf > 0 ? idf : 1e-6);
    }
    if (*rc == SQLITE_OK)
        *rc = api->xSetAuxdata(fts, statistics, [](void *p) { delete static_cast<QueryStatistics *>(p); });
    else
        delete statistics;
    return *rc == SQLITE_OK ? statistics : nullptr;
}

void rankRow(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int argc, sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    const QueryStatistics *statistics = queryStatistics(api, fts, &rc);
    if (!statistics) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const int phrases = int(statistics->idf.size());
    QVarLengthArray<double, 8> frequency(phrases, 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; i < instances && rc == SQLITE_OK; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase >= 0 && phrase < phrases)
            frequency[phrase] += column < argc ? sqlite3_value_double(argv[column]) : 1.0;
    }
    const auto *ranking = static_cast<const SearchRanking *>(api->xUserData(fts));
    int tokens = ranking->rowTokens(api->xRowid(fts));
    if (tokens < 0 && rc == SQLITE_OK)
        rc = api->xColumnSize(fts, -1, &tokens);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    const double lengthRatio = statistics->averageTokens > 0 ? tokens / statistics->averageTokens : 1.0;
    double score = 0;
    for (int p = 0; p < phrases; ++p) {
        const double f = frequency[p];
        score += statistics->idf[p] * (f * (k1 + 1.0)) / (f + k1 * (1.0 - b + b * lengthRatio));
    }
    // Lower is better, as with bm25(), so that ORDER BY rank puts the best first.
    sqlite3_result_double(result, -score);
}

fts5_api *ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

} // namespace

bool SearchRanking::install(sqlite3 *db)
{
    fts5_api *api = ftsApi(db);
    return api && api->xCreateFunction(api, functionName, this, rankRow, nullptr) == SQLITE_OK;
}

void SearchRanking::setRowSizes(qint64 rowid, const void *sizes, int bytes)
{
    m_rowTokens.insert(rowid, sumOfVarints(static_cast<const unsigned char *>(sizes), bytes));
}
