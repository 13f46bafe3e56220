#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "SearchIndex.h"
#include "SearchIndexBuilder.h"

#include <sqlite3.h>

#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>
#include <QtTest>

namespace {

QByteArray filler(int sentences)
{
    QByteArray text;
    for (int i = 0; i < sentences; ++i)
        text += "Some words about other things entirely. ";
    return text;
}

QStringList idsOf(const QList<SearchHit> &hits)
{
    QStringList ids;
    for (const SearchHit &hit : hits)
        ids << hit.itemId;
    return ids;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void titleMatchRanksAboveBodyMatch();
    void bm25PrefersDenserBodies();
    void promptsRankAsTitles();
    void ranksAsBuiltInBm25_data();
    void ranksAsBuiltInBm25();
    void prefixMatchesTheLastWord();
    void removesDiacritics();
    void snippetsMarkMatchesAndEscapeText();
    void plainTextStripsMarkdown_data();
    void plainTextStripsMarkdown();
    void ftsQueryQuotesEveryWord_data();
    void ftsQueryQuotesEveryWord();
    void notesAreFoundAndUpdated();
    void hostileQueriesNeverFail_data();
    void hostileQueriesNeverFail();
    void indexesTenThousandCards();
    void builderIsReadyOffTheMainThread();
    void builderAppliesNotesEditedDuringTheBuild();
    void builderFollowsTheNewestStart();
    void sectionBodiesAreSearchedAndNamed();

private:
    GuideFixture m_fixture;
    std::unique_ptr<Guide> m_guide;
    SearchIndex m_index;
};

void TestSearchIndex::initTestCase()
{
    m_fixture.write(QStringLiteral("index.md"),
        "---\ntitle: Search Guide\nid: search\n---\n# Search Guide\n\nWelcome.\n");
    m_fixture.write(QStringLiteral("01-generators.md"),
        "# Generators\n\nA function that uses yield returns a lazy iterator.\n\n## Practice\n\n"
        "### Q: What does `yield` do?\n<!-- id: yield -->\n\nIt pauses the function and hands a value"
        " to the caller.\n");
    m_fixture.write(QStringLiteral("02-iteration.md"),
        "# Iteration\n\nLoops walk over lists, tuples, files and generators alike. " + filler(20) + "\n");
    m_fixture.write(QStringLiteral("03-decorators.md"),
        "# Wrapping functions\n\nA decorator wraps a function. Decorator syntax uses @. Every"
        " decorator returns a callable.\n");
    m_fixture.write(QStringLiteral("04-closures.md"),
        "# Closures\n\nA closure keeps its enclosing scope alive. " + filler(30)
            + "\n\nA decorator is often a closure.\n");
    m_fixture.write(QStringLiteral("05-comparisons.md"),
        "# Comparisons\n\nWrite `a < b && b < c` to compare a walrus with <em>care</em>.\n\n"
        "```text\n<script>alert('walrus')</script>\n```\n\nForged \x01marks\x02 stay plain.\n");
    m_fixture.write(QStringLiteral("06-cafe.md"), "# Café culture\n\nOrdering a café au lait in Zürich.\n");
    // "Coroutines" only in a title, against a short page that says it twice.
    m_fixture.write(QStringLiteral("07-coroutines.md"),
        "---\ntitle: Coroutines\n---\nAwait pauses until a result is ready.\n");
    m_fixture.write(QStringLiteral("08-event-loops.md"),
        "# Event loops\n\nA loop runs coroutines; coroutines give way.\n");
    auto result = GuideLoader().load(m_fixture.path());
    m_guide = std::move(result.guide);
    QVERIFY(m_guide);
    QVERIFY(m_index.isOpen());
    const QList<TopicNote> notes { { QStringLiteral("closures"),
        QStringLiteral("Remember the zebra example."), {} } };
    QVERIFY2(m_index.build(*m_guide, notes), qPrintable(m_index.lastError()));
    // Every topic and card, the root's own page (its index.md) and the note.
    QCOMPARE(m_index.entryCount(), m_guide->topicCount() + m_guide->cardCount() + 2);
}

void TestSearchIndex::titleMatchRanksAboveBodyMatch()
{
    const QList<SearchHit> hits = m_index.search(QStringLiteral("generators "));
    QCOMPARE(idsOf(hits), QStringList({ QStringLiteral("generators"), QStringLiteral("iteration") }));
    QCOMPARE(hits.at(0).kind, SearchHit::Kind::Topic);
    QCOMPARE(hits.at(0).title, QStringLiteral("Generators"));
    QVERIFY(hits.at(0).score > hits.at(1).score);

    const QList<SearchHit> coroutines = m_index.search(QStringLiteral("coroutines"));
    QCOMPARE(idsOf(coroutines), QStringList({ QStringLiteral("coroutines"), QStringLiteral("event-loops") }));
}

void TestSearchIndex::bm25PrefersDenserBodies()
{
    // Three mentions in a short page beat one in a long page.
    const QList<SearchHit> hits = m_index.search(QStringLiteral("decorator "));
    QCOMPARE(idsOf(hits), QStringList({ QStringLiteral("decorators"), QStringLiteral("closures") }));
    QVERIFY(hits.at(0).score > hits.at(1).score);
}

void TestSearchIndex::promptsRankAsTitles()
{
    const QList<SearchHit> hits = m_index.search(QStringLiteral("yield"));
    QCOMPARE(idsOf(hits), QStringList({ QStringLiteral("yield"), QStringLiteral("generators") }));
    QCOMPARE(hits.at(0).kind, SearchHit::Kind::Card);
    QCOMPARE(hits.at(0).topicId, QStringLiteral("generators"));
    QCOMPARE(hits.at(0).title, QStringLiteral("What does yield do?")); // Markdown stripped
}

void TestSearchIndex::ranksAsBuiltInBm25_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("one word") << QStringLiteral("decorator ");
    QTest::newRow("prefix") << QStringLiteral("co");
    QTest::newRow("title and body") << QStringLiteral("generators");
    QTest::newRow("two words") << QStringLiteral("a function");
    QTest::newRow("a note, updated") << QStringLiteral("giraffe");
}

// The index keeps row lengths in memory to rank quickly; its scores must be those of FTS5's
// own bm25(), asked of the same file through a connection of its own.
void TestSearchIndex::ranksAsBuiltInBm25()
{
    QFETCH(QString, query);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.sqlite"));
    SearchIndex index(path);
    QVERIFY(index.build(*m_guide));
    QVERIFY(index.setNote(QStringLiteral("closures"), QStringLiteral("A giraffe, a giraffe and a function.")));
    QVERIFY(index.setNote(QStringLiteral("iteration"), QStringLiteral("giraffe")));
    const QList<SearchHit> hits = index.search(query);
    QVERIFY(!hits.isEmpty());

    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db,
                 "SELECT kind, item_id, -bm25(items, 10.0, 1.0) FROM items WHERE items MATCH ?1", -1,
                 &statement, nullptr),
        SQLITE_OK);
    const QByteArray match = SearchIndex::ftsQuery(query).toUtf8();
    sqlite3_bind_text(statement, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
    QHash<QString, double> expected;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const QString key = QString::number(sqlite3_column_int(statement, 0)) + QLatin1Char('/')
            + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
        expected.insert(key, sqlite3_column_double(statement, 2));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);

    QCOMPARE(hits.size(), expected.size());
    for (const SearchHit &hit : hits) {
        const QString key = QString::number(int(hit.kind)) + QLatin1Char('/') + hit.itemId;
        QVERIFY2(expected.contains(key), qPrintable(key));
        QVERIFY2(qAbs(hit.score - expected.value(key)) < 1e-9 * qMax(1.0, qAbs(hit.score)),
            qPrintable(QStringLiteral("%1: %2, bm25() %3").arg(key).arg(hit.score).arg(expected.value(key))));
    }
}

void TestSearchIndex::prefixMatchesTheLastWord()
{
    QCOMPARE(idsOf(m_index.search(QStringLiteral("gen"))).value(0), QStringLiteral("generators"));
    QCOMPARE(idsOf(m_index.search(QStringLiteral("Gene"))).size(), 2);
    // A finished word (followed by a space) is matched whole, and only the last word is a prefix.
    QVERIFY(m_index.search(QStringLiteral("gen ")).isEmpty());
    QVERIFY(m_index.search(QStringLiteral("gen lazy")).isEmpty());
    QCOMPARE(
        idsOf(m_index.search(QStringLiteral("lazy gen"))), QStringList({ QStringLiteral("generators") }));
    QCOMPARE(idsOf(m_index.search(QStringLiteral("deco"), 1)), QStringList({ QStringLiteral("decorators") }));
}

void TestSearchIndex::removesDiacritics()
{
    QCOMPARE(idsOf(m_index.search(QStringLiteral("cafe "))), QStringList({ QStringLiteral("cafe") }));
    QCOMPARE(idsOf(m_index.search(QStringLiteral("ZURICH"))), QStringList({ QStringLiteral("cafe") }));
    QCOMPARE(idsOf(m_index.search(QStringLiteral("zür"))), QStringList({ QStringLiteral("cafe") }));
}

void TestSearchIndex::snippetsMarkMatchesAndEscapeText()
{
    const QList<SearchHit> hits = m_index.search(QStringLiteral("walrus"));
    QCOMPARE(hits.size(), 1);
    const QString html = hits.at(0).snippetHtml;
    QVERIFY2(html.contains(QLatin1String("<b>walrus</b>")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("a &lt; b &amp;&amp; b &lt; c")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("&lt;script&gt;")), qPrintable(html));
    QString rest = html;
    rest.remove(QLatin1String("<b>")).remove(QLatin1String("</b>"));
    QVERIFY2(!rest.contains(QLatin1Char('<')) && !rest.contains(QLatin1Char('>')), qPrintable(html));
    QCOMPARE(html.count(QLatin1String("<b>")), html.count(QLatin1String("</b>")));

    // Control characters in the guide cannot pose as match marks.
    const QList<SearchHit> forged = m_index.search(QStringLiteral("forged"));
    QCOMPARE(forged.size(), 1);
    QCOMPARE(forged.at(0).snippetHtml.count(QLatin1String("<b>")), 1);
    QVERIFY2(forged.at(0).snippetHtml.contains(QLatin1String("<b>Forged</b> marks")),
        qPrintable(forged.at(0).snippetHtml));
}

void TestSearchIndex::plainTextStripsMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("inline") << QStringLiteral("Some *emph*, **strong** and `code`.")
                            << QStringLiteral("Some emph, strong and code.");
    QTest::newRow("link") << QStringLiteral("See [the docs](https://example.org/x).")
                          << QStringLiteral("See the docs.");
    QTest::newRow("html") << QStringLiteral("<!-- id: x -->\n\nText <kbd>Ctrl</kbd>")
                          << QStringLiteral("Text Ctrl");
    QTest::newRow("code block") << QStringLiteral("```python\nprint(1)\n```") << QStringLiteral("print(1)");
    QTest::newRow("card dropped") << QStringLiteral(
        "# Top\n\n## Practice\n\n### Q: Card?\n\nAnswer.\n\n## After\n\nMore.")
                                  << QStringLiteral("Top\nPractice\nAfter\nMore.");
    QTest::newRow("empty") << QStringLiteral("  \n") << QString();
}

void TestSearchIndex::plainTextStripsMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(SearchIndex::plainText(markdown), plain);
}

void TestSearchIndex::ftsQueryQuotesEveryWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("typing") << QStringLiteral("gen") << QStringLiteral("\"gen\"*");
    QTest::newRow("finished") << QStringLiteral("gen ") << QStringLiteral("\"gen\"");
    QTest::newRow("two words") << QStringLiteral("  lazy   gen") << QStringLiteral("\"lazy\" \"gen\"*");
    QTest::newRow("quotes doubled") << QStringLiteral("say \"hi") << QStringLiteral("\"say\" \"\"\"hi\"*");
    QTest::newRow("operators are words")
        << QStringLiteral("a NEAR( b") << QStringLiteral("\"a\" \"NEAR(\" \"b\"*");
    QTest::newRow("operator word") << QStringLiteral("x AND y") << QStringLiteral("\"x\" \"AND\" \"y\"*");
    QTest::newRow("punctuation only") << QStringLiteral(": ^ * - ( )") << QString();
    QTest::newRow("emoji") << QStringLiteral("🐍") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchIndex::ftsQueryQuotesEveryWord()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QCOMPARE(SearchIndex::ftsQuery(text), query);
}

void TestSearchIndex::notesAreFoundAndUpdated()
{
    SearchIndex index;
    const QList<TopicNote> notes { { QStringLiteral("closures"),
        QStringLiteral("Remember the zebra example."), {} } };
    QVERIFY(index.build(*m_guide, notes));
    QList<SearchHit> hits = index.search(QStringLiteral("zebra"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).kind, SearchHit::Kind::Note);
    QCOMPARE(hits.at(0).itemId, QStringLiteral("closures"));
    QCOMPARE(hits.at(0).topicId, QStringLiteral("closures"));
    QCOMPARE(hits.at(0).title, QStringLiteral("Closures"));
    QVERIFY(hits.at(0).snippetHtml.contains(QLatin1String("<b>zebra</b>")));

    const int entries = index.entryCount();
    QVERIFY(index.setNote(QStringLiteral("closures"), QStringLiteral("Now about a giraffe.")));
    QVERIFY(index.search(QStringLiteral("zebra")).isEmpty());
    QCOMPARE(idsOf(index.search(QStringLiteral("giraffe"))), QStringList({ QStringLiteral("closures") }));
    QCOMPARE(index.entryCount(), entries);

    QVERIFY(index.setNote(QStringLiteral("iteration"), QStringLiteral("giraffes everywhere")));
    QCOMPARE(index.search(QStringLiteral("giraff")).size(), 2);
    QVERIFY(index.setNote(QStringLiteral("closures"), QString()));
    QCOMPARE(idsOf(index.search(QStringLiteral("giraff"))), QStringList({ QStringLiteral("iteration") }));
    QCOMPARE(index.entryCount(), entries);
}

void TestSearchIndex::hostileQueriesNeverFail_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsSomething");
    QTest::newRow("lone quote") << QStringLiteral("\"") << false;
    QTest::newRow("quoted word") << QStringLiteral("\"generators\"") << true;
    QTest::newRow("unbalanced quote") << QStringLiteral("\"generators") << true;
    QTest::newRow("AND") << QStringLiteral("AND") << true; // the word "and", as a prefix
    QTest::newRow("OR between") << QStringLiteral("generators OR") << false;
    QTest::newRow("NOT first") << QStringLiteral("NOT generators") << false;
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << false;
    QTest::newRow("NEAR( glued") << QStringLiteral("NEAR(generators")
                                 << false; // the phrase "near generators"
    QTest::newRow("NEAR( apart") << QStringLiteral("NEAR( generators") << false;
    QTest::newRow("star") << QStringLiteral("*") << false;
    QTest::newRow("star suffix") << QStringLiteral("gen*") << true;
    QTest::newRow("caret") << QStringLiteral("^generators") << true;
    QTest::newRow("column filter") << QStringLiteral("title:generators") << false;
    QTest::newRow("colon") << QStringLiteral(":") << false;
    QTest::newRow("minus") << QStringLiteral("-generators") << true;
    QTest::newRow("minus x") << QStringLiteral("-x") << false;
    QTest::newRow("open paren") << QStringLiteral("(") << false;
    QTest::newRow("parens") << QStringLiteral("(generators)") << true;
    QTest::newRow("plus") << QStringLiteral("+") << false;
    QTest::newRow("emoji") << QStringLiteral("🐍🔥") << false;
    QTest::newRow("emoji in word") << QStringLiteral("gen🐍") << true;
    QTest::newRow("backslash") << QStringLiteral("\\") << false;
    QTest::newRow("backslashes") << QStringLiteral("generators\\ \\\\") << true;
    QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("generators") << true;
    QTest::newRow("marks") << QStringLiteral("\x01generators\x02") << true;
    QTest::newRow("lone surrogate") << QString(QChar(0xd83d)) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("whitespace") << QStringLiteral(" \t\n ") << false;
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE items; --") << false;
    QTest::newRow("10k chars") << QString(10000, QLatin1Char('a')) << false;
    QTest::newRow("10k words") << QStringLiteral("generators ").repeated(1000) << true;
    QTest::newRow("10k operators") << QStringLiteral("( NEAR \" * ^ : - ").repeated(600) << false;
}

void TestSearchIndex::hostileQueriesNeverFail()
{
    QFETCH(QString, query);
    QFETCH(bool, findsSomething);
    const QList<SearchHit> hits = m_index.search(query);
    QVERIFY2(m_index.lastError().isEmpty(), qPrintable(m_index.lastError()));
    QCOMPARE(!hits.isEmpty(), findsSomething);
    QVERIFY(hits.size() <= 50);
    QCOMPARE(m_index.entryCount(), m_guide->topicCount() + m_guide->cardCount() + 2); // nothing was dropped
}

void TestSearchIndex::indexesTenThousandCards()
{
    GuideFixture big;
    big.write(QStringLiteral("index.md"), "---\ntitle: Big\nid: big\n---\n# Big\n");
    constexpr int files = 100;
    constexpr int cardsPerFile = 100;
    for (int f = 0; f < files; ++f) {
        QByteArray text = "---\ntitle: Chapter " + QByteArray::number(f) + "\n---\n# Chapter "
            + QByteArray::number(f) + "\n\nCommon words for every chapter.\n\n## Practice\n\n";
        for (int c = 0; c < cardsPerFile; ++c) {
            const QByteArray n = QByteArray::number(f * cardsPerFile + c);
            text += "### Q: What is term w" + n + "?\n<!-- id: card-" + n + " -->\n\nThe answer mentions w"
                + QByteArray::number((f * cardsPerFile + c + 1) % (files * cardsPerFile))
                + " and some shared filler about `code`.\n\n";
        }
        big.write(QStringLiteral("chapter-%1.md").arg(f, 3, 10, QLatin1Char('0')), text);
    }
    const auto loaded = GuideLoader().load(big.path());
    QVERIFY(loaded.guide);
    QCOMPARE(loaded.guide->cardCount(), files * cardsPerFile);

    SearchIndex index;
    QVERIFY2(index.build(*loaded.guide), qPrintable(index.lastError()));
    QCOMPARE(index.entryCount(), files * cardsPerFile + loaded.guide->topicCount() + 1); // and the root page
    // w4242 is the prompt of card-4242 and the answer of card-4241: the prompt wins.
    const QList<SearchHit> hits = index.search(QStringLiteral("w4242"));
    QCOMPARE(idsOf(hits), QStringList({ QStringLiteral("card-4242"), QStringLiteral("card-4241") }));
    QCOMPARE(hits.at(0).topicId, QStringLiteral("chapter-042"));
    // w424 as a prefix: the prompts of cards 424 and 4240..4249, the answers of 423 and 4239..4248.
    QCOMPARE(index.search(QStringLiteral("w424"), 100).size(), 13);
    QCOMPARE(index.search(QStringLiteral("common words"), 1000).size(), files);
    QCOMPARE(index.search(QStringLiteral("filler"), 50).size(), 50);
}

void TestSearchIndex::builderIsReadyOffTheMainThread()
{
    SearchIndexBuilder builder;
    QSignalSpy spy(&builder, &SearchIndexBuilder::ready);
    QThread *readyOn = nullptr;
    connect(&builder, &SearchIndexBuilder::ready, this, [&readyOn] { readyOn = QThread::currentThread(); });
    builder.start(*m_guide);
    QVERIFY(!builder.isReady());
    QVERIFY(builder.isBuilding());
    QVERIFY(builder.search(QStringLiteral("generators")).isEmpty());
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(builder.isReady());
    QVERIFY(!builder.isBuilding());
    QVERIFY(builder.lastBuildThread() != nullptr);
    QVERIFY(builder.lastBuildThread() != QThread::currentThread());
    QCOMPARE(readyOn, QThread::currentThread());
    QCOMPARE(idsOf(builder.search(QStringLiteral("generators"))),
        QStringList({ QStringLiteral("generators"), QStringLiteral("iteration") }));
}

void TestSearchIndex::builderAppliesNotesEditedDuringTheBuild()
{
    SearchIndexBuilder builder;
    QSignalSpy spy(&builder, &SearchIndexBuilder::ready);
    const QList<TopicNote> notes { { QStringLiteral("closures"), QStringLiteral("zebra"), {} } };
    builder.start(*m_guide, notes);
    builder.setNote(QStringLiteral("closures"), QStringLiteral("okapi"));
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(builder.search(QStringLiteral("zebra")).isEmpty());
    QCOMPARE(idsOf(builder.search(QStringLiteral("okapi"))), QStringList({ QStringLiteral("closures") }));
    builder.setNote(QStringLiteral("closures"), QStringLiteral("zebra again"));
    QCOMPARE(idsOf(builder.search(QStringLiteral("zebra"))), QStringList({ QStringLiteral("closures") }));
}

void TestSearchIndex::builderFollowsTheNewestStart()
{
    SearchIndexBuilder builder;
    QSignalSpy spy(&builder, &SearchIndexBuilder::ready);
    SearchSource first;
    first.entries.append({ SearchHit::Kind::Topic, QStringLiteral("old"), QStringLiteral("old"),
        QStringLiteral("Old"), QStringLiteral("stale text") });
    builder.start(first);
    builder.start(*m_guide);
    QTRY_COMPARE(spy.count(), 1);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);
    QVERIFY(builder.search(QStringLiteral("stale")).isEmpty());
    QVERIFY(!builder.search(QStringLiteral("walrus")).isEmpty());
}

void TestSearchIndex::sectionBodiesAreSearchedAndNamed()
{
    // A guide that is one long README: each section's own text is found under the section.
    GuideLoader::Result loaded = GuideLoader().load(QStringLiteral(STUDYGUIDE_SOURCE_DIR "/tests/corpus/checklist-readme"));
    QVERIFY(loaded.guide);
    SearchIndex index;
    QVERIFY(index.build(*loaded.guide));
    const QList<SearchHit> hits = index.search(QStringLiteral("memcached"));
    QStringList ids;
    for (const SearchHit &hit : hits)
        ids << hit.topicId;
    QVERIFY2(ids.contains(QStringLiteral("#caching-memcached--redis")), qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY(ids.contains(QStringLiteral("#cap---consistency-and-partition-tolerance")));
    QVERIFY(ids.contains(QStringLiteral("#storage"))); // a heading in a list item, with the table below it
    for (const SearchHit &hit : hits) {
        if (hit.topicId == QLatin1String("#cap---consistency-and-partition-tolerance")) {
            QCOMPARE(hit.title, QStringLiteral("CAP - Consistency and Partition Tolerance"));
            QVERIFY2(hit.snippetHtml.contains(QStringLiteral("<b>Memcached</b>")), qPrintable(hit.snippetHtml));
        }
    }
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
