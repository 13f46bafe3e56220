#include "Guide.h"

#include <functional>
#include <algorithm>

Guide::Guide()
    : m_root(std::make_unique<Topic>())
{
    m_root->kind = Topic::Kind::Root;
}

const Card *Guide::card(const QString &id) const
{
    const auto it = m_cards.constFind(id);
    if (it == m_cards.constEnd())
        return nullptr;
    return &it->first->cards[size_t(it->second)];
}

const TaskItem *Guide::task(const QString &id) const
{
    const auto it = m_tasks.constFind(id);
    if (it == m_tasks.constEnd())
        return nullptr;
    return &it->first->tasks[size_t(it->second)];
}

static void collectCards(const Topic *topic, QList<const Card *> &out)
{
    for (const Card &c : topic->cards)
        out.append(&c);
    for (const auto &child : topic->children)
        collectCards(child.get(), out);
}

QList<const Card *> Guide::cardsUnder(const Topic *topic) const
{
    QList<const Card *> cards;
    if (topic)
        collectCards(topic, cards);
    return cards;
}

static void visitTopics(const Topic &topic, const std::function<void(const Topic &)> &visit)
{
    visit(topic);
    for (const auto &child : topic.children)
        visitTopics(*child, visit);
}

void Guide::forEachTopic(const std::function<void(const Topic &)> &visit) const
{
    for (const auto &child : m_root->children)
        visitTopics(*child, visit);
}

void Guide::addCards(const QList<Card> &cards)
{
    if (cards.isEmpty())
        return;
    for (Card card : cards) {
        if (m_cards.contains(card.id))
            continue;
        Topic *owner = const_cast<Topic *>(m_topics.value(card.topicId));
        if (!owner) {
            owner = m_root.get();
            card.topicId = QString();
        }
        owner->cards.push_back(card);
        m_cards.insert(card.id, { owner, int(owner->cards.size()) - 1 });
        m_addedCards.insert(card.id);
    }
    index();
}

static void removeCards(Topic &topic, const QSet<QString> &ids)
{
    topic.cards.erase(std::remove_if(topic.cards.begin(), topic.cards.end(),
                                     [&ids](const Card &card) { return ids.contains(card.id); }),
                      topic.cards.end());
    for (const auto &child : topic.children)
        removeCards(*child, ids);
}

void Guide::replaceAddedCards(const QList<Card> &cards)
{
    if (!m_addedCards.isEmpty()) {
        removeCards(*m_root, m_addedCards);
        m_addedCards.clear();
        index();
    }
    addCards(cards);
}

void Guide::index()
{
    m_topics.clear();
    m_topicsByFile.clear();
    m_cards.clear();
    m_tasks.clear();
    m_cardCount = 0;
    for (size_t i = 0; i < m_root->cards.size(); ++i)
        m_cards.insert(m_root->cards[i].id, { m_root.get(), int(i) });
    m_cardCount += int(m_root->cards.size());
    for (size_t i = 0; i < m_root->tasks.size(); ++i)
        m_tasks.insert(m_root->tasks[i].id, { m_root.get(), int(i) });
    forEachTopic([this](const Topic &t) {
        for (size_t i = 0; i < t.tasks.size(); ++i)
            m_tasks.insert(t.tasks[i].id, { &t, int(i) });
        m_topics.insert(t.id, &t);
        if (!t.file.isEmpty() && t.kind != Topic::Kind::Section)
            m_topicsByFile.insert(t.file, &t);
        for (size_t i = 0; i < t.cards.size(); ++i)
            m_cards.insert(t.cards[i].id, { &t, int(i) });
        m_cardCount += int(t.cards.size());
    });
}

const Topic *Guide::linkTarget(const QString &id, const QString &anchor) const
{
    // The root page of a single-file guide has the empty id.
    const Topic *page = id.isEmpty() ? root() : topic(id);
    if (!page || anchor.isEmpty())
        return page;
    // Sections nest (a chapter's sections under it); every depth belongs to the same page.
    const std::function<const Topic *(const Topic *)> find = [&](const Topic *parent) -> const Topic * {
        for (const auto &child : parent->children) {
            if (child->kind != Topic::Kind::Section)
                continue;
            if (child->anchor == anchor)
                return child.get();
            if (const Topic *deeper = find(child.get()))
                return deeper;
        }
        return nullptr;
    };
    const Topic *section = find(page);
    return section ? section : page;
}
