// Ranking on the bundled guide: what someone finds first when they type a topic's name.

#include "Guide.h"
#include "GuideLoader.h"
#include "QueryWords.h"
#include "SearchIndex.h"

#include <QtTest>

class TestSearchRanking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topicNamedByTheQueryComesFirst_data();
    void topicNamedByTheQueryComesFirst();
    void otherHitsKeepTheirOrder();
    void queryWordsMarkWholeWordsAndTheWordBeingTyped();

private:
    std::unique_ptr<Guide> m_guide;
    SearchIndex m_index;
};

void TestSearchRanking::initTestCase()
{
    m_guide = GuideLoader().load(QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview")).guide;
    QVERIFY(m_guide);
    QVERIFY2(m_index.build(*m_guide), qPrintable(m_index.lastError()));
}

void TestSearchRanking::topicNamedByTheQueryComesFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("title");
    // Typed as a person would: the last word still being typed, so matched as a prefix.
    QTest::newRow("generator") << QStringLiteral("generator") << QStringLiteral("Generators and Iterators");
    QTest::newRow("generators and") << QStringLiteral("generators and")
                                    << QStringLiteral("Generators and Iterators");
    QTest::newRow("decorator") << QStringLiteral("decorator") << QStringLiteral("Decorators");
}

void TestSearchRanking::topicNamedByTheQueryComesFirst()
{
    QFETCH(QString, query);
    QFETCH(QString, title);
    const QList<SearchHit> hits = m_index.search(query);
    QVERIFY(!hits.isEmpty());
    QStringList order;
    for (const SearchHit &hit : hits.mid(0, 8))
        order << QString::number(int(hit.kind)) + QLatin1Char(':') + hit.title;
    QCOMPARE(hits.at(0).kind, SearchHit::Kind::Topic);
    QVERIFY2(hits.at(0).title == title, qPrintable(order.join(QStringLiteral(" | "))));
}

void TestSearchRanking::otherHitsKeepTheirOrder()
{
    // After the topics named by the query, the rest by score, best first, each hit once.
    const QList<SearchHit> hits = m_index.search(QStringLiteral("generator"));
    // The topics named by the query: closest first, then in the guide's order, so the chapter
    // that teaches generators comes before the interview question on them.
    QCOMPARE(hits.at(0).title, QStringLiteral("Generators and Iterators"));
    QCOMPARE(hits.at(1).title, QStringLiteral("Generators and Lists"));
    int named = 0;
    while (named < hits.size() && hits.at(named).titleMatch)
        ++named;
    QVERIFY(named >= 1);
    QSet<QString> seen;
    for (int i = 0; i < hits.size(); ++i) {
        QVERIFY(!seen.contains(hits.at(i).itemId + QString::number(int(hits.at(i).kind))));
        seen.insert(hits.at(i).itemId + QString::number(int(hits.at(i).kind)));
        if (i > named)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
        if (i >= named)
            QVERIFY(!hits.at(i).titleMatch);
    }
}

void TestSearchRanking::queryWordsMarkWholeWordsAndTheWordBeingTyped()
{
    const auto matches = [](const QString &query, const QString &text) {
        QStringList found;
        for (const QRegularExpression &pattern : QueryWords::patterns(query)) {
            auto it = pattern.globalMatch(text);
            while (it.hasNext())
                found << it.next().captured();
        }
        return found;
    };
    // The last word is still being typed: it also marks the start of longer words, in any case.
    QCOMPARE(matches(QStringLiteral("gen"), QStringLiteral("Generators generate, oxygen.")),
             QStringList({ QStringLiteral("Gen"), QStringLiteral("gen") }));
    // A word followed by a space is whole: "gen" no longer marks "Generators".
    QCOMPARE(matches(QStringLiteral("gen "), QStringLiteral("Generators gen")), QStringList { QStringLiteral("gen") });
    // Earlier words are whole words; punctuation separates words and is never a pattern.
    QCOMPARE(matches(QStringLiteral("yield, gen"), QStringLiteral("yielding yield genexp")),
             QStringList({ QStringLiteral("yield"), QStringLiteral("gen") }));
    // Characters that mean something to a regular expression are matched as themselves.
    QVERIFY(QueryWords::patterns(QStringLiteral("a+b")).size() == 2);
    QVERIFY(QueryWords::patterns(QStringLiteral("   ")).isEmpty());
    QCOMPARE(matches(QStringLiteral("Über"), QStringLiteral("über alles")), QStringList { QStringLiteral("über") });
}

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
