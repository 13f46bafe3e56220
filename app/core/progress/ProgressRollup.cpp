#include "ProgressRollup.h"

#include "DueRule.h"
#include "StudyDay.h"

#include "Guide.h"

#include <cmath>

bool ProgressRollup::isPage(const Topic &topic)
{
    return topic.kind == Topic::Kind::File;
}

TopicStatus ProgressRollup::effectiveStatus(TopicStatus stored, int cards, int learnedCards)
{
    if (cards > 0 && learnedCards == cards)
        return TopicStatus::Done;
    if (stored == TopicStatus::NotStarted && learnedCards > 0)
        return TopicStatus::Reading;
    return stored;
}

void ProgressRollup::rebuild(const Guide &guide, const QHash<QString, TopicStatus> &statuses,
                             const QHash<QString, CardSchedule> &schedules, const QSet<QString> &bookmarkedTopics,
                             const QSet<QString> &bookmarkedCards, const QDateTime &now, const QDateTime &nextRollover)
{
    m_nodes.clear();
    m_rollover = nextRollover.isValid() ? nextRollover : StudyDay().nextRollover(now);
    double score = 0;
    m_overall = visit(*guide.root(), statuses, schedules, bookmarkedTopics, bookmarkedCards, now, &score);
}

ProgressRollup::Node ProgressRollup::visit(const Topic &topic, const QHash<QString, TopicStatus> &statuses,
                                           const QHash<QString, CardSchedule> &schedules,
                                           const QSet<QString> &bookmarkedTopics, const QSet<QString> &bookmarkedCards,
                                           const QDateTime &now, double *score)
{
    Node node;
    node.bookmarked = bookmarkedTopics.contains(topic.id);
    for (const Card &card : topic.cards) {
        ++node.cards;
        if (bookmarkedCards.contains(card.id))
            node.containsBookmark = true;
        const auto it = schedules.constFind(card.id);
        if (it == schedules.constEnd() || it->state == CardState::New) {
            ++node.newCards;
            continue;
        }
        if (it->state == CardState::Review)
            ++node.learnedCards;
        if (DueRule::isDue(*it, now, m_rollover))
            ++node.dueCards;
    }
    // Sections hold cards of their page; count them as the page's own.
    int ownCards = node.cards;
    int ownLearned = node.learnedCards;

    double childScore = 0;
    bool anyStarted = false;
    bool allDone = true;
    for (const auto &child : topic.children) {
        double s = 0;
        const Node c = visit(*child, statuses, schedules, bookmarkedTopics, bookmarkedCards, now, &s);
        node.cards += c.cards;
        node.learnedCards += c.learnedCards;
        node.dueCards += c.dueCards;
        node.newCards += c.newCards;
        node.containsBookmark = node.containsBookmark || c.containsBookmark || c.bookmarked;
        if (child->kind == Topic::Kind::Section) {
            ownCards += c.cards;
            ownLearned += c.learnedCards;
            continue;
        }
        node.pages += c.pages;
        childScore += s;
        anyStarted = anyStarted || c.status != TopicStatus::NotStarted;
        allDone = allDone && c.status == TopicStatus::Done;
    }

    if (isPage(topic)) {
        node.pages += 1;
        const TopicStatus own = effectiveStatus(statuses.value(topic.id, TopicStatus::NotStarted), ownCards, ownLearned);
        const double ownScore = own == TopicStatus::Done ? 1.0 : own == TopicStatus::Reading ? 0.5 : 0.0;
        childScore += ownScore;
        anyStarted = anyStarted || own != TopicStatus::NotStarted;
        allDone = allDone && own == TopicStatus::Done;
    }
    *score = childScore;
    if (node.pages > 0) {
        node.percent = int(std::floor(100.0 * childScore / node.pages + 1e-9));
        node.status = allDone ? TopicStatus::Done : anyStarted ? TopicStatus::Reading : TopicStatus::NotStarted;
    }
    m_nodes.insert(&topic, node);
    return node;
}
