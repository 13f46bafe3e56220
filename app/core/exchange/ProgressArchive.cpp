#include "ProgressArchive.h"

#include "ProgressArchiveFormat.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

namespace {

bool isNewer(const QDateTime &a, const QDateTime &b)
{
    return a.isValid() && (!b.isValid() || a > b);
}

QString reviewKey(const ReviewLogEntry &r)
{
    return r.cardId + QLatin1Char('\n') + QString::number(r.reviewedAt.toSecsSinceEpoch()) + QLatin1Char('\n')
        + QString::number(int(r.rating));
}

} // namespace

ProgressArchive::ProgressArchive(ProgressStore &store)
    : m_store(store)
{
}

ProgressStore::ImportBatch ProgressArchive::snapshot() const
{
    ProgressStore::ImportBatch data;
    data.statuses = m_store.topicStatusEntries();
    data.notes = m_store.notes();
    data.bookmarks = m_store.bookmarks();
    data.schedules = m_store.cardSchedules();
    data.reviews = m_store.reviewLog();
    data.tasks = m_store.taskStateEntries();
    data.ownCards = m_store.ownCards();
    return data;
}

ProgressStore::ImportBatch ProgressArchive::merge(
    const ProgressStore::ImportBatch &current, const ProgressStore::ImportBatch &incoming, int &unchanged)
{
    ProgressStore::ImportBatch out;
    unchanged = 0;

    QHash<QString, QDateTime> statusTimes;
    for (const auto &s : current.statuses)
        statusTimes.insert(s.topicId, s.updatedAt);
    for (const auto &s : incoming.statuses) {
        const auto it = statusTimes.constFind(s.topicId);
        if (it == statusTimes.constEnd() || isNewer(s.updatedAt, *it))
            out.statuses.append(s);
        else
            ++unchanged;
    }

    QHash<QString, QDateTime> noteTimes;
    for (const TopicNote &n : current.notes)
        noteTimes.insert(n.topicId, n.updatedAt);
    for (const TopicNote &n : incoming.notes) {
        const auto it = noteTimes.constFind(n.topicId);
        if (it == noteTimes.constEnd() || isNewer(n.updatedAt, *it))
            out.notes.append(n);
        else
            ++unchanged;
    }

    // Bookmarks carry no update time: add the missing ones, and fill only an empty note.
    QHash<QString, QString> bookmarkNotes;
    const auto bookmarkKey = [](const Bookmark &b) -> QString {
        return QString::number(int(b.kind)) + QLatin1Char(':') + b.itemId;
    };
    for (const Bookmark &b : current.bookmarks)
        bookmarkNotes.insert(bookmarkKey(b), b.note);
    for (const Bookmark &b : incoming.bookmarks) {
        const auto it = bookmarkNotes.constFind(bookmarkKey(b));
        if (it == bookmarkNotes.constEnd() || (it->isEmpty() && !b.note.isEmpty()))
            out.bookmarks.append(b);
        else
            ++unchanged;
    }

    for (auto it = incoming.schedules.constBegin(); it != incoming.schedules.constEnd(); ++it) {
        const auto mine = current.schedules.constFind(it.key());
        if (mine == current.schedules.constEnd() || isNewer(it->lastReview, mine->lastReview))
            out.schedules.insert(it.key(), *it);
        else
            ++unchanged;
    }

    QHash<QString, QDateTime> taskTimes;
    for (const auto &t : current.tasks)
        taskTimes.insert(t.taskId, t.updatedAt);
    for (const auto &t : incoming.tasks) {
        const auto it = taskTimes.constFind(t.taskId);
        if (it == taskTimes.constEnd() || isNewer(t.updatedAt, *it))
            out.tasks.append(t);
        else
            ++unchanged;
    }

    // An own card edited on both computers: the later edit wins, as for a note.
    QHash<QString, QDateTime> cardTimes;
    for (const OwnCard &c : current.ownCards)
        cardTimes.insert(c.id, c.updatedAt);
    for (const OwnCard &c : incoming.ownCards) {
        const auto it = cardTimes.constFind(c.id);
        if (it == cardTimes.constEnd() || isNewer(c.updatedAt, *it))
            out.ownCards.append(c);
        else
            ++unchanged;
    }

    QSet<QString> reviews;
    for (const ReviewLogEntry &r : current.reviews)
        reviews.insert(reviewKey(r));
    for (const ReviewLogEntry &r : incoming.reviews) {
        const QString key = reviewKey(r);
        if (reviews.contains(key)) {
            ++unchanged;
        } else {
            reviews.insert(key);
            out.reviews.append(r);
        }
    }
    return out;
}

ProgressArchive::Result ProgressArchive::exportTo(const QString &path, const QDateTime &now) const
{
    Result result;
    if (!m_store.canRead()) {
        result.message = tr("Your progress cannot be exported: %1").arg(m_store.problem());
        return result;
    }
    const ProgressStore::ImportBatch data = snapshot();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.message = tr("Your progress cannot be written to %1: %2.").arg(path, file.errorString());
        return result;
    }
    file.write(QJsonDocument(ProgressArchiveFormat::toJson(m_store.guideId(), data, now))
                   .toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        result.message = tr("Your progress cannot be written to %1: %2.").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    result.counts = { int(data.statuses.size()), int(data.bookmarks.size()), int(data.notes.size()),
        int(data.schedules.size()), int(data.reviews.size()), int(data.tasks.size()), int(data.ownCards.size()) };
    result.message
        = tr("Exported to %1: topic statuses %2, bookmarks %3, notes %4, card schedules %5, reviews %6, "
             "checklist items %7, your own cards %8.")
              .arg(path)
              .arg(result.counts.statuses)
              .arg(result.counts.bookmarks)
              .arg(result.counts.notes)
              .arg(result.counts.schedules)
              .arg(result.counts.reviews)
              .arg(result.counts.tasks)
              .arg(result.counts.ownCards);
    return result;
}

ProgressArchive::Result ProgressArchive::importFrom(const QString &path, bool force)
{
    Result result;
    const auto refuse = [&](const QString &reason) {
        result.message = tr("%1 was not imported: %2.").arg(path, reason);
        return result;
    };
    if (!m_store.canWrite()) {
        QString problem = m_store.problem();
        while (problem.endsWith(QLatin1Char('.')))
            problem.chop(1);
        return refuse(problem.isEmpty() ? tr("your progress file is not open for writing") : problem);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("it cannot be read (%1)").arg(file.errorString()));
    // Check the size before reading, and read no more than the bound, so a huge file costs nothing.
    const auto tooLarge = [&] {
        const QString bound = QLocale::c().formattedDataSize(m_maximumBytes, 0, QLocale::DataSizeIecFormat);
        return refuse(tr("it is larger than %1, too large for a progress file").arg(bound));
    };
    if (file.size() > m_maximumBytes)
        return tooLarge();
    const QByteArray bytes = file.read(m_maximumBytes + 1);
    if (bytes.size() > m_maximumBytes)
        return tooLarge();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return refuse(parseError.error != QJsonParseError::NoError
                ? tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                : tr("it is not a Study Guide progress file"));
    }
    ProgressArchiveFormat::Contents contents;
    QString problem;
    if (!ProgressArchiveFormat::fromJson(document.object(), contents, problem))
        return refuse(problem);
    if (contents.guideId != m_store.guideId() && !force) {
        result.otherGuide = true;
        return refuse(tr("it holds progress for the guide \"%1\", not for \"%2\"")
                          .arg(contents.guideId, m_store.guideId()));
    }

    const ProgressStore::ImportBatch changes = merge(snapshot(), contents.data, result.unchanged);
    if (!m_store.importBatch(changes))
        return refuse(tr("your progress file could not be written, so nothing was changed"));
    result.ok = true;
    result.counts = { int(changes.statuses.size()), int(changes.bookmarks.size()), int(changes.notes.size()),
        int(changes.schedules.size()), int(changes.reviews.size()), int(changes.tasks.size()),
        int(changes.ownCards.size()) };
    result.message
        = tr("Imported from %1: topic statuses %2, bookmarks %3, notes %4, card schedules %5, reviews %6, "
             "checklist items %7, your own cards %8; %9 entries were already up to date.")
              .arg(path)
              .arg(result.counts.statuses)
              .arg(result.counts.bookmarks)
              .arg(result.counts.notes)
              .arg(result.counts.schedules)
              .arg(result.counts.reviews)
              .arg(result.counts.tasks)
              .arg(result.counts.ownCards)
              .arg(result.unchanged);
    return result;
}
