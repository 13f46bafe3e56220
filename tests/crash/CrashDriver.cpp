// Writes a stream of study actions to a progress database and acknowledges each one on
// standard output only after the store has committed it. tst_crashsafety kills this
// process at random moments and checks that every acknowledged action survived.
//
//   crash_driver DATABASE FIRST   performs actions FIRST, FIRST+1, ... until killed

#include "ProgressStore.h"
#include "UtcDateTime.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cstdio>

namespace {

// Action I, the same every time, so the checker can tell what must be there.
bool perform(ProgressStore &store, qint64 i)
{
    const QString n = QString::number(i);
    switch (i % 4) {
    case 0:
        return store.setNote(QStringLiteral("topic-") + n, QStringLiteral("note ") + n);
    case 1: {
        CardSchedule after;
        after.state = CardState::Review;
        after.memory = MemoryState { 1.0 + double(i), 5.0 };
        after.lastReview = UtcDateTime::fromSecsSinceEpoch(1'700'000'000 + i);
        after.due = after.lastReview.addDays(3);
        after.reps = 1;
        return store.recordReview(QStringLiteral("card-") + n, CardState::New, after, Rating::Good, after.lastReview);
    }
    case 2:
        return store.setBookmark(ItemKind::Card, QStringLiteral("card-") + n, QStringLiteral("why ") + n);
    default:
        return store.setTopicStatus(QStringLiteral("topic-") + n, TopicStatus::Done);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    ProgressStore store;
    if (store.open(QString::fromLocal8Bit(argv[1])) != ProgressStore::Mode::ReadWrite)
        return 1;
    store.setGuideId(QStringLiteral("crash"));
    for (qint64 i = QByteArray(argv[2]).toLongLong();; ++i) {
        if (!perform(store, i))
            return 1;
        std::printf("%lld\n", static_cast<long long>(i));
        std::fflush(stdout);
    }
}
