#pragma once

#include <QByteArray>
#include <QString>

#include "FsrsParameters.h"
#include "LearnerSettings.h"

#include <memory>

class QSettings;

// The one typed door to user settings, so keys and defaults live in one place.
// A broken or unreadable settings file falls back to defaults (QSettings ignores what it cannot parse).
class AppSettings
{
public:
    // FILE empty: the platform's usual location for the application's settings.
    explicit AppSettings(const QString &file = QString());
    ~AppSettings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    // The topic last open in the guide GUIDEID.
    QString lastTopic(const QString &guideId) const;
    void setLastTopic(const QString &guideId, const QString &topicId);

    // Whether the note on how to add cards to a guide without any was dismissed for GUIDEID
    // (or the learner made a card of their own there): it is not shown again.
    bool cardHintDismissed(const QString &guideId) const;
    void setCardHintDismissed(const QString &guideId);

    // Guide folder opened last with File > Open Guide; empty means the bundled guide.
    QString lastGuideFolder() const;
    void setLastGuideFolder(const QString &folder);

    // The scheduler's parameters: desired retention and the whole weight vector. Values that do
    // not parse or are out of range fall back to FSRS-6's defaults.
    FsrsParameters schedulerParameters() const;
    void setSchedulerParameters(const FsrsParameters &parameters);
    int newCardsPerDay() const;
    void setNewCardsPerDay(int limit);
    // "Next day starts at": the local hour, 0..23, at which the study day rolls over
    // (StudyDay::defaultRolloverHour when unset or out of range).
    int dayStartHour() const;
    void setDayStartHour(int hour);

    // Those of the settings above and below that follow the learner to other computers, together.
    LearnerSettings learnerSettings() const;
    void setLearnerSettings(const LearnerSettings &settings);

    // Reader zoom in steps of one point from the default size (QTextEdit::zoomIn); 0 is the default.
    int readerZoom() const;
    void setReaderZoom(int steps);
    // Reading mode: cards' answers shown in the page (off: folded until asked for).
    bool showAnswersInPage() const;
    void setShowAnswersInPage(bool show);
    // Whether grades in a practice round reschedule cards that are not due (Anki's cram leaves them).
    bool practiceCounts() const;
    void setPracticeCounts(bool counts);
    // The folder progress is synced through (app/core/sync/README.md); empty: sync is off.
    QString syncFolder() const;
    void setSyncFolder(const QString &folder);

    // "system", "light" or "dark"; anything else reads as "system".
    QString theme() const;
    void setTheme(const QString &theme);

    void sync();
    // The settings file could not be read or parsed; defaults are in use and it will be rewritten.
    bool hadProblem() const { return m_hadProblem; }

private:
    std::unique_ptr<QSettings> m_settings;
    bool m_hadProblem = false;
};
