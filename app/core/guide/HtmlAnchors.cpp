#include "HtmlAnchors.h"

#include <gumbo.h>

#include <vector>

namespace HtmlAnchors {

bool mayHoldAnchor(const QString &html)
{
    return html.contains(QLatin1String("name"), Qt::CaseInsensitive)
        || html.contains(QLatin1String("id"), Qt::CaseInsensitive);
}

QStringList in(const QString &html)
{
    QStringList anchors;
    if (!mayHoldAnchor(html))
        return anchors;
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // errors are not reported, so not worth recording
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    // A stack, not recursion: raw HTML can nest as deep as its author likes.
    std::vector<const GumboNode *> pending { output->root };
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT)
            continue;
        const GumboElement &element = node->v.element;
        if (const GumboAttribute *id = gumbo_get_attribute(&element.attributes, "id"))
            anchors.append(QString::fromUtf8(id->value));
        if (element.tag == GUMBO_TAG_A) {
            if (const GumboAttribute *name = gumbo_get_attribute(&element.attributes, "name"))
                anchors.append(QString::fromUtf8(name->value));
        }
        for (unsigned i = element.children.length; i > 0; --i)
            pending.push_back(static_cast<const GumboNode *>(element.children.data[i - 1]));
    }
    gumbo_destroy_output(&options, output);
    return anchors;
}

} // namespace HtmlAnchors
