#include "FsrsParameters.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>

std::optional<FsrsParameters> FsrsParameters::fromWeightsString(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.size() != weightCount)
        return std::nullopt;

    FsrsParameters parameters;
    for (int i = 0; i < weightCount; ++i) {
        bool ok = false;
        // QString::toDouble() is locale independent ("0.5", never "0,5"), which is what we
        // want: the comma is a separator here.
        const double value = parts.at(i).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return std::nullopt;
        parameters.weights[static_cast<std::size_t>(i)] = value;
    }
    return parameters;
}

QString FsrsParameters::weightsString() const
{
    QStringList parts;
    parts.reserve(weightCount);
    for (const double weight : weights)
        parts.append(QString::number(weight, 'g', QLocale::FloatingPointShortest));
    return parts.join(QStringLiteral(", "));
}

bool FsrsParameters::isValid() const
{
    const auto positive = [](int seconds) { return seconds > 0; };
    const auto finite = [](double weight) { return std::isfinite(weight); };
    return desiredRetention > 0.0 && desiredRetention < 1.0 && maximumIntervalDays >= 1
        && std::all_of(learningStepsSeconds.begin(), learningStepsSeconds.end(), positive)
        && std::all_of(relearningStepsSeconds.begin(), relearningStepsSeconds.end(), positive)
        && std::all_of(weights.begin(), weights.end(), finite)
        // w20 is the decay of the forgetting curve; the interval formula divides by it.
        && weights[20] > 0.0;
}
