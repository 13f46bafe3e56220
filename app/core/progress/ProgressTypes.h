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
