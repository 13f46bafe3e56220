#pragma once

#include "CardSchedule.h"
#include "Rating.h"

#include <QDateTime>
#include <QString>

// Values the progress store keeps. Items are named by the guide's stable ids.

enum class TopicStatus { NotStarted = 0, Reading = 1, Done = 2 };

enum class ItemKind { Topic = 0, Card = 1 };

struct Bookmark
{
    ItemKind kind = ItemKind::Topic;
    QString itemId;
    QString note; // why to revisit; may be empty
    QDateTime createdAt;
};

struct ReviewLogEntry
{
    QString cardId;
    Rating rating = Rating::Good;
    QDateTime reviewedAt;
    CardState stateBefore = CardState::New;
    qint64 scheduledSeconds = 0; // from this review to the next due time
    QString source; // "review", "cards" or "mock"
};

struct TopicNote
{
    QString topicId;
    QString text;
    QDateTime updatedAt;
};

// A card the learner made for a topic. It lives in the progress database under the topic's
// id, never in the guide folder, so editing the guide cannot lose it; a card whose topic is
// gone is shown under the guide's root.
struct OwnCard
{
    QString id; // "own/" + a UUID: never the id of a card of the guide
    QString topicId;
    QString prompt; // Markdown
    QString answer;
    QDateTime createdAt;
    QDateTime updatedAt;
};
