#pragma once

#include "CardSchedule.h"
#include "ProgressTypes.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

class Guide;
struct Topic;
struct TaskItem;

// Where the user stands at every level of the tree, derived from stored statuses, ticked task
// list items and card schedules. Pages (files) are the units of study: each counts 1 when
// done, 1/2 when being read, 0 when not started; a folder's percent is the mean of the pages
// under it. A page whose cards have all been learned counts as done even if its status was
// never set. A long page is also the sum of its parts: its sections (each with a status of its
// own, by the same rule) and its task list items; it counts as far as the better of its own
// status and the mean of its parts. A guide that is one README is such a page.
class ProgressRollup
{
public:
    struct Node
    {
        TopicStatus status = TopicStatus::NotStarted;
        int percent = 0; // 0..100
        int pages = 0; // pages at or under this topic
        int cards = 0;
        int learnedCards = 0; // in review state
        int dueCards = 0; // due by DueRule: learning now or soon, review today
        int newCards = 0; // never reviewed
        int tasks = 0; // task list items at or under this topic
        int doneTasks = 0;
        bool bookmarked = false;
        bool containsBookmark = false; // this topic or one below it, or one of their cards
    };

    void rebuild(const Guide &guide, const QHash<QString, TopicStatus> &statuses,
                 const QHash<QString, CardSchedule> &schedules, const QSet<QString> &bookmarkedTopics,
                 const QSet<QString> &bookmarkedCards, const QDateTime &now,
                 const QHash<QString, bool> &taskStates = {}, const QDateTime &nextRollover = QDateTime());

    Node node(const Topic *topic) const { return m_nodes.value(topic); }
    Node overall() const { return m_overall; }

    static bool isPage(const Topic &topic);
    // The parts the progress view lists: the root's children, or for a guide that is a single
    // file, that file's top-level sections.
    static QList<const Topic *> chapters(const Guide &guide);
    // Whether task TASK is done: as the learner ticked it, else as its file writes it.
    static bool isTaskDone(const TaskItem &task, const QHash<QString, bool> &taskStates);
    // Status a page has from its own status and its cards.
    static TopicStatus effectiveStatus(TopicStatus stored, int cards, int learnedCards);

private:
    QDateTime m_rollover; // when the study day of the last rebuild ends
    Node visit(const Topic &topic, const QHash<QString, TopicStatus> &statuses,
               const QHash<QString, CardSchedule> &schedules, const QSet<QString> &bookmarkedTopics,
               const QSet<QString> &bookmarkedCards, const QDateTime &now, double *score);

    const QHash<QString, bool> *m_taskStates = nullptr;

    QHash<const Topic *, Node> m_nodes;
    Node m_overall;
};
