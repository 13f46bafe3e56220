// Reader benchmarks, printed as table rows. Not a test: nothing here passes or fails.
//
//   bench_reader topics DIR   render and lay out every page of the guide in DIR, as a topic
//                             switch does; prints p50 and p95 in ms
//   bench_reader readme       first open of a generated 110 KB README with tables, code, task
//                             lists and HTML: load, render and lay out; median and p95 of 9
//
// Each is measured twice: with the whole page rendered and laid out by QTextDocument at the
// reader's usual width (what all of it costs), and with --shown, as the reader (TopicReader, at
// its usual size) shows it, up to a painted first screen (grab()). The reader appends the rest
// of a long page and renders the neighbouring pages in idle time; the benchmark lets that idle
// work finish between two switches, as the time between two key presses would. "cold" switches
// first drop every page rendered ahead, as a jump to a page far away finds them.
//
// Wall and CPU time of the main thread are both printed: on a shared machine the wall clock
// also measures the wait for a core.

#include "CodeHighlighter.h"
#include "Guide.h"
#include "GuideLoader.h"
#include "MarkdownRenderer.h"
#include "TopicReader.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

namespace {

bool verbose = false;

// CPU time of this thread in ms: on a shared, loaded machine the wall clock measures the queue
// for a core as much as the work, so both are printed.
double threadCpuMilliseconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QList<double> cpuTimes; // of every renderAndLayOut() call
TopicReader *reader = nullptr; // when set, pages are shown in it instead of laid out whole

double renderAndLayOut(MarkdownRenderer &renderer, const Topic &page)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = threadCpuMilliseconds();
    qint64 parsed = 0;
    qint64 rendered = 0;
    if (reader) {
        reader->showTopic(&page);
        parsed = rendered = timer.nsecsElapsed();
        const double shownCpu = threadCpuMilliseconds();
        reader->grab(); // lays out and paints the first screen
        if (verbose)
            QTextStream(stderr) << page.id << ": showTopic CPU " << shownCpu - cpuStart << " ms, grab CPU "
                                << threadCpuMilliseconds() - shownCpu << " ms\n";
    } else {
        MarkdownRenderer::Options options;
        options.pageId = page.id;
        options.isTaskDone = [](const QString &, bool inFile) { return inFile; };
        const QString html = renderer.toHtml(page.markdown, options);
        rendered = timer.nsecsElapsed();
        QTextDocument document;
        document.setTextWidth(800);
        document.setHtml(html);
        parsed = timer.nsecsElapsed();
        document.documentLayout()->documentSize(); // forces the layout
    }
    if (verbose)
        QTextStream(stderr) << "render " << rendered / 1e6 << " ms, setHtml " << (parsed - rendered) / 1e6
                            << " ms, layout " << (timer.nsecsElapsed() - parsed) / 1e6 << " ms\n";
    cpuTimes.append(threadCpuMilliseconds() - cpuStart);
    return double(timer.nsecsElapsed()) / 1e6;
}

// The reader's idle work (the rest of a long page, the neighbours), as between two key presses.
void letIdleWorkFinish()
{
    while (reader && reader->hasIdleWork())
        QCoreApplication::processEvents();
}

QString figures(const QList<double> &wall, const QList<double> &cpu);

void collectPages(const Topic &topic, QList<const Topic *> &pages)
{
    if (!topic.markdown.isEmpty())
        pages.append(&topic);
    for (const auto &child : topic.children)
        collectPages(*child, pages);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min(qsizetype(p * double(values.size())), values.size() - 1));
}

int benchTopics(const QString &dir)
{
    GuideLoader::Result loaded = GuideLoader().load(dir);
    if (!loaded.guide)
        return 1;
    QList<const Topic *> pages;
    collectPages(*loaded.guide->root(), pages);
    // BENCH_PAGES=REGEX measures the pages whose id matches alone (for a profiler).
    if (const QString only = qEnvironmentVariable("BENCH_PAGES"); !only.isEmpty()) {
        const QRegularExpression pattern(only);
        pages.removeIf([&pattern](const Topic *page) { return !pattern.match(page->id).hasMatch(); });
    }
    CodeHighlighter highlighter;
    MarkdownRenderer renderer(highlighter);
    if (reader)
        reader->setGuide(loaded.guide.get());
    for (const Topic *page : pages) { // the first use of each language loads its definition
        renderAndLayOut(renderer, *page);
        letIdleWorkFinish();
    }
    QList<bool> coldRuns = reader ? QList<bool> { false, true } : QList<bool> { true };
    // BENCH_ROW=cold or next measures that row alone (for a profiler).
    const QByteArray onlyRow = qgetenv("BENCH_ROW");
    if (reader && !onlyRow.isEmpty())
        coldRuns = { onlyRow == "cold" };
    for (const bool cold : coldRuns) {
        QList<double> times;
        cpuTimes.clear();
        for (int round = 0; round < 5; ++round) {
            for (const Topic *page : pages) {
                if (reader && cold) {
                    reader->forgetRenderedPages();
                    reader->forgetHighlightedCode();
                }
                if (cold)
                    highlighter.forgetRecent();
                times.append(renderAndLayOut(renderer, *page));
                letIdleWorkFinish();
            }
        }
        const QString what = !reader ? QStringLiteral("render and whole layout")
            : cold ? QStringLiteral("cold: render, first screen painted")
                   : QStringLiteral("next page: first screen painted");
        QTextStream(stdout) << QStringLiteral("| topic switch (%1) | bundled guide, %2 pages x 5 | %3 | target p95 under 16 ms |\n")
                                   .arg(what)
                                   .arg(pages.size())
                                   .arg(figures(times, cpuTimes));
    }
    return 0;
}

QString generatedReadme()
{
    QString md = QStringLiteral(
        "# Generated checklist\n\n<p align=\"center\"><img src=\"d.png\" width=\"300\"></p>\n\n");
    int chapter = 0;
    while (md.toUtf8().size() < 110 * 1024) {
        ++chapter;
        md += QStringLiteral("## Chapter %1: caching / queues & more\n\n").arg(chapter);
        md += QStringLiteral("Memcached keeps values in memory; a queue smooths load. See [the "
                             "table](#chapter-%1-caching--queues--more).\n\n")
                  .arg(chapter);
        md += QStringLiteral(
            "- ### Part %1\n  - [ ] Explain the first idea of part %1\n  - [x] Explain the second idea\n\n")
                  .arg(chapter);
        md += QStringLiteral("| Option | Read | Write |\n| --- | --- | --- |\n| cache | fast | slow |\n| "
                             "queue | n/a | smooth |\n\n");
        md += QStringLiteral(
            "```python\ndef handler(event):\n    return cache.get(event.key) or load(event.key)\n```\n\n");
        md += QStringLiteral(
            "<details><summary>Answer %1</summary>\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd>.\n\n</details>\n\n")
                  .arg(chapter);
    }
    return md;
}

int benchReadme()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("README.md")));
    if (!file.open(QIODevice::WriteOnly)) // Qt 6.11 marks open() [[nodiscard]]
        return 1;
    const QByteArray bytes = generatedReadme().toUtf8();
    file.write(bytes);
    file.close();
    CodeHighlighter highlighter;
    MarkdownRenderer renderer(highlighter);
    renderer.toHtml(QStringLiteral("```python\nx\n```\n")); // the language definition, once per run
    QList<double> times;
    QList<double> cpu;
    for (int round = 0; round < 9; ++round) {
        QElapsedTimer timer;
        timer.start();
        // Each open as the first: no code highlighted lately (the chapters repeat their code).
        highlighter.forgetRecent();
        if (reader)
            reader->forgetHighlightedCode();
        const double cpuStart = threadCpuMilliseconds();
        GuideLoader::Result loaded = GuideLoader().load(dir.path());
        if (!loaded.guide)
            return 1;
        if (verbose)
            QTextStream(stderr) << "load " << timer.nsecsElapsed() / 1e6 << " ms, CPU "
                                << threadCpuMilliseconds() - cpuStart << " ms\n";
        if (reader)
            reader->setGuide(loaded.guide.get());
        renderAndLayOut(renderer, *loaded.guide->root());
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMilliseconds() - cpuStart); // the loader's threads are not counted
        letIdleWorkFinish();
        if (reader)
            reader->setGuide(nullptr); // before the guide it shows goes
    }
    QTextStream(stdout) << QStringLiteral("| first open of a long README (load, render, %3) | generated, %1 "
                                          "KB, 9 opens | %2 | target under 50 ms |\n")
                               .arg(bytes.size() / 1024)
                               .arg(figures(times, cpu))
                               .arg(reader ? QStringLiteral("first screen painted")
                                           : QStringLiteral("whole layout"));
    return 0;
}

QString figures(const QList<double> &wall, const QList<double> &cpu)
{
    return QStringLiteral("median %1 ms, p95 %2 ms (CPU median %3, p95 %4 ms)")
        .arg(percentile(wall, 0.5), 0, 'f', 1)
        .arg(percentile(wall, 0.95), 0, 'f', 1)
        .arg(percentile(cpu, 0.5), 0, 'f', 1)
        .arg(percentile(cpu, 0.95), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    verbose = qEnvironmentVariableIsSet("BENCH_VERBOSE");
    TopicReader shown;
    if (args.size() > 1 && args.at(1) == QLatin1String("--shown")) {
        args.removeAt(1);
        shown.resize(900, 700);
        shown.show();
        reader = &shown;
    }
    if (args.size() == 3 && args.at(1) == QLatin1String("topics"))
        return benchTopics(args.at(2));
    if (args.size() == 2 && args.at(1) == QLatin1String("readme"))
        return benchReadme();
    QTextStream(stderr) << "usage: bench_reader [--shown] topics DIR | readme\n";
    return 2;
}
