#include "TopicTreeModel.h"

#include "Guide.h"
#include "ItemDataRoles.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

TopicTreeModel::TopicTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void TopicTreeModel::setGuide(const Guide *guide)
{
    beginResetModel();
    m_guide = guide;
    endResetModel();
}

const Topic *TopicTreeModel::topicAt(const QModelIndex &index)
{
    return index.isValid() ? static_cast<const Topic *>(index.internalPointer()) : nullptr;
}

const Topic *TopicTreeModel::topicOrRoot(const QModelIndex &index) const
{
    if (index.isValid())
        return topicAt(index);
    return m_guide ? m_guide->root() : nullptr;
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    const Topic *parentTopic = topicOrRoot(parent);
    return createIndex(row, column, const_cast<Topic *>(parentTopic->children[size_t(row)].get()));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    const Topic *topic = topicAt(child);
    if (!topic || !topic->parent || topic->parent->kind == Topic::Kind::Root)
        return QModelIndex();
    return createIndex(topic->parent->row(), 0, const_cast<Topic *>(topic->parent));
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Topic *topic = topicOrRoot(parent);
    return topic ? int(topic->children.size()) : 0;
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    const Topic *topic = topicAt(index);
    if (!topic)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return topic->title;
    case Qt::ToolTipRole:
        return topic->file.isEmpty() ? topic->title : topic->title + QStringLiteral("\n") + topic->file;
    case Qt::DecorationRole: {
        const QStyle *style = QApplication::style();
        if (!style)
            return QVariant();
        switch (topic->kind) {
        case Topic::Kind::Folder:
            return style->standardIcon(QStyle::SP_DirIcon);
        case Topic::Kind::Section:
            return style->standardIcon(QStyle::SP_ArrowRight);
        default:
            return style->standardIcon(QStyle::SP_FileIcon);
        }
    }
    case ItemDataRole::TopicId:
        return topic->id;
    case ItemDataRole::TopicKind:
        return int(topic->kind);
    case ItemDataRole::CardCount:
        return m_guide ? int(m_guide->cardsUnder(topic).size()) : 0;
    default:
        return QVariant();
    }
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Topics");
    return QVariant();
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex TopicTreeModel::indexOf(const Topic *topic) const
{
    if (!topic || topic->kind == Topic::Kind::Root)
        return QModelIndex();
    return createIndex(topic->row(), 0, const_cast<Topic *>(topic));
}

QModelIndex TopicTreeModel::indexForId(const QString &topicId) const
{
    return m_guide ? indexOf(m_guide->topic(topicId)) : QModelIndex();
}
