#include "TopicReader.h"

#include "CodeHighlighter.h"
#include "FittingImageHandler.h"
#include "Guide.h"
#include "HtmlChunks.h"
#include "MarkdownRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPalette>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <utility>

namespace {
const auto topicScheme = QStringLiteral("topic");
const auto guideScheme = QStringLiteral("guide");
constexpr qint64 maximumImageBytes = 8 * 1024 * 1024;
// Pieces of a page, in characters of HTML: Qt takes a millisecond or more for each kilobyte
// of highlighted code. The first screen is built from as many pieces as it takes to fill it;
// the rest is appended a few pieces at each turn of the event loop, for at most a few ms.
constexpr qsizetype chunkChars = 2 * 1024;
// Enough for the first screen of most pages at the reader's usual size: the pieces set at once
// stay under it (but for a first piece larger), and those a screen still lacks are appended.
constexpr qsizetype firstScreenChars = 6 * 1024;
constexpr qint64 idleSliceNanoseconds = 6 * 1000 * 1000;
// A page of Markdown opened for the first time renders the blocks on its first lines
// (more than a screenful) first, and the rest in idle time: rendering a whole page (its code
// highlighted, its HTML sanitized) before the first screen costs a cold switch most of its time.
constexpr qsizetype firstPartFromChars = 2 * 1024;
constexpr int firstPartLines = 30;
// Rendered pages kept, counted in characters of HTML: the whole bundled guide fits.
constexpr qsizetype renderedPagesChars = 8 * 1024 * 1024;
// Whole documents kept beside the open one: the two neighbours and the pages just left.
constexpr qsizetype preparedDocumentsKept = 4;

void collectPages(const Topic *topic, QList<const Topic *> &pages)
{
    if (topic->kind == Topic::Kind::Section)
        return;
    pages.append(topic);
    for (const auto &child : topic->children)
        collectPages(child.get(), pages);
}
} // namespace

TopicReader::TopicReader(QWidget *parent)
    : QTextBrowser(parent)
    , m_highlighter(std::make_unique<CodeHighlighter>())
    , m_renderer(std::make_unique<MarkdownRenderer>(*m_highlighter))
{
    setObjectName(QStringLiteral("topicReader"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(24);
    FittingImageHandler::installOn(document());
    document()->setDefaultStyleSheet(styleSheetFor(palette()));
    document()->setUndoRedoEnabled(false); // pieces appended to a long page are not edits
    connect(this, &QTextBrowser::anchorClicked, this, &TopicReader::followLink);
    m_renderedPages.setMaxCost(renderedPagesChars);
    m_idleTimer.setInterval(0);
    connect(&m_idleTimer, &QTimer::timeout, this, &TopicReader::doIdleWork);
}

TopicReader::~TopicReader() = default;

void TopicReader::setGuide(const Guide *guide)
{
    m_guide = guide;
    m_topic = nullptr;
    clearMatches();
    stopLoading();
    m_renderedPages.clear();
    dropPreparedDocuments();
    swapDocument(newPageDocument(), nullptr, false);
    m_pages.clear();
    m_pagesToPrepare.clear();
    if (guide)
        collectPages(guide->root(), m_pages);
}

QString TopicReader::styleSheetFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QString text = palette.color(QPalette::Text).name();
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    const QString link = palette.color(QPalette::Link).name();
    const QString codeBg = dark ? QStringLiteral("#1f2430") : QStringLiteral("#f4f5f7");
    const QString outputBg = dark ? QStringLiteral("#1a2a22") : QStringLiteral("#eef6f0");
    const QString tableLine = dark ? QStringLiteral("#3d444d") : QStringLiteral("#d1d9e0"); // GitHub's
    const QString page = palette.color(QPalette::Base).name();
    // Code colours chosen to read well on each background (contrast of 4.5:1 or more).
    const QString keyword = dark ? QStringLiteral("#c792ea") : QStringLiteral("#8b2fc9");
    const QString string = dark ? QStringLiteral("#c3e88d") : QStringLiteral("#2e7d32");
    const QString comment = dark ? QStringLiteral("#8a93a6") : QStringLiteral("#6a737d");
    const QString number = dark ? QStringLiteral("#f78c6c") : QStringLiteral("#b35900");
    const QString function = dark ? QStringLiteral("#82aaff") : QStringLiteral("#1a5fb4");
    const QString type = dark ? QStringLiteral("#ffcb6b") : QStringLiteral("#986801");
    return QStringLiteral(
               "body { color: %1; }"
               "h1 { font-size: x-large; margin-top: 4px; margin-bottom: 12px; }"
               "h2 { font-size: large; margin-top: 20px; margin-bottom: 8px; }"
               "h3 { font-size: medium; margin-top: 16px; margin-bottom: 6px; }"
               "p, li { line-height: 140%; }"
               "a { color: %3; text-decoration: none; }"
               "code { font-family: monospace; background-color: %4; }"
               // Long lines wrap inside their block: the page never scrolls sideways.
               "pre { font-family: monospace; margin: 0px; white-space: pre-wrap; }"
               "p.answer-show, p.answer-hide { margin-top: 2px; margin-bottom: 12px; }"
               // No table here collapses its borders: Qt then looks up each cell's neighbours
               // over and over to lay out and paint, which made pages with tables or a few code
               // blocks slow to open. A code block is a plain frame (Qt's own table type), padded
               // by a border in its background colour.
               "table.code { -qt-table-type: frame; margin-top: 6px; margin-bottom: 10px;"
               " background-color: %4; border-style: solid; border-width: 8px; border-color: %4; }"
               "table.output { -qt-table-type: frame; margin-top: 0px; margin-bottom: 12px;"
               " background-color: %5; border-style: solid; border-width: 8px; border-color: %5; }"
               "p.code-label { color: %2; font-size: small; margin: 0px 0px 4px 0px; }"
               // A table's lines are its background seen through the one-pixel gaps the
               // renderer leaves between cells, which have the page's colour.
               "table { background-color: %12; }"
               "th, td { padding: 4px 8px; background-color: %13; }"
               "th { font-weight: bold; }"
               // The text of a cell takes its background: a code block's is its own.
               "table.code td { background-color: %4; }"
               "table.output td { background-color: %5; }"
               "blockquote { color: %2; margin-left: 16px; }"
               "span.keyword { color: %6; font-weight: bold; }"
               "span.string { color: %7; }"
               "span.comment { color: %8; font-style: italic; }"
               "span.number { color: %9; }"
               "span.function { color: %10; }"
               "span.type, span.classname, span.usertype { color: %11; }"
               "span.preproc { color: %6; }")
        .arg(text, muted, link, codeBg, outputBg, keyword, string, comment, number)
        .arg(function, type, tableLine, page);
}

void TopicReader::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        retire(std::exchange(m_spareDocument, nullptr)); // made with the old font or stylesheet
    if (event->type() == QEvent::FontChange) {
        dropPreparedDocuments(); // built in the old size (QTextEdit sets the open one's font)
    } else if (event->type() == QEvent::PaletteChange) {
        // The stylesheet applies when HTML is set, so the page is set again in the new colours,
        // where the reader was.
        dropPreparedDocuments();
        document()->setDefaultStyleSheet(styleSheetFor(palette()));
        if (m_topic) {
            const int position = verticalScrollBar()->value();
            showPage(m_topic, m_loadedChunks);
            verticalScrollBar()->setValue(position);
        }
    }
}

QString TopicReader::resolveLink(const Topic *page, const QString &target, bool isImage) const
{
    if (!m_guide || !page)
        return QString();
    const QUrl url(target);
    const QString baseDir = QFileInfo(page->file).path();
    QString relative = QDir::cleanPath((baseDir == QLatin1String(".") ? QString() : baseDir + QLatin1Char('/'))
                                       + url.path(QUrl::FullyDecoded));
    if (relative.startsWith(QLatin1String("../")) || relative == QLatin1String("..") || relative.startsWith(QLatin1Char('/')))
        return QString(); // outside the guide folder
    if (isImage) {
        QUrl image;
        image.setScheme(guideScheme);
        image.setPath(relative);
        return image.toString();
    }
    if (relative.endsWith(QLatin1Char('/')) || QFileInfo(relative).suffix().isEmpty())
        relative += QStringLiteral("/index.md");
    relative = QDir::cleanPath(relative);
    const Topic *topic = m_guide->topicForFile(relative);
    if (!topic) {
        const QString folder = QFileInfo(relative).path();
        topic = m_guide->topicForFile(folder + QStringLiteral("/README.md"));
    }
    if (!topic)
        return QString();
    QUrl link;
    link.setScheme(topicScheme);
    link.setPath(topic->id);
    if (url.hasFragment())
        link.setFragment(url.fragment());
    return link.toString();
}

QString TopicReader::pageHtml(const Topic *topic, bool forPrint, int firstLines, bool *cut) const
{
    const Topic *page = topic->page();
    const auto resolver = [this, page](const QString &target, bool isImage) { return resolveLink(page, target, isImage); };
    MarkdownRenderer::Options options;
    options.resolver = resolver;
    options.pageId = page->id;
    options.isTaskDone = m_isTaskDone;
    options.openDetails = m_openDetails;
    options.folding.fold = !m_showAnswers && !forPrint;
    options.folding.unfolded = m_unfolded;
    options.firstLines = firstLines;
    QString html = m_renderer->toHtml(page->markdown, options, cut);
    if (cut && *cut)
        return html; // the rest, and what follows the page's text, come with the whole page
    if (page->markdown.trimmed().isEmpty())
        html.prepend(QStringLiteral("<h1>") + page->title.toHtmlEscaped() + QStringLiteral("</h1>"));
    if ((page->kind == Topic::Kind::Folder || page->kind == Topic::Kind::Root) && !page->children.empty()) {
        html += QStringLiteral("<h3>") + tr("In this part").toHtmlEscaped() + QStringLiteral("</h3><ul>");
        for (const auto &child : page->children) {
            QUrl link;
            link.setScheme(topicScheme);
            link.setPath(child->id);
            html += QStringLiteral("<li><a href=\"") + link.toString().toHtmlEscaped() + QStringLiteral("\">")
                + child->title.toHtmlEscaped() + QStringLiteral("</a></li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

void TopicReader::showTopic(const Topic *topic)
{
    if (!topic)
        return;
    const Topic *previousPage = m_topic ? m_topic->page() : nullptr;
    m_topic = topic;
    if (previousPage != topic->page() || document()->isEmpty()) {
        m_openDetails.clear();
        m_unfolded.clear(); // answers opened on another page stay closed here
        showPage(topic);
    }
    if (topic->kind == Topic::Kind::Section)
        scrollToAnchor(topic->anchor);
    else
        verticalScrollBar()->setValue(0);
}

void TopicReader::scrollToAnchor(const QString &name)
{
    if (name.isEmpty())
        return;
    renderRestOfPage(); // the anchor may be further down
    const QString written = QStringLiteral("name=\"") + name.toHtmlEscaped() + QLatin1Char('"');
    for (qsizetype i = 0; i < m_pendingChunks.size(); ++i) {
        if (m_pendingChunks.at(i).contains(written)) {
            // The piece after it too: room below the heading to scroll it to the top.
            for (qsizetype n = 0; n < i + 2 && !m_pendingChunks.isEmpty(); ++n)
                appendNextChunk();
            break;
        }
    }
    QTextBrowser::scrollToAnchor(name);
}

void TopicReader::setShowAnswers(bool show)
{
    if (m_showAnswers == show)
        return;
    m_showAnswers = show;
    forgetRenderedPages();
    refreshPage();
}

QStringList TopicReader::pageChunks(const Topic *page)
{
    // Answers opened or <details> unfolded are the learner's doing on the open page only.
    const bool usualState = m_unfolded.isEmpty() && m_openDetails.isEmpty();
    if (usualState) {
        if (const QStringList *kept = m_renderedPages.object(page))
            return *kept;
    }
    const QString html = pageHtml(page);
    if (usualState)
        return keepRenderedPage(page, html);
    return HtmlChunks::split(html, chunkChars, chunkChars);
}

QStringList TopicReader::keepRenderedPage(const Topic *page, const QString &html)
{
    const QStringList chunks = HtmlChunks::split(html, chunkChars, chunkChars);
    m_renderedPages.insert(page, new QStringList(chunks), html.size());
    return chunks;
}

void TopicReader::showPage(const Topic *topic, int minimumChunks)
{
    clearMatches(); // they point into the document about to be replaced
    const bool shownWhole = isDocumentWhole();
    stopLoading();
    const Topic *page = topic->page();
    const bool usualState = m_unfolded.isEmpty() && m_openDetails.isEmpty();
    if (PreparedDocument prepared = usualState ? takePreparedDocument(page) : PreparedDocument(); prepared.document) {
        // Built in idle time: only its first screen is left to lay out, and that once, with
        // the scroll bar it needs there from the start.
        const bool showScrollBar = isVisible() && verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded
            && !verticalScrollBar()->isVisible() && prepared.document->size().height() > viewport()->height();
        if (showScrollBar)
            setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        swapDocument(prepared.document, page, shownWhole);
        m_loadedChunks = prepared.chunkCount;
        if (showScrollBar)
            setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    } else {
        bool cut = false;
        bool renderedWhole = false;
        int firstLines = firstPartLines;
        if (usualState && minimumChunks <= 1 && topic->kind != Topic::Kind::Section
            && page->markdown.size() >= firstPartFromChars && !m_renderedPages.contains(page)) {
            m_firstPartHtml = pageHtml(page, false, firstLines, &cut);
            renderedWhole = !cut;
        }
        if (cut) {
            m_unrenderedPage = page;
            m_pendingChunks = HtmlChunks::split(m_firstPartHtml, chunkChars, chunkChars);
        } else {
            // Nothing left out: what was rendered is the whole page, not to be rendered again.
            m_pendingChunks = renderedWhole ? keepRenderedPage(page, m_firstPartHtml) : pageChunks(page);
            m_firstPartHtml.clear();
        }
        swapDocument(newPageDocument(), page, shownWhole);
        // A page longer than the screen: the scroll bar shown first, so that it does not
        // appear while the first screen is laid out and have it laid out again narrower.
        const bool showScrollBar = (m_pendingChunks.size() > 1 || m_unrenderedPage) && isVisible()
            && verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded && !verticalScrollBar()->isVisible();
        if (showScrollBar)
            setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        // The first screen whole (laying it out costs nothing more: painting it needs that),
        // and as much as was shown before a refresh, set at once. A piece that would take the
        // HTML set past what a screen usually needs waits until the screen is seen not to be
        // full: pieces end only after a paragraph, heading or list, so one piece may hold many
        // code blocks and tables, and setting what is not on screen cost a cold switch most of
        // its time. What the screen still lacks is appended, not set again with what is there.
        int shown = 0;
        while (true) {
            if (shown == 0) {
                QString html;
                int count = 0;
                for (const QString &chunk : std::as_const(m_pendingChunks)) {
                    if (count >= minimumChunks && count > 0 && html.size() + chunk.size() > firstScreenChars)
                        break;
                    html += chunk;
                    ++count;
                }
                setPageHtml(document(), html, Glyphs::Kept);
                shown = count;
            } else if (shown < m_pendingChunks.size()) {
                appendHtml(document(), m_pendingChunks.at(shown), Glyphs::Kept);
                ++shown;
            }
            // A hidden reader has no width to lay out at: it shows the first pieces only.
            if (!isVisible() || document()->size().height() >= viewport()->height())
                break;
            if (shown == m_pendingChunks.size()) {
                if (!m_unrenderedPage)
                    break;
                // The first lines do not fill the screen (short lines, a tall window): more of
                // them, so that the first screen painted is whole.
                firstLines *= 4;
                // Every piece of the part rendered so far is in the document, and a larger part
                // starts with it: what it adds is appended. (The part, not its pieces joined:
                // pieces are trimmed.)
                const QString shownPart = m_firstPartHtml;
                bool cutAgain = false;
                QString more = pageHtml(page, false, firstLines, &cutAgain);
                if (cutAgain) {
                    m_firstPartHtml = more;
                } else {
                    m_unrenderedPage = nullptr;
                    m_firstPartHtml.clear();
                    keepRenderedPage(page, more);
                }
                if (more.startsWith(shownPart)) {
                    const QString rest = more.mid(shownPart.size());
                    if (!rest.trimmed().isEmpty())
                        m_pendingChunks += HtmlChunks::split(rest, chunkChars, chunkChars);
                } else {
                    m_pendingChunks = HtmlChunks::split(more, chunkChars, chunkChars);
                    shown = 0;
                }
            }
        }
        m_pendingChunks.remove(0, shown);
        m_loadedChunks = shown;
        if (showScrollBar)
            setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
    m_documentReusable = usualState;
    // Then the neighbours, so that the next and the previous page are ready.
    const qsizetype at = m_pages.indexOf(page);
    if (at >= 0) {
        if (at + 1 < m_pages.size())
            m_pagesToPrepare.append(m_pages.at(at + 1));
        if (at > 0)
            m_pagesToPrepare.append(m_pages.at(at - 1));
    }
    if (hasIdleWork())
        m_idleTimer.start();
}

void TopicReader::forgetHighlightedCode()
{
    m_highlighter->forgetRecent();
}

QTextDocument *TopicReader::newPageDocument()
{
    if (QTextDocument *spare = std::exchange(m_spareDocument, nullptr)) {
        m_idleTimer.start(); // to make the next one
        return spare;
    }
    return makePageDocument();
}

QTextDocument *TopicReader::makePageDocument()
{
    auto *document = new QTextDocument(this);
    document->setDocumentMargin(24);
    FittingImageHandler::installOn(document);
    document->setDefaultStyleSheet(styleSheetFor(palette()));
    document->setDefaultFont(font());
    document->setUndoRedoEnabled(false); // pieces appended to a long page are not edits
    return document;
}

void TopicReader::swapDocument(QTextDocument *document, const Topic *page, bool keepShown)
{
    QTextDocument *shown = this->document();
    const Topic *shownPage = m_documentPage;
    const int shownChunks = m_loadedChunks;
    const bool ours = shown->parent() == this; // QTextEdit deletes the first one, its own
    setDocument(document);
    m_documentPage = page;
    m_documentReusable = false;
    m_loadedChunks = 0;
    if (!ours)
        return;
    if (keepShown && shownPage && shownPage != page && !isPrepared(shownPage)) {
        m_preparedDocuments.prepend({ shownPage, shown, {}, shownChunks });
        while (m_preparedDocuments.size() > preparedDocumentsKept)
            retire(m_preparedDocuments.takeLast().document);
    } else {
        retire(shown);
    }
}

TopicReader::PreparedDocument TopicReader::takePreparedDocument(const Topic *page)
{
    for (qsizetype i = 0; i < m_preparedDocuments.size(); ++i) {
        if (m_preparedDocuments.at(i).page == page)
            return m_preparedDocuments.takeAt(i);
    }
    return {};
}

bool TopicReader::isPrepared(const Topic *page) const
{
    return std::any_of(m_preparedDocuments.cbegin(), m_preparedDocuments.cend(),
                       [page](const PreparedDocument &prepared) { return prepared.page == page; });
}

void TopicReader::dropPreparedDocuments()
{
    for (const PreparedDocument &prepared : std::as_const(m_preparedDocuments))
        retire(prepared.document);
    m_preparedDocuments.clear();
    retire(m_preparing.document);
    m_preparing = {};
    m_documentReusable = false; // what made them stale holds for the open page too
}

bool TopicReader::prepareNextDocument()
{
    if (!m_preparing.document) {
        // Answers opened or <details> unfolded on the open page would show on the others too.
        if (!m_unfolded.isEmpty() || !m_openDetails.isEmpty()) {
            m_pagesToPrepare.clear();
            return false;
        }
        while (!m_pagesToPrepare.isEmpty()) {
            const Topic *page = m_pagesToPrepare.takeFirst();
            if (page == m_documentPage || isPrepared(page))
                continue;
            // Rendering is this turn's work; building the document the next turns'.
            m_preparing.page = page;
            m_preparing.pendingChunks = pageChunks(page);
            m_preparing.chunkCount = int(m_preparing.pendingChunks.size());
            m_preparing.document = newPageDocument();
            return true;
        }
        return false;
    }
    QElapsedTimer slice;
    slice.start();
    do {
        const bool first = m_preparing.pendingChunks.size() == m_preparing.chunkCount;
        const QString chunk = m_preparing.pendingChunks.takeFirst();
        if (first)
            setPageHtml(m_preparing.document, chunk, Glyphs::Kept); // the first screen
        else
            appendHtml(m_preparing.document, chunk);
    } while (!m_preparing.pendingChunks.isEmpty() && slice.nsecsElapsed() < idleSliceNanoseconds);
    if (m_preparing.pendingChunks.isEmpty()) {
        // Laid out here at the reader's width, the first time a document is laid out at all
        // (at no width: every paragraph one long line) stays out of the switch.
        m_preparing.document->setPageSize(QSizeF(viewport()->width(), -1));
        m_preparing.document->documentLayout();
        m_preparedDocuments.prepend(m_preparing);
        m_preparing = {};
        while (m_preparedDocuments.size() > preparedDocumentsKept)
            retire(m_preparedDocuments.takeLast().document);
    }
    return true;
}

void TopicReader::renderRestOfPage()
{
    const Topic *page = std::exchange(m_unrenderedPage, nullptr);
    const QString part = std::exchange(m_firstPartHtml, QString());
    if (!page)
        return;
    const QString whole = pageHtml(page);
    QStringList chunks = HtmlChunks::split(part, chunkChars, chunkChars);
    if (!whole.startsWith(part)) {
        // Not the start of the whole page after all (raw HTML the cut did not see closing):
        // the whole page set again, where the reader was.
        m_renderedPages.insert(page, new QStringList(HtmlChunks::split(whole, chunkChars, chunkChars)), whole.size());
        const int position = verticalScrollBar()->value();
        showPage(m_topic, m_loadedChunks);
        verticalScrollBar()->setValue(position);
        return;
    }
    const QString rest = whole.mid(part.size());
    if (!rest.trimmed().isEmpty()) {
        const QStringList restChunks = HtmlChunks::split(rest, chunkChars, chunkChars);
        m_pendingChunks += restChunks;
        chunks += restChunks;
    }
    m_renderedPages.insert(page, new QStringList(chunks), whole.size());
    if (!m_idleTimer.isActive())
        m_idleTimer.start();
}

void TopicReader::appendNextChunk()
{
    if (m_pendingChunks.isEmpty())
        return;
    appendHtml(document(), m_pendingChunks.takeFirst());
    ++m_loadedChunks;
}


// Keeps the glyphs of the blocks from POSITION on, to be set before they are laid out.
static void keepGlyphsFrom(QTextDocument *document, int position)
{
    for (QTextBlock block = document->findBlock(position); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

void TopicReader::setPageHtml(QTextDocument *document, const QString &html, Glyphs glyphs)
{
    // The document is laid out when the outer edit block ends, after the glyphs are kept.
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    document->setHtml(html);
    if (glyphs == Glyphs::Kept)
        keepGlyphsFrom(document, 0);
    cursor.endEditBlock();
}

void TopicReader::appendHtml(QTextDocument *document, const QString &html, Glyphs glyphs)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    const int end = cursor.position();
    // Inserted HTML merges its first block into the document's last one, which would lose the
    // block's own format (a heading would become part of a paragraph). A one-letter paragraph
    // takes that place and is removed after.
    cursor.insertHtml(QStringLiteral("<p>x</p>") + html);
    cursor.setPosition(end);
    cursor.setPosition(end + 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (glyphs == Glyphs::Kept)
        keepGlyphsFrom(document, end);
    cursor.endEditBlock();
}

void TopicReader::finishLoading()
{
    renderRestOfPage();
    while (!m_pendingChunks.isEmpty())
        appendNextChunk();
}

void TopicReader::stopLoading()
{
    m_pendingChunks.clear();
    m_unrenderedPage = nullptr;
    m_firstPartHtml.clear();
    m_pagesToPrepare.clear();
    retire(m_preparing.document);
    m_preparing = {};
    if (!hasIdleWork())
        m_idleTimer.stop();
}

void TopicReader::retire(QTextDocument *document)
{
    if (!document)
        return;
    m_retiredDocuments.append(document);
    m_idleTimer.start();
}

void TopicReader::doIdleWork()
{
    // One piece of work per turn of the event loop: input and painting come in between.
    if (!m_retiredDocuments.isEmpty()) {
        delete m_retiredDocuments.takeLast();
    } else if (!m_pendingChunks.isEmpty()) {
        QElapsedTimer slice;
        slice.start();
        do
            appendNextChunk();
        while (!m_pendingChunks.isEmpty() && slice.nsecsElapsed() < idleSliceNanoseconds);
    } else if (m_unrenderedPage) {
        renderRestOfPage();
    } else if (!prepareNextDocument() && m_guide && !m_spareDocument) {
        m_spareDocument = makePageDocument();
    }
    if (!hasIdleWork())
        m_idleTimer.stop();
}

void TopicReader::showMessage(const QString &title, const QString &text)
{
    m_topic = nullptr;
    clearMatches();
    const bool shownWhole = isDocumentWhole();
    stopLoading();
    swapDocument(newPageDocument(), nullptr, shownWhole);
    setHtml(QStringLiteral("<h2>") + title.toHtmlEscaped() + QStringLiteral("</h2><p>") + text.toHtmlEscaped()
            + QStringLiteral("</p>"));
}

void TopicReader::refreshPage()
{
    if (!m_topic)
        return;
    const int position = verticalScrollBar()->value();
    // What the learner ticked or opened shows from now on: nothing rendered before may stay.
    forgetRenderedPages();
    showPage(m_topic, m_loadedChunks);
    verticalScrollBar()->setValue(position);
}

void TopicReader::followLink(const QUrl &url)
{
    if (const auto task = MarkdownRenderer::taskFromLink(url)) {
        emit taskLinkActivated(*task);
    } else if (const auto details = MarkdownRenderer::detailsFromLink(url)) {
        if (!m_openDetails.remove(*details))
            m_openDetails.insert(*details);
        refreshPage();
    } else if (url.scheme() == topicScheme) {
        emit topicLinkActivated(url.path(), url.fragment());
    } else if (url.scheme() == AnswerFolding::scheme() && m_topic) {
        bool ok = false;
        const int card = url.path().toInt(&ok);
        if (!ok)
            return;
        if (!m_unfolded.remove(card))
            m_unfolded.insert(card);
        refreshPage(); // laid out again where the learner was reading
    } else if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
    } else if (MarkdownRenderer::isSafeExternalUrl(url.toString())) {
        QDesktopServices::openUrl(url);
    }
    // Anything else (file:, javascript:, data:, ...) is ignored on purpose.
}

QVariant TopicReader::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || name.scheme() != guideScheme || !m_guide)
        return QVariant();
    const QString relative = QDir::cleanPath(name.path());
    if (relative.startsWith(QLatin1String("..")) || relative.startsWith(QLatin1Char('/')))
        return QVariant();
    const QString root = m_guide->rootPath();
    const QFileInfo info(root + QLatin1Char('/') + relative);
    if (!root.startsWith(QLatin1Char(':'))) {
        const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
        if (!info.canonicalFilePath().startsWith(canonicalRoot + QLatin1Char('/')))
            return QVariant(); // a link out of the guide folder
    }
    if (!info.isFile() || info.size() > maximumImageBytes)
        return QVariant();
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return QVariant();
    QImage image;
    image.loadFromData(file.readAll());
    return image.isNull() ? QVariant() : QVariant(image);
}

int TopicReader::highlightMatches(const QList<QRegularExpression> &patterns)
{
    m_matches.clear();
    m_currentMatch = -1;
    if (!patterns.isEmpty())
        finishLoading(); // find covers the whole page
    for (const QRegularExpression &pattern : patterns) {
        if (!pattern.isValid() || pattern.pattern().isEmpty())
            continue;
        QTextCursor found(document());
        while (true) {
            found = document()->find(pattern, found);
            if (found.isNull() || !found.hasSelection())
                break;
            m_matches.append(found);
        }
    }
    // Document order, so that "next" walks down the page whatever the order of the patterns.
    std::sort(m_matches.begin(), m_matches.end(),
              [](const QTextCursor &a, const QTextCursor &b) { return a.selectionStart() < b.selectionStart(); });
    if (!m_matches.isEmpty()) {
        // In a section of a long page, the first match to show is the section's own.
        const int from = m_topic && m_topic->kind == Topic::Kind::Section ? anchorPosition(m_topic->anchor) : 0;
        const auto first = std::find_if(m_matches.cbegin(), m_matches.cend(),
                                        [from](const QTextCursor &match) { return match.selectionStart() >= from; });
        m_currentMatch = first == m_matches.cend() ? 0 : int(first - m_matches.cbegin());
    }
    showMatches();
    return int(m_matches.size());
}

QList<QPair<int, QString>> TopicReader::anchors() const
{
    QList<QPair<int, QString>> out;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            for (const QString &name : fragment.fragment().charFormat().anchorNames())
                out.append({ fragment.fragment().position(), name });
        }
    }
    return out;
}

int TopicReader::anchorPosition(const QString &name) const
{
    if (name.isEmpty())
        return 0;
    for (const auto &[position, anchor] : anchors()) {
        if (anchor == name)
            return position;
    }
    return 0;
}

bool TopicReader::goToMatch(bool backward)
{
    if (m_matches.isEmpty())
        return false;
    const int count = int(m_matches.size());
    m_currentMatch = (m_currentMatch + (backward ? count - 1 : 1)) % count;
    showMatches();
    return true;
}

void TopicReader::showMatches()
{
    // The palette's highlight for the current match, a softer mark for the others, so that
    // both read in light and dark themes.
    QColor others = palette().color(QPalette::Highlight);
    others.setAlpha(70);
    QList<ExtraSelection> selections;
    for (int i = 0; i < m_matches.size(); ++i) {
        ExtraSelection selection;
        selection.cursor = m_matches.at(i);
        if (i == m_currentMatch) {
            selection.format.setBackground(palette().color(QPalette::Highlight));
            selection.format.setForeground(palette().color(QPalette::HighlightedText));
        } else {
            selection.format.setBackground(others);
        }
        selections.append(selection);
    }
    setExtraSelections(selections);
    if (m_currentMatch >= 0) {
        QTextCursor cursor = m_matches.at(m_currentMatch);
        cursor.clearSelection();
        setTextCursor(cursor);
        ensureCursorVisible();
    }
}

std::unique_ptr<QTextDocument> TopicReader::printDocument(const Topic *branch)
{
    // Parented to the reader so that images load through loadResource() as on screen; the
    // caller owns it all the same.
    auto document = std::make_unique<QTextDocument>(this);
    FittingImageHandler::installOn(document.get()); // a wide picture fits the paper too
    document->setDefaultStyleSheet(styleSheetFor(QPalette(Qt::black, Qt::white)));
    document->setDocumentMargin(0);
    if (!branch)
        return document;
    QString html;
    std::function<void(const Topic *)> add = [&](const Topic *topic) {
        if (topic->kind == Topic::Kind::Section)
            return; // part of its page, printed with it
        if (!html.isEmpty())
            html += QStringLiteral("<div style=\"page-break-before: always\"></div>");
        html += pageHtml(topic, true);
        for (const auto &child : topic->children)
            add(child.get());
    };
    add(branch->page());
    document->setHtml(html);
    return document;
}
