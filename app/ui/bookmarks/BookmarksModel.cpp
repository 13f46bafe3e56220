#include "BookmarksModel.h"

#include "Guide.h"
#include "StudySession.h"

BookmarksModel::BookmarksModel(StudySession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
{
    connect(&m_session, &StudySession::bookmarksChanged, this, &BookmarksModel::reload);
    reload();
}

void BookmarksModel::reload()
{
    QList<Bookmark> fresh = m_session.bookmarks();
    if (fresh.size() == m_bookmarks.size()
        && std::equal(fresh.begin(), fresh.end(), m_bookmarks.begin(), [](const Bookmark &a, const Bookmark &b) {
               return a.kind == b.kind && a.itemId == b.itemId && a.note == b.note;
           }))
        return;
    beginResetModel();
    m_bookmarks = std::move(fresh);
    endResetModel();
}

int BookmarksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bookmarks.size());
}

QString BookmarksModel::titleOf(const Bookmark &bookmark) const
{
    const Guide *guide = m_session.guide();
    if (bookmark.kind == ItemKind::Topic) {
        const Topic *topic = guide ? guide->topic(bookmark.itemId) : nullptr;
        return topic ? topic->title : tr("%1 (no longer in this guide)").arg(bookmark.itemId);
    }
    const Card *card = guide ? guide->card(bookmark.itemId) : nullptr;
    return card ? tr("Card: %1").arg(card->prompt) : tr("Card %1 (no longer in this guide)").arg(bookmark.itemId);
}

QVariant BookmarksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_bookmarks.size())
        return QVariant();
    const Bookmark &b = m_bookmarks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return b.note.isEmpty() ? titleOf(b) : QString(titleOf(b) + QStringLiteral(" — ") + b.note);
    case Qt::EditRole:
    case NoteRole:
        return b.note;
    case Qt::ToolTipRole:
        return QString(tr("Bookmarked %1").arg(QLocale().toString(b.createdAt.toLocalTime(), QLocale::ShortFormat))
                       + (b.note.isEmpty() ? tr("\nF2 adds a note on why to revisit it") : QString(QStringLiteral("\n") + b.note)));
    case KindRole:
        return int(b.kind);
    case ItemIdRole:
        return b.itemId;
    case SearchTextRole:
        return QString(titleOf(b) + QLatin1Char(' ') + b.note);
    default:
        return QVariant();
    }
}

bool BookmarksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_bookmarks.size())
        return false;
    const Bookmark b = m_bookmarks.at(index.row());
    if (!m_session.setBookmarkNote(b.kind, b.itemId, value.toString().trimmed()))
        return false;
    return true;
}

Qt::ItemFlags BookmarksModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}
