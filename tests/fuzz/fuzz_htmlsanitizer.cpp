// Fuzz target: raw HTML (and Markdown around it) through the renderer and its sanitizer.
// Whatever comes in, only the allowlist may come out, read back by the same parser.

#include "CodeHighlighter.h"
#include "HtmlSanitizer.h"
#include "MarkdownRenderer.h"

#include <QList>
#include <QString>

#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace {

bool allowedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_A:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
        return true;
    default:
        return false;
    }
}

// Reads the sanitised HTML back as a browser would: every element and attribute must be on the
// list, and no link may lead anywhere but in the page.
void check(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output
        = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    std::vector<const GumboNode *> pending { output->root };
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = node->v.element;
        if (!allowedTag(element.tag))
            __builtin_trap();
        for (unsigned i = 0; i < element.attributes.length; ++i) {
            const auto *a = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            const QByteArray name(a->name);
            static const QList<QByteArray> names { "href", "src", "name", "title", "alt", "width", "height",
                "align", "start", "colspan", "rowspan", "class" };
            if (!names.contains(name))
                __builtin_trap();
            if ((name == "href" || name == "src") && !QByteArray(a->value).startsWith('#')
                && !QByteArray(a->value).startsWith("details:"))
                __builtin_trap();
        }
        for (unsigned i = 0; i < element.children.length; ++i)
            pending.push_back(static_cast<const GumboNode *>(element.children.data[i]));
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    HtmlSanitizer::Options options;
    options.url = [](const QString &url, bool) { return url.startsWith(QLatin1Char('#')) ? url : QString(); };
    options.openDetails = { 0, 1, 2 };
    check(HtmlSanitizer::sanitize(text, options));

    static CodeHighlighter highlighter;
    MarkdownRenderer::Options render;
    render.pageId = QStringLiteral("fuzz");
    // -> QString: with QT_USE_QSTRINGBUILDER a deduced type would keep references to temporaries.
    render.resolver = [](const QString &target, bool isImage) -> QString {
        return (isImage ? QStringLiteral("guide:") : QStringLiteral("topic:"))
            + target.left(100).toHtmlEscaped();
    };
    render.openDetails = { 0, 1 };
    MarkdownRenderer(highlighter).toHtml(text, render);
    return 0;
}
