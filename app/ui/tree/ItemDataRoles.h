#pragma once

#include <Qt>

// Custom roles of the topic tree model, in one place for the views and the tests.
namespace ItemDataRole {
enum : int {
    TopicId = Qt::UserRole + 1,
    TopicKind,
    CardCount, // cards in the topic and everything below it
    Status, // TopicStatus as int, rolled up
    Percent, // 0..100
    DueCount, // cards due now at or under the topic
    Bookmarked, // the topic itself
    ContainsBookmark, // the topic, a card of it, or anything below it
    IsPage, // a file: the unit that has a status of its own
};
} // namespace ItemDataRole
