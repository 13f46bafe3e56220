#pragma once

#include "ProgressTypes.h"

#include <QAbstractListModel>

class StudySession;

// The user's bookmarks, newest first, titled from the guide. The note is editable in place.
class BookmarksModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, ItemIdRole, NoteRole, SearchTextRole };

    explicit BookmarksModel(StudySession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QString titleOf(const Bookmark &bookmark) const;

private:
    void reload();

    StudySession &m_session;
    QList<Bookmark> m_bookmarks;
};
