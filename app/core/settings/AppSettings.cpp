#include "AppSettings.h"

#include "StudyDay.h"

#include <QSettings>

#include <algorithm>

namespace Key {
const auto geometry = QStringLiteral("window/geometry");
const auto state = QStringLiteral("window/state");
const auto splitter = QStringLiteral("window/splitter");
const auto lastGuide = QStringLiteral("guide/lastFolder");
const QString retention(LearnerSettings::retentionKey);
const QString weights(LearnerSettings::weightsKey);
const QString newPerDay(LearnerSettings::newCardsPerDayKey);
const QString dayStart(LearnerSettings::dayStartHourKey);
const auto zoom = QStringLiteral("reader/zoom");
const auto theme = QStringLiteral("view/theme");
const QString showAnswers(LearnerSettings::showAnswersKey);
const QString practiceCounts(LearnerSettings::practiceCountsKey);
const auto syncFolder = QStringLiteral("sync/folder");
QString lastTopic(const QString &guideId) { return QStringLiteral("lastTopic/") + guideId; }
QString cardHint(const QString &guideId) { return QStringLiteral("cardHintDismissed/") + guideId; }
} // namespace Key

AppSettings::AppSettings(const QString &file)
    : m_settings(file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat))
{
    // QSettings reads lazily; listing the keys makes it parse the whole file and report damage.
    m_settings->allKeys();
    m_hadProblem = m_settings->status() != QSettings::NoError;
}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const { return m_settings->value(Key::geometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { m_settings->setValue(Key::geometry, geometry); }
QByteArray AppSettings::windowState() const { return m_settings->value(Key::state).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &state) { m_settings->setValue(Key::state, state); }
QByteArray AppSettings::splitterState() const { return m_settings->value(Key::splitter).toByteArray(); }
void AppSettings::setSplitterState(const QByteArray &state) { m_settings->setValue(Key::splitter, state); }

QString AppSettings::lastTopic(const QString &guideId) const
{
    return m_settings->value(Key::lastTopic(guideId)).toString();
}

void AppSettings::setLastTopic(const QString &guideId, const QString &topicId)
{
    m_settings->setValue(Key::lastTopic(guideId), topicId);
}

bool AppSettings::cardHintDismissed(const QString &guideId) const
{
    return m_settings->value(Key::cardHint(guideId), false).toBool();
}

void AppSettings::setCardHintDismissed(const QString &guideId)
{
    m_settings->setValue(Key::cardHint(guideId), true);
}

QString AppSettings::lastGuideFolder() const { return m_settings->value(Key::lastGuide).toString(); }
void AppSettings::setLastGuideFolder(const QString &folder) { m_settings->setValue(Key::lastGuide, folder); }

FsrsParameters AppSettings::schedulerParameters() const
{
    FsrsParameters parameters;
    const QString weights = m_settings->value(Key::weights).toString();
    if (!weights.isEmpty()) {
        if (const auto parsed = FsrsParameters::fromWeightsString(weights))
            parameters.weights = parsed->weights;
    }
    bool ok = false;
    const double retention = m_settings->value(Key::retention, parameters.desiredRetention).toDouble(&ok);
    if (ok && retention >= 0.7 && retention <= 0.99)
        parameters.desiredRetention = retention;
    return parameters.isValid() ? parameters : FsrsParameters();
}

void AppSettings::setSchedulerParameters(const FsrsParameters &parameters)
{
    m_settings->setValue(Key::retention, parameters.desiredRetention);
    m_settings->setValue(Key::weights, parameters.weightsString());
}

int AppSettings::newCardsPerDay() const
{
    bool ok = false;
    const int limit = m_settings->value(Key::newPerDay, 20).toInt(&ok);
    return ok && limit >= 0 && limit <= 9999 ? limit : 20;
}

void AppSettings::setNewCardsPerDay(int limit)
{
    m_settings->setValue(Key::newPerDay, limit);
}

int AppSettings::dayStartHour() const
{
    bool ok = false;
    const int hour = m_settings->value(Key::dayStart, StudyDay::defaultRolloverHour).toInt(&ok);
    return ok && hour >= 0 && hour <= 23 ? hour : StudyDay::defaultRolloverHour;
}

void AppSettings::setDayStartHour(int hour)
{
    m_settings->setValue(Key::dayStart, hour);
}

LearnerSettings AppSettings::learnerSettings() const
{
    LearnerSettings out;
    out.parameters = schedulerParameters();
    out.newCardsPerDay = newCardsPerDay();
    out.dayStartHour = dayStartHour();
    out.practiceCounts = practiceCounts();
    out.showAnswers = showAnswersInPage();
    return out;
}

void AppSettings::setLearnerSettings(const LearnerSettings &settings)
{
    setSchedulerParameters(settings.parameters);
    setNewCardsPerDay(settings.newCardsPerDay);
    setDayStartHour(settings.dayStartHour);
    setPracticeCounts(settings.practiceCounts);
    setShowAnswersInPage(settings.showAnswers);
}

int AppSettings::readerZoom() const
{
    bool ok = false;
    const int steps = m_settings->value(Key::zoom, 0).toInt(&ok);
    return ok ? std::clamp(steps, -8, 20) : 0;
}

void AppSettings::setReaderZoom(int steps)
{
    m_settings->setValue(Key::zoom, steps);
}

QString AppSettings::syncFolder() const
{
    return m_settings->value(Key::syncFolder).toString();
}

void AppSettings::setSyncFolder(const QString &folder)
{
    if (folder.isEmpty())
        m_settings->remove(Key::syncFolder);
    else
        m_settings->setValue(Key::syncFolder, folder);
}

QString AppSettings::theme() const
{
    const QString theme = m_settings->value(Key::theme).toString();
    return theme == QLatin1String("light") || theme == QLatin1String("dark") ? theme : QStringLiteral("system");
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings->setValue(Key::theme, theme);
}

void AppSettings::sync()
{
    m_settings->sync();
}

bool AppSettings::showAnswersInPage() const
{
    return m_settings->value(Key::showAnswers, false).toBool();
}

void AppSettings::setShowAnswersInPage(bool show)
{
    m_settings->setValue(Key::showAnswers, show);
}

bool AppSettings::practiceCounts() const
{
    return m_settings->value(Key::practiceCounts, false).toBool();
}

void AppSettings::setPracticeCounts(bool counts)
{
    m_settings->setValue(Key::practiceCounts, counts);
}
