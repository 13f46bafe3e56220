#pragma once

#include "ProgressTypes.h"

#include <QDockWidget>

class BookmarksModel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class StudySession;

// A dock of bookmarks: type to filter, Enter or a click opens one, F2 edits its note, Delete removes it.
class BookmarksPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit BookmarksPanel(StudySession &session, QWidget *parent = nullptr);

    // The panel's controls are made the first time it shows, or is asked for them.
    QLineEdit *filterEdit();
    QListView *listView();
    void focusFilter();

signals:
    void openRequested(ItemKind kind, const QString &itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void ensureContent();
    void open(const QModelIndex &index);

    StudySession &m_session;
    BookmarksModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_view = nullptr;
};
