#pragma once

#include "ProgressRollup.h"
#include "ProgressStore.h"
#include "Scheduler.h"
#include "StudyDay.h"

#include <QObject>
#include <QSet>

#include <array>
#include <functional>

class Guide;

// The user's standing in one guide: reads the store once, keeps the roll-up current as the
// store reports changes, and turns study actions into store writes. StudySession owns it and
// hands it to views to read; none of them talks to the store.
class StudyProgress : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    StudyProgress(ProgressStore &store, const FsrsParameters &parameters = {}, QObject *parent = nullptr);

    void setGuide(const Guide *guide);
    const Guide *guide() const { return m_guide; }
    const Scheduler &scheduler() const { return m_scheduler; }
    void setParameters(const FsrsParameters &parameters);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // When the learner's day begins; "today" and every daily figure follow it.
    const StudyDay &studyDay() const { return m_studyDay; }
    void setStudyDay(const StudyDay &day);
    QDate today() const { return m_studyDay.dayOf(now()); }

    int newCardsPerDay() const { return m_newCardsPerDay; }
    void setNewCardsPerDay(int limit) { m_newCardsPerDay = limit; }
    // The daily limit less the new cards first seen on the current study day.
    int newCardsLeftToday() const;

    ProgressRollup::Node node(const Topic *topic) const { return m_rollup.node(topic); }
    ProgressRollup::Node overall() const { return m_rollup.overall(); }
    TopicStatus storedStatus(const QString &topicId) const { return m_statuses.value(topicId, TopicStatus::NotStarted); }
    CardSchedule schedule(const QString &cardId) const { return m_schedules.value(cardId); }
    const QHash<QString, CardSchedule> &schedules() const { return m_schedules; }
    bool isBookmarked(ItemKind kind, const QString &id) const;

    // What each of Again, Hard, Good, Easy would give the card now.
    std::array<CardSchedule, 4> preview(const QString &cardId, const QDateTime &at) const;
    // Grades the card with the outcome PREVIEWED (so the interval shown is the one given).
    bool grade(const QString &cardId, Rating rating, const CardSchedule &previewed, const QString &source = QStringLiteral("review"));

    // Stores a finished mock interview, each answer's grade scheduled as a review of its card
    // at the time the interview finished.
    bool recordInterview(const InterviewSession &session);

    bool setStatus(const QString &topicId, TopicStatus status);
    // Opening a page that was not started marks it as being read.
    void markOpened(const Topic *topic);
    bool toggleBookmark(ItemKind kind, const QString &id);
    // Reads everything from the store again, after it was changed behind our back (an import).
    void reload();
    // Works the roll-up out again: time has passed, and what is due moved with it.
    void refresh() { rebuildRollup(); }

signals:
    void changed();

private:
    void rebuildRollup();

    ProgressStore &m_store;
    Scheduler m_scheduler;
    const Guide *m_guide = nullptr;
    Clock m_clock;
    StudyDay m_studyDay;
    int m_newCardsPerDay = 20;
    QHash<QString, TopicStatus> m_statuses;
    QHash<QString, CardSchedule> m_schedules;
    QSet<QString> m_bookmarkedTopics;
    QSet<QString> m_bookmarkedCards;
    ProgressRollup m_rollup;
};
