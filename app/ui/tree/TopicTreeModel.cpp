#include "TopicTreeModel.h"

#include "Guide.h"
#include "ItemDataRoles.h"
#include "StudyProgress.h"

#include <QIcon>

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

void TopicTreeModel::setProgress(const StudyProgress *progress)
{
    disconnect(m_progressConnection);
    m_progress = progress;
    if (m_progress)
        m_progressConnection = connect(m_progress, &StudyProgress::changed, this, &TopicTreeModel::progressChanged);
    progressChanged();
}

void TopicTreeModel::progressChanged()
{
    emitDataChanged(QModelIndex());
}

void TopicTreeModel::emitDataChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
    for (int row = 0; row < rows; ++row)
        emitDataChanged(index(row, 0, parent));
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
    case Qt::ToolTipRole: {
        QString tip = topic->file.isEmpty() ? topic->title : topic->title + QStringLiteral("\n") + topic->file;
        if (m_progress && topic->kind != Topic::Kind::Section) {
            const ProgressRollup::Node node = m_progress->node(topic);
            static const char *const names[] = { QT_TR_NOOP("Not started"), QT_TR_NOOP("Reading"), QT_TR_NOOP("Done") };
            tip += QStringLiteral("\n") + tr(names[int(node.status)]) + QStringLiteral(" · ")
                + tr("%1% · %2 of %3 cards learned · %4 due").arg(node.percent).arg(node.learnedCards).arg(node.cards).arg(node.dueCards);
        }
        return tip;
    }
    case Qt::DecorationRole:
        return kindIcon(topic->kind);
    case ItemDataRole::TopicId:
        return topic->id;
    case ItemDataRole::TopicKind:
        return int(topic->kind);
    case ItemDataRole::CardCount:
        return m_guide ? int(m_guide->cardsUnder(topic).size()) : 0;
    case ItemDataRole::IsPage:
        return ProgressRollup::isPage(*topic);
    case ItemDataRole::Status:
    case ItemDataRole::Percent:
    case ItemDataRole::DueCount:
    case ItemDataRole::Bookmarked:
    case ItemDataRole::ContainsBookmark: {
        if (!m_progress || topic->kind == Topic::Kind::Section)
            return QVariant();
        const ProgressRollup::Node node = m_progress->node(topic);
        switch (role) {
        case ItemDataRole::Status:
            return int(node.status);
        case ItemDataRole::Percent:
            return node.percent;
        case ItemDataRole::DueCount:
            return node.dueCards;
        case ItemDataRole::Bookmarked:
            return node.bookmarked;
        default:
            return node.bookmarked || node.containsBookmark;
        }
    }
    default:
        return QVariant();
    }
}

QIcon TopicTreeModel::kindIcon(Topic::Kind kind) const
{
    // Our own drawings rather than the style's folder and file: a chapter is not a folder to
    // the reader, and the style looks each of its icons up in the desktop's icon theme, which
    // costs milliseconds at start-up where no theme cache exists. Views ask for the icon of each
    // row they paint, so each is made once.
    auto cached = m_kindIcons.constFind(int(kind));
    if (cached != m_kindIcons.constEnd())
        return *cached;
    const QString name = kind == Topic::Kind::Folder ? QStringLiteral("chapter")
        : kind == Topic::Kind::Section               ? QStringLiteral("section")
                                                     : QStringLiteral("topic");
    const QIcon icon(QStringLiteral(":/icons/tree/") + name + QStringLiteral(".svg"));
    m_kindIcons.insert(int(kind), icon);
    return icon;
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
