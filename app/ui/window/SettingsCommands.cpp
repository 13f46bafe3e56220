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
}

void SettingsCommands::applyAll()
{
    applyScheduler();
    m_reader.setShowAnswers(m_settings.showAnswersInPage());
    m_session.setPracticeCounts(m_settings.practiceCounts());
    zoomReader(m_settings.readerZoom());
}

void SettingsCommands::applyScheduler()
{
    m_session.setSchedulerParameters(m_settings.schedulerParameters());
    m_session.setNewCardsPerDay(m_settings.newCardsPerDay());
    m_session.setRolloverHour(m_settings.dayStartHour());
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
            applyScheduler();
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
}

void SettingsCommands::setPracticeCounts(bool counts)
{
    m_settings.setPracticeCounts(counts);
    m_session.setPracticeCounts(counts);
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
