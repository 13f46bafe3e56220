#pragma once

#include "ProgressTypes.h"

#include <QDockWidget>

class BookmarksModel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class StudyProgress;

// A dock of bookmarks: type to filter, Enter or a click opens one, F2 edits its note, Delete removes it.
class BookmarksPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit BookmarksPanel(StudyProgress &progress, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_view; }
    void focusFilter();

signals:
    void openRequested(ItemKind kind, const QString &itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QModelIndex &index);

    StudyProgress &m_progress;
    BookmarksModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
};
