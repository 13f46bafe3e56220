#include "TaskKeys.h"

#include "CmarkDocument.h"
#include "Slug.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstring>

QString TaskKeys::next(const QString &anchor, const QString &text)
{
    QString slug = Slug::fromText(text, 60);
    if (slug.isEmpty())
        slug = QStringLiteral("item"); // a box with no words still needs a key
    const int count = ++m_seen[anchor + QLatin1Char('/') + slug];
    return count == 1 ? slug : slug + QLatin1Char('~') + QString::number(count);
}

bool TaskKeys::isTask(cmark_node *item)
{
    if (cmark_node_get_type(item) != CMARK_NODE_ITEM)
        return false;
    const char *type = cmark_node_get_type_string(item);
    return type && std::strcmp(type, "tasklist") == 0;
}

bool TaskKeys::isChecked(cmark_node *item)
{
    return isTask(item) && cmark_gfm_extensions_get_tasklist_item_checked(item);
}

QString TaskKeys::itemText(cmark_node *item)
{
    cmark_node *first = cmark_node_first_child(item);
    if (!first || cmark_node_get_type(first) == CMARK_NODE_LIST)
        return QString();
    return CmarkDocument::plainText(first).simplified();
}
