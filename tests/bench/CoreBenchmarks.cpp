// Benchmarks of the core, printed as table rows. Not a test: nothing here passes or fails.
//
//   bench_core guide N      load a generated guide of N topics; prints ms, peak memory and CPU time
//   bench_core grades N     commit N grades durably; prints p50 and p95 in ms
//   bench_core search N     index a generated guide of N cards, then search once per keystroke
//                           of typed queries; prints the build time and p50/p95 per keystroke
//
// Each run is its own process so that peak memory belongs to that size alone.

#include "GuideLoader.h"
#include "ProgressStore.h"
#include "Scheduler.h"
#include "SearchIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

namespace {

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// CPU time of the process so far, all threads, user and system. Next to the wall-clock time it
// shows whether a run was held back by other work on the machine.
double cpuMilliseconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Chapters of 100 topics, each topic a page with text, a code block and three cards.
void writeGuide(const QString &root, int topics)
{
    QDir().mkpath(root);
    QFile index(root + QStringLiteral("/index.md"));
    if (!index.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(index.fileName()));
    index.write("---\ntitle: Generated\nid: generated\n---\n# Generated\n");
    for (int t = 0; t < topics; ++t) {
        const QString chapter = root + QStringLiteral("/%1-chapter-%1").arg(t / 100, 4, 10, QLatin1Char('0'));
        if (t % 100 == 0)
            QDir().mkpath(chapter);
        QFile f(chapter + QStringLiteral("/%1-topic-%1.md").arg(t, 6, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        QByteArray text = "---\ntitle: Topic " + QByteArray::number(t) + "\n---\n# Topic " + QByteArray::number(t) + "\n\n";
        text += "Generators yield values lazily; a list holds them all. Topic number " + QByteArray::number(t)
            + " explains iteration, closures and decorators with an example.\n\n";
        text += "```python\nprint(sum(range(" + QByteArray::number(t) + ")))\n```\n\n## Practice\n\n";
        for (int c = 0; c < 3; ++c)
            text += "### Q: Question " + QByteArray::number(c) + " of topic " + QByteArray::number(t)
                + "?\n\nAn answer about generators and memory.\n\n";
        f.write(text);
    }
}

int benchGuide(int topics)
{
    QTemporaryDir dir;
    writeGuide(dir.filePath(QStringLiteral("g")), topics);
    const long before = peakKilobytes();
    const double cpuBefore = cpuMilliseconds();
    QElapsedTimer timer;
    timer.start();
    GuideLoader::Limits limits;
    limits.maximumFiles = std::max(limits.maximumFiles, topics + 1000); // the 50,000 case is past the default bound
    const auto result = GuideLoader(limits).load(dir.filePath(QStringLiteral("g")));
    const double ms = timer.nsecsElapsed() / 1e6;
    const double cpu = cpuMilliseconds() - cpuBefore;
    if (!result.guide)
        return 1;
    QTextStream(stdout) << QStringLiteral("| load guide | %1 topics, %2 cards | %3 ms | peak %4 MB (+%5 MB), CPU %6 ms |\n")
                               .arg(result.guide->topicCount())
                               .arg(result.guide->cardCount())
                               .arg(ms, 0, 'f', 1)
                               .arg(peakKilobytes() / 1024.0, 0, 'f', 1)
                               .arg((peakKilobytes() - before) / 1024.0, 0, 'f', 1)
                               .arg(cpu, 0, 'f', 1);
    return 0;
}

int benchGrades(int count)
{
    QTemporaryDir dir;
    ProgressStore store;
    if (store.open(dir.filePath(QStringLiteral("p.sqlite"))) != ProgressStore::Mode::ReadWrite)
        return 1;
    store.setGuideId(QStringLiteral("bench"));
    Scheduler scheduler(FsrsParameters(), 1);
    QList<double> ms;
    QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("card-%1").arg(i % 200);
        const CardSchedule before = store.cardSchedule(id).value_or(CardSchedule());
        const CardSchedule after = scheduler.review(before, Rating::Good, now);
        QElapsedTimer timer;
        timer.start();
        store.recordReview(id, before.state, after, Rating::Good, now);
        ms.append(timer.nsecsElapsed() / 1e6);
        now = now.addSecs(30);
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << QStringLiteral("| grade committed (WAL, synchronous=FULL) | %1 grades | p50 %2 ms | p95 %3 ms |\n")
                               .arg(count)
                               .arg(ms.at(ms.size() / 2), 0, 'f', 2)
                               .arg(ms.at(ms.size() * 95 / 100), 0, 'f', 2);
    return 0;
}

int benchSearch(int cards)
{
    QTemporaryDir dir;
    const int topics = (cards + 2) / 3;
    writeGuide(dir.filePath(QStringLiteral("g")), topics);
    const auto loaded = GuideLoader().load(dir.filePath(QStringLiteral("g")));
    if (!loaded.guide)
        return 1;
    QElapsedTimer timer;
    timer.start();
    SearchIndex index;
    if (!index.build(*loaded.guide))
        return 1;
    const double buildMs = timer.nsecsElapsed() / 1e6;
    // Typed one key at a time, as the search box sees them. "generators" matches every card
    // of the generated guide, the worst case for ranking; the others match few or none.
    const QStringList typed { QStringLiteral("generators memory"), QStringLiteral("decorators"),
                              QStringLiteral("question 2 of topic 1234"), QStringLiteral("closures iteration"),
                              QStringLiteral("sum range"), QStringLiteral("nothing matches this") };
    QList<double> ms;
    int hits = 0;
    for (const QString &query : typed) {
        for (int length = 1; length <= query.size(); ++length) {
            timer.restart();
            const int found = int(index.search(query.left(length)).size());
            hits += found;
            ms.append(timer.nsecsElapsed() / 1e6);
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                QTextStream(stderr) << '"' << query.left(length) << "\" " << found << " hits, " << ms.last() << " ms\n";
        }
    }
    std::sort(ms.begin(), ms.end());
    QTextStream(stdout) << QStringLiteral("| search per keystroke (FTS5, 50 hits with snippets) | %1 cards, %2 keystrokes | p50 %3 ms | p95 %4 ms, max %5 ms; index built in %6 ms off the UI thread |\n")
                               .arg(loaded.guide->cardCount())
                               .arg(ms.size())
                               .arg(ms.at(ms.size() / 2), 0, 'f', 2)
                               .arg(ms.at(ms.size() * 95 / 100), 0, 'f', 2)
                               .arg(ms.last(), 0, 'f', 2)
                               .arg(buildMs, 0, 'f', 0);
    return hits > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("guide"))
        return benchGuide(args.at(2).toInt());
    if (args.size() == 3 && args.at(1) == QLatin1String("grades"))
        return benchGrades(args.at(2).toInt());
    if (args.size() == 3 && args.at(1) == QLatin1String("search"))
        return benchSearch(args.at(2).toInt());
    QTextStream(stderr) << "usage: bench_core guide N | grades N | search N\n";
    return 2;
}
