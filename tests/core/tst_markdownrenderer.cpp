#include "CodeHighlighter.h"
#include "MarkdownRenderer.h"

#include <QtTest>

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void highlightsPythonCode();
    void labelsOutputAndNoRunBlocks();
    void rendersTables();
    void anchorsHeadingsLikeTheOutline();
    void showsRawHtmlInertly();
    void dropsUnsafeLinks_data();
    void dropsUnsafeLinks();
    void resolvesRelativeLinksThroughTheGuide();
    void unknownLanguageIsEscapedPlainText();

private:
    CodeHighlighter m_highlighter;
};

void TestMarkdownRenderer::highlightsPythonCode()
{
    const QString html = MarkdownRenderer(m_highlighter).toHtml(QStringLiteral("```python\ndef f(x):\n    return 'a'  # c\n```\n"));
    QVERIFY2(html.contains(QStringLiteral("<span class=\"keyword\">def</span>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<span class=\"string\">'a'</span>")));
    QVERIFY(html.contains(QStringLiteral("<span class=\"comment\"># c</span>")));
    QVERIFY(html.contains(QStringLiteral("<table class=\"code\"")));
}

void TestMarkdownRenderer::labelsOutputAndNoRunBlocks()
{
    MarkdownRenderer renderer(m_highlighter);
    const QString output = renderer.toHtml(QStringLiteral("```output\n<1>\n```\n"));
    QVERIFY(output.contains(QStringLiteral("<table class=\"output\"")));
    QVERIFY(output.contains(QStringLiteral("&lt;1&gt;")));
    const QString noRun = renderer.toHtml(QStringLiteral("```python no-run: needs a server\nx\n```\n"));
    QVERIFY2(noRun.contains(QStringLiteral("Not run here: needs a server")), qPrintable(noRun));
    const QString needs = renderer.toHtml(QStringLiteral("```python needs: django\nx\n```\n"));
    QVERIFY2(needs.contains(QStringLiteral("Needs django</p>")), qPrintable(needs));
}

void TestMarkdownRenderer::rendersTables()
{
    const QString html = MarkdownRenderer(m_highlighter).toHtml(QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n"));
    QVERIFY2(html.contains(QStringLiteral("<table>")) && html.contains(QStringLiteral("<td>2</td>")), qPrintable(html));
}

void TestMarkdownRenderer::anchorsHeadingsLikeTheOutline()
{
    const QString html = MarkdownRenderer(m_highlighter).toHtml(QStringLiteral("## Key points\n\n## Key points\n\n# Über `x`!\n"));
    QVERIFY(html.contains(QStringLiteral("<a name=\"key-points\"></a>")));
    QVERIFY(html.contains(QStringLiteral("<a name=\"key-points-1\"></a>")));
    QVERIFY2(html.contains(QStringLiteral("<a name=\"über-x\"></a>")), qPrintable(html));
}

void TestMarkdownRenderer::showsRawHtmlInertly()
{
    const QString html = MarkdownRenderer(m_highlighter)
                             .toHtml(QStringLiteral("<script>alert(1)</script>\n\nText <img src=x onerror=y> here.\n\n"
                                                    "<!-- id: hidden -->\n"));
    QVERIFY2(!html.contains(QStringLiteral("<script>")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<img src=x")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=y&gt;")));
    QVERIFY(!html.contains(QStringLiteral("hidden")));
}

void TestMarkdownRenderer::dropsUnsafeLinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("forbidden");
    QTest::newRow("javascript") << "[x](javascript:alert(1))" << "javascript:";
    QTest::newRow("file") << "[x](file:///etc/passwd)" << "file:";
    QTest::newRow("data") << "[x](data:text/html,hi)" << "data:";
    QTest::newRow("remote image") << "![x](https://example.com/a.png)" << "example.com";
    QTest::newRow("absolute path") << "![x](/etc/passwd)" << "/etc/passwd";
}

void TestMarkdownRenderer::dropsUnsafeLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, forbidden);
    const auto refuseAll = [](const QString &, bool) { return QString(); };
    const QString html = MarkdownRenderer(m_highlighter).toHtml(markdown, refuseAll);
    QVERIFY2(!html.contains(forbidden), qPrintable(html));
    QVERIFY(html.contains(QLatin1Char('x'))); // the text stays
}

void TestMarkdownRenderer::resolvesRelativeLinksThroughTheGuide()
{
    QStringList asked;
    const auto resolver = [&asked](const QString &target, bool isImage) {
        asked << target + (isImage ? QStringLiteral(" image") : QString());
        return QStringLiteral("topic:resolved");
    };
    const QString html = MarkdownRenderer(m_highlighter)
                             .toHtml(QStringLiteral("[a](other.md#part) [w](https://python.org) [h](#here) ![i](pic.png)"), resolver);
    QCOMPARE(asked, QStringList({ QStringLiteral("other.md#part"), QStringLiteral("pic.png image") }));
    QVERIFY(html.contains(QStringLiteral("href=\"topic:resolved\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"https://python.org\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"#here\"")));
}

void TestMarkdownRenderer::unknownLanguageIsEscapedPlainText()
{
    QCOMPARE(m_highlighter.toHtml(QStringLiteral("a < b"), QStringLiteral("no-such-language")), QStringLiteral("a &lt; b"));
    QCOMPARE(m_highlighter.toHtml(QStringLiteral("a < b"), QString()), QStringLiteral("a &lt; b"));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
