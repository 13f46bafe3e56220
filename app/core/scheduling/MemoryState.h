#pragma once

// What FSRS knows about a card's memory: stability in days (the interval at which recall
// falls to 90 %) and difficulty in [1, 10].
struct MemoryState
{
    double stability = 0.0;
    double difficulty = 0.0;
};
