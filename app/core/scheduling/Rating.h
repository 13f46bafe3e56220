#pragma once

// The four answer buttons. The values are FSRS's G, which the formulas use as numbers.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };
