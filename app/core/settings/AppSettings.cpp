#include "AppSettings.h"

#include <QSettings>

namespace Key {
const auto geometry = QStringLiteral("window/geometry");
const auto state = QStringLiteral("window/state");
const auto splitter = QStringLiteral("window/splitter");
const auto lastGuide = QStringLiteral("guide/lastFolder");
QString lastTopic(const QString &guideId) { return QStringLiteral("lastTopic/") + guideId; }
} // namespace Key

AppSettings::AppSettings(const QString &file)
    : m_settings(file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat))
{
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

QString AppSettings::lastGuideFolder() const { return m_settings->value(Key::lastGuide).toString(); }
void AppSettings::setLastGuideFolder(const QString &folder) { m_settings->setValue(Key::lastGuide, folder); }

void AppSettings::sync()
{
    m_settings->sync();
}
