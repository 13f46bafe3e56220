#include "SettingsCommands.h"

#include "AppSettings.h"
#include "SchedulerSettingsDialog.h"
#include "StudySession.h"
#include "ThemePalette.h"
#include "TopicReader.h"

#include <algorithm>

SettingsCommands::SettingsCommands(AppSettings &settings, StudySession &session, TopicReader &reader, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_session(session)
    , m_reader(reader)
    , m_window(window)
{
    // Another computer of the learner's changed them: in effect in the session already.
    connect(&m_session, &StudySession::learnerSettingsMerged, this, [this](const LearnerSettings &merged) {
        m_settings.setLearnerSettings(merged);
        m_settings.sync();
        m_reader.setShowAnswers(merged.showAnswers);
        emit learnerSettingsShown();
    });
}

void SettingsCommands::applyAll()
{
    const LearnerSettings learner = m_settings.learnerSettings();
    m_session.setLearnerSettings(learner);
    m_reader.setShowAnswers(learner.showAnswers);
    zoomReader(m_settings.readerZoom());
}

void SettingsCommands::learnerChanged()
{
    // The settings that follow the learner go into the journal as well as the settings file.
    m_session.changeLearnerSettings(m_settings.learnerSettings());
}

void SettingsCommands::editScheduler()
{
    if (!m_schedulerDialog) {
        m_schedulerDialog = new SchedulerSettingsDialog(m_window);
        connect(m_schedulerDialog, &QDialog::accepted, this, [this] {
            m_settings.setSchedulerParameters(m_schedulerDialog->parameters());
            m_settings.setNewCardsPerDay(m_schedulerDialog->newCardsPerDay());
            m_settings.setDayStartHour(m_schedulerDialog->dayStartHour());
            m_settings.sync();
            learnerChanged();
        });
    }
    m_schedulerDialog->setValues(m_settings.schedulerParameters(), m_settings.newCardsPerDay());
    m_schedulerDialog->setDayStartHour(m_settings.dayStartHour());
    m_schedulerDialog->open();
}

void SettingsCommands::setShowAnswers(bool show)
{
    m_settings.setShowAnswersInPage(show);
    m_reader.setShowAnswers(show);
    learnerChanged();
}

void SettingsCommands::setPracticeCounts(bool counts)
{
    m_settings.setPracticeCounts(counts);
    learnerChanged();
}

void SettingsCommands::zoomReader(int steps)
{
    steps = std::clamp(steps, -8, 20);
    m_reader.zoomIn(steps - m_zoomSteps);
    m_zoomSteps = steps;
    // Only a change is written: at start-up the stored zoom is applied, and writing it back
    // would flush the settings file to disk while the window is being painted.
    if (steps != m_settings.readerZoom())
        m_settings.setReaderZoom(steps);
}

void SettingsCommands::setTheme(const QString &theme)
{
    m_settings.setTheme(theme);
    ThemePalette::apply(theme);
}
