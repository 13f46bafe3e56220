#include "BookmarksPanel.h"

#include "BookmarksModel.h"
#include "StudySession.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

BookmarksPanel::BookmarksPanel(StudySession &session, QWidget *parent)
    : QDockWidget(tr("Bookmarks"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("bookmarksPanel"));
}

void BookmarksPanel::showEvent(QShowEvent *event)
{
    ensureContent();
    QDockWidget::showEvent(event);
}

QLineEdit *BookmarksPanel::filterEdit()
{
    ensureContent();
    return m_filter;
}

QListView *BookmarksPanel::listView()
{
    ensureContent();
    return m_view;
}

void BookmarksPanel::ensureContent()
{
    // Hidden at start for most people: building it then would only delay the first window.
    if (m_view)
        return;
    m_model = new BookmarksModel(m_session, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_filter = new QLineEdit(this);
    m_view = new QListView(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(BookmarksModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("bookmarksFilter"));
    m_filter->setPlaceholderText(tr("Filter bookmarks"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter bookmarks"));
    m_filter->setAccessibleDescription(tr("Type to show only matching bookmarks; Enter opens the first"));
    m_view->setObjectName(QStringLiteral("bookmarksList"));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->setAccessibleName(tr("Bookmarks"));
    m_view->setAccessibleDescription(tr("Enter opens a bookmark, F2 edits its note, Delete removes it"));
    m_view->installEventFilter(this);
    m_filter->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { open(m_proxy->index(0, 0)); });
    connect(m_view, &QListView::activated, this, &BookmarksPanel::open);
    connect(m_view, &QListView::clicked, this, &BookmarksPanel::open);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    setWidget(content);
}

void BookmarksPanel::focusFilter()
{
    ensureContent();
    show();
    raise();
    m_filter->setFocus();
    m_filter->selectAll();
}

void BookmarksPanel::open(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit openRequested(ItemKind(index.data(BookmarksModel::KindRole).toInt()),
                       index.data(BookmarksModel::ItemIdRole).toString());
}

bool BookmarksPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_filter && key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
        if (watched == m_view && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid())
                m_session.removeBookmark(ItemKind(current.data(BookmarksModel::KindRole).toInt()),
                                                  current.data(BookmarksModel::ItemIdRole).toString());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}
