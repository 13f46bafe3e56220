#include "BookmarkFilterProxy.h"

#include "ItemDataRoles.h"

void BookmarkFilterProxy::setBookmarkedOnly(bool only)
{
    if (only == m_only)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    // Qt 6.9 brackets a filter change and deprecates invalidateFilter() later.
    beginFilterChange();
    m_only = only;
    endFilterChange();
#else
    m_only = only;
    invalidateFilter();
#endif
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
