#pragma once

#include "MemoryState.h"

#include <QDateTime>

#include <optional>

enum class CardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };

// The scheduling record of one card. A value: Scheduler::review() returns a new one.
// Times are UTC so that day counts never depend on the user's time zone or DST.
struct CardSchedule
{
    CardState state = CardState::New;
    // Index into the learning or relearning steps; meaningless in New and Review.
    int step = 0;
    // Empty until the first review.
    std::optional<MemoryState> memory;
    QDateTime due;
    QDateTime lastReview;
    int reps = 0;
    int lapses = 0;
};
