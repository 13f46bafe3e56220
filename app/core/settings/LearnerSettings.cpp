#include "LearnerSettings.h"

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

bool LearnerSettings::isLearnerKey(const QString &key)
{
    return key == retentionKey || key == weightsKey || key == newCardsPerDayKey || key == dayStartHourKey
        || key == practiceCountsKey || key == showAnswersKey;
}

QHash<QString, QString> LearnerSettings::values() const
{
    // Retention with 17 significant digits reads back to the same double on every computer.
    return { { QString(retentionKey), QString::number(parameters.desiredRetention, 'g', 17) },
        { QString(weightsKey), parameters.weightsString() },
        { QString(newCardsPerDayKey), QString::number(newCardsPerDay) },
        { QString(dayStartHourKey), QString::number(dayStartHour) },
        { QString(practiceCountsKey), boolText(practiceCounts) }, { QString(showAnswersKey), boolText(showAnswers) } };
}

LearnerSettings LearnerSettings::with(const QHash<QString, QString> &values) const
{
    // The same ranges as the settings file accepts (AppSettings).
    LearnerSettings out = *this;
    bool ok = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &value = it.value();
        if (it.key() == retentionKey) {
            const double retention = value.toDouble(&ok);
            if (ok && retention >= 0.7 && retention <= 0.99)
                out.parameters.desiredRetention = retention;
        } else if (it.key() == weightsKey) {
            if (const auto parsed = FsrsParameters::fromWeightsString(value)) {
                FsrsParameters candidate = out.parameters;
                candidate.weights = parsed->weights;
                if (candidate.isValid())
                    out.parameters = candidate;
            }
        } else if (it.key() == newCardsPerDayKey) {
            const int limit = value.toInt(&ok);
            if (ok && limit >= 0 && limit <= 9999)
                out.newCardsPerDay = limit;
        } else if (it.key() == dayStartHourKey) {
            const int hour = value.toInt(&ok);
            if (ok && hour >= 0 && hour <= 23)
                out.dayStartHour = hour;
        } else if (it.key() == practiceCountsKey && (value == boolText(true) || value == boolText(false))) {
            out.practiceCounts = value == boolText(true);
        } else if (it.key() == showAnswersKey && (value == boolText(true) || value == boolText(false))) {
            out.showAnswers = value == boolText(true);
        }
    }
    return out;
}

QStringList LearnerSettings::changedKeys(const QHash<QString, QString> &values) const
{
    const QHash<QString, QString> mine = this->values();
    QStringList out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (mine.contains(it.key()) && mine.value(it.key()) != it.value())
            out.append(it.key());
    }
    out.sort();
    return out;
}

QHash<QString, QString> LearnerSettings::unsentValues(const QHash<QString, QString> &journalled) const
{
    const QHash<QString, QString> defaults = LearnerSettings().values();
    QHash<QString, QString> out;
    const QHash<QString, QString> mine = values();
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (!journalled.contains(it.key()) && it.value() != defaults.value(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}
