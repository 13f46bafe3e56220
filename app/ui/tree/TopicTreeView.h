#pragma once

#include <QList>
#include <QTreeView>

class BookmarkFilterProxy;
class Guide;
class StudyProgress;
class TopicTreeModel;
struct Topic;
class QAction;

// The guide's topics as a tree, each with its progress, optionally only the branches that hold
// a bookmark. The context menu offers the window's actions for the topic under the pointer.
class TopicTreeView : public QTreeView
{
    Q_OBJECT

public:
    TopicTreeView(const StudyProgress &progress, QWidget *parent = nullptr);
    ~TopicTreeView() override;

    // Shows GUIDE (none when null) with its chapters open; nothing is selected.
    void setGuide(const Guide *guide);
    const Topic *currentTopic() const;
    // Selects and shows TOPICID; a topic the bookmark filter hides turns the filter off.
    bool selectTopic(const QString &topicId);
    void setBookmarkedOnly(bool only);
    void setMenuActions(const QList<QAction *> &actions) { m_menuActions = actions; }

signals:
    void currentTopicChanged();
    // The bookmark filter was turned off to show a topic it hid.
    void bookmarkedOnlyCleared();

private:
    void showMenu(const QPoint &position);

    TopicTreeModel *m_model;
    BookmarkFilterProxy *m_filter;
    QList<QAction *> m_menuActions;
};
