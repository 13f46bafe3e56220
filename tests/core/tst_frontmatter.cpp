#include "FrontMatter.h"

#include <QtTest>

class TestFrontMatter : public QObject
{
    Q_OBJECT

private slots:
    void splitsBodyAndCountsLines();
    void noFrontMatterWithoutOpeningLine();
    void thematicBreakLaterIsNotFrontMatter();
    void parsesKnownKeys();
    void readsPlainValuesAsYamlDoes_data();
    void readsPlainValuesAsYamlDoes();
    void rejectsWrongTypes_data();
    void rejectsWrongTypes();
    void refusesOversizedBlock();
};

void TestFrontMatter::splitsBodyAndCountsLines()
{
    Diagnostics d;
    const auto split = FrontMatter::split(QStringLiteral("---\ntitle: T\nid: x\n---\n# Body\n"), QStringLiteral("f.md"), d);
    QVERIFY(split.present);
    QCOMPARE(split.yaml, QStringLiteral("title: T\nid: x\n"));
    QCOMPARE(split.body, QStringLiteral("# Body\n"));
    QCOMPARE(split.bodyLine, 5);
    QVERIFY(d.isEmpty());
}

void TestFrontMatter::noFrontMatterWithoutOpeningLine()
{
    Diagnostics d;
    const auto split = FrontMatter::split(QStringLiteral("# Title\n---\n"), QStringLiteral("f.md"), d);
    QVERIFY(!split.present);
    QCOMPARE(split.bodyLine, 1);
    QVERIFY(d.isEmpty());
}

void TestFrontMatter::thematicBreakLaterIsNotFrontMatter()
{
    Diagnostics d;
    const auto split = FrontMatter::split(QStringLiteral("----\ntext\n"), QStringLiteral("f.md"), d);
    QVERIFY(!split.present);
    QVERIFY(d.isEmpty());
}

void TestFrontMatter::parsesKnownKeys()
{
    Diagnostics d;
    const FrontMatter fm = FrontMatter::parse(QStringLiteral("title: \"Hello: World\"\nid: a/b\norder: 7\noutline: yes\n"), 2,
                                              QStringLiteral("f.md"), d);
    QVERIFY2(d.isEmpty(), d.isEmpty() ? "" : qPrintable(d.first().toString()));
    QCOMPARE(fm.title.value_or(QString()), QStringLiteral("Hello: World"));
    QCOMPARE(fm.id.value_or(QString()), QStringLiteral("a/b"));
    QCOMPARE(fm.order.value_or(0), 7);
    QCOMPARE(fm.outline.value_or(false), true);
}

// Simple front matter is read without yaml-cpp; these are values where a shortcut could easily
// differ from YAML, each with what YAML makes of it.
void TestFrontMatter::readsPlainValuesAsYamlDoes_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("order");
    QTest::addColumn<int>("outline"); // -1 when absent
    QTest::newRow("punctuation") << "title: Lists, tuples & sets (part 2)?\n" << "Lists, tuples & sets (part 2)?" << -1 << -1;
    QTest::newRow("inner quotes") << "title: Python's \"GIL\"\n" << "Python's \"GIL\"" << -1 << -1;
    QTest::newRow("spaces after colon") << "title:    Spaced\norder: 3\n" << "Spaced" << 3 << -1;
    QTest::newRow("comment") << "title: Text # note\n" << "Text" << -1 << -1;
    QTest::newRow("no final newline") << "title: T\noutline: false" << "T" << -1 << 0;
    QTest::newRow("octal order") << "order: 012\n" << "" << 10 << -1;
    QTest::newRow("zero order") << "order: 0\n" << "" << 0 << -1;
    QTest::newRow("yes is true") << "outline: yes\n" << "" << -1 << 1;
    QTest::newRow("number title") << "title: 1e3\n" << "1e3" << -1 << -1;
}

void TestFrontMatter::readsPlainValuesAsYamlDoes()
{
    QFETCH(QString, yaml);
    QFETCH(QString, title);
    QFETCH(int, order);
    QFETCH(int, outline);
    Diagnostics d;
    const FrontMatter fm = FrontMatter::parse(yaml, 2, QStringLiteral("f.md"), d);
    QVERIFY2(d.isEmpty(), d.isEmpty() ? "" : qPrintable(d.first().toString()));
    QCOMPARE(fm.title.value_or(QString()), title);
    QCOMPARE(fm.order.value_or(-1), order);
    QCOMPARE(fm.outline ? int(*fm.outline) : -1, outline);
}

void TestFrontMatter::rejectsWrongTypes_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("order text") << "order: soon\n" << "f.md:2: error: 'order' must be a whole number";
    QTest::newRow("outline text") << "title: x\noutline: maybe\n" << "f.md:3: error: 'outline' must be true or false";
    QTest::newRow("id with space") << "id: two words\n" << "f.md:2: error: 'id' may not contain spaces";
    QTest::newRow("title list") << "title: [a, b]\n" << "f.md:2: error: 'title' must be a non-empty text";
    QTest::newRow("not a map") << "- a\n- b\n" << "f.md:2: error: front matter must be a set of 'key: value' lines";
    QTest::newRow("broken yaml") << "title: ok\nbad: [unclosed\n" << "f.md:4: error: invalid front matter";
    QTest::newRow("unknown key") << "author: me\n" << "f.md:2: warning: unknown front matter key 'author'";
    QTest::newRow("null title") << "title: null\n" << "f.md:2: error: 'title' must be a non-empty text";
    QTest::newRow("empty title") << "title:\n" << "f.md:2: error: 'title' must be a non-empty text";
}

void TestFrontMatter::rejectsWrongTypes()
{
    QFETCH(QString, yaml);
    QFETCH(QString, expected);
    Diagnostics d;
    FrontMatter::parse(yaml, 2, QStringLiteral("f.md"), d);
    QVERIFY(!d.isEmpty());
    QVERIFY2(d.first().toString().startsWith(expected), qPrintable(d.first().toString()));
}

void TestFrontMatter::refusesOversizedBlock()
{
    Diagnostics d;
    const QString yaml = QStringLiteral("title: ") + QString(FrontMatter::maximumBytes + 10, QLatin1Char('x'));
    const auto split = FrontMatter::split(QStringLiteral("---\n") + yaml + QStringLiteral("\n---\nbody\n"),
                                          QStringLiteral("f.md"), d);
    QVERIFY(split.present);
    QVERIFY(split.yaml.isEmpty());
    QCOMPARE(split.body, QStringLiteral("body\n"));
    QCOMPARE(d.size(), 1);
    QVERIFY(d.first().toString().contains(QStringLiteral("larger than 64 KiB")));
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
