#pragma once

#include <QSortFilterProxyModel>

// Shows every topic, or, when enabled, only the branches that hold a bookmark.
class BookmarkFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setBookmarkedOnly(bool only);
    bool bookmarkedOnly() const { return m_only; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_only = false;
};
