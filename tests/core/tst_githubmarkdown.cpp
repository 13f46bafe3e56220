// Markdown as GitHub shows it: heading anchors, headings inside lists, explicit anchors, the
// links --validate checks, and task lists, on the corpus in tests/corpus.

#include "CodeHighlighter.h"
#include "Guide.h"
#include "GuideLoader.h"
#include "HeadingAnchors.h"
#include "MarkdownRenderer.h"
#include "MarkdownStructure.h"
#include "Slug.h"

#include <QElapsedTimer>
#include <QtTest>

class TestGithubMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void anchorsAsGithubMakesThem_data();
    void anchorsAsGithubMakesThem();
    void repeatedHeadingsAreNumbered();
    void headingTextIsTheRenderedText();
    void headingsInListItemsAreInTheOutline();
    void linksToAnAnchorOpenItsSection();
    void validateWarnsAboutLinksThatGoNowhere();
    void validateAcceptsWhatGithubResolves();
    void headingWithoutWordsIsReported();
    void rendererPointsLinksAtTheRealAnchor();
    void taskItemsHaveStableIds();
    void taskBoxesAreLinksThatShowTheirState();
    void taskItemsHaveTheBoxInPlaceOfTheBullet_data();
    void taskItemsHaveTheBoxInPlaceOfTheBullet();
    void tenThousandCheckboxesInBoundedTime();

private:
    static QString corpus(const QString &name)
    {
        return QStringLiteral(STUDYGUIDE_SOURCE_DIR "/tests/corpus/") + name;
    }
    static const Topic *findTitled(const Topic *topic, const QString &title)
    {
        if (topic->title == title)
            return topic;
        for (const auto &child : topic->children) {
            if (const Topic *found = findTitled(child.get(), title))
                return found;
        }
        return nullptr;
    }
    static QStringList warnings(const Guide &guide)
    {
        QStringList out;
        for (const Diagnostic &d : guide.diagnostics())
            out << d.toString();
        return out;
    }
    CodeHighlighter m_highlighter;
};

void TestGithubMarkdown::anchorsAsGithubMakesThem_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("anchor");
    // Each as GitHub shows it for the same heading.
    QTest::newRow("words") << "Key Points"
                           << "key-points";
    QTest::newRow("slashes keep both spaces") << "Complexity / Big-O / Growth Rates"
                                              << "complexity--big-o--growth-rates";
    QTest::newRow("ampersand") << "Caching: Memcached & Redis"
                               << "caching-memcached--redis";
    QTest::newRow("dash between spaces") << "CAP - Consistency and Partition Tolerance"
                                         << "cap---consistency-and-partition-tolerance";
    QTest::newRow("underscore kept") << "snake_case names"
                                     << "snake_case-names";
    QTest::newRow("punctuation dropped") << "What's new? (v2.0!)"
                                         << "whats-new-v20";
    QTest::newRow("unicode letters") << "Über Straße"
                                     << "über-straße";
    QTest::newRow("cjk") << "日本語 の 見出し"
                         << "日本語-の-見出し";
    QTest::newRow("emoji leaves its space") << "🚀 Launch"
                                            << "-launch";
    QTest::newRow("emoji inside") << "Notes on 🚀 Launch Day"
                                  << "notes-on--launch-day";
    QTest::newRow("only symbols") << "★★★"
                                  << "";
    QTest::newRow("leading and trailing dashes stay") << "-x-"
                                                      << "-x-";
}

void TestGithubMarkdown::anchorsAsGithubMakesThem()
{
    QFETCH(QString, heading);
    QFETCH(QString, anchor);
    QCOMPARE(Slug::githubAnchor(heading), anchor);
}

void TestGithubMarkdown::repeatedHeadingsAreNumbered()
{
    HeadingAnchors anchors;
    QCOMPARE(anchors.next(QStringLiteral("Intro")), QStringLiteral("intro"));
    QCOMPARE(anchors.next(QStringLiteral("Intro")), QStringLiteral("intro-1"));
    // A heading whose own anchor is a numbered one pushes the next repeat further, as on GitHub.
    QCOMPARE(anchors.next(QStringLiteral("Intro 2")), QStringLiteral("intro-2"));
    QCOMPARE(anchors.next(QStringLiteral("Intro-1")), QStringLiteral("intro-1-1"));
    QCOMPARE(anchors.next(QStringLiteral("Intro")), QStringLiteral("intro-3"));
    QCOMPARE(anchors.next(QStringLiteral("!!")), QString());
    QCOMPARE(anchors.next(QStringLiteral("??")), QStringLiteral("-1"));
}

void TestGithubMarkdown::headingTextIsTheRenderedText()
{
    Diagnostics diagnostics;
    const MarkdownStructure s = MarkdownStructure::parse(
        QStringLiteral(
            "## Use [`dict.get`](https://docs.python.org) safely\n\n## ![logo](x.png) Logo text\n"),
        1, QStringLiteral("f.md"), diagnostics);
    QCOMPARE(s.anchors, QStringList({ QStringLiteral("use-dictget-safely"), QStringLiteral("-logo-text") }));
}

void TestGithubMarkdown::headingsInListItemsAreInTheOutline()
{
    GuideLoader::Result result = GuideLoader().load(corpus(QStringLiteral("checklist-readme")));
    QVERIFY2(result.guide, qPrintable(result.error));
    const Guide &guide = *result.guide;
    const Topic *structures = findTitled(guide.root(), QStringLiteral("Data Structures"));
    QVERIFY(structures);
    QCOMPARE(structures->children.size(), size_t(2));
    QCOMPARE(structures->children[0]->title, QStringLiteral("Arrays"));
    QCOMPARE(structures->children[0]->id, QStringLiteral("#arrays")); // the root page's id is empty
    QCOMPARE(structures->children[1]->anchor, QStringLiteral("hash-tables"));
    // The heading's line, for FILE:LINE and for the reader's scroll target.
    QCOMPARE(structures->children[0]->line, 54);
    const QString html = MarkdownRenderer(m_highlighter).toHtml(guide.root()->markdown);
    QVERIFY2(html.contains(QStringLiteral("<a name=\"arrays\"></a>")), qPrintable(html.left(2000)));
}

void TestGithubMarkdown::linksToAnAnchorOpenItsSection()
{
    GuideLoader::Result result = GuideLoader().load(corpus(QStringLiteral("checklist-readme")));
    QVERIFY2(result.guide, qPrintable(result.error));
    const Guide &guide = *result.guide;
    const Topic *page = guide.root();
    const Topic *structures = findTitled(page, QStringLiteral("Data Structures"));
    QVERIFY(structures);
    // A table of contents links to sections at every depth: the tree follows to the section.
    QCOMPARE(guide.linkTarget(page->id, structures->anchor), structures);
    QCOMPARE(guide.linkTarget(page->id, QStringLiteral("arrays")), structures->children[0].get());
    QCOMPARE(guide.linkTarget(page->id, QStringLiteral("hash-tables")), structures->children[1].get());
    // No anchor, or one no heading has (an explicit <a name>): the page itself.
    QCOMPARE(guide.linkTarget(page->id, QString()), page);
    QCOMPARE(guide.linkTarget(page->id, QStringLiteral("no-such-heading")), page);
    QCOMPARE(guide.linkTarget(QStringLiteral("no-such-topic"), QStringLiteral("arrays")), nullptr);
}

void TestGithubMarkdown::validateWarnsAboutLinksThatGoNowhere()
{
    GuideLoader::Result result
        = GuideLoader().load(corpus(QStringLiteral("plain-notes")), QStringLiteral("plain-notes"));
    QVERIFY2(result.guide, qPrintable(result.error));
    const QStringList found = warnings(*result.guide);
    QVERIFY2(
        found.contains(QStringLiteral("plain-notes/tcp-basics.md:18: warning: link '#slow-start' leads to no "
                                      "heading or anchor of plain-notes/tcp-basics.md")),
        qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY2(found.contains(
                 QStringLiteral("plain-notes/networking/dns.md:14: warning: link '../tcp-basics.md#nagle' "
                                "leads to no heading or anchor of plain-notes/tcp-basics.md")),
        qPrintable(found.join(QLatin1Char('\n'))));
    QCOMPARE(found.size(), 2);
}

void TestGithubMarkdown::validateAcceptsWhatGithubResolves()
{
    // Every table-of-contents link of the checklist resolves on GitHub but one, which is the
    // one reported; "#top" and an explicit <a name> count.
    GuideLoader::Result result
        = GuideLoader().load(corpus(QStringLiteral("checklist-readme")), QStringLiteral("c"));
    QVERIFY(result.guide);
    QStringList links;
    for (const QString &w : warnings(*result.guide)) {
        if (w.contains(QLatin1String("leads to no")))
            links << w;
    }
    QCOMPARE(links,
        QStringList({ QStringLiteral("c/README.md:20: warning: link '#a-chapter-that-was-removed' leads to "
                                     "no heading or anchor of c/README.md") }));
    QCOMPARE(GuideLoader::findAnchor({ QStringLiteral("über") }, QStringLiteral("%C3%BCber")),
        QStringLiteral("über"));
    QCOMPARE(GuideLoader::findAnchor({ QStringLiteral("intro") }, QStringLiteral("Intro")),
        QStringLiteral("intro"));
    QVERIFY(GuideLoader::findAnchor({ QStringLiteral("intro") }, QStringLiteral("intro-1")).isNull());
}

void TestGithubMarkdown::headingWithoutWordsIsReported()
{
    GuideLoader::Result result
        = GuideLoader().load(corpus(QStringLiteral("checklist-readme")), QStringLiteral("c"));
    QVERIFY(result.guide);
    bool found = false;
    for (const QString &w : warnings(*result.guide))
        found = found
            || (w.startsWith(QLatin1String("c/README.md:151: warning: heading"))
                && w.contains(QLatin1String("has no text")));
    QVERIFY2(found, qPrintable(warnings(*result.guide).join(QLatin1Char('\n'))));
}

void TestGithubMarkdown::rendererPointsLinksAtTheRealAnchor()
{
    const QString html = MarkdownRenderer(m_highlighter)
                             .toHtml(QStringLiteral(
                                 "# Über Alles\n\n[a](#%C3%BCber-alles) [b](#Über-Alles) [c](#nowhere)\n"));
    // Written as the anchor, percent-encoded the way cmark writes every link.
    QVERIFY2(html.contains(QStringLiteral("href=\"#%C3%BCber-alles\">a")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("href=\"#%C3%BCber-alles\">b")));
    QVERIFY(html.contains(QStringLiteral("href=\"#nowhere\">c")));
}

void TestGithubMarkdown::taskItemsHaveStableIds()
{
    GuideLoader::Result result = GuideLoader().load(corpus(QStringLiteral("checklist-readme")));
    QVERIFY(result.guide);
    const Guide &guide = *result.guide;
    const Topic *arrays = findTitled(guide.root(), QStringLiteral("Arrays"));
    QVERIFY(arrays);
    QCOMPARE(arrays->tasks.size(), size_t(2));
    QCOMPARE(arrays->tasks[0].id, QStringLiteral("#arrays/implement-a-growable-array-with-push-pop-and-get"));
    QCOMPARE(arrays->tasks[0].topicId, arrays->id);
    const Topic *why = findTitled(guide.root(), QStringLiteral("Why This List Exists"));
    QVERIFY(why);
    QVERIFY(why->tasks[0].checkedInFile);
    QVERIFY(!why->tasks[1].checkedInFile);
    // The same words twice under one heading: the second gets "~2".
    const Topic *log = findTitled(guide.root(), QStringLiteral("Practice Log"));
    QVERIFY(log);
    QCOMPARE(log->tasks[1].id, QStringLiteral("#practice-log/week-one-arrays-and-strings~2"));
    QVERIFY(guide.task(log->tasks[1].id));
    QCOMPARE(guide.taskCount(), 33);
}

void TestGithubMarkdown::taskBoxesAreLinksThatShowTheirState()
{
    MarkdownRenderer::Options options;
    options.pageId = QStringLiteral("page");
    QStringList asked;
    options.isTaskDone = [&asked](const QString &id, bool inFile) {
        asked << id;
        return id.endsWith(QLatin1String("/learn-heaps")) ? true : inFile;
    };
    const QString html
        = MarkdownRenderer(m_highlighter)
              .toHtml(QStringLiteral("## Plan\n\n- [ ] Learn heaps\n- [x] Learn tries\n- [ ] Learn heaps\n"),
                  options);
    QCOMPARE(asked,
        QStringList({ QStringLiteral("page#plan/learn-heaps"), QStringLiteral("page#plan/learn-tries"),
            QStringLiteral("page#plan/learn-heaps~2") }));
    QVERIFY2(html.contains(QStringLiteral("href=\"task:page%23plan%2Flearn-heaps\">\u2611</a> Learn heaps")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("\u2611</a> Learn tries")));
    QVERIFY(html.contains(QStringLiteral("href=\"task:page%23plan%2Flearn-heaps~2\">\u2610</a>")));
    QVERIFY(!html.contains(QStringLiteral("<input")));
    const auto id = MarkdownRenderer::taskFromLink(QUrl(QStringLiteral("task:page%23plan%2Flearn-heaps~2")));
    QVERIFY(id);
    QCOMPARE(*id, QStringLiteral("page#plan/learn-heaps~2"));
    QVERIFY(!MarkdownRenderer::taskFromLink(QUrl(QStringLiteral("https://example.com"))));
}

void TestGithubMarkdown::taskItemsHaveTheBoxInPlaceOfTheBullet_data()
{
    QTest::addColumn<bool>("boxesAreLinks");
    QTest::addColumn<QString>("rawHtml");
    QTest::newRow("boxes to tick") << true << QString();
    QTest::newRow("boxes shown only") << false << QString();
    QTest::newRow("page with raw HTML") << true << QStringLiteral("<p align=\"center\">centred</p>\n\n");
}

void TestGithubMarkdown::taskItemsHaveTheBoxInPlaceOfTheBullet()
{
    // GitHub styles a task item with list-style-type: none, so its box stands where the bullet
    // would; an item without a box in the same list keeps its bullet.
    QFETCH(bool, boxesAreLinks);
    QFETCH(QString, rawHtml);
    MarkdownRenderer::Options options;
    options.pageId = QStringLiteral("page");
    if (boxesAreLinks)
        options.isTaskDone = [](const QString &, bool inFile) { return inFile; };
    const QString markdown = rawHtml
        + QStringLiteral("## Plan\n\n- [ ] Tight task\n- Plain item\n- [x] Done task\n\n"
                         "## Loose\n\n- [ ] Loose task\n\n  More about it.\n\n- Loose plain\n\n"
                         "## Numbered\n\n1. [ ] First step\n2. Second step\n");
    const QString html = MarkdownRenderer(m_highlighter).toHtml(markdown, options);
    // Each item's attributes by the words it starts with.
    const QRegularExpression item(QStringLiteral("<li([^>]*)>"));
    const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QMap<QString, QString> attributesOf;
    for (auto it = item.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        QString text = html.mid(match.capturedEnd(), 120).remove(tag);
        text.remove(QChar(0x2610)).remove(QChar(0x2611));
        attributesOf.insert(text.trimmed().section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(' '), 0, 1), match.captured(1));
    }
    const QString none = QStringLiteral(" style=\"list-style-type: none\"");
    for (const char *task : { "Tight task", "Done task", "Loose task", "First step" })
        QVERIFY2(attributesOf.value(QLatin1String(task)) == none, qPrintable(task + (QLatin1Char('\n') + html)));
    for (const char *plain : { "Plain item", "Loose plain", "Second step" }) {
        QVERIFY2(attributesOf.contains(QLatin1String(plain)), qPrintable(plain + (QLatin1Char('\n') + html)));
        QCOMPARE(attributesOf.value(QLatin1String(plain)), QString());
    }
    QCOMPARE(html.count(none), 4);
}

void TestGithubMarkdown::tenThousandCheckboxesInBoundedTime()
{
    QString markdown = QStringLiteral("# Many\n\n");
    for (int i = 0; i < 10000; ++i)
        markdown += QStringLiteral("- [ ] item %1\n").arg(i % 100); // repeats, so "~N" keys too
    QElapsedTimer timer;
    timer.start();
    Diagnostics diagnostics;
    const MarkdownStructure s = MarkdownStructure::parse(markdown, 1, QStringLiteral("many.md"), diagnostics);
    QCOMPARE(s.tasks.size(), 10000);
    QCOMPARE(s.tasks.last().key, QStringLiteral("item-99~100"));
    MarkdownRenderer::Options options;
    options.pageId = QStringLiteral("many");
    options.isTaskDone = [](const QString &, bool inFile) { return inFile; };
    const QString html = MarkdownRenderer(m_highlighter).toHtml(markdown, options);
    QCOMPARE(html.count(QStringLiteral("href=\"task:")), 10000);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestGithubMarkdown)
#include "tst_githubmarkdown.moc"
