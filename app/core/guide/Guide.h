#pragma once

#include "Diagnostic.h"
#include "Topic.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

// A loaded guide: the topic tree, its cards, and what the loader had to say about it.
class Guide
{
public:
    Guide();

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    // Folder the guide was read from (may be a ":/" resource path).
    QString rootPath() const { return m_rootPath; }
    // Name shown in diagnostics for files of this guide, e.g. "python-interview".
    QString displayRoot() const { return m_displayRoot; }

    const Topic *root() const { return m_root.get(); }
    Topic *root() { return m_root.get(); }
    const Topic *topic(const QString &id) const { return m_topics.value(id); }
    const Card *card(const QString &id) const;
    // Where a link to topic ID at ANCHOR leads: the section of that page whose heading the anchor
    // names, so that the tree and the progress follow the section; else the topic itself.
    const Topic *linkTarget(const QString &id, const QString &anchor) const;
    const TaskItem *task(const QString &id) const;
    int taskCount() const { return int(m_tasks.size()); }
    // The topic whose file is FILE (relative to the guide folder), if any.
    const Topic *topicForFile(const QString &file) const { return m_topicsByFile.value(file); }

    int topicCount() const { return int(m_topics.size()); }
    int cardCount() const { return m_cardCount; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // Adds cards made outside the guide's files (the learner's own) to the topics their
    // topicId names, or to the root when that topic is gone; ids must be unique. Moves cards
    // in memory: call it before anything holds a pointer to a card.
    void addCards(const QList<Card> &cards);
    // Puts CARDS in place of every card added by addCards() (the learner made, changed or
    // deleted one of them): the guide's own cards stay where they are. Moves cards in memory
    // as addCards() does.
    void replaceAddedCards(const QList<Card> &cards);
    bool isAdded(const QString &cardId) const { return m_addedCards.contains(cardId); }

    // Cards of TOPIC and of everything below it, in reading order.
    QList<const Card *> cardsUnder(const Topic *topic) const;
    void forEachTopic(const std::function<void(const Topic &)> &visit) const;

private:
    friend class GuideLoader;
    friend class GuideSnapshot;
    void index();

    QString m_id;
    QString m_title;
    QString m_rootPath;
    QString m_displayRoot;
    std::unique_ptr<Topic> m_root;
    QHash<QString, const Topic *> m_topics;
    QHash<QString, const Topic *> m_topicsByFile;
    QHash<QString, QPair<const Topic *, int>> m_cards;
    QHash<QString, QPair<const Topic *, int>> m_tasks;
    int m_cardCount = 0;
    QSet<QString> m_addedCards; // ids of the cards addCards() joined to the guide's own
    Diagnostics m_diagnostics;
};
