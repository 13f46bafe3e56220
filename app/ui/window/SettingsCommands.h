#pragma once

#include <QObject>

class AppSettings;
class SchedulerSettingsDialog;
class StudySession;
class TopicReader;
class QWidget;

// The commands that change a setting: the scheduler's (desired retention, new cards a day, the
// start of the study day), reading mode, whether practice counts, the reader's zoom and the
// theme. Each is written to the settings at once and applied to the session or the reader; those
// that follow the learner (LearnerSettings) are journalled through the session too, and a change
// merged from another computer comes back here to be kept and shown.
class SettingsCommands : public QObject
{
    Q_OBJECT

public:
    SettingsCommands(AppSettings &settings, StudySession &session, TopicReader &reader, QWidget *window);

    // Applies every stored setting, as at start-up.
    void applyAll();
    void editScheduler();
    void setShowAnswers(bool show);
    void setPracticeCounts(bool counts);
    // Steps above (or below) the reader's normal text size, kept between -8 and 20.
    void zoomReader(int steps);
    int zoomSteps() const { return m_zoomSteps; }
    void setTheme(const QString &theme);

    // The dialog editScheduler() opens; tests answer it without blocking.
    SchedulerSettingsDialog *schedulerDialog() const { return m_schedulerDialog; }

signals:
    // Settings merged from another computer were applied: menus showing them must follow.
    void learnerSettingsShown();

private:
    void learnerChanged();

    AppSettings &m_settings;
    StudySession &m_session;
    TopicReader &m_reader;
    QWidget *m_window;
    SchedulerSettingsDialog *m_schedulerDialog = nullptr;
    int m_zoomSteps = 0;
};
