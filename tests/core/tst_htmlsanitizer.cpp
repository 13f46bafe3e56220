// Raw HTML in guides: the subset GitHub shows is rendered, everything else is inert.

#include "CodeHighlighter.h"
#include "HtmlSanitizer.h"
#include "MarkdownRenderer.h"

#include <QElapsedTimer>
#include <QtTest>

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private slots:
    void rendersGithubsSubset();
    void hostileHtmlNeverActs_data();
    void hostileHtmlNeverActs();
    void detailsAreFoldedUntilOpened();
    void nestedDetailsKeepTheirNumbers();
    void unclosedTagsAreClosed();
    void hugeAttributeIsDroppedQuickly();
    void deepNestingIsBounded();
    void codeBlocksSurviveBesideRawHtml();
    void explicitAnchorsBecomeNames();

private:
    QString render(const QString &markdown, const QSet<int> &open = {})
    {
        MarkdownRenderer::Options options;
        options.resolver = [](const QString &target, bool isImage) {
            return isImage ? QStringLiteral("guide:") + target : QStringLiteral("topic:") + target;
        };
        options.openDetails = open;
        return MarkdownRenderer(m_highlighter).toHtml(markdown, options);
    }
    CodeHighlighter m_highlighter;
};

void TestHtmlSanitizer::rendersGithubsSubset()
{
    const QString html
        = render(QStringLiteral("<p align=\"center\"><img src=\"d.png\" width=\"400\" alt=\"D\"></p>\n\n"
                                "Press <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <b>b</b> <i>i</i>"
                                " <em>e</em> <strong>s</strong> <code>c</code><br>next\n\n"
                                "<div align=\"right\">right</div>\n"));
    QVERIFY2(html.contains(
                 QStringLiteral("<p align=\"center\"><img src=\"guide:d.png\" width=\"400\" alt=\"D\">")),
        qPrintable(html));
    for (const char *kept :
        { "<kbd>Ctrl</kbd>", "<sub>2</sub>", "<sup>2</sup>", "<b>b</b>", "<i>i</i>", "<em>e</em>",
            "<strong>s</strong>", "<code>c</code>", "<br>", "<div align=\"right\">right</div>" })
        QVERIFY2(html.contains(QLatin1String(kept)), kept);
    QVERIFY(!html.contains(QStringLiteral("code-label\">html"))); // no longer shown as code
}

void TestHtmlSanitizer::hostileHtmlNeverActs_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("forbidden");
    QTest::newRow("script") << "<script>alert('x')</script>\n\nok" << QStringList { "<script", "alert" };
    QTest::newRow("inline script") << "a <script>alert(1)</script> b" << QStringList { "<script", "alert" };
    QTest::newRow("onerror") << "<img src=\"a.png\" onerror=\"alert(1)\">"
                             << QStringList { "onerror", "alert" };
    QTest::newRow("javascript img") << "<img src=\"javascript:alert(1)\">"
                                    << QStringList { "javascript", "<img" };
    QTest::newRow("javascript a") << "<a href=\"javascript:alert(1)\">x</a>"
                                  << QStringList { "javascript", "href" };
    QTest::newRow("entity-encoded javascript")
        << "<a href=\"jav&#x61;script:alert(1)\">x</a>" << QStringList { "script:", "href" };
    QTest::newRow("markdown javascript")
        << "[x](javascript:alert(1)) <b>b</b>" << QStringList { "javascript" };
    QTest::newRow("style") << "<style>body{display:none}</style>\n<p style=\"color:red\">p</p>"
                           << QStringList { "<style", "display", "color" };
    QTest::newRow("iframe") << "<iframe src=\"https://example.com\"></iframe>"
                            << QStringList { "iframe", "example" };
    QTest::newRow("form") << "<form action=\"https://e.com\"><input name=q><button>Go</button></form>"
                          << QStringList { "<form", "<input", "<button", "action" };
    QTest::newRow("event on allowed tag") << "<div align=center onclick=\"x()\" class=\"c\">d</div>"
                                          << QStringList { "onclick", "class=\"c\"" };
    QTest::newRow("remote image") << "<img src=\"https://tracker.example/p.gif\">"
                                  << QStringList { "tracker", "<img" };
    QTest::newRow("svg") << "<svg onload=alert(1)><script>x</script></svg>"
                         << QStringList { "svg", "onload", "alert" };
    QTest::newRow("meta refresh") << "<meta http-equiv=\"refresh\" content=\"0;url=https://e.com\">"
                                  << QStringList { "<meta", "refresh" };
    QTest::newRow("object") << "<object data=\"x.swf\"></object><embed src=\"y\">"
                            << QStringList { "<object", "<embed" };
    QTest::newRow("data image") << "<img src=\"data:image/png;base64,AAAA\">"
                                << QStringList { "data:", "<img" };
}

void TestHtmlSanitizer::hostileHtmlNeverActs()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, forbidden);
    MarkdownRenderer::Options options; // no resolver: a guide-relative image counts as outside
    const QString html = MarkdownRenderer(m_highlighter).toHtml(markdown, options);
    for (const QString &f : forbidden)
        QVERIFY2(!html.contains(f, Qt::CaseInsensitive), qPrintable(f + QStringLiteral(" in ") + html));
}

void TestHtmlSanitizer::detailsAreFoldedUntilOpened()
{
    const QString markdown
        = QStringLiteral("<details>\n<summary>Answer</summary>\n\nThe **secret** word.\n\n</details>\n");
    const QString folded = render(markdown);
    QVERIFY2(folded.contains(QStringLiteral("<a href=\"details:0\">\u25B8 Answer</a>")), qPrintable(folded));
    QVERIFY(!folded.contains(QStringLiteral("secret")));
    const QString open = render(markdown, { 0 });
    QVERIFY2(open.contains(QStringLiteral("<strong>secret</strong>")), qPrintable(open));
    QVERIFY(open.contains(QStringLiteral("\u25BE Answer")));
    QCOMPARE(MarkdownRenderer::detailsFromLink(QUrl(QStringLiteral("details:0"))), std::optional<int>(0));
    QVERIFY(!MarkdownRenderer::detailsFromLink(QUrl(QStringLiteral("details:x"))));
}

void TestHtmlSanitizer::nestedDetailsKeepTheirNumbers()
{
    const QString markdown
        = QStringLiteral("<details><summary>Outer</summary>\n\n<details><summary>Inner</summary>\n\n"
                         "deep\n\n</details>\n\n</details>\n\n<details><summary>Last</summary>\n\nend\n\n"
                         "</details>\n");
    // Folding the outer one hides the inner one, yet the last keeps number 2.
    const QString folded = render(markdown);
    QVERIFY(!folded.contains(QStringLiteral("Inner")));
    QVERIFY2(folded.contains(QStringLiteral("details:2\">\u25B8 Last")), qPrintable(folded));
    const QString both = render(markdown, { 0, 1 });
    QVERIFY2(both.contains(QStringLiteral("deep")), qPrintable(both));
    QVERIFY(both.contains(QStringLiteral("details:1\">\u25BE Inner")));
}

void TestHtmlSanitizer::unclosedTagsAreClosed()
{
    const QString html = render(QStringLiteral("<div align=\"center\"><b>bold <i>both\n\nafter\n"));
    QCOMPARE(html.count(QStringLiteral("<b>")), html.count(QStringLiteral("</b>")));
    QCOMPARE(html.count(QStringLiteral("<div")), html.count(QStringLiteral("</div>")));
    QVERIFY(html.contains(QStringLiteral("after")));
    const QString broken = render(QStringLiteral("<a href=\"x.md\" <b>unterminated\n\n<p <<< >>> </\n"));
    QVERIFY(!broken.isNull());
}

void TestHtmlSanitizer::hugeAttributeIsDroppedQuickly()
{
    const QString big(1024 * 1024, QLatin1Char('a'));
    QElapsedTimer timer;
    timer.start();
    const QString html = render(QStringLiteral("<img src=\"p.png\" alt=\"") + big
        + QStringLiteral("\">\n\n<a href=\"") + big + QStringLiteral("\">link</a>\n"));
    QVERIFY(html.size() < 10000);
    QVERIFY(html.contains(QStringLiteral("link")));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestHtmlSanitizer::deepNestingIsBounded()
{
    const QString html = render(QStringLiteral("<div>").repeated(5000) + QStringLiteral("core"));
    QVERIFY(html.contains(QStringLiteral("core")));
    QVERIFY(html.count(QStringLiteral("<div>")) <= HtmlSanitizer::maximumDepth);
}

void TestHtmlSanitizer::codeBlocksSurviveBesideRawHtml()
{
    const QString html = render(QStringLiteral("```python\nx = '<b>'\n```\n\n<b>raw</b>\n\n- [ ] box\n"));
    QVERIFY2(html.contains(QStringLiteral("<table class=\"code\"")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;")));
    QVERIFY(html.contains(QStringLiteral("<b>raw</b>")));
    QVERIFY(html.contains(QStringLiteral("\u2610")));
    QVERIFY(!html.contains(QStringLiteral("sg-slot")));
    // A comment that looks like the renderer's own is just a comment.
    const QString forged = render(QStringLiteral("<!--sg-slot-0000000000000000-0-->\n\n<b>x</b>\n"));
    QVERIFY(!forged.contains(QStringLiteral("sg-slot")));
}

void TestHtmlSanitizer::explicitAnchorsBecomeNames()
{
    const QString html
        = render(QStringLiteral("<a name=\"here\"></a>\n\n<div id=\"there\">t</div>\n\n[go](#there)\n"));
    QVERIFY2(html.contains(QStringLiteral("<a name=\"here\"></a>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<div><a name=\"there\"></a>t</div>")));
    QVERIFY(html.contains(QStringLiteral("href=\"#there\"")));
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
