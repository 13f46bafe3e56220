#pragma once

// What is left to study today, in cards as Anki counts them: new cards within today's limit,
// cards in (re)learning that are due (or due within the learn-ahead limit), and review cards
// due today.
struct StudyCounts
{
    int newCards = 0;
    int learning = 0;
    int review = 0;

    int total() const { return newCards + learning + review; }
    bool operator==(const StudyCounts &other) const
    {
        return newCards == other.newCards && learning == other.learning && review == other.review;
    }
    bool operator!=(const StudyCounts &other) const { return !(*this == other); }
};
