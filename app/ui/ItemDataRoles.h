#pragma once

#include <Qt>

// Custom roles of the topic tree model, in one place for the views and the tests.
namespace ItemDataRole {
enum : int {
    TopicId = Qt::UserRole + 1,
    TopicKind,
    CardCount, // cards in the topic and everything below it
};
} // namespace ItemDataRole
