#include "CodeHighlighter.h"
#include "MarkdownRenderer.h"

#include <QtTest>

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void foldsCardAnswersUntilAskedFor();
    void highlightsPythonCode();
    void labelsOutputAndNoRunBlocks();
    void rendersTables();
    void anchorsHeadingsLikeTheOutline();
    void showsRawHtmlInertly();
    void dropsUnsafeLinks_data();
    void dropsUnsafeLinks();
    void resolvesRelativeLinksThroughTheGuide();
    void unknownLanguageIsEscapedPlainText();
    void firstPartIsTheStartOfTheWholePage();
    void firstLinesCountOnlyTheLinesShown();
    void codeCarriesOnlyTheSpansTheReaderColours();

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
    // Every table leaves one pixel between its cells, where the reader draws its lines: a
    // Markdown table, alone or on a page with raw HTML, and a table written in HTML. A code
    // block keeps its own spacing.
    MarkdownRenderer renderer(m_highlighter);
    const QString table = QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1\n```\n");
    const QString html = renderer.toHtml(table);
    QVERIFY2(html.contains(QStringLiteral("<table cellspacing=\"1\">")) && html.contains(QStringLiteral("<td>2</td>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<table class=\"code\" width=\"100%\" cellspacing=\"0\"")), qPrintable(html));
    const QString withRawHtml = renderer.toHtml(table + QStringLiteral("\n<table align=\"center\"><tr><td>3</td></tr></table>\n"));
    QCOMPARE(withRawHtml.count(QStringLiteral("<table cellspacing=\"1\">")), 1);
    QCOMPARE(withRawHtml.count(QStringLiteral("<table cellspacing=\"1\" align=\"center\">")), 1);
    QVERIFY2(withRawHtml.contains(QStringLiteral("<table class=\"code\" width=\"100%\" cellspacing=\"0\"")), qPrintable(withRawHtml));
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
    QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("alert")));
    QVERIFY(!html.contains(QStringLiteral("onerror")));
    QVERIFY(!html.contains(QStringLiteral("<img"))); // no resolver: no image leaves the page
    QVERIFY(html.contains(QStringLiteral("Text")) && html.contains(QStringLiteral("here.")));
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

void TestMarkdownRenderer::foldsCardAnswersUntilAskedFor()
{
    const QString page = QStringLiteral("# Topic\n\nIntro text.\n\n## Practice\n\n### Q: What is one?\n<!-- id: one -->\n\n"
                                        "The number after zero.\n\n```python\nprint(1)\n```\n\n### Q: What is two?\n\n"
                                        "One more than one.\n\n## Q: Why?\n\n### How to answer\nBriefly.\n\n"
                                        "### Sample answer\nBecause.\n\n### What to look for\nHonesty.\n\n## After\n\nStill here.\n");
    MarkdownRenderer renderer(m_highlighter);
    MarkdownRenderer::Options options;
    AnswerFolding &folding = options.folding;
    folding.fold = true;
    const QString folded = renderer.toHtml(page, options);
    // Prompts and the rest of the page stay; no answer, no interview part is on the page.
    for (const char *kept : { "Intro text.", "What is one?", "What is two?", "Why?", "Still here.", "answer:0", "answer:1", "answer:2" })
        QVERIFY2(folded.contains(QLatin1String(kept)), kept);
    for (const char *hidden : { "after zero", "print", "One more", "How to answer", "Because", "Honesty" })
        QVERIFY2(!folded.contains(QLatin1String(hidden)), hidden);

    folding.unfolded = { 1 };
    const QString one = renderer.toHtml(page, options);
    QVERIFY(one.contains(QStringLiteral("One more than one.")));
    QVERIFY(!one.contains(QStringLiteral("after zero")));
    QVERIFY(one.contains(QStringLiteral("Hide answer")));

    // Reading mode: everything, no links.
    const QString open = renderer.toHtml(page);
    QVERIFY(open.contains(QStringLiteral("after zero")) && open.contains(QStringLiteral("Honesty")));
    QVERIFY(!open.contains(QStringLiteral("answer:")));
}

void TestMarkdownRenderer::firstPartIsTheStartOfTheWholePage()
{
    QString page = QStringLiteral("# Checklist\n\nSee [the last part](#Part-30) and [a note][note].\n\n");
    for (int part = 1; part <= 30; ++part) {
        page += QStringLiteral("## Part %1\n\n- [ ] Explain part %1\n\n```python\nx = %1\n```\n\n").arg(part);
        // A <details> spread over several blocks is never cut in two.
        page += QStringLiteral("<details><summary>Hint</summary>\n\nThink of part %1.\n\n</details>\n\n").arg(part);
    }
    page += QStringLiteral("[note]: https://example.org/note\n");
    MarkdownRenderer renderer(m_highlighter);
    MarkdownRenderer::Options options;
    options.pageId = QStringLiteral("p");
    options.isTaskDone = [](const QString &, bool inFile) { return inFile; };
    const QString whole = renderer.toHtml(page, options);
    QVERIFY(!whole.isEmpty());

    bool cut = false;
    options.firstLines = 30;
    const QString part = renderer.toHtml(page, options, &cut);
    QVERIFY(cut);
    QVERIFY2(whole.startsWith(part), qPrintable(part));
    QVERIFY(part.size() < whole.size() / 4);
    QVERIFY(part.contains(QStringLiteral("href=\"#part-30\""))); // anchors of the whole page
    QVERIFY(part.contains(QStringLiteral("https://example.org/note"))); // and its link definitions
    QVERIFY(part.contains(QStringLiteral("href=\"details:1\""))); // the second, whole and folded
    QVERIFY(!part.contains(QStringLiteral("Part 5")));

    options.firstLines = 100000; // past the end: the whole page, not cut
    QCOMPARE(renderer.toHtml(page, options, &cut), whole);
    QVERIFY(!cut);
    // An unclosed <details> leaves nowhere to cut.
    options.firstLines = 3;
    const QString open = QStringLiteral("<details><summary>All</summary>\n\n") + page;
    MarkdownRenderer::Options wholeOptions = options;
    wholeOptions.firstLines = 0;
    QCOMPARE(renderer.toHtml(open, options, &cut), renderer.toHtml(open, wholeOptions));
    QVERIFY(!cut);
}

void TestMarkdownRenderer::firstLinesCountOnlyTheLinesShown()
{
    // A card page in testing mode: its long answer folds to one link, so the first lines shown
    // reach past it, and its code is not highlighted only to be folded away.
    QString page = QStringLiteral("# Topic\n\n## Q: Why?\n\n### Sample answer\n\n");
    for (int line = 1; line <= 40; ++line)
        page += QStringLiteral("Reason number %1.\n\n").arg(line);
    const QString hiddenCode = QStringLiteral("hidden_in_the_answer = 1\n");
    page += QStringLiteral("```python\n") + hiddenCode + QStringLiteral("```\n\n## Going deeper\n\nShown first.\n\n");
    for (int line = 1; line <= 40; ++line)
        page += QStringLiteral("Detail number %1.\n\n").arg(line);
    MarkdownRenderer renderer(m_highlighter);
    MarkdownRenderer::Options options;
    options.folding.fold = true;
    const QString whole = renderer.toHtml(page, options);
    m_highlighter.forgetRecent();

    bool cut = false;
    options.firstLines = 12;
    const QString part = renderer.toHtml(page, options, &cut);
    QVERIFY(cut);
    QVERIFY2(whole.startsWith(part), qPrintable(part));
    QVERIFY(part.contains(QStringLiteral("Shown first.")));
    QVERIFY(part.contains(QStringLiteral("Detail number 2.")));
    QVERIFY(!part.contains(QStringLiteral("Detail number 30.")));
    QVERIFY(!m_highlighter.hasHighlightedLately(hiddenCode.trimmed(), QStringLiteral("python")));

    // In reading mode the answer is shown, and its lines count.
    options.folding.fold = false;
    const QString open = renderer.toHtml(page, options, &cut);
    QVERIFY(cut);
    QVERIFY(!open.contains(QStringLiteral("Shown first.")));
    renderer.toHtml(page.replace(QStringLiteral("Reason number 1."), QStringLiteral("x")), MarkdownRenderer::Options());
    QVERIFY(m_highlighter.hasHighlightedLately(hiddenCode.trimmed(), QStringLiteral("python"))); // the check can see it
}

void TestMarkdownRenderer::codeCarriesOnlyTheSpansTheReaderColours()
{
    // Every element costs the reader's HTML import time: spans the stylesheet gives no colour
    // (plain names, operators, brackets) are left out, their text kept.
    const QString code = QStringLiteral("def area(side: int) -> int:\n    return side ** 2 + len([1, 2])  # square & more\n");
    const QString html = m_highlighter.toHtml(code, QStringLiteral("python"));
    QVERIFY2(html.contains(QStringLiteral("<span class=\"keyword\">def</span>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<span class=\"comment\"># square &amp; more</span>")));
    static const QRegularExpression spanClass(QStringLiteral("<span class=\"([a-z_]+)\">"));
    const QStringList coloured { QStringLiteral("keyword"), QStringLiteral("string"), QStringLiteral("comment"),
                                 QStringLiteral("number"), QStringLiteral("function"), QStringLiteral("type"),
                                 QStringLiteral("classname"), QStringLiteral("usertype"), QStringLiteral("preproc") };
    for (auto match = spanClass.globalMatch(html); match.hasNext();) {
        const QString cssClass = match.next().captured(1);
        QVERIFY2(coloured.contains(cssClass), qPrintable(cssClass));
    }
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    QCOMPARE(text, code.chopped(1).toHtmlEscaped()); // every character is still there
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
