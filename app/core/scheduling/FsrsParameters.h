#pragma once

#include <QString>

#include <array>
#include <optional>
#include <vector>

// Everything a user (or a test) can tune in the scheduler. Defaults are those of FSRS-6.
struct FsrsParameters
{
    static constexpr int weightCount = 21;
    static constexpr std::array<double, weightCount> defaultWeights { 0.212, 1.2931, 2.3065, 8.2956, 6.4133,
        0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425,
        0.0912, 0.0658, 0.1542 };

    std::array<double, weightCount> weights = defaultWeights;
    double desiredRetention = 0.9;
    int maximumIntervalDays = 36500;
    std::vector<int> learningStepsSeconds { 60, 600 };
    std::vector<int> relearningStepsSeconds { 600 };
    bool fuzz = true;

    // Weights as exported by an FSRS optimizer: exactly 21 numbers separated by commas and/or
    // spaces. Anything else gives std::nullopt; the other fields keep their defaults.
    static std::optional<FsrsParameters> fromWeightsString(const QString &text);
    // The inverse of fromWeightsString(): the shortest text that reads back to the same doubles.
    QString weightsString() const;

    // True when the model can run on these values without dividing by zero or looping forever.
    bool isValid() const;

    // Whether both give every card the same schedule from the same reviews.
    bool operator==(const FsrsParameters &other) const
    {
        return weights == other.weights && desiredRetention == other.desiredRetention
            && maximumIntervalDays == other.maximumIntervalDays && learningStepsSeconds == other.learningStepsSeconds
            && relearningStepsSeconds == other.relearningStepsSeconds && fuzz == other.fuzz;
    }
    bool operator!=(const FsrsParameters &other) const { return !(*this == other); }
};
