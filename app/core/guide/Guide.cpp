#include "Guide.h"

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

void Guide::index()
{
    m_topics.clear();
    m_topicsByFile.clear();
    m_cards.clear();
    m_cardCount = 0;
    forEachTopic([this](const Topic &t) {
        m_topics.insert(t.id, &t);
        if (!t.file.isEmpty() && t.kind != Topic::Kind::Section)
            m_topicsByFile.insert(t.file, &t);
        for (size_t i = 0; i < t.cards.size(); ++i)
            m_cards.insert(t.cards[i].id, { &t, int(i) });
        m_cardCount += int(t.cards.size());
    });
}
