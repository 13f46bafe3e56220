#include "ProgressRollup.h"

#include "DueRule.h"
#include "StudyDay.h"

#include "Guide.h"

#include <algorithm>
#include <cmath>

bool ProgressRollup::isPage(const Topic &topic)
{
    if (topic.kind == Topic::Kind::File)
        return true;
    // The root's or a folder's own README counts as a page once it has parts to make progress
    // in: a guide that is a single long README is studied section by section.
    if (topic.kind != Topic::Kind::Root && topic.kind != Topic::Kind::Folder)
        return false;
    if (!topic.tasks.empty())
        return true;
    for (const auto &child : topic.children) {
        if (child->kind == Topic::Kind::Section)
            return true;
    }
    return false;
}

QList<const Topic *> ProgressRollup::chapters(const Guide &guide)
{
    const Topic *parent = guide.root();
    // A folder holding one long file (and nothing else) is studied by that file's sections.
    if (parent->children.size() == 1 && parent->children.front()->kind == Topic::Kind::File
        && !parent->children.front()->children.empty())
        parent = parent->children.front().get();
    QList<const Topic *> out;
    for (const auto &child : parent->children)
        out.append(child.get());
    return out;
}

bool ProgressRollup::isTaskDone(const TaskItem &task, const QHash<QString, bool> &taskStates)
{
    return taskStates.value(task.id, task.checkedInFile);
}

namespace {

double statusScore(TopicStatus status)
{
    return status == TopicStatus::Done ? 1.0 : status == TopicStatus::Reading ? 0.5 : 0.0;
}

} // namespace

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
                             const QSet<QString> &bookmarkedCards, const QDateTime &now,
                             const QHash<QString, bool> &taskStates, const QDateTime &nextRollover)
{
    m_nodes.clear();
    m_taskStates = &taskStates;
    m_rollover = nextRollover.isValid() ? nextRollover : StudyDay().nextRollover(now);
    double score = 0;
    m_overall = visit(*guide.root(), statuses, schedules, bookmarkedTopics, bookmarkedCards, now, &score);
    m_taskStates = nullptr;
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
    int ownTasksDone = 0;
    for (const TaskItem &task : topic.tasks) {
        if (isTaskDone(task, *m_taskStates))
            ++ownTasksDone;
    }
    node.tasks = int(topic.tasks.size());
    node.doneTasks = ownTasksDone;
    // Sections hold cards of their page; count them as the page's own.
    int ownCards = node.cards;
    int ownLearned = node.learnedCards;
    QList<double> parts; // scores of the sections directly under this page or section

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
        node.tasks += c.tasks;
        node.doneTasks += c.doneTasks;
        node.containsBookmark = node.containsBookmark || c.containsBookmark || c.bookmarked;
        if (child->kind == Topic::Kind::Section) {
            ownCards += c.cards;
            ownLearned += c.learnedCards;
            parts.append(s);
            continue;
        }
        node.pages += c.pages;
        childScore += s;
        anyStarted = anyStarted || c.status != TopicStatus::NotStarted;
        allDone = allDone && c.status == TopicStatus::Done;
    }

    const bool page = isPage(topic);
    if (page || topic.kind == Topic::Kind::Section) {
        const TopicStatus own = effectiveStatus(statuses.value(topic.id, TopicStatus::NotStarted), ownCards, ownLearned);
        if (!topic.tasks.empty())
            parts.append(double(ownTasksDone) / double(topic.tasks.size()));
        double partsScore = 0;
        for (const double part : parts)
            partsScore += part;
        // With parts to make progress in (sections, boxes), the parts measure the way: being
        // read, which opening a page marks, counts for nothing on top; marked done, it is done.
        const double ownScore = parts.isEmpty() ? statusScore(own) : own == TopicStatus::Done ? 1.0 : 0.0;
        const double unit = std::max(ownScore, parts.isEmpty() ? 0.0 : partsScore / double(parts.size()));
        const TopicStatus status = unit >= 1.0 - 1e-9 ? TopicStatus::Done
            : (unit > 0 || own != TopicStatus::NotStarted) ? TopicStatus::Reading
                                                           : TopicStatus::NotStarted;
        if (!page) {
            // A section: its own standing, which its page rolls up; it is not a page itself.
            node.status = status;
            node.percent = int(std::floor(100.0 * unit + 1e-9));
            *score = unit;
            m_nodes.insert(&topic, node);
            return node;
        }
        node.pages += 1;
        childScore += unit;
        anyStarted = anyStarted || status != TopicStatus::NotStarted;
        allDone = allDone && status == TopicStatus::Done;
    }
    *score = childScore;
    if (node.pages > 0) {
        node.percent = int(std::floor(100.0 * childScore / node.pages + 1e-9));
        node.status = allDone ? TopicStatus::Done : anyStarted ? TopicStatus::Reading : TopicStatus::NotStarted;
    }
    m_nodes.insert(&topic, node);
    return node;
}
