// Benchmark of sync merges, printed as table rows. Not a test: nothing here passes or fails.
//
//   bench_sync N D    N reviews from D devices (in segments of 2,000, as a folder holds them) merged
//                     into a fresh progress file in one pass; then a day's new reviews (100 a
//                     device) merged into it; then a pass that finds nothing new, and the device
//                     list. Prints the times in ms, and the CPU time.

#include "UtcDateTime.h"
#include "HybridClock.h"
#include "ProgressStore.h"
#include "SyncEngine.h"
#include "SyncFolder.h"
#include "SyncSegment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

namespace {

double cpuMilliseconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

const QString guide = QStringLiteral("bench-guide");

// COUNT reviews of device DEVICE from seq FIRST, in segments of 2,000, each review a day after
// the device's previous one of the same card, spread over 2,000 cards.
int writeReviews(const QString &folder, int device, qint64 first, int count, qint64 start)
{
    const QString id = QStringLiteral("%1").arg(device + 1, 32, 16, QLatin1Char('0'));
    const QString dir = SyncFolder(folder).deviceFolder(guide, id);
    int written = 0;
    for (qint64 seq = first; written < count;) {
        SyncSegment s;
        s.guideId = guide;
        s.device = id;
        s.deviceName = QStringLiteral("device %1").arg(device + 1);
        s.firstSeq = seq;
        for (int i = 0; i < 2000 && written < count; ++i, ++seq, ++written) {
            const qint64 at = start + (seq / 2000) * 86400 + (seq % 2000) * 7 + device;
            s.events.append({ id, seq, (at * 1000) << HybridClock::counterBits, SyncEvent::Kind::Review,
                QStringLiteral("card-%1").arg(seq % 2000), at, int(1 + (seq * 7 + device) % 4),
                QStringLiteral("review"), false });
        }
        s.lastSeq = seq - 1;
        if (!SyncFolder::writeAtomically(dir, SyncFolder::segmentName(s.firstSeq, s.lastSeq), s.encode())
                 .isEmpty())
            return -1;
    }
    return written;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || args.at(1).toInt() <= 0 || args.at(2).toInt() <= 0) {
        QTextStream(stderr) << "usage: bench_sync REVIEWS DEVICES\n";
        return 2;
    }
    const int reviews = args.at(1).toInt();
    const int devices = args.at(2).toInt();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("folder"));
    const qint64 start = UtcDateTime::at(QDate(2025, 1, 1), QTime(8, 0)).toSecsSinceEpoch();
    const int each = reviews / devices;
    for (int d = 0; d < devices; ++d)
        writeReviews(folder, d, 1, each, start);

    ProgressStore store;
    store.open(dir.filePath(QStringLiteral("progress.sqlite")));
    store.setGuideId(guide);
    SyncEngine engine(store);
    engine.setFolder(folder);
    QElapsedTimer timer;
    double cpu = cpuMilliseconds();
    timer.start();
    SyncEngine::Result r = engine.syncNow();
    const double full = double(timer.nsecsElapsed()) / 1e6;
    const double fullCpu = cpuMilliseconds() - cpu;
    QTextStream out(stdout);
    if (!r.ok || r.eventsRead != each * devices) {
        QTextStream(stderr) << "bench_sync: the merge failed: " << r.error << " (" << r.eventsRead
                            << " events)\n";
        return 1;
    }
    out << QStringLiteral("| sync: merge a whole journal | %1 reviews from %2 devices | %3 ms | %4 ms CPU; "
                          "target under 1 s |\n")
               .arg(r.eventsRead)
               .arg(devices)
               .arg(full, 0, 'f', 0)
               .arg(fullCpu, 0, 'f', 0);

    // A day later each device has reviewed 100 more cards.
    for (int d = 0; d < devices; ++d)
        writeReviews(folder, d, each + 1, 100, start + 400 * 86400);
    cpu = cpuMilliseconds();
    timer.restart();
    r = engine.syncNow();
    const double day = double(timer.nsecsElapsed()) / 1e6;
    if (!r.ok || r.eventsRead != 100 * devices) {
        QTextStream(stderr) << "bench_sync: the day's merge failed: " << r.error << "\n";
        return 1;
    }
    out << QStringLiteral("| sync: merge a day's reviews | %1 new reviews from %2 devices, into %3 | %4 ms | "
                          "%5 ms CPU; target under 50 ms |\n")
               .arg(r.eventsRead)
               .arg(devices)
               .arg(each * devices)
               .arg(day, 0, 'f', 1)
               .arg(cpuMilliseconds() - cpu, 0, 'f', 1);

    // What the window's timer and file watcher cost when nothing changed: a pass that finds no
    // new file, and the device list that the status bar and the Progress view show after it.
    cpu = cpuMilliseconds();
    timer.restart();
    r = engine.syncNow();
    const double idle = double(timer.nsecsElapsed()) / 1e6;
    const double idleCpu = cpuMilliseconds() - cpu;
    cpu = cpuMilliseconds();
    timer.restart();
    const int listed = int(engine.devices().size());
    const double list = double(timer.nsecsElapsed()) / 1e6;
    if (!r.ok || r.eventsRead != 0 || listed != devices) {
        QTextStream(stderr) << "bench_sync: the pass with nothing new failed: " << r.error << "\n";
        return 1;
    }
    out << QStringLiteral("| sync: a pass with nothing new, then the device list | into %1 | %2 ms, list %3 ms | "
                          "%4 ms CPU, list %5 ms CPU; on the window's thread |\n")
               .arg(each * devices + 100 * devices)
               .arg(idle, 0, 'f', 1)
               .arg(list, 0, 'f', 1)
               .arg(idleCpu, 0, 'f', 1)
               .arg(cpuMilliseconds() - cpu, 0, 'f', 1);
    return 0;
}
