#pragma once

#include "FsrsParameters.h"
#include "StudyDay.h"

#include <QHash>
#include <QString>
#include <QStringList>

// The settings that belong to the learner rather than to the computer: how they study. They
// follow the learner to every computer through the sync journal, as setting events (kind 5)
// keyed by the names below (the same as in the settings file). Window geometry, theme, zoom,
// the last guide and the sync folder belong to each computer and are not here.
struct LearnerSettings
{
    FsrsParameters parameters; // desired retention and the weights; the steps are not settable
    int newCardsPerDay = 20;
    int dayStartHour = StudyDay::defaultRolloverHour;
    bool practiceCounts = false;
    bool showAnswers = false; // reading mode

    // Constants, so that other files' static data can use them whatever the order of start-up.
    static constexpr QLatin1String retentionKey { "scheduler/desiredRetention" };
    static constexpr QLatin1String weightsKey { "scheduler/weights" };
    static constexpr QLatin1String newCardsPerDayKey { "scheduler/newCardsPerDay" };
    static constexpr QLatin1String dayStartHourKey { "scheduler/dayStartHour" };
    static constexpr QLatin1String practiceCountsKey { "study/practiceCounts" };
    static constexpr QLatin1String showAnswersKey { "reader/showAnswers" };
    static bool isLearnerKey(const QString &key);

    // Every setting as text, by key: what a setting event carries.
    QHash<QString, QString> values() const;
    // These settings with VALUES in place; an unknown key or a value out of range is left out.
    LearnerSettings with(const QHash<QString, QString> &values) const;
    // Of VALUES, the keys whose value differs from this one's.
    QStringList changedKeys(const QHash<QString, QString> &values) const;
    // The values to journal that no setting event has carried yet: those that differ from the
    // defaults and whose key is not in JOURNALLED (the guide's merged setting registers).
    QHash<QString, QString> unsentValues(const QHash<QString, QString> &journalled) const;

    bool operator==(const LearnerSettings &other) const { return values() == other.values(); }
};
