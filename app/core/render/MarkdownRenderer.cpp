#include "MarkdownRenderer.h"

#include "CmarkDocument.h"
#include "CodeHighlighter.h"
#include "GuideLoader.h"
#include "HeadingAnchors.h"
#include "HtmlAnchors.h"
#include "HtmlSanitizer.h"
#include "MarkdownStructure.h"
#include "TaskKeys.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <iterator>

namespace {

cmark_node *newHtmlBlock(const QString &html)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_HTML_BLOCK);
    cmark_node_set_literal(node, html.toUtf8().constData());
    return node;
}

void replaceNode(cmark_node *old, cmark_node *replacement)
{
    cmark_node_replace(old, replacement);
    cmark_node_free(old);
}

// Moves a link's children out in front of it and removes the link, keeping its text.
void unwrapLink(cmark_node *link)
{
    while (cmark_node *child = cmark_node_first_child(link))
        cmark_node_insert_before(link, child);
    cmark_node_free(link);
}

QString codeBlockHtml(CodeHighlighter &highlighter, const QString &info, const QString &code)
{
    const QString language = info.section(QLatin1Char(' '), 0, 0).toLower();
    const QString tag = info.mid(language.size()).trimmed();
    QString body = code;
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    if (language == QLatin1String("output")) {
        return QStringLiteral("<table class=\"output\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td>"
                              "<p class=\"code-label\">Output</p><pre class=\"output\">")
            + body.toHtmlEscaped() + QStringLiteral("</pre></td></tr></table>\n");
    }
    QString label;
    if (tag.startsWith(QLatin1String("no-run"))) {
        QString reason = tag.mid(6).trimmed();
        if (reason.startsWith(QLatin1Char(':')))
            reason = reason.mid(1).trimmed();
        label = QStringLiteral("Not run here: ") + reason.toHtmlEscaped();
    } else if (tag.startsWith(QLatin1String("min-python:"))) {
        label = QStringLiteral("Needs Python ") + tag.mid(11).trimmed().toHtmlEscaped();
    } else if (tag.startsWith(QLatin1String("needs:"))) {
        label = QStringLiteral("Needs ") + tag.mid(6).trimmed().toHtmlEscaped();
    } else if (!language.isEmpty() && language != QLatin1String("text")) {
        label = language.toHtmlEscaped();
    }
    QString html = QStringLiteral("<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td>");
    if (!label.isEmpty())
        html += QStringLiteral("<p class=\"code-label\">") + label + QStringLiteral("</p>");
    html += QStringLiteral("<pre class=\"code\">") + highlighter.toHtml(body, language)
        + QStringLiteral("</pre></td></tr></table>\n");
    return html;
}

// An HTML block that is one comment and nothing else, such as a card's "<!-- id: ... -->".
bool isCommentOnly(const QString &html)
{
    const QString t = html.trimmed();
    return t.startsWith(QLatin1String("<!--")) && t.indexOf(QLatin1String("-->"), 4) == t.size() - 3;
}

// How many elements HTML opens that it does not close (negative when it closes more): raw HTML
// left open at the end of a block takes the blocks after it in.
int openedElements(const QString &html)
{
    static const QLatin1String voids[] = { QLatin1String("br"),  QLatin1String("img"),  QLatin1String("hr"),
                                           QLatin1String("input"), QLatin1String("meta"), QLatin1String("link"),
                                           QLatin1String("col"), QLatin1String("area"), QLatin1String("base"),
                                           QLatin1String("wbr"), QLatin1String("source") };
    int depth = 0;
    qsizetype i = 0;
    while ((i = html.indexOf(QLatin1Char('<'), i)) >= 0) {
        if (QStringView(html).mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            if (end < 0)
                return depth + 1; // an open comment swallows what follows
            i = end + 3;
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), i + 1);
        if (close < 0)
            return depth + 1;
        const bool closing = html.at(i + 1) == QLatin1Char('/');
        qsizetype nameEnd = i + (closing ? 2 : 1);
        while (nameEnd < close && html.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        const QStringView name = QStringView(html).mid(i + (closing ? 2 : 1), nameEnd - i - (closing ? 2 : 1));
        if (!name.isEmpty()) {
            const bool isVoid = std::any_of(std::begin(voids), std::end(voids), [name](const QLatin1String &v) {
                return name.compare(v, Qt::CaseInsensitive) == 0;
            });
            if (closing)
                --depth;
            else if (!isVoid && html.at(close - 1) != QLatin1Char('/'))
                ++depth;
        }
        i = close + 1;
    }
    return depth;
}

// The start of the box the renderer puts at the start of a task item, as a link to tick or as
// the box alone. The sanitizer drops every class an author writes, so only ours is found.
const QLatin1String kTaskBoxLink("<a class=\"task\"");
const QLatin1String kTaskBoxShown("<span class=\"task\">");

// Gives every table of the page (cmark's "<table>", or the sanitizer's with an align) gaps of
// one pixel between its cells: Qt reads cell spacing from this attribute only, and the reader
// draws a table's lines as its background seen through those gaps (see
// TopicReader::styleSheetFor). Code blocks say their own spacing and are left as they are.
QString withOnePixelCellSpacing(QString html)
{
    html.replace(QLatin1String("<table>"), QLatin1String("<table cellspacing=\"1\">"));
    html.replace(QLatin1String("<table align="), QLatin1String("<table cellspacing=\"1\" align="));
    return html;
}

// GitHub styles a task item with list-style-type: none, so that its box stands where the bullet
// would be; Qt's text document draws no bullet for an item with that style either. Items of the
// same list without a box keep their bullet.
QString withoutBulletsOnTaskItems(const QString &html)
{
    static const QLatin1String item("<li>");
    static const QLatin1String paragraph("<p>");
    QString out;
    out.reserve(html.size() + html.size() / 16);
    qsizetype copied = 0;
    qsizetype at = 0;
    while ((at = html.indexOf(item, at)) >= 0) {
        qsizetype box = at + item.size();
        while (box < html.size() && html.at(box).isSpace())
            ++box;
        if (QStringView(html).mid(box, paragraph.size()) == paragraph)
            box += paragraph.size();
        const QStringView rest = QStringView(html).mid(box);
        if (rest.startsWith(kTaskBoxLink) || rest.startsWith(kTaskBoxShown)) {
            out += QStringView(html).mid(copied, at - copied);
            out += QLatin1String("<li style=\"list-style-type: none\">");
            copied = at + item.size();
        }
        at += item.size();
    }
    if (copied == 0)
        return html;
    out += QStringView(html).mid(copied);
    return out;
}

} // namespace

MarkdownRenderer::MarkdownRenderer(CodeHighlighter &highlighter)
    : m_highlighter(highlighter)
{
}

bool MarkdownRenderer::isSafeExternalUrl(const QString &url)
{
    const QUrl u(url);
    const QString scheme = u.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto");
}

QString MarkdownRenderer::taskLink(const QString &taskId)
{
    return QStringLiteral("task:") + QString::fromLatin1(QUrl::toPercentEncoding(taskId));
}

std::optional<QString> MarkdownRenderer::taskFromLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("task"))
        return std::nullopt;
    const QString encoded = url.toString(QUrl::FullyEncoded).mid(5);
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

std::optional<int> MarkdownRenderer::detailsFromLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("details"))
        return std::nullopt;
    bool ok = false;
    const int index = url.path().toInt(&ok);
    return ok && index >= 0 ? std::optional<int>(index) : std::nullopt;
}

QString MarkdownRenderer::toHtml(const QString &markdown, const LinkResolver &resolver) const
{
    Options options;
    options.resolver = resolver;
    return toHtml(markdown, options);
}

QString MarkdownRenderer::toHtml(const QString &markdown, const Options &options, bool *cut) const
{
    if (cut)
        *cut = false;
    CmarkDocument doc(markdown);
    cmark_node *root = doc.root();

    // Collect first: the tree may not change under the iterator. The same walk gives headings
    // their anchors in document order, as GitHub numbers them, and finds the page's anchors.
    QList<cmark_node *> nodes;
    QStringList pageAnchors;
    QHash<cmark_node *, QString> headingAnchors;
    QHash<cmark_node *, QString> taskIds;
    HeadingAnchors anchors;
    TaskKeys taskKeys;
    QString currentAnchor;
    bool rawHtml = false;
    // Where a first part may end: before the first top-level block past firstLines with no
    // raw HTML left open. Footnotes point across the page: a page with them is never cut.
    QList<int> topLevelOf; // for each of nodes, which top-level block it is in
    QList<cmark_node *> topLevelNodes;
    int topLevel = -1;
    int openHtml = 0;
    int cutBefore = -1;
    bool footnotes = false;
    // Card answers folded away in testing mode: nothing in them is rendered (their code is not
    // highlighted), and the first lines counted are the lines shown.
    const QSet<cmark_node *> hidden = options.folding.hiddenBlocks(root);
    int hiddenLines = 0; // lines of the file folded away before the block at hand
    int hiddenFrom = -1; // where the folded blocks just passed began
    bool inHidden = false;
    cmark_iter *iter = cmark_iter_new(root);
    for (auto ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        if (cmark_node_parent(node) == root) {
            ++topLevel;
            topLevelNodes.append(node);
            const int line = cmark_node_get_start_line(node);
            inHidden = hidden.contains(node);
            if (inHidden && hiddenFrom < 0) {
                hiddenFrom = line;
            } else if (!inHidden && hiddenFrom >= 0) {
                hiddenLines += line - hiddenFrom;
                hiddenFrom = -1;
            }
            if (options.firstLines > 0 && cutBefore < 0 && openHtml == 0 && !inHidden && line - hiddenLines > options.firstLines)
                cutBefore = topLevel;
        }
        if (!inHidden) {
            nodes.append(node);
            topLevelOf.append(topLevel);
        }
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_FOOTNOTE_DEFINITION:
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            footnotes = true;
            break;
        case CMARK_NODE_HEADING: {
            currentAnchor = anchors.next(CmarkDocument::headingText(node));
            if (currentAnchor.isNull())
                currentAnchor = QLatin1String("");
            headingAnchors.insert(node, currentAnchor);
            pageAnchors.append(currentAnchor);
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: {
            const QString html = CmarkDocument::literal(node);
            if (cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE || !isCommentOnly(html))
                rawHtml = true;
            if (cutBefore < 0 && openHtml >= 0)
                openHtml += openedElements(html);
            if (HtmlAnchors::mayHoldAnchor(html))
                pageAnchors += HtmlAnchors::in(html);
            break;
        }
        case CMARK_NODE_ITEM:
            if (TaskKeys::isTask(node))
                taskIds.insert(node, MarkdownStructure::taskId(options.pageId, currentAnchor,
                                                               taskKeys.next(currentAnchor, TaskKeys::itemText(node))));
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    if (cutBefore >= 0 && !footnotes) {
        // The blocks after the cut go before anything costly (highlighting, sanitizing) is done.
        const qsizetype firstLeftOut = std::distance(topLevelOf.cbegin(), std::find(topLevelOf.cbegin(), topLevelOf.cend(), cutBefore));
        nodes.resize(firstLeftOut);
        for (qsizetype i = cutBefore; i < topLevelNodes.size(); ++i)
            cmark_node_free(topLevelNodes.at(i));
        if (cut)
            *cut = true;
    }

    // The renderer's own HTML goes into the tree as it is when nothing on the page needs the
    // sanitizer, and otherwise as a numbered comment that the sanitizer replaces by it.
    const QString slotPrefix = QStringLiteral("sg-slot-%1-").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    QStringList trustedParts;
    auto trusted = [&](const QString &html) -> QString {
        if (!rawHtml)
            return html;
        trustedParts.append(html);
        return QStringLiteral("<!--") + slotPrefix + QString::number(trustedParts.size() - 1) + QStringLiteral("-->");
    };
    auto urlFor = [&](const QString &written, bool isImage) -> QString {
        const QString url = written.trimmed();
        if (url.startsWith(QLatin1Char('#'))) {
            const QString found = GuideLoader::findAnchor(pageAnchors, url.mid(1));
            return found.isNull() ? url : QLatin1Char('#') + found;
        }
        if (!isImage && isSafeExternalUrl(url))
            return url;
        if (QUrl(url).scheme().isEmpty() && options.resolver)
            return options.resolver(url, isImage);
        return QString();
    };

    for (cmark_node *node : nodes) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: {
            cmark_node *a = cmark_node_new(CMARK_NODE_HTML_INLINE);
            const QString anchor = headingAnchors.value(node);
            cmark_node_set_literal(a, (QStringLiteral("<a name=\"") + anchor.toHtmlEscaped() + QStringLiteral("\"></a>")).toUtf8().constData());
            cmark_node_prepend_child(node, a);
            break;
        }
        case CMARK_NODE_HTML_BLOCK:
            if (isCommentOnly(CmarkDocument::literal(node)))
                cmark_node_free(node);
            break;
        case CMARK_NODE_CODE_BLOCK:
            replaceNode(node, newHtmlBlock(trusted(codeBlockHtml(m_highlighter, QString::fromUtf8(cmark_node_get_fence_info(node)).trimmed(),
                                                                 CmarkDocument::literal(node)))));
            break;
        case CMARK_NODE_ITEM: {
            const auto task = taskIds.constFind(node);
            if (task == taskIds.constEnd())
                break;
            const bool inFile = TaskKeys::isChecked(node);
            const bool done = options.isTaskDone ? options.isTaskDone(*task, inFile) : inFile;
            const QString box = done ? QStringLiteral("\u2611") : QStringLiteral("\u2610");
            QString html = !options.isTaskDone
                ? QString(kTaskBoxShown + box + QStringLiteral("</span>"))
                : kTaskBoxLink + QStringLiteral(" href=\"") + taskLink(*task).toHtmlEscaped() + QStringLiteral("\">") + box
                    + QStringLiteral("</a>");
            html += QLatin1Char(' ');
            cmark_node *inline_ = cmark_node_new(CMARK_NODE_HTML_INLINE);
            cmark_node_set_literal(inline_, trusted(html).toUtf8().constData());
            cmark_node *first = cmark_node_first_child(node);
            if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
                cmark_node_prepend_child(first, inline_);
            } else {
                cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
                cmark_node_append_child(paragraph, inline_);
                cmark_node_prepend_child(node, paragraph);
            }
            // A plain list item from here on: the box is ours, not a form control.
            cmark_node_set_syntax_extension(node, nullptr);
            break;
        }
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
            if (rawHtml)
                break; // the sanitizer applies the same rules to every link of the page
            const bool isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
            const QString target = urlFor(QString::fromUtf8(cmark_node_get_url(node)), isImage);
            if (target.isEmpty())
                unwrapLink(node);
            else
                cmark_node_set_url(node, target.toUtf8().constData());
            break;
        }
        default:
            break;
        }
    }

    // Last, so that the links it adds are not taken for raw HTML of the guide.
    if (options.folding.fold)
        options.folding.apply(root, QCoreApplication::translate("MarkdownRenderer", "Show answer"),
                              QCoreApplication::translate("MarkdownRenderer", "Hide answer"), trusted);

    char *html = cmark_render_html(root, CMARK_OPT_UNSAFE,
                                   static_cast<cmark_llist *>(doc.extensions()));
    QString result = QString::fromUtf8(html);
    free(html);
    if (rawHtml) {
        HtmlSanitizer::Options sanitize;
        sanitize.url = urlFor;
        sanitize.slotPrefix = slotPrefix;
        sanitize.slot = [&trustedParts, &slotPrefix](const QString &text) {
            bool ok = false;
            const int index = text.mid(slotPrefix.size()).toInt(&ok);
            return ok && index >= 0 && index < trustedParts.size() ? trustedParts.at(index) : QString();
        };
        sanitize.openDetails = options.openDetails;
        result = HtmlSanitizer::sanitize(result, sanitize);
    }
    // After the sanitizer, which keeps no cellspacing.
    result = withOnePixelCellSpacing(result);
    return taskIds.isEmpty() ? result : withoutBulletsOnTaskItems(result);
}
