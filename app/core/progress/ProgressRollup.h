#pragma once

#include "CardSchedule.h"
#include "ProgressTypes.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

class Guide;
struct Topic;

// Where the user stands at every level of the tree, derived from stored statuses and card
// schedules. Pages (files) are the units of study: each counts 1 when done, 1/2 when being
// read, 0 when not started; a folder's percent is the mean of the pages under it. A page whose
// cards have all been learned counts as done even if its status was never set.
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
        bool bookmarked = false;
        bool containsBookmark = false; // this topic or one below it, or one of their cards
    };

    void rebuild(const Guide &guide, const QHash<QString, TopicStatus> &statuses,
                 const QHash<QString, CardSchedule> &schedules, const QSet<QString> &bookmarkedTopics,
                 const QSet<QString> &bookmarkedCards, const QDateTime &now,
                 const QDateTime &nextRollover = QDateTime());

    Node node(const Topic *topic) const { return m_nodes.value(topic); }
    Node overall() const { return m_overall; }

    static bool isPage(const Topic &topic);
    // Status a page has from its own status and its cards.
    static TopicStatus effectiveStatus(TopicStatus stored, int cards, int learnedCards);

private:
    QDateTime m_rollover; // when the study day of the last rebuild ends
    Node visit(const Topic &topic, const QHash<QString, TopicStatus> &statuses,
               const QHash<QString, CardSchedule> &schedules, const QSet<QString> &bookmarkedTopics,
               const QSet<QString> &bookmarkedCards, const QDateTime &now, double *score);

    QHash<const Topic *, Node> m_nodes;
    Node m_overall;
};
