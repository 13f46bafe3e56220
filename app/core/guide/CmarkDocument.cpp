#include "CmarkDocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QRegularExpression>
#include <QStringList>

#include <mutex>

namespace {

void registerExtensionsOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

} // namespace

CmarkDocument::CmarkDocument(const QString &text)
    : m_utf8(text.toUtf8())
{
    registerExtensionsOnce();
    auto *parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES);
    for (const char *name : { "table", "strikethrough", "autolink", "tasklist" }) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, ext);
    }
    cmark_parser_feed(parser, m_utf8.constData(), size_t(m_utf8.size()));
    m_root = cmark_parser_finish(parser);
    m_extensions = cmark_parser_get_syntax_extensions(parser);
    m_parser = parser;
}

CmarkDocument::~CmarkDocument()
{
    if (m_root)
        cmark_node_free(m_root);
    if (m_parser)
        cmark_parser_free(static_cast<cmark_parser *>(m_parser));
}

QString CmarkDocument::literal(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

namespace {
// The text of NODE's inline descendants. BREAK stands for soft and hard line breaks; with
// ASHEADING, images and raw HTML add nothing, as in the anchors GitHub makes from headings.
QString collectText(cmark_node *node, QChar lineBreak, bool asHeading)
{
    QString text;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            text += CmarkDocument::literal(child);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            text += lineBreak;
            break;
        case CMARK_NODE_IMAGE:
        case CMARK_NODE_HTML_INLINE:
            if (!asHeading)
                text += collectText(child, lineBreak, asHeading);
            break;
        default:
            text += collectText(child, lineBreak, asHeading);
        }
    }
    return text;
}
} // namespace

QString CmarkDocument::plainText(cmark_node *node)
{
    return collectText(node, QLatin1Char(' '), false);
}

QString CmarkDocument::htmlImageAltText(cmark_node *node)
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*?\\balt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList alts;
    cmark_iter *iter = cmark_iter_new(node);
    for (auto ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
        cmark_node *inner = cmark_iter_get_node(iter);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(inner) != CMARK_NODE_HTML_INLINE)
            continue;
        const QRegularExpressionMatch m = img.match(literal(inner));
        if (m.hasMatch())
            alts += m.captured(1) + m.captured(2);
    }
    cmark_iter_free(iter);
    return alts.join(QLatin1Char(' ')).simplified();
}

QString CmarkDocument::headingText(cmark_node *heading)
{
    return collectText(heading, QLatin1Char('\n'), true);
}

int CmarkDocument::lineOf(cmark_node *node)
{
    for (cmark_node *n = node; n; n = cmark_node_parent(n)) {
        if (const int line = cmark_node_get_start_line(n))
            return line;
    }
    return 0;
}
