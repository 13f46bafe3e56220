#pragma once

#include "CardExporter.h"
#include "InterviewSession.h"
#include "LearnerSettings.h"
#include "ProgressBackups.h"
#include "ProgressTypes.h"
#include "StudyCounts.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>

class Guide;
class ProgressStore;
class StudyProgress;
class StudyRound;
class SyncScheduler;
struct Topic;

// The one door from the window to the guide, the progress store and the scheduler, with no
// widgets: every study command (open a guide, read a topic, review, practise, grade, bookmark,
// mark a status, take notes, export, import, restore a backup) is a call here, so a learner's
// whole journey can be driven and checked in a test on a fake clock. Views read through
// progress() and round() and listen to the signals; none of them sees the store.
class StudySession : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // A command's outcome, with one sentence for the status bar or a message box.
    struct Outcome
    {
        bool ok = false;
        QString message;
        bool otherGuide = false; // an import refused only because the file is for another guide
    };

    // Nothing of STORE is read until setGuide(): start-up builds the window while another
    // thread still opens the store.
    explicit StudySession(ProgressStore &store, QObject *parent = nullptr);
    ~StudySession() override;

    // The guide shown, with the progress in the store for it (null: none).
    void setGuide(std::unique_ptr<Guide> guide);
    // Loads the guide folder PATH; on failure keeps the current guide and ERROR says why.
    bool openGuideFolder(const QString &path, QString *error = nullptr);
    const Guide *guide() const { return m_guide.get(); }

    void setClock(Clock clock);
    QDateTime now() const;
    // How often the session looks whether a learning card became due while nothing happens;
    // it also wakes at the moment it knows something changes.
    void setPollInterval(int milliseconds);
    void setSchedulerParameters(const FsrsParameters &parameters);
    void setNewCardsPerDay(int limit);
    // When the next study day starts (0-23, local time); Anki's "next day starts at".
    void setRolloverHour(int hour);
    // Whether grades in a practice round change the schedule of cards that are not due.
    void setPracticeCounts(bool counts);
    // All of the settings above, and reading mode, at once (as at start-up): applied, not journalled.
    void setLearnerSettings(const LearnerSettings &settings);
    // The learner changed their settings here: applied, and those that changed are journalled,
    // so that a sync carries them to the learner's other computers.
    bool changeLearnerSettings(const LearnerSettings &settings);
    const LearnerSettings &learnerSettings() const { return m_learner; }

    const StudyProgress &progress() const { return *m_progress; }
    StudyRound &round() const { return *m_round; }
    // Sync through a shared folder (off until a folder is set): when it runs, and how it went.
    SyncScheduler &sync() const { return *m_sync; }

    // The store: whether it takes writes, and why not, in a sentence (empty when all is well).
    bool canWrite() const;
    QString storeProblem() const;
    QString recoveryMessage() const;
    QString dataPath() const;

    // What is left to study today under BRANCH (the whole guide when null), by StudyQueue's rule.
    StudyCounts counts(const Topic *branch = nullptr) const;
    QStringList cardIdsUnder(const Topic *branch) const;

    // Starts a review of BRANCH (the whole guide when null): due cards and today's new ones.
    void review(const Topic *branch);
    // Starts a practice round of TOPIC's cards (and those of its sections); for the root, of
    // the cards kept there: own cards for the whole guide or whose topic is gone.
    void practise(const Topic *topic);
    // Starts a practice round of CARDID's topic at that card (a bookmark or a search hit).
    bool practiseCard(const QString &cardId);
    // Re-reads what is due (the clock moved) and updates the round and the counts.
    void refresh();

    // A section of a long file keeps its own status; its file rolls it up.
    bool setStatus(const Topic *topic, TopicStatus status);
    // Task list boxes: ticked or not (as the file writes it until the learner ticks it).
    bool isTaskDone(const QString &taskId, bool checkedInFile) const;
    bool toggleTask(const QString &taskId);
    // The learner's own cards (OwnCards), kept in the store under their topic's id: made for
    // TOPIC (null or the root: the guide as a whole), changed, deleted. Each change is joined to
    // the guide at once, so the card is reviewed, practised and exported like the guide's own.
    // A deleted card's schedule and review history stay in the store, as for any card that
    // leaves a guide. CARDID receives the new card's id.
    Outcome addOwnCard(const Topic *topic, const QString &prompt, const QString &answer, QString *cardId = nullptr);
    Outcome editOwnCard(const QString &cardId, const QString &prompt, const QString &answer);
    Outcome removeOwnCard(const QString &cardId);
    bool isOwnCard(const QString &cardId) const;
    // An own card whose topic is no longer in the guide: it is kept, under the guide's root.
    bool isOrphanedCard(const QString &cardId) const;
    // A page that stayed open a moment counts as being read.
    void markOpened(const Topic *topic);
    Outcome toggleBookmark(ItemKind kind, const QString &itemId);
    bool setBookmarkNote(ItemKind kind, const QString &itemId, const QString &note);
    bool removeBookmark(ItemKind kind, const QString &itemId);
    QList<Bookmark> bookmarks() const;
    // Plain text for a bookmark or a hit: a topic's title, or a card's prompt without Markdown.
    QString describe(ItemKind kind, const QString &itemId) const;

    QString note(const QString &topicId) const;
    bool setNote(const QString &topicId, const QString &text);
    QList<TopicNote> notes() const;

    QList<ReviewLogEntry> reviewLog() const;
    QList<InterviewSession> interviewHistory() const;
    bool recordInterview(const InterviewSession &interview);
    // What each of Again..Easy would give CARDID now.
    std::array<CardSchedule, 4> preview(const QString &cardId) const;

    Outcome exportCards(const QString &path, CardExporter::Format format = CardExporter::Format::Anki) const;
    Outcome exportProgress(const QString &path) const;
    // FORCE accepts a file saved for another guide.
    Outcome importProgress(const QString &path, bool force = false);
    QList<ProgressBackups::Backup> backups() const;
    Outcome restoreBackup(const ProgressBackups::Backup &backup);

signals:
    void guideChanged();
    // Statuses, schedules, bookmarks or the roll-up changed.
    void progressChanged();
    // The counts of what is due may have changed (an answer, the clock, a new day).
    void countsChanged();
    void bookmarksChanged();
    // Own cards were made, changed or deleted: cards of the guide moved in memory.
    void cardsChanged();
    void noteChanged(const QString &topicId);
    void interviewsChanged();
    // Everything was read again from the store (an import, a restored backup, a sync that
    // merged another device's changes).
    void reloaded();
    // A sync merged another computer's change of the learner's settings. SETTINGS are in effect
    // already (scheduler, new cards a day, day start, practice counts); the window keeps them
    // and shows them (reading mode).
    void learnerSettingsMerged(const LearnerSettings &settings);
    // A sentence for the user: the store stopped taking writes, and why.
    void storeFailed(const QString &problem);

private:
    // Journals the learner's settings that no setting event of the guide has carried yet.
    void journalUnsentSettings();
    void scheduleWakeUp();
    // Joins the store's own cards to the guide again, in place of those joined before.
    void reattachOwnCards();

    ProgressStore &m_store;
    std::unique_ptr<Guide> m_guide;
    StudyProgress *m_progress;
    StudyRound *m_round;
    SyncScheduler *m_sync;
    QTimer m_wakeUp;
    int m_pollMs = 30000;
    StudyCounts m_lastCounts;
    LearnerSettings m_learner;
};
