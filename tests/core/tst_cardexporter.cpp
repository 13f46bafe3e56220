#include "CardExporter.h"
#include "CodeHighlighter.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "OwnCards.h"

#include <QtTest>

namespace {

std::unique_ptr<Guide> load(const GuideFixture &f)
{
    GuideLoader::Result result = GuideLoader().load(f.path());
    return std::move(result.guide);
}

// The card lines of an export, each split into its fields.
QList<QStringList> cardLines(const QString &text, int headerLines)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    QList<QStringList> out;
    for (qsizetype i = headerLines; i < lines.size(); ++i)
        out.append(lines.at(i).split(QLatin1Char('\t')));
    return out;
}

} // namespace

class TestCardExporter : public QObject
{
    Q_OBJECT

private slots:
    void startsWithAnkiHeaderAndHasOneLinePerCard();
    void promptAnswerCardFields();
    void interviewCardHasItsThreeParts();
    void escapesTabsAndNewlinesOfRealAnswers();
    void leadingHashIsNotReadAsAComment();
    void exportsOnlyTheChosenBranch();
    void mnemosyneFormatHasTwoFieldsAndNoHeader();
    void writeReplacesTheFileAndReportsFailure();
    void includesTheLearnersOwnCards();
    void field_data();
    void field();
    void tag_data();
    void tag();

private:
    CodeHighlighter m_highlighter;
};

void TestCardExporter::startsWithAnkiHeaderAndHasOneLinePerCard()
{
    GuideFixture f;
    f.writeSample();
    const auto guide = load(f);
    QVERIFY(guide);
    const QString text = CardExporter(m_highlighter).toText(*guide);
    QVERIFY(text.startsWith(QStringLiteral("#separator:tab\n#html:true\n#tags column:3\n")));
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    QVERIFY(!text.contains(QLatin1Char('\r')));
    const QList<QStringList> lines = cardLines(text, 3);
    QCOMPARE(lines.size(), guide->cardCount());
    QCOMPARE(lines.size(), 3);
    for (const QStringList &fields : lines) {
        QCOMPARE(fields.size(), 3);
        QVERIFY(!fields.at(0).isEmpty());
        QVERIFY(!fields.at(1).isEmpty());
        QVERIFY(fields.at(2).startsWith(QStringLiteral("sample::basics::")));
    }
}

void TestCardExporter::promptAnswerCardFields()
{
    GuideFixture f;
    f.writeSample();
    f.write(QStringLiteral("02-advanced/01-deep.md"),
        "# Deep\n\n## Practice\n\n### Q: What does `is` compare?\n<!-- id: is -->\n\n"
        "Identity: whether two names refer to the same object. Use it for `None`\nand singletons.\n\n"
        "Use `==` for values & the like.\n");
    const auto guide = load(f);
    QVERIFY(guide);
    CardExporter exporter(m_highlighter);
    const Card *card = guide->card(QStringLiteral("is"));
    QVERIFY(card);
    QCOMPARE(exporter.front(*card), QStringLiteral("What does <code>is</code> compare?"));
    QCOMPARE(exporter.back(*card),
        QStringLiteral("<p>Identity: whether two names refer to the same object. Use it for "
                       "<code>None</code> and singletons.</p> <p>Use <code>==</code> for "
                       "values &amp; the like.</p>"));
    const QList<QStringList> lines = cardLines(exporter.toText(*guide), 3);
    const QStringList expected { exporter.front(*card), exporter.back(*card),
        QStringLiteral("sample::advanced::deep") };
    QVERIFY(lines.contains(expected));
}

void TestCardExporter::interviewCardHasItsThreeParts()
{
    GuideFixture f;
    f.writeSample();
    const auto guide = load(f);
    QVERIFY(guide);
    CardExporter exporter(m_highlighter);
    const Card *card = guide->card(QStringLiteral("why"));
    QVERIFY(card);
    QCOMPARE(card->kind, Card::Kind::Interview);
    const QString back
        = QStringLiteral("<h3>How to answer</h3><p>Briefly.</p><h3>Sample answer</h3><p>Because.</p>"
                         "<h3>What to look for</h3><p>Honesty.</p>");
    QCOMPARE(exporter.back(*card), back);
    const QList<QStringList> lines = cardLines(exporter.toText(*guide), 3);
    QVERIFY(lines.contains(
        QStringList { QStringLiteral("Why learn this?"), back, QStringLiteral("sample::basics::second") }));
}

void TestCardExporter::escapesTabsAndNewlinesOfRealAnswers()
{
    GuideFixture f;
    f.write(QStringLiteral("index.md"), "---\nid: my-guide\n---\n# G\n");
    f.write(QStringLiteral("01-code topic.md"),
        "# Code\n\n## Q: How do you\tloop?\n<!-- id: loop -->\n\nLike this:\n\n"
        "```text\nfor x in xs:\n\tprint(x)\n```\n\nThen stop.\n");
    const auto guide = load(f);
    QVERIFY(guide);
    CardExporter exporter(m_highlighter);
    const QString text = exporter.toText(*guide);
    const QList<QStringList> lines = cardLines(text, 3);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).size(), 3);
    QCOMPARE(lines.at(0).at(0), QStringLiteral("How do you    loop?"));
    const QString back = lines.at(0).at(1);
    QVERIFY2(back.contains(QStringLiteral("for x in xs:<br>    print(x)</pre>")), qPrintable(back));
    QVERIFY2(back.startsWith(QStringLiteral("<p>Like this:</p> <table class=\"code\"")), qPrintable(back));
    QVERIFY(back.endsWith(QStringLiteral("</table> <p>Then stop.</p>")));
    QCOMPARE(lines.at(0).at(2), QStringLiteral("my-guide::code-topic"));
}

void TestCardExporter::leadingHashIsNotReadAsAComment()
{
    GuideFixture f;
    f.write(QStringLiteral("index.md"), "---\nid: g\n---\n# G\n");
    f.write(QStringLiteral("t.md"), "# T\n\n## Q: #1 rule of \"clean\" code?\n\n\"Readability\" counts.\n");
    const auto guide = load(f);
    QVERIFY(guide);
    const QList<QStringList> lines = cardLines(CardExporter(m_highlighter).toText(*guide), 3);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).at(0), QStringLiteral("&#35;1 rule of &quot;clean&quot; code?"));
    QCOMPARE(lines.at(0).at(1), QStringLiteral("<p>&quot;Readability&quot; counts.</p>"));
}

void TestCardExporter::exportsOnlyTheChosenBranch()
{
    GuideFixture f;
    f.writeSample();
    const auto guide = load(f);
    QVERIFY(guide);
    const Topic *first = guide->topic(QStringLiteral("basics/first"));
    QVERIFY(first);
    const QList<QStringList> lines = cardLines(CardExporter(m_highlighter).toText(*guide, first), 3);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).at(0), QStringLiteral("What is one?"));
    QCOMPARE(lines.at(1).at(0), QStringLiteral("What is two?"));
    const Topic *deep = guide->topic(QStringLiteral("advanced"));
    QVERIFY(deep);
    QCOMPARE(CardExporter(m_highlighter).toText(*guide, deep),
        QStringLiteral("#separator:tab\n#html:true\n#tags column:3\n"));
}

void TestCardExporter::mnemosyneFormatHasTwoFieldsAndNoHeader()
{
    GuideFixture f;
    f.writeSample();
    const auto guide = load(f);
    QVERIFY(guide);
    CardExporter exporter(m_highlighter);
    const QList<QStringList> lines
        = cardLines(exporter.toText(*guide, nullptr, CardExporter::Format::Mnemosyne), 0);
    QCOMPARE(lines.size(), 3);
    for (const QStringList &fields : lines)
        QCOMPARE(fields.size(), 2);
    QCOMPARE(lines.at(0),
        (QStringList { QStringLiteral("What is one?"), QStringLiteral("<p>The number after zero.</p>") }));
}

void TestCardExporter::writeReplacesTheFileAndReportsFailure()
{
    GuideFixture f;
    f.writeSample();
    const auto guide = load(f);
    QVERIFY(guide);
    CardExporter exporter(m_highlighter);
    const QString path = f.outside() + QStringLiteral("/cards.txt");
    f.write(QStringLiteral("../cards.txt"), "old content that is longer than nothing\n");
    const CardExporter::Result ok = exporter.write(path, *guide);
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QCOMPARE(ok.cards, 3);
    QVERIFY(ok.message.contains(QStringLiteral("3 cards")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), exporter.toText(*guide));

    const QString bad = f.outside() + QStringLiteral("/no/such/folder/cards.txt");
    const CardExporter::Result failed = exporter.write(bad, *guide);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.message.contains(bad), qPrintable(failed.message));
    QVERIFY(!failed.message.contains(QLatin1Char('\n')));
    QVERIFY(!QFile::exists(bad));
}

void TestCardExporter::field_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "plain"
                           << "plain";
    QTest::newRow("tab") << "a\tb"
                         << "a    b";
    QTest::newRow("between blocks") << "<p>a</p>\n<p>b</p>\n"
                                    << "<p>a</p> <p>b</p>";
    QTest::newRow("soft break") << "<p>one\ntwo</p>"
                                << "<p>one two</p>";
    QTest::newRow("in pre") << "<pre>x\ny\n</pre>"
                            << "<pre>x<br>y<br></pre>";
    QTest::newRow("pre with class, CRLF") << "<pre class=\"code\">x\r\ny</pre>"
                                          << "<pre class=\"code\">x<br>y</pre>";
    QTest::newRow("tab in pre") << "<pre>\tx</pre>"
                                << "<pre>    x</pre>";
    QTest::newRow("after pre") << "<pre>a\nb</pre>\nc\nd"
                               << "<pre>a<br>b</pre> c d";
    QTest::newRow("not a pre tag") << "<prefix>a\nb"
                                   << "<prefix>a b";
    QTest::newRow("upper case pre") << "<PRE>a\nb</PRE>\nc"
                                    << "<PRE>a<br>b</PRE> c";
    QTest::newRow("leading hash") << "#1"
                                  << "&#35;1";
    QTest::newRow("leading quote") << "\"q\" x"
                                   << "&quot;q\" x";
    QTest::newRow("hash later") << "a #1"
                                << "a #1";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCardExporter::field()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QString out = CardExporter::field(html);
    QCOMPARE(out, expected);
    QVERIFY(!out.contains(QLatin1Char('\t')));
    QVERIFY(!out.contains(QLatin1Char('\n')));
    QVERIFY(!out.contains(QLatin1Char('\r')));
}

void TestCardExporter::tag_data()
{
    QTest::addColumn<QString>("guideId");
    QTest::addColumn<QString>("topicId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("path") << "python-interview"
                          << "core-concepts/functions-and-lambdas"
                          << "python-interview::core-concepts::functions-and-lambdas";
    QTest::newRow("spaces") << "my guide"
                            << "core concepts/Big \t topic"
                            << "my-guide::core-concepts::Big-topic";
    QTest::newRow("section") << "g"
                             << "file#a-heading"
                             << "g::file::a-heading";
    QTest::newRow("colons in an id") << "g"
                                     << "a::b/c:::d"
                                     << "g::a:b::c:d";
    QTest::newRow("quotes and empty parts") << "g"
                                            << "/\"q\"//x/"
                                            << "g::q::x";
    QTest::newRow("no guide id") << ""
                                 << "topic"
                                 << "topic";
}

void TestCardExporter::tag()
{
    QFETCH(QString, guideId);
    QFETCH(QString, topicId);
    QFETCH(QString, expected);
    QCOMPARE(CardExporter::tag(guideId, topicId), expected);
}

void TestCardExporter::includesTheLearnersOwnCards()
{
    GuideFixture f;
    f.writeSample();
    const auto guide = load(f);
    QVERIFY(guide);
    const OwnCard mine = OwnCards::make(QStringLiteral("advanced/deep"), QStringLiteral("How *deep*?"),
        QStringLiteral("Very deep."));
    const OwnCard orphan = OwnCards::make(QStringLiteral("gone"), QStringLiteral("Still here?"),
        QStringLiteral("Kept under the guide."));
    OwnCards::attach(*guide, { mine, orphan });
    CardExporter exporter(m_highlighter);
    const QList<QStringList> lines = cardLines(exporter.toText(*guide), 3);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.contains(QStringList({ QStringLiteral("How <em>deep</em>?"), QStringLiteral("<p>Very deep.</p>"),
        QStringLiteral("sample::advanced::deep") })));
    // A card whose topic is gone is tagged with the guide alone.
    QVERIFY(lines.contains(QStringList({ QStringLiteral("Still here?"), QStringLiteral("<p>Kept under the guide.</p>"),
        QStringLiteral("sample") })));
    QCOMPARE(cardLines(exporter.toText(*guide, nullptr, CardExporter::Format::Mnemosyne), 0).size(), 5);
}

QTEST_GUILESS_MAIN(TestCardExporter)
#include "tst_cardexporter.moc"
