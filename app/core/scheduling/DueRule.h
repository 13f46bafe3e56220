#pragma once

#include "CardSchedule.h"

#include <QDateTime>

// The one rule for when a card counts as due, shared by the review queue, the counts in the
// toolbar, status bar and card panel, and the roll-up in the tree and the progress view, as
// Anki counts them: a card in (re)learning once it is due or due within the learn-ahead limit,
// a review card once it is due before the next study day starts.
namespace DueRule {

constexpr int learnAheadSeconds = 20 * 60;

inline bool isLearning(const CardSchedule &schedule)
{
    return schedule.state == CardState::Learning || schedule.state == CardState::Relearning;
}

inline bool isDue(const CardSchedule &schedule, const QDateTime &now, const QDateTime &nextRollover)
{
    if (schedule.state == CardState::New || !schedule.due.isValid())
        return false;
    if (isLearning(schedule))
        return schedule.due <= now.addSecs(learnAheadSeconds) && schedule.due < nextRollover;
    return schedule.due < nextRollover;
}

} // namespace DueRule
