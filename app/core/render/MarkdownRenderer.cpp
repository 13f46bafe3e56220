#include "MarkdownRenderer.h"

#include "CmarkDocument.h"
#include "CodeHighlighter.h"
#include "HeadingAnchors.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QUrl>

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

QString MarkdownRenderer::toHtml(const QString &markdown, const LinkResolver &resolver, const AnswerFolding &folding) const
{
    CmarkDocument doc(markdown);
    cmark_node *root = doc.root();

    // Collect first: the tree may not change under the iterator.
    QList<cmark_node *> nodes;
    cmark_iter *iter = cmark_iter_new(root);
    for (auto ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
        if (ev == CMARK_EVENT_ENTER)
            nodes.append(cmark_iter_get_node(iter));
    }
    cmark_iter_free(iter);

    HeadingAnchors anchors;
    static const QRegularExpression comment(QStringLiteral("^\\s*<!--.*-->\\s*$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    for (cmark_node *node : nodes) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            if (cmark_node_parent(node) == root) {
                const QString anchor = anchors.next(CmarkDocument::plainText(node).simplified());
                cmark_node *a = cmark_node_new(CMARK_NODE_HTML_INLINE);
                cmark_node_set_literal(a, (QStringLiteral("<a name=\"") + anchor + QStringLiteral("\"></a>")).toUtf8().constData());
                cmark_node_prepend_child(node, a);
            }
            break;
        case CMARK_NODE_HTML_BLOCK: {
            const QString literal = CmarkDocument::literal(node);
            if (comment.match(literal).hasMatch()) {
                cmark_node_free(node);
            } else {
                // Raw HTML is shown as its source text, never interpreted.
                replaceNode(node, newHtmlBlock(codeBlockHtml(m_highlighter, QStringLiteral("html"), literal)));
            }
            break;
        }
        case CMARK_NODE_HTML_INLINE: {
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, cmark_node_get_literal(node));
            replaceNode(node, text);
            break;
        }
        case CMARK_NODE_CODE_BLOCK:
            replaceNode(node, newHtmlBlock(codeBlockHtml(m_highlighter, QString::fromUtf8(cmark_node_get_fence_info(node)).trimmed(),
                                                         CmarkDocument::literal(node))));
            break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
            const bool isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
            const QString url = QString::fromUtf8(cmark_node_get_url(node)).trimmed();
            QString target;
            if (url.startsWith(QLatin1Char('#')))
                target = url;
            else if (!isImage && isSafeExternalUrl(url))
                target = url;
            else if (QUrl(url).scheme().isEmpty() && resolver)
                target = resolver(url, isImage);
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
    if (folding.fold)
        folding.apply(root, QCoreApplication::translate("MarkdownRenderer", "Show answer"),
                      QCoreApplication::translate("MarkdownRenderer", "Hide answer"));

    char *html = cmark_render_html(root, CMARK_OPT_UNSAFE,
                                   static_cast<cmark_llist *>(doc.extensions()));
    const QString result = QString::fromUtf8(html);
    free(html);
    return result;
}
