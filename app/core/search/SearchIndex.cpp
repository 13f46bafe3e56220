#include "SearchIndex.h"

#include "CmarkDocument.h"
#include "Guide.h"

#include <cmark-gfm.h>
#include <sqlite3.h>

#include <QFile>

#include <algorithm>

namespace {

// Bounds that keep any query, however long, cheap to parse and run.
constexpr int maxQueryChars = 1000;
constexpr int maxQueryWords = 16;
constexpr int maxWordChars = 64;
constexpr int snippetTokens = 16;
constexpr int maxLimit = 1000;

// snippet() marks matches with these; they are removed from indexed text, so the guide
// cannot fake a mark, and become <b> and </b> only after the rest is escaped.
constexpr char16_t openMark = 0x01;
constexpr char16_t closeMark = 0x02;

const char schema[] = "CREATE VIRTUAL TABLE IF NOT EXISTS items USING fts5("
                      "title, body, kind UNINDEXED, item_id UNINDEXED, topic_id UNINDEXED, label UNINDEXED,"
                      " tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');"
                      // The titles of topics alone, under their row's rowid in items: a word
                      // that every card's prompt holds then costs nothing to look for here.
                      "CREATE VIRTUAL TABLE IF NOT EXISTS topic_titles USING fts5("
                      "title, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');";

// Titles weigh ten times the body: a word in a topic's title or a card's prompt says more
// about what it is than the same word somewhere in a page.
// Ordered by FTS5's own rank column, FTS5 ranks every match and sorts them itself, then
// makes snippets only for the rows read: ordered by an expression, SQLite would compute every
// result column, snippet and all, for every match (all 10,000 cards for a common word).
const QByteArray &searchSql()
{
    static const QByteArray sql
        = QByteArray("SELECT rank, kind, item_id, topic_id, label, snippet(items, 1, char(1), char(2), '…', ?3)"
                     " FROM items WHERE items MATCH ?1 AND rank MATCH '")
        + SearchRanking::functionName + "(10.0, 1.0)' ORDER BY rank LIMIT ?2";
    return sql;
}

// Topics whose title holds every word: what someone typing a topic's name is looking for, so
// they come first, before cards and pages that use the word more often (BM25 alone put the
// topic "Generators and Iterators" eighth for "generator", behind six cards). They are found
// in topic_titles, in the guide's order (rows are written in it), where a topic is taught
// before it comes up again among interview questions; search() then puts the shortest titles,
// the closest matches, first. Each is then read from items as the main search reads it (?4 is
// its rowid), ranked and with a snippet. Asking items for the rows whose title matches, of
// kind 0, went through every card whose prompt holds the word (10,000 for "question"), and
// asking for rows whose rowid is IN a title query ran the whole query once per match (5 s).
const char titleTopicsSql[] = "SELECT rowid FROM topic_titles WHERE topic_titles MATCH ?1 ORDER BY rowid LIMIT ?2";

const QByteArray &titleTopicSql()
{
    static const QByteArray sql
        = QByteArray(
              "SELECT rank, kind, item_id, topic_id, label, snippet(items, 1, char(1), char(2), '…', ?3)"
              " FROM items WHERE items MATCH ?1 AND rowid = ?4 AND rank MATCH '")
        + SearchRanking::functionName + "(10.0, 1.0)'";
    return sql;
}

// Owns one prepared statement.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (db)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    explicit operator bool() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }

    void bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    // Runs a statement that returns no rows, ready to be bound and run again.
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

QString sanitized(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

bool isBlock(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

void collectText(cmark_node *node, QString &out)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
        out += CmarkDocument::literal(node);
        return;
    case CMARK_NODE_CODE_BLOCK:
        out += CmarkDocument::literal(node);
        out += QLatin1Char('\n');
        return;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
        out += QLatin1Char(' ');
        return;
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_HTML_INLINE:
        return; // markup and <!-- id: --> comments, not words
    default:
        break;
    }
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
        collectText(child, out);
    if (isBlock(node))
        out += QLatin1Char('\n');
}

bool isCardHeading(cmark_node *node)
{
    if (cmark_node_get_type(node) != CMARK_NODE_HEADING)
        return false;
    const QString text = CmarkDocument::plainText(node).simplified();
    return text.startsWith(QLatin1String("Q:")) || text.startsWith(QLatin1String("Q :"));
}

// Prompts are one line of inline Markdown; most have none, and need no parser.
bool mayHoldMarkup(const QString &text)
{
    const QLatin1String markup("`*_[<\\&!");
    return std::any_of(text.cbegin(), text.cend(), [markup](QChar c) { return markup.contains(c); });
}

bool hasLetterOrNumber(const QString &word)
{
    for (const char32_t c : word.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            return true;
    }
    return false;
}

QString snippetHtml(const QString &snippet)
{
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(QChar(openMark), QLatin1String("<b>"));
    html.replace(QChar(closeMark), QLatin1String("</b>"));
    return html;
}

} // namespace

namespace {

void collectSections(const Topic &topic, QList<const Topic *> &out)
{
    for (const auto &child : topic.children) {
        if (child->kind == Topic::Kind::Section) {
            out.append(child.get());
            collectSections(*child, out);
        }
    }
}

// Adds PAGE to SOURCE, and when the page has an outline, each section with the body text
// between its heading and the next one: a hit in a long file then names its section and opens
// there, rather than the whole file.
void addPage(SearchSource &source, const Topic &page)
{
    QList<const Topic *> sections;
    collectSections(page, sections);
    if (sections.isEmpty()) {
        source.entries.append({ SearchHit::Kind::Topic, page.id, page.id, page.title, page.markdown });
        return;
    }
    const QStringList lines = page.markdown.split(QLatin1Char('\n'));
    auto slice = [&lines](int from, int to) { // 0-based, TO excluded
        from = std::clamp(from, 0, int(lines.size()));
        to = std::clamp(to, from, int(lines.size()));
        return lines.mid(from, to - from).join(QLatin1Char('\n'));
    };
    auto lineIndex = [&page](const Topic *section) { return section->line - page.bodyLine; };
    source.entries.append({ SearchHit::Kind::Topic, page.id, page.id, page.title, slice(0, lineIndex(sections.first())) });
    for (int i = 0; i < sections.size(); ++i) {
        const int end = i + 1 < sections.size() ? lineIndex(sections.at(i + 1)) : int(lines.size());
        // From the line after the heading: its words are the title, weighted as one.
        source.entries.append({ SearchHit::Kind::Topic, sections.at(i)->id, sections.at(i)->id, sections.at(i)->title,
                                slice(lineIndex(sections.at(i)) + 1, end) });
    }
}

// Steps SELECT (bound as collect() binds it) to its end, adding each hit that HITS does not hold
// yet; false if SQLite failed.
bool readHits(Statement &select, const QHash<QString, QString> &topicTitles, QList<SearchHit> &hits)
{
    const qsizetype named = hits.size(); // hits already found by their title
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(select.get())) == SQLITE_ROW) {
        SearchHit hit;
        hit.score = -sqlite3_column_double(select.get(), 0);
        hit.kind = SearchHit::Kind(std::clamp(sqlite3_column_int(select.get(), 1), 0, 2));
        hit.itemId = select.text(2);
        hit.topicId = select.text(3);
        hit.title = select.text(4);
        hit.snippetHtml = snippetHtml(select.text(5));
        hit.topicTitle = topicTitles.value(hit.topicId);
        const bool known = std::any_of(hits.cbegin(), hits.cbegin() + named,
            [&](const SearchHit &h) { return h.kind == hit.kind && h.itemId == hit.itemId; });
        if (!known)
            hits.append(hit);
    }
    return rc == SQLITE_DONE;
}

} // namespace

SearchSource SearchSource::fromGuide(const Guide &guide, const QList<TopicNote> &notes)
{
    SearchSource source;
    source.notes = notes;
    const auto add = [&source](const Topic &topic) {
        source.topicTitles.insert(topic.id, topic.title);
        if (topic.kind != Topic::Kind::Section)
            addPage(source, topic);
        for (const Card &card : topic.cards)
            source.entries.append({ SearchHit::Kind::Card, card.id, card.topicId, card.prompt, card.answer });
    };
    // The root's own page (a guide that is one README) is searched like any other.
    if (!guide.root()->markdown.trimmed().isEmpty() || !guide.root()->cards.empty())
        add(*guide.root());
    guide.forEachTopic(add);
    return source;
}

SearchIndex::SearchIndex(const QString &path)
{
    const QByteArray name = path.isEmpty() ? QByteArrayLiteral(":memory:") : QFile::encodeName(path);
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(
        name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        m_lastError = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        return;
    }
    m_db = db;
    if (!exec(schema) || !m_ranking.install(m_db)) {
        if (m_lastError.isEmpty())
            setError("installing the ranking function");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

SearchIndex::~SearchIndex()
{
    sqlite3_close_v2(m_db);
}

void SearchIndex::setError(const char *where) const
{
    m_lastError = QString::fromUtf8(where) + QStringLiteral(": ")
        + (m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database"));
}

bool SearchIndex::exec(const char *sql)
{
    if (!m_db)
        return false;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    setError(sql);
    return false;
}

bool SearchIndex::build(const Guide &guide, const QList<TopicNote> &notes)
{
    return build(SearchSource::fromGuide(guide, notes), nullptr);
}

bool SearchIndex::build(const SearchSource &source, const std::atomic_bool *cancel)
{
    if (!m_db || !exec("BEGIN") || !exec("DELETE FROM items") || !exec("DELETE FROM topic_titles")) {
        exec("ROLLBACK");
        return false;
    }
    m_topicTitles = source.topicTitles;
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    bool ok = true;
    for (const SearchSource::Entry &entry : source.entries) {
        if (cancelled() || !(ok = insert(entry)))
            break;
    }
    for (const TopicNote &note : source.notes) {
        if (!ok || cancelled() || !(ok = insertNote(note.topicId, note.text)))
            break;
    }
    if (!ok || cancelled()) {
        exec("ROLLBACK");
        return false;
    }
    // One b-tree instead of many segments: the build is done once, queries happen often.
    if (!exec("COMMIT") || !exec("INSERT INTO items(items) VALUES('optimize')")
        || !exec("INSERT INTO topic_titles(topic_titles) VALUES('optimize')"))
        return false;
    readRowLengths();
    return true;
}

bool SearchIndex::insert(const SearchSource::Entry &entry)
{
    static const char sql[] = "INSERT INTO items (title, body, kind, item_id, topic_id, label)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?1)";
    // Prepared per call: cheap next to stripping the Markdown, and keeps no state between builds.
    Statement insert(m_db, sql);
    if (!insert) {
        setError(sql);
        return false;
    }
    const bool isCard = entry.kind == SearchHit::Kind::Card;
    const QString title = isCard && mayHoldMarkup(entry.title) ? plainText(entry.title).simplified()
                                                               : entry.title.simplified();
    insert.bind(1, sanitized(title));
    insert.bind(2, sanitized(plainText(entry.markdown)));
    insert.bind(3, qint64(entry.kind));
    insert.bind(4, entry.itemId);
    insert.bind(5, entry.topicId);
    if (!insert.run()) {
        setError(sql);
        return false;
    }
    if (entry.kind != SearchHit::Kind::Topic)
        return true;
    static const char titleSql[] = "INSERT INTO topic_titles (rowid, title) VALUES (?1, ?2)";
    Statement insertTitle(m_db, titleSql);
    if (!insertTitle) {
        setError(titleSql);
        return false;
    }
    insertTitle.bind(1, qint64(sqlite3_last_insert_rowid(m_db)));
    insertTitle.bind(2, sanitized(title));
    if (insertTitle.run())
        return true;
    setError(titleSql);
    return false;
}

bool SearchIndex::insertNote(const QString &topicId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return true;
    static const char sql[] = "INSERT INTO items (title, body, kind, item_id, topic_id, label)"
                              " VALUES ('', ?1, ?2, ?3, ?3, ?4)";
    Statement insert(m_db, sql);
    if (!insert) {
        setError(sql);
        return false;
    }
    insert.bind(1, sanitized(text)); // notes are plain text, as typed
    insert.bind(2, qint64(SearchHit::Kind::Note));
    insert.bind(3, topicId);
    insert.bind(4, sanitized(m_topicTitles.value(topicId, topicId)));
    if (insert.run())
        return true;
    setError(sql);
    return false;
}

bool SearchIndex::setNote(const QString &topicId, const QString &text)
{
    if (!exec("BEGIN"))
        return false;
    // A scan of the unindexed columns: a few milliseconds even for a large guide, and it needs
    // no bookkeeping of row ids that could drift from the table.
    static const char sql[] = "DELETE FROM items WHERE kind = ?1 AND item_id = ?2";
    Statement remove(m_db, sql);
    bool ok = bool(remove);
    if (ok) {
        remove.bind(1, qint64(SearchHit::Kind::Note));
        remove.bind(2, topicId);
        ok = remove.run();
    }
    if (!ok)
        setError(sql);
    if (!ok || !insertNote(topicId, text)) {
        exec("ROLLBACK");
        return false;
    }
    if (!exec("COMMIT"))
        return false;
    if (!text.trimmed().isEmpty())
        readRowLengths(sqlite3_last_insert_rowid(m_db));
    return true;
}

void SearchIndex::readRowLengths(qint64 rowid)
{
    Statement sizes(m_db, rowid < 0 ? "SELECT id, sz FROM items_docsize" : "SELECT id, sz FROM items_docsize WHERE id = ?1");
    if (rowid < 0)
        m_ranking.clear();
    else
        m_ranking.forgetRow(rowid);
    if (!sizes)
        return;
    if (rowid >= 0)
        sizes.bind(1, rowid);
    while (sqlite3_step(sizes.get()) == SQLITE_ROW) {
        const void *blob = sqlite3_column_blob(sizes.get(), 1);
        m_ranking.setRowSizes(sqlite3_column_int64(sizes.get(), 0), blob, sqlite3_column_bytes(sizes.get(), 1));
    }
}

int SearchIndex::entryCount() const
{
    Statement count(m_db, "SELECT count(*) FROM items");
    if (!count || sqlite3_step(count.get()) != SQLITE_ROW)
        return 0;
    return sqlite3_column_int(count.get(), 0);
}

QList<SearchHit> SearchIndex::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString match = ftsQuery(query);
    if (match.isEmpty() || limit <= 0 || !m_db)
        return hits;
    const qint64 most = std::min(limit, maxLimit);
    if (!collectTitleTopics(match, most, hits) || !collect(searchSql(), match, most, hits))
        return hits;
    // Topics named by the query first, the shortest titles first, else in the guide's order;
    // then by score, topics before cards before notes when equal.
    const auto named
        = std::find_if(hits.begin(), hits.end(), [](const SearchHit &h) { return !h.titleMatch; });
    std::stable_sort(hits.begin(), named, [](const SearchHit &a, const SearchHit &b) {
        return a.title.count(QLatin1Char(' ')) < b.title.count(QLatin1Char(' '));
    });
    std::stable_sort(named, hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return a.score != b.score ? a.score > b.score : a.kind < b.kind;
    });
    if (hits.size() > most)
        hits.resize(most);
    m_lastError.clear();
    return hits;
}

bool SearchIndex::collectTitleTopics(const QString &match, qint64 limit, QList<SearchHit> &hits) const
{
    Statement titles(m_db, titleTopicsSql);
    if (!titles) {
        setError(titleTopicsSql);
        return false;
    }
    titles.bind(1, match);
    titles.bind(2, limit);
    QList<qint64> rowids;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(titles.get())) == SQLITE_ROW)
        rowids.append(sqlite3_column_int64(titles.get(), 0));
    if (rc != SQLITE_DONE) {
        setError(titleTopicsSql);
        return false;
    }
    // One statement for every topic found, bound to each rowid in turn.
    const QByteArray &sql = titleTopicSql();
    Statement select(m_db, sql.constData());
    if (!select) {
        setError(sql.constData());
        return false;
    }
    select.bind(1, match);
    select.bind(3, qint64(snippetTokens));
    const qsizetype first = hits.size();
    for (const qint64 rowid : std::as_const(rowids)) {
        select.bind(4, rowid);
        const bool read = readHits(select, m_topicTitles, hits);
        sqlite3_reset(select.get());
        if (!read) {
            setError(sql.constData());
            return false;
        }
    }
    for (qsizetype i = first; i < hits.size(); ++i)
        hits[i].titleMatch = true;
    return true;
}

bool SearchIndex::collect(const QByteArray &sql, const QString &match, qint64 limit, QList<SearchHit> &hits) const
{
    Statement select(m_db, sql.constData());
    if (!select) {
        setError(sql.constData());
        return false;
    }
    select.bind(1, match);
    select.bind(2, limit);
    select.bind(3, qint64(snippetTokens));
    if (!readHits(select, m_topicTitles, hits)) {
        setError(sql.constData());
        return false;
    }
    return true;
}

QString SearchIndex::ftsQuery(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : QStringView(text).left(maxQueryChars)) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
        } else {
            word += c;
        }
    }
    // Without a space after it, the last word is still being typed: match it as a prefix.
    const bool typing = !word.isEmpty();
    if (typing)
        words.append(word);

    QStringList phrases;
    for (qsizetype i = 0; i < words.size() && phrases.size() < maxQueryWords; ++i) {
        QString w = words.at(i);
        // Words of only punctuation or emoji hold no token; as phrases they would match nothing.
        if (!hasLetterOrNumber(w))
            continue;
        if (w.size() > maxWordChars)
            w.truncate(w.at(maxWordChars - 1).isHighSurrogate() ? maxWordChars - 1 : maxWordChars);
        // Inside a quoted string every character is literal: operators, colons and carets are
        // just text there, and the tokenizer drops what is not a letter or a digit.
        QString phrase
            = QLatin1Char('"') + w.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        if (typing && i == words.size() - 1)
            phrase += QLatin1Char('*');
        phrases.append(phrase);
    }
    return phrases.join(QLatin1Char(' '));
}

QString SearchIndex::plainText(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return QString();
    CmarkDocument doc(markdown);
    QString text;
    int skipBelow = 0; // inside a card's section: skip until a heading of this level or higher
    for (cmark_node *node = cmark_node_first_child(doc.root()); node; node = cmark_node_next(node)) {
        const bool heading = cmark_node_get_type(node) == CMARK_NODE_HEADING;
        const int level = heading ? cmark_node_get_heading_level(node) : 0;
        if (skipBelow && heading && level <= skipBelow)
            skipBelow = 0;
        if (skipBelow)
            continue;
        if (isCardHeading(node)) {
            skipBelow = level; // cards are indexed as entries of their own
            continue;
        }
        collectText(node, text);
    }
    return text.trimmed();
}
