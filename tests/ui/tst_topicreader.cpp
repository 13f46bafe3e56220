#include "CodeHighlighter.h"
#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "HtmlChunks.h"
#include "MarkdownRenderer.h"
#include "TopicReader.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QtTest>

// How the reader loads a long page: the first screenfuls at once and the rest in idle time,
// with jumps, find in page and topic switches behaving as if the page had been set whole.
class TestTopicReader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void piecesAppendedMakeTheSameDocumentAsTheWholePage();
    void splitKeepsEveryCharacterAndCutsOnlyBetweenBlocks();
    void unbalancedHtmlStaysWhole();
    void longPageShowsItsStartFirstAndTheRestInIdleTime();
    void jumpToAHeadingFurtherDownLandsOnIt();
    void findInPageCoversThePartNotYetAppended();
    void findInASectionStartsAtItsHeading();
    void switchingAwayWhileLoadingDoesNotMixPages();
    void pagesRenderedAheadFollowTheAnswersSetting();
    void neighbourPreparedInIdleTimeShowsWholeAtOnce();
    void preparedNeighbourFollowsThemeAndZoom();
    void coldSwitchTakesADocumentMadeInIdleTime();
    void firstScreenIsShapedOnce();
    void firstOpenOfALongPageRendersItsStartFirst();
    void firstScreenIsFilledWhenThePagesFirstLinesAreShort();
    void taskItemsAreDrawnWithTheirBoxAndNoBullet();
    void wideImagesShrinkToTheReadersWidth();
    void codeBlocksAndTablesAvoidCollapsedBorders();

private:
    // A study checklist long enough to be loaded in pieces: chapters with prose, a table, code,
    // a task list and a <details> block; the last chapter holds a word found nowhere else.
    static QString longReadme(int chapters = 40);
    void openGuide(int chapters = 40);
    const Topic *section(const QString &title) const;
    // A long README and a short page after it; the short page.
    const Topic *openGuideWithShortPage();
    // A dark palette and larger text, as the theme and zoom change them.
    void darkenAndZoomIn();
    // The open document has the reader's stylesheet, font and margin.
    void verifyDocumentFollowsTheReader();
    // Opens the long README and shows its section "Chapter 20", far down the page; null if it
    // could not.
    const Topic *showChapterTwenty();

    std::unique_ptr<GuideFixture> m_fixture;
    std::unique_ptr<Guide> m_guide;
    std::unique_ptr<TopicReader> m_reader;
};

void TestTopicReader::taskItemsAreDrawnWithTheirBoxAndNoBullet()
{
    // Qt's layout draws a list item's marker in the style its block gives, if it gives one:
    // none for a task item (its box is the marker, as on GitHub), the list's own for the rest.
    openGuide(3);
    m_reader->showTopic(m_guide->root());
    QTRY_VERIFY(!m_reader->hasIdleWork());
    int tasks = 0;
    int plainItems = 0;
    for (QTextBlock block = m_reader->document()->begin(); block.isValid(); block = block.next()) {
        if (!block.textList())
            continue;
        const bool isTask = block.text().startsWith(QChar(0x2610)) || block.text().startsWith(QChar(0x2611));
        const QTextBlockFormat format = block.blockFormat();
        if (isTask) {
            ++tasks;
            QVERIFY2(format.hasProperty(QTextFormat::ListStyle), qPrintable(block.text()));
            QCOMPARE(format.intProperty(QTextFormat::ListStyle), int(QTextListFormat::ListStyleUndefined));
        } else {
            ++plainItems;
            QVERIFY2(!format.hasProperty(QTextFormat::ListStyle), qPrintable(block.text()));
        }
    }
    QCOMPARE(tasks, 6);
    QCOMPARE(plainItems, 6);
}

void TestTopicReader::wideImagesShrinkToTheReadersWidth()
{
    // GitHub gives images max-width: 100%: a wide diagram shrinks with the window, keeping its
    // proportions, instead of making the page scroll sideways; a small picture keeps its size.
    QImage wide(2000, 100, QImage::Format_RGB32);
    wide.fill(Qt::darkCyan);
    QVERIFY(wide.save(m_fixture->path() + QStringLiteral("/wide.png")));
    QImage small(50, 40, QImage::Format_RGB32);
    small.fill(Qt::darkRed);
    QVERIFY(small.save(m_fixture->path() + QStringLiteral("/small.png")));
    m_fixture->write(QStringLiteral("README.md"),
        "# Diagrams\n\n![wide](wide.png)\n\n<p align=\"center\"><img src=\"wide.png\" width=\"1500\"></p>\n\n"
        "- ![in a list](wide.png)\n\n![small](small.png)\n");
    GuideLoader::Result loaded = GuideLoader().load(m_fixture->path());
    QVERIFY(loaded.guide);
    m_guide = std::move(loaded.guide);
    m_reader->setGuide(m_guide.get());
    m_reader->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
    for (const int width : { 700, 420 }) {
        m_reader->resize(width, 500);
        m_reader->showTopic(m_guide->root());
        QTRY_VERIFY(!m_reader->hasIdleWork());
        QCoreApplication::processEvents();
        QTextDocument *document = m_reader->document();
        document->documentLayout()->documentSize(); // laid out
        const int viewport = m_reader->viewport()->width();
        QCOMPARE(m_reader->horizontalScrollBar()->maximum(), 0);
        QList<qreal> heights;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.text().contains(QChar::ObjectReplacementCharacter) && block.layout()->lineCount() > 0) {
                const QTextLine line = block.layout()->lineAt(0);
                QVERIFY2(line.naturalTextWidth() <= viewport - 2 * document->documentMargin(),
                    qPrintable(QStringLiteral("%1 > %2").arg(line.naturalTextWidth()).arg(viewport)));
                heights << line.height();
            }
        }
        QCOMPARE(heights.size(), 4);
        // Each wide one keeps its proportions (2000 x 100, or 1500 x 75): a twentieth of its width.
        const qreal text = viewport - 2 * document->documentMargin();
        QVERIFY2(heights[0] >= text / 20 - 2 && heights[0] <= text / 20 + 6, qPrintable(QString::number(heights[0])));
        QVERIFY2(heights[1] >= text / 20 - 2 && heights[1] <= text / 20 + 6, qPrintable(QString::number(heights[1])));
        QVERIFY(heights[3] >= 40 && heights[3] <= 46); // the small one as it is
    }
}

void TestTopicReader::codeBlocksAndTablesAvoidCollapsedBorders()
{
    // Qt looks up a cell's neighbours over and over to lay out and paint collapsed borders,
    // which made a page with a table or a few code blocks slow to open. A code block is a plain
    // frame, padded by a border in its own background colour; a table's lines are its
    // background showing through one-pixel gaps between cells in the page's colour.
    openGuide(3);
    for (const bool dark : { false, true }) {
        if (dark)
            darkenAndZoomIn();
        m_reader->showTopic(m_guide->root());
        QTRY_VERIFY(!m_reader->hasIdleWork());
        const QColor page = m_reader->palette().color(QPalette::Base);
        int codeBlocks = 0;
        int tables = 0;
        for (QTextFrame *frame : m_reader->document()->rootFrame()->childFrames()) {
            const QTextFrameFormat format = frame->frameFormat();
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                ++tables;
                QVERIFY(!table->format().borderCollapse());
                QCOMPARE(table->format().cellSpacing(), 1.0);
                QCOMPARE(table->format().border(), 0.0);
                QVERIFY(format.background().style() != Qt::NoBrush);
                QVERIFY(format.background().color() != page);
                for (int row = 0; row < table->rows(); ++row) {
                    for (int column = 0; column < table->columns(); ++column)
                        QCOMPARE(table->cellAt(row, column).format().background().color(), page);
                }
            } else {
                ++codeBlocks;
                QVERIFY(format.background().style() != Qt::NoBrush);
                QVERIFY(format.background().color() != page);
                QCOMPARE(format.borderBrush().color(), format.background().color());
                QCOMPARE(format.border(), 8.0);
                QCOMPARE(format.borderStyle(), QTextFrameFormat::BorderStyle_Solid);
            }
        }
        QCOMPARE(tables, 3);
        QCOMPARE(codeBlocks, 3);
    }
}

QString TestTopicReader::longReadme(int chapters)
{
    QString md = QStringLiteral("# Systems checklist\n\nWork down the list; tick what you can explain.\n\n");
    md += QStringLiteral("Start with [the closing words](#closing-words).\n\n");
    for (int chapter = 1; chapter <= chapters; ++chapter) {
        md += QStringLiteral("## Chapter %1: storage & queues\n\n").arg(chapter);
        md += QStringLiteral("A cache keeps hot values close; a queue absorbs bursts of writes (chapter %1).\n\n").arg(chapter);
        md += QStringLiteral("- [ ] Say when a write-through cache pays\n- [x] Name two eviction policies\n\n");
        md += QStringLiteral("| Store | Reads | Writes |\n| --- | --- | --- |\n| cache | quick | slow |\n| log | slow | quick |\n\n");
        md += QStringLiteral("```python\ndef lookup(key):\n    return cache.get(key) or disk.read(key)\n```\n\n");
        md += QStringLiteral("<details><summary>Hint %1</summary>\n\nThink of <kbd>LRU</kbd> first.\n\n</details>\n\n").arg(chapter);
        md += QStringLiteral("> A quoted reminder.\n\n1. first step\n2. second step\n\n");
    }
    md += QStringLiteral("## Closing words\n\nThe zebrafinch sings last.\n");
    return md;
}

void TestTopicReader::init()
{
    m_fixture = std::make_unique<GuideFixture>();
    m_reader = std::make_unique<TopicReader>();
    m_reader->resize(700, 500);
}

void TestTopicReader::cleanup()
{
    m_reader.reset();
    m_guide.reset();
    m_fixture.reset();
}

void TestTopicReader::openGuide(int chapters)
{
    m_fixture->write(QStringLiteral("README.md"), longReadme(chapters).toUtf8());
    GuideLoader::Result loaded = GuideLoader().load(m_fixture->path());
    QVERIFY(loaded.guide);
    m_guide = std::move(loaded.guide);
    m_reader->setGuide(m_guide.get());
}

const Topic *TestTopicReader::openGuideWithShortPage()
{
    m_fixture->write(QStringLiteral("short.md"), "# Short page\n\nOnly a few words here.\n");
    openGuide();
    return m_guide ? m_guide->topicForFile(QStringLiteral("short.md")) : nullptr;
}

void TestTopicReader::darkenAndZoomIn()
{
    QPalette dark = m_reader->palette();
    dark.setColor(QPalette::Base, QColor(QStringLiteral("#202020")));
    dark.setColor(QPalette::Text, QColor(QStringLiteral("#eeeeee")));
    m_reader->setPalette(dark);
    m_reader->zoomIn(4);
}

void TestTopicReader::verifyDocumentFollowsTheReader()
{
    QCOMPARE(m_reader->document()->defaultStyleSheet(), TopicReader::styleSheetFor(m_reader->palette()));
    QCOMPARE(m_reader->document()->defaultFont(), m_reader->font());
    QCOMPARE(m_reader->document()->documentMargin(), 24.0);
}

const Topic *TestTopicReader::section(const QString &title) const
{
    for (const auto &child : m_guide->root()->children) {
        if (child->title == title)
            return child.get();
    }
    return nullptr;
}

void TestTopicReader::piecesAppendedMakeTheSameDocumentAsTheWholePage()
{
    CodeHighlighter highlighter;
    MarkdownRenderer renderer(highlighter);
    const QString html = renderer.toHtml(longReadme()).trimmed();
    const QStringList pieces = HtmlChunks::split(html, 4000, 4000);
    QVERIFY(pieces.size() > 10);
    const QString styleSheet = TopicReader::styleSheetFor(QPalette());
    QTextDocument whole;
    whole.setDefaultStyleSheet(styleSheet);
    whole.setHtml(html);
    QTextDocument appended;
    appended.setDefaultStyleSheet(styleSheet);
    appended.setHtml(pieces.first());
    for (qsizetype i = 1; i < pieces.size(); ++i)
        TopicReader::appendHtml(&appended, pieces.at(i));
    QCOMPARE(appended.blockCount(), whole.blockCount());
    QCOMPARE(appended.toHtml(), whole.toHtml());
}

void TestTopicReader::splitKeepsEveryCharacterAndCutsOnlyBetweenBlocks()
{
    const QString html = QStringLiteral("<h1>T</h1>\n<p>one <b>two</b></p>\n<table><tr><td><p>cell</p></td></tr></table>\n"
                                        "<ul>\n<li>a<br/></li>\n</ul>\n<!-- <p> -->\n<p>end</p>\n");
    const QStringList pieces = HtmlChunks::split(html, 1, 1);
    QCOMPARE(pieces, QStringList({ QStringLiteral("<h1>T</h1>"), QStringLiteral("<p>one <b>two</b></p>"),
                                   QStringLiteral("<table><tr><td><p>cell</p></td></tr></table>\n<ul>\n<li>a<br/></li>\n</ul>"),
                                   QStringLiteral("<!-- <p> -->\n<p>end</p>") }));
    QCOMPARE(HtmlChunks::split(html, 1000, 1000), QStringList { html.trimmed() });
}

void TestTopicReader::unbalancedHtmlStaysWhole()
{
    const QString html = QStringLiteral("<p>one</p><p>two</p></div><p>three</p>");
    QCOMPARE(HtmlChunks::split(html, 1, 1), QStringList { html });
    QCOMPARE(HtmlChunks::split(QStringLiteral("<p>one</p><div><p>two</p>"), 1, 1).size(), 1);
}

void TestTopicReader::longPageShowsItsStartFirstAndTheRestInIdleTime()
{
    openGuide();
    m_reader->showTopic(m_guide->root());
    QVERIFY(m_reader->hasIdleWork());
    QVERIFY(m_reader->toPlainText().contains(QStringLiteral("Work down the list")));
    QVERIFY(!m_reader->toPlainText().contains(QStringLiteral("zebrafinch")));
    QTRY_VERIFY(!m_reader->hasIdleWork());
    QVERIFY(m_reader->toPlainText().contains(QStringLiteral("zebrafinch")));
}

void TestTopicReader::jumpToAHeadingFurtherDownLandsOnIt()
{
    const Topic *target = showChapterTwenty();
    QVERIFY(target);
    QVERIFY(m_reader->hasIdleWork()); // the jump did not need the whole page
    QTextBlock heading = m_reader->document()->begin();
    while (heading.isValid() && heading.text() != target->title)
        heading = heading.next();
    QVERIFY(heading.isValid());
    const int top = int(m_reader->document()->documentLayout()->blockBoundingRect(heading).top());
    QVERIFY(top > 1000);
    QVERIFY(qAbs(m_reader->verticalScrollBar()->value() - top) < 40);
}

const Topic *TestTopicReader::showChapterTwenty()
{
    openGuide();
    m_reader->show();
    if (!m_guide || !QTest::qWaitForWindowExposed(m_reader.get()))
        return nullptr;
    const Topic *target = section(QStringLiteral("Chapter 20: storage & queues"));
    if (!target)
        return nullptr;
    m_reader->showTopic(target);
    return target;
}

void TestTopicReader::findInPageCoversThePartNotYetAppended()
{
    openGuide();
    m_reader->showTopic(m_guide->root());
    QVERIFY(m_reader->hasIdleWork());
    QCOMPARE(m_reader->highlightMatches({ QRegularExpression(QStringLiteral("zebrafinch")) }), 1);
    QCOMPARE(m_reader->highlightMatches({ QRegularExpression(QStringLiteral("quoted reminder")) }), 40);
}

void TestTopicReader::findInASectionStartsAtItsHeading()
{
    // A search hit in a section of a long file opens that section; the match to show is the
    // section's, not the first one at the top of the page (a table of contents, as a rule).
    const Topic *target = showChapterTwenty();
    QVERIFY(target);
    QCOMPARE(m_reader->highlightMatches({ QRegularExpression(QStringLiteral("quoted reminder")) }), 40);
    QCOMPARE(m_reader->currentMatch(), 19);
    QVERIFY(m_reader->verticalScrollBar()->value() > 1000);
    // The whole page is still searched: the next match after the last wraps to the top.
    m_reader->showTopic(m_guide->root());
    QCOMPARE(m_reader->highlightMatches({ QRegularExpression(QStringLiteral("quoted reminder")) }), 40);
    QCOMPARE(m_reader->currentMatch(), 0);
}

void TestTopicReader::switchingAwayWhileLoadingDoesNotMixPages()
{
    m_fixture->write(QStringLiteral("short.md"), "# Short page\n\nOnly a few words here.\n");
    openGuide();
    const Topic *shortPage = m_guide->topicForFile(QStringLiteral("short.md"));
    QVERIFY(shortPage);
    m_reader->showTopic(m_guide->root());
    QVERIFY(m_reader->hasIdleWork());
    m_reader->showTopic(shortPage);
    QTRY_VERIFY(!m_reader->hasIdleWork());
    QCOMPARE(m_reader->toPlainText(), QStringLiteral("Short page\nOnly a few words here."));
}

void TestTopicReader::pagesRenderedAheadFollowTheAnswersSetting()
{
    m_fixture->write(QStringLiteral("a.md"), "# First\n\n## Q: What is a cache?\n\nA copy kept close.\n");
    m_fixture->write(QStringLiteral("b.md"), "# Second\n\n## Q: What is a queue?\n\nA line of waiting work.\n");
    GuideLoader::Result loaded = GuideLoader().load(m_fixture->path());
    QVERIFY(loaded.guide);
    m_guide = std::move(loaded.guide);
    m_reader->setGuide(m_guide.get());
    const Topic *first = m_guide->topicForFile(QStringLiteral("a.md"));
    const Topic *second = m_guide->topicForFile(QStringLiteral("b.md"));
    QVERIFY(first && second);
    m_reader->showTopic(first);
    QTRY_VERIFY(!m_reader->hasIdleWork()); // the second page is rendered ahead, answers folded
    m_reader->showTopic(second);
    QVERIFY(!m_reader->toPlainText().contains(QStringLiteral("line of waiting")));
    m_reader->showTopic(first);
    QTRY_VERIFY(!m_reader->hasIdleWork());
    m_reader->setShowAnswers(true);
    m_reader->showTopic(second);
    QVERIFY(m_reader->toPlainText().contains(QStringLiteral("line of waiting")));
}

void TestTopicReader::neighbourPreparedInIdleTimeShowsWholeAtOnce()
{
    const Topic *shortPage = openGuideWithShortPage();
    QVERIFY(shortPage);
    m_reader->showTopic(shortPage);
    QTRY_VERIFY(!m_reader->hasIdleWork()); // the long page before it is prepared meanwhile
    m_reader->showTopic(m_guide->root());
    QVERIFY(m_reader->toPlainText().startsWith(QStringLiteral("Systems checklist")));
    QVERIFY(m_reader->toPlainText().contains(QStringLiteral("zebrafinch")));
    QCOMPARE(m_reader->highlightMatches({ QRegularExpression(QStringLiteral("quoted reminder")) }), 40);
    // And back: the short page was kept as it was shown.
    m_reader->showTopic(shortPage);
    QCOMPARE(m_reader->toPlainText(), QStringLiteral("Short page\nOnly a few words here."));
}

void TestTopicReader::preparedNeighbourFollowsThemeAndZoom()
{
    const Topic *shortPage = openGuideWithShortPage();
    QVERIFY(shortPage);
    m_reader->showTopic(shortPage);
    QTRY_VERIFY(!m_reader->hasIdleWork());
    darkenAndZoomIn();
    QTRY_VERIFY(!m_reader->hasIdleWork());
    m_reader->showTopic(m_guide->root());
    verifyDocumentFollowsTheReader();
    QVERIFY(m_reader->toPlainText().contains(QStringLiteral("Work down the list")));
}

void TestTopicReader::coldSwitchTakesADocumentMadeInIdleTime()
{
    // Making a page's document parses the stylesheet: an empty one is made ready in idle time.
    const Topic *shortPage = openGuideWithShortPage();
    QVERIFY(shortPage);
    m_reader->showTopic(shortPage);
    QTRY_VERIFY(!m_reader->hasIdleWork());
    m_reader->forgetRenderedPages(); // a jump far away: nothing rendered or prepared
    QTRY_VERIFY(!m_reader->hasIdleWork());
    const QList<QTextDocument *> madeBefore = m_reader->findChildren<QTextDocument *>();
    m_reader->showTopic(m_guide->root());
    QVERIFY(madeBefore.contains(m_reader->document()));
    QVERIFY(m_reader->toPlainText().startsWith(QStringLiteral("Systems checklist")));

    // One made before the theme or the size of the text changed is not used.
    QTRY_VERIFY(!m_reader->hasIdleWork());
    m_reader->forgetRenderedPages();
    QTRY_VERIFY(!m_reader->hasIdleWork());
    darkenAndZoomIn();
    m_reader->forgetRenderedPages();
    m_reader->showTopic(shortPage);
    verifyDocumentFollowsTheReader();
}

void TestTopicReader::firstScreenIsShapedOnce()
{
    // The first screen keeps the glyphs its layout made, so that painting it does not shape its
    // text again. What is appended in idle time drops them, so that a long page does not hold
    // the glyphs of all its text. A neighbour prepared in idle time keeps its first screen's.
    const Topic *shortPage = openGuideWithShortPage();
    QVERIFY(shortPage);
    m_reader->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
    m_reader->showTopic(m_guide->root());
    QTextDocument *document = m_reader->document();
    QVERIFY(document->firstBlock().layout()->cacheEnabled());
    QVERIFY(m_reader->toPlainText().startsWith(QStringLiteral("Systems checklist")));
    QTRY_VERIFY(!m_reader->hasIdleWork());
    QCOMPARE(m_reader->document(), document);
    QVERIFY(!document->lastBlock().layout()->cacheEnabled());
    m_reader->showTopic(shortPage);
    QVERIFY(m_reader->document() != document);
    QVERIFY(m_reader->document()->firstBlock().layout()->cacheEnabled());
}

void TestTopicReader::firstOpenOfALongPageRendersItsStartFirst()
{
    openGuide(150);
    m_reader->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
    m_reader->showTopic(m_guide->root());
    QVERIFY(!m_reader->isPageRenderedWhole());
    QVERIFY(m_reader->toPlainText().startsWith(QStringLiteral("Systems checklist")));
    QTRY_VERIFY(!m_reader->hasIdleWork());
    QVERIFY(m_reader->isPageRenderedWhole());
    const QString shownInParts = m_reader->toPlainText();
    QVERIFY(shownInParts.contains(QStringLiteral("The zebrafinch sings last.")));

    // The same as the page rendered whole (a section of it is: the jump needs all of it).
    TopicReader whole;
    whole.setGuide(m_guide.get());
    whole.showTopic(section(QStringLiteral("Chapter 2: storage & queues")));
    QVERIFY(whole.isPageRenderedWhole());
    whole.finishLoading();
    QCOMPARE(whole.toPlainText(), shownInParts);

    // A link in the first part to a heading far down, a jump and find before the rest is
    // rendered: each renders the rest first.
    m_reader->showMessage(QStringLiteral("Elsewhere"), QString());
    m_reader->forgetRenderedPages();
    m_reader->showTopic(m_guide->root());
    QVERIFY(!m_reader->isPageRenderedWhole());
    const QString html = m_reader->document()->toHtml();
    QVERIFY(html.contains(QStringLiteral("href=\"#closing-words\"")));
    m_reader->scrollToAnchor(QStringLiteral("closing-words"));
    QVERIFY(m_reader->isPageRenderedWhole());
    QVERIFY(m_reader->verticalScrollBar()->value() > 1000);
    m_reader->showMessage(QStringLiteral("Elsewhere"), QString());
    m_reader->forgetRenderedPages();
    m_reader->showTopic(m_guide->root());
    QVERIFY(!m_reader->isPageRenderedWhole());
    QCOMPARE(m_reader->highlightMatches({ QRegularExpression(QStringLiteral("quoted reminder")) }), 150);
}

void TestTopicReader::firstScreenIsFilledWhenThePagesFirstLinesAreShort()
{
    // Many one-line paragraphs: the blocks on the page's first lines fill little of a tall
    // window, and the first screen painted must still be whole.
    QString md;
    for (int step = 1; step <= 2500; ++step)
        md += QStringLiteral("Step %1.\n\n").arg(step);
    m_fixture->write(QStringLiteral("README.md"), md.toUtf8());
    GuideLoader::Result loaded = GuideLoader().load(m_fixture->path());
    QVERIFY(loaded.guide);
    m_guide = std::move(loaded.guide);
    m_reader->setGuide(m_guide.get());
    m_reader->resize(700, 1000);
    m_reader->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_reader.get()));
    m_reader->showTopic(m_guide->root());
    QVERIFY(m_reader->toPlainText().startsWith(QStringLiteral("Step 1.")));
    QVERIFY(m_reader->document()->size().height() >= m_reader->viewport()->height());
    QTRY_VERIFY(!m_reader->hasIdleWork());
    // What the screen lacked was appended to what was set: the page as a whole renders it,
    // every step once and in order.
    CodeHighlighter highlighter;
    QTextDocument whole;
    whole.setHtml(MarkdownRenderer(highlighter).toHtml(md));
    QCOMPARE(m_reader->toPlainText().trimmed(), whole.toPlainText().trimmed());
}

QTEST_MAIN(TestTopicReader)
#include "tst_topicreader.moc"
