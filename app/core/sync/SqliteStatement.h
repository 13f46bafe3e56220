#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// One prepared statement run straight through SQLite's C API on a connection that Qt opened.
// A merge writes every event and review of a long history: through QSqlQuery each bound value
// costs a QVariant and Qt's lookup of a placeholder name (":1", ":2", made with QString::arg),
// which took more time than SQLite itself. Values are bound as Qt's SQLite driver binds them
// (integers as 64-bit, text as text), so rows are the same whichever way they were written.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Placeholders count from 1, as in SQL ("?1"). A null QString is bound as "", never NULL.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &text);
    // Text already in UTF-8, bound without a conversion (the array is shared, not copied).
    void bind(int index, const QByteArray &utf8);
    void bindNull(int index);

    // The next row of a query; false at the end or on an error (then error() is true).
    bool next();
    // Runs a statement that returns no rows; true when it succeeded.
    bool run();
    // Ready to be bound and run again.
    void reset();
    bool error() const { return m_error; }
    // Rows the last run() changed.
    int changes() const;

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_error = false;
    // The UTF-8 of each bound text, kept until the next bind of its placeholder, so SQLite reads
    // it in place instead of copying it (and UTF-8 is what the file stores: no conversion).
    std::vector<QByteArray> m_texts;
};
