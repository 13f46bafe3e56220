#pragma once

// One simulated installation for the sync tests: its own progress file, its own copy of the
// shared folder (a sync engine's job, copying files between copies, is done by the test), and
// the study flow that grades cards as the app does.

#include "ProgressStore.h"
#include "StudyProgress.h"
#include "SyncEngine.h"
#include "SyncFolder.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <memory>

struct SyncTestDevice
{
    SyncTestDevice(const QString &root, const QString &name, const QString &guideId = QStringLiteral("guide"))
        : dataFile(root + QLatin1Char('/') + name + QStringLiteral(".sqlite"))
        , folder(root + QLatin1Char('/') + name + QStringLiteral("-folder"))
    {
        QDir().mkpath(folder);
        store = std::make_unique<ProgressStore>();
        store->open(dataFile);
        store->setGuideId(guideId);
        progress = std::make_unique<StudyProgress>(*store);
        progress->reload();
        engine = std::make_unique<SyncEngine>(*store);
        engine->setFolder(folder);
    }

    // Grades CARD with RATING at AT, as the card panel does: the previewed outcome is stored.
    bool review(const QString &card, Rating rating, const QDateTime &at)
    {
        const auto outcomes = progress->preview(card, at);
        return progress->grade(card, rating, outcomes.at(std::size_t(int(rating) - 1)));
    }

    SyncEngine::Result sync() { return engine->syncNow(); }

    // Copies every segment file of this device's folder copy that OTHER lacks, as a sync engine would.
    void deliverTo(const SyncTestDevice &other) const { copyTree(folder, other.folder); }

    static void copyTree(const QString &from, const QString &to)
    {
        const QDir source(from);
        for (const QString &entry : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            copyTree(source.filePath(entry), to + QLatin1Char('/') + entry);
        for (const QString &file : source.entryList(QDir::Files)) {
            if (SyncFolder::isTemporaryName(file))
                continue;
            QDir().mkpath(to);
            const QString target = to + QLatin1Char('/') + file;
            if (!QFile::exists(target))
                QFile::copy(source.filePath(file), target);
        }
    }

    // Everything the user would see of their progress in this guide, in one canonical text:
    // equal texts mean equal progress, whatever the row ids or the order rows were written in.
    QString state() const
    {
        QStringList lines;
        for (const auto &e : store->topicStatusEntries())
            lines << QStringLiteral("status %1 %2 %3")
                         .arg(e.topicId)
                         .arg(int(e.status))
                         .arg(e.updatedAt.toSecsSinceEpoch());
        for (const auto &n : store->notes())
            lines
                << QStringLiteral("note %1 %2 %3").arg(n.topicId, n.text).arg(n.updatedAt.toSecsSinceEpoch());
        for (const auto &b : store->bookmarks())
            lines << QStringLiteral("bookmark %1 %2 %3 %4")
                         .arg(int(b.kind))
                         .arg(b.itemId, b.note)
                         .arg(b.createdAt.toSecsSinceEpoch());
        const auto schedules = store->cardSchedules();
        for (auto it = schedules.cbegin(); it != schedules.cend(); ++it) {
            const CardSchedule &s = it.value();
            lines << QStringLiteral("card %1 %2 %3 %4 %5 %6 %7 %8 %9")
                         .arg(it.key())
                         .arg(int(s.state))
                         .arg(s.step)
                         .arg(s.memory ? QString::number(s.memory->stability, 'g', 12) : QStringLiteral("-"))
                         .arg(s.memory ? QString::number(s.memory->difficulty, 'g', 12) : QStringLiteral("-"))
                         .arg(s.due.toSecsSinceEpoch())
                         .arg(s.lastReview.toSecsSinceEpoch())
                         .arg(s.reps)
                         .arg(s.lapses);
        }
        for (const OwnCard &c : store->ownCards())
            lines << QStringLiteral("own %1 %2 %3 %4 %5 %6")
                         .arg(c.id, c.topicId, c.prompt, c.answer)
                         .arg(c.createdAt.toSecsSinceEpoch())
                         .arg(c.updatedAt.toSecsSinceEpoch());
        for (const auto &t : store->taskStateEntries())
            lines << QStringLiteral("task %1 %2 %3").arg(t.taskId).arg(t.done).arg(t.updatedAt.toSecsSinceEpoch());
        const QHash<QString, QString> settings = store->syncedSettings();
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            lines << QStringLiteral("setting %1 %2").arg(it.key(), it.value());
        for (const auto &r : store->reviewLog())
            lines << QStringLiteral("review %1 %2 %3 %4 %5 %6")
                         .arg(r.cardId)
                         .arg(int(r.rating))
                         .arg(r.reviewedAt.toSecsSinceEpoch())
                         .arg(int(r.stateBefore))
                         .arg(r.scheduledSeconds)
                         .arg(r.source);
        std::sort(lines.begin(), lines.end());
        return lines.join(QLatin1Char('\n'));
    }

    QString dataFile;
    QString folder;
    std::unique_ptr<ProgressStore> store;
    std::unique_ptr<StudyProgress> progress;
    std::unique_ptr<SyncEngine> engine;
};
