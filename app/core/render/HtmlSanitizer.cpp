#include "HtmlSanitizer.h"

#include <gumbo.h>

#include <cstring>
#include <vector>

namespace {

enum class Treatment { Keep, Unwrap, Drop };

// Elements whose content is code, styling, embedded documents or form state: never shown.
Treatment treatmentOf(GumboTag tag)
{
    switch (tag) {
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
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
        return Treatment::Keep;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS:
        return Treatment::Drop;
    default:
        return Treatment::Unwrap;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&element.attributes, name);
    if (!a || std::strlen(a->value) > size_t(HtmlSanitizer::maximumAttributeLength))
        return QString();
    return QString::fromUtf8(a->value);
}

bool isAlignment(const QString &value)
{
    static const QStringList allowed { QStringLiteral("left"), QStringLiteral("center"),
        QStringLiteral("right"), QStringLiteral("justify") };
    return allowed.contains(value.trimmed().toLower());
}

bool isSize(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || v.size() > 6)
        return false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (!(c.isDigit() && c.unicode() < 0x80) && !(c == QLatin1Char('%') && i == v.size() - 1 && i > 0))
            return false;
    }
    return true;
}

void appendAttribute(QString &out, const char *name, const QString &value)
{
    out += QLatin1Char(' ') + QLatin1String(name) + QStringLiteral("=\"") + value.toHtmlEscaped()
        + QLatin1Char('"');
}

// Counts <details> elements under NODE (itself included), so that folding one does not change
// the numbers of the ones after it.
int countDetails(const GumboNode *node)
{
    int count = 0;
    std::vector<const GumboNode *> pending { node };
    while (!pending.empty()) {
        const GumboNode *n = pending.back();
        pending.pop_back();
        if (n->type != GUMBO_NODE_ELEMENT)
            continue;
        if (n->v.element.tag == GUMBO_TAG_DETAILS)
            ++count;
        for (unsigned i = 0; i < n->v.element.children.length; ++i)
            pending.push_back(static_cast<const GumboNode *>(n->v.element.children.data[i]));
    }
    return count;
}

// Plain text of NODE and everything in it, for a summary line.
QString textOf(const GumboNode *node)
{
    QString text;
    std::vector<const GumboNode *> pending { node };
    while (!pending.empty()) {
        const GumboNode *n = pending.back();
        pending.pop_back();
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(n->v.text.text);
        } else if (n->type == GUMBO_NODE_ELEMENT && treatmentOf(n->v.element.tag) != Treatment::Drop) {
            for (unsigned i = n->v.element.children.length; i > 0; --i)
                pending.push_back(static_cast<const GumboNode *>(n->v.element.children.data[i - 1]));
        }
    }
    return text.simplified();
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

class Writer
{
public:
    explicit Writer(const HtmlSanitizer::Options &options)
        : m_options(options)
    {
    }

    QString run(const GumboNode *document)
    {
        struct Frame
        {
            const GumboNode *node;
            unsigned next;
            QString close;
        };
        std::vector<Frame> stack;
        stack.push_back({ document, 0, QString() });
        while (!stack.empty()) {
            Frame &top = stack.back();
            const GumboVector &children = childrenOf(top.node);
            if (top.next >= children.length) {
                m_out += top.close;
                if (!top.close.isEmpty())
                    --m_depth;
                stack.pop_back();
                continue;
            }
            const GumboNode *child = static_cast<const GumboNode *>(children.data[top.next++]);
            QString close;
            if (enter(child, &close)) {
                if (!close.isEmpty())
                    ++m_depth;
                stack.push_back({ child, 0, close });
            }
        }
        return m_out;
    }

private:
    // Writes what comes before NODE's children; returns whether to visit them, with CLOSE set
    // to what follows them.
    bool enter(const GumboNode *node, QString *close)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            m_out += QString::fromUtf8(node->v.text.text).toHtmlEscaped();
            return false;
        case GUMBO_NODE_COMMENT: {
            const QString text = QString::fromUtf8(node->v.text.text);
            if (!m_options.slotPrefix.isEmpty() && m_options.slot && text.startsWith(m_options.slotPrefix))
                m_out += m_options.slot(text);
            return false;
        }
        case GUMBO_NODE_DOCUMENT:
            return false;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            // Kinds a newer gumbo adds (0.14, in unstable, has processing instructions) are
            // dropped with what they hold: only what this sanitizer knows is let through.
            return false;
        }
        const GumboElement &element = node->v.element;
        const Treatment treatment = treatmentOf(element.tag);
        if (treatment == Treatment::Drop || node->type == GUMBO_NODE_TEMPLATE) {
            m_detailsSeen += countDetails(node);
            return false;
        }
        if (treatment == Treatment::Unwrap || m_depth >= HtmlSanitizer::maximumDepth)
            return true;
        if (element.tag == GUMBO_TAG_DETAILS)
            return enterDetails(node, close);
        if (element.tag == GUMBO_TAG_SUMMARY)
            return false; // written by its <details>
        return enterKept(element, close);
    }

    bool enterDetails(const GumboNode *node, QString *close)
    {
        const int index = m_detailsSeen++;
        const bool open = m_options.openDetails.contains(index);
        const GumboVector &children = node->v.element.children;
        QString summary;
        for (unsigned i = 0; i < children.length && summary.isEmpty(); ++i) {
            const GumboNode *child = static_cast<const GumboNode *>(children.data[i]);
            if (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_SUMMARY)
                summary = textOf(child);
        }
        if (summary.isEmpty())
            summary = QStringLiteral("Details");
        // A triangle that points at the body when it is shown, as browsers draw it.
        m_out += QStringLiteral("<p class=\"details\"><a href=\"") + HtmlSanitizer::detailsLink(index)
            + QStringLiteral("\">") + (open ? QStringLiteral("\u25BE ") : QStringLiteral("\u25B8 "))
            + summary.toHtmlEscaped() + QStringLiteral("</a></p>");
        if (!open) {
            m_detailsSeen += countDetails(node) - 1;
            return false;
        }
        m_out += QStringLiteral("<div class=\"details-body\">");
        *close = QStringLiteral("</div>");
        return true;
    }

    bool enterKept(const GumboElement &element, QString *close)
    {
        const GumboTag tag = element.tag;
        const QString name = QLatin1String(gumbo_normalized_tagname(tag));
        QString open = QLatin1Char('<') + name;
        switch (tag) {
        case GUMBO_TAG_A: {
            const QString href = attribute(element, "href");
            const QString target = href.isEmpty() || !m_options.url ? QString() : m_options.url(href, false);
            const QString anchor = attribute(element, "name");
            if (target.isEmpty() && anchor.isEmpty())
                return true; // a link that may not be followed keeps its text
            if (!target.isEmpty())
                appendAttribute(open, "href", target);
            if (!anchor.isEmpty())
                appendAttribute(open, "name", anchor);
            const QString title = attribute(element, "title");
            if (!title.isEmpty())
                appendAttribute(open, "title", title);
            break;
        }
        case GUMBO_TAG_IMG: {
            const QString src = attribute(element, "src");
            const QString target = src.isEmpty() || !m_options.url ? QString() : m_options.url(src, true);
            if (target.isEmpty()) {
                m_out += attribute(element, "alt").toHtmlEscaped();
                return false;
            }
            appendAttribute(open, "src", target);
            for (const char *size : { "width", "height" }) {
                const QString value = attribute(element, size);
                if (isSize(value))
                    appendAttribute(open, size, value.trimmed());
            }
            for (const char *text : { "alt", "title" }) {
                const QString value = attribute(element, text);
                if (!value.isEmpty())
                    appendAttribute(open, text, value);
            }
            break;
        }
        case GUMBO_TAG_OL: {
            const QString start = attribute(element, "start");
            if (isSize(start) && !start.contains(QLatin1Char('%')))
                appendAttribute(open, "start", start.trimmed());
            break;
        }
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
            for (const char *span : { "colspan", "rowspan" }) {
                const QString value = attribute(element, span);
                if (isSize(value) && !value.contains(QLatin1Char('%')))
                    appendAttribute(open, span, value.trimmed());
            }
            break;
        default:
            break;
        }
        const QString align = attribute(element, "align");
        if (isAlignment(align))
            appendAttribute(open, "align", align.trimmed().toLower());
        open += QLatin1Char('>');
        // An element's id is an anchor on GitHub; the reader's anchors are <a name>.
        const QString id = attribute(element, "id");
        if (!id.isEmpty() && tag != GUMBO_TAG_IMG && !isVoid(tag))
            open += QStringLiteral("<a name=\"") + id.toHtmlEscaped() + QStringLiteral("\"></a>");
        m_out += open;
        if (isVoid(tag))
            return false;
        *close = QStringLiteral("</") + name + QLatin1Char('>');
        return true;
    }

    const HtmlSanitizer::Options &m_options;
    QString m_out;
    int m_depth = 0;
    int m_detailsSeen = 0;
};

} // namespace

QString HtmlSanitizer::detailsLink(int index)
{
    return QStringLiteral("details:") + QString::number(index);
}

QString HtmlSanitizer::sanitize(const QString &html, const Options &options)
{
    // Opening the body first puts even a comment at the very start (a slot) inside it, where
    // the parser would otherwise hang it on the document.
    const QByteArray utf8 = QByteArrayLiteral("<body>") + html.toUtf8();
    GumboOptions parse = kGumboDefaultOptions;
    parse.max_errors = 0; // nothing reads them
    GumboOutput *output = gumbo_parse_with_options(&parse, utf8.constData(), size_t(utf8.size()));
    // The whole document, <html>, <body> and misplaced comments included: <head> is dropped and
    // <html> and <body> unwrapped like any element not on the list.
    const QString result = Writer(options).run(output->document);
    gumbo_destroy_output(&parse, output);
    return result;
}
