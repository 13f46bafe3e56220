#pragma once

#include "Topic.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>

class Guide;
class StudyProgress;
struct Topic;

// The guide's topic tree for a QTreeView. Holds no data of its own: each index points at a Topic.
class TopicTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit TopicTreeModel(QObject *parent = nullptr);

    void setGuide(const Guide *guide);
    const Guide *guide() const { return m_guide; }
    // Progress roles come from PROGRESS; the model refreshes when it changes.
    void setProgress(const StudyProgress *progress);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static const Topic *topicAt(const QModelIndex &index);
    QModelIndex indexOf(const Topic *topic) const;
    QModelIndex indexForId(const QString &topicId) const;

private:
    const Topic *topicOrRoot(const QModelIndex &index) const;
    QIcon kindIcon(Topic::Kind kind) const;
    void progressChanged();
    void emitDataChanged(const QModelIndex &parent);

    const Guide *m_guide = nullptr;
    const StudyProgress *m_progress = nullptr;
    QMetaObject::Connection m_progressConnection;
    mutable QHash<int, QIcon> m_kindIcons;
};
