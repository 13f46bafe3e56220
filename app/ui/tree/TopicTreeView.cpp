#include "TopicTreeView.h"

#include "BookmarkFilterProxy.h"
#include "TopicItemDelegate.h"
#include "TopicTreeModel.h"

#include <QMenu>

TopicTreeView::TopicTreeView(const StudyProgress &progress, QWidget *parent)
    : QTreeView(parent)
    , m_model(new TopicTreeModel(this))
    , m_filter(new BookmarkFilterProxy(this))
{
    setObjectName(QStringLiteral("topicTree"));
    m_model->setProgress(&progress);
    m_filter->setSourceModel(m_model);
    setModel(m_filter);
    setItemDelegate(new TopicItemDelegate(this));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAccessibleName(tr("Topics"));
    setAccessibleDescription(tr("The guide's topics with your progress; Enter or a click opens one"));
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &TopicTreeView::currentTopicChanged);
    connect(this, &QWidget::customContextMenuRequested, this, &TopicTreeView::showMenu);
}

TopicTreeView::~TopicTreeView()
{
    // The model holds pointers into the guide: detach it before the guide goes.
    m_model->setGuide(nullptr);
}

void TopicTreeView::setGuide(const Guide *guide)
{
    m_model->setGuide(guide);
    for (int row = 0; row < m_filter->rowCount(); ++row)
        expand(m_filter->index(row, 0));
    setCurrentIndex(QModelIndex());
}

const Topic *TopicTreeView::currentTopic() const
{
    return TopicTreeModel::topicAt(m_filter->mapToSource(currentIndex()));
}

bool TopicTreeView::selectTopic(const QString &topicId)
{
    const QModelIndex source = m_model->indexForId(topicId);
    if (!source.isValid())
        return false;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) {
        // The filter hides it: show everything rather than refuse to go there.
        m_filter->setBookmarkedOnly(false);
        emit bookmarkedOnlyCleared();
        index = m_filter->mapFromSource(source);
    }
    scrollTo(index);
    setCurrentIndex(index);
    return true;
}

void TopicTreeView::setBookmarkedOnly(bool only)
{
    m_filter->setBookmarkedOnly(only);
    expandAll();
}

void TopicTreeView::showMenu(const QPoint &position)
{
    if (!indexAt(position).isValid() || m_menuActions.isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(m_menuActions);
    menu.exec(viewport()->mapToGlobal(position));
}
