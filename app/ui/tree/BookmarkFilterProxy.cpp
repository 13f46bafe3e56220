#include "BookmarkFilterProxy.h"

#include "ItemDataRoles.h"

void BookmarkFilterProxy::setBookmarkedOnly(bool only)
{
    if (only == m_only)
        return;
    m_only = only;
    invalidateFilter();
}

bool BookmarkFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_only)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ItemDataRole::ContainsBookmark).toBool())
        return true;
    // Everything under a bookmarked topic belongs to its branch.
    for (QModelIndex p = sourceParent; p.isValid(); p = p.parent()) {
        if (p.data(ItemDataRole::Bookmarked).toBool())
            return true;
    }
    return false;
}
