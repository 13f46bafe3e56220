// studyguide: opens a guide in the main window, or validates or dumps one from the command line.

#include "AppSettings.h"
#include "AppTranslations.h"
#include "CardExporter.h"
#include "CodeHighlighter.h"
#include "Guide.h"
#include "GuideJson.h"
#include "GuideLoader.h"
#include "GuideSnapshot.h"
#include "MainWindow.h"
#include "StudySession.h"
#include "ProgressArchive.h"
#include "ProgressBackups.h"
#include "OwnCards.h"
#include "ProgressStore.h"
#include "SearchIndex.h"
#include "SyncEngine.h"
#include "ThemePalette.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImageReader>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <fontconfig/fontconfig.h>

#include <cstdio>
#include <future>

namespace {

const auto bundledGuidePath = QStringLiteral(":/guide/python-interview");

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct Options
{
    QCommandLineOption guide { QStringLiteral("guide"), QStringLiteral("Open the guide in folder DIR."), QStringLiteral("DIR") };
    QCommandLineOption validate { QStringLiteral("validate"),
                                  QStringLiteral("Check the guide in DIR, print its problems as FILE:LINE: severity: "
                                                 "message, and exit 0 (no errors), 1 (errors) or 2 (usage)."),
                                  QStringLiteral("DIR") };
    QCommandLineOption dump { QStringLiteral("dump"), QStringLiteral("Print the parsed guide in DIR as JSON."),
                              QStringLiteral("DIR") };
    QCommandLineOption dataDir { QStringLiteral("data-dir"),
                                 QStringLiteral("Keep progress and settings in DIR instead of the usual place."),
                                 QStringLiteral("DIR") };
    QCommandLineOption exportCards { QStringLiteral("export-cards"),
                                     QStringLiteral("Write the cards of the guide (the bundled one unless --guide is "
                                                    "given) to FILE as tab-separated text for Anki or Mnemosyne."),
                                     QStringLiteral("FILE") };
    QCommandLineOption cardFormat { QStringLiteral("card-format"),
                                    QStringLiteral("With --export-cards: anki (the default; with Anki's header "
                                                   "lines and a tags column) or mnemosyne (front and back only)."),
                                    QStringLiteral("FORMAT") };
    QCommandLineOption exportProgress { QStringLiteral("export-progress"),
                                        QStringLiteral("Save your progress in the guide (statuses, bookmarks, notes, "
                                                       "card schedules, review log) to FILE as JSON."),
                                        QStringLiteral("FILE") };
    QCommandLineOption importProgress { QStringLiteral("import-progress"),
                                        QStringLiteral("Merge progress saved with --export-progress from FILE into "
                                                       "yours, keeping the newer of each."),
                                        QStringLiteral("FILE") };
    QCommandLineOption search { QStringLiteral("search"),
                                QStringLiteral("Search the guide (the bundled one unless --guide is given) as the "
                                               "window does; print TOPIC-ID, TITLE and SNIPPET of each hit, best "
                                               "first, separated by tabs. Exit 0 with hits, 1 with none."),
                                QStringLiteral("QUERY") };
    QCommandLineOption force { QStringLiteral("force"),
                               QStringLiteral("With --import-progress: accept a file saved for another guide.") };
    QCommandLineOption syncFolder { QStringLiteral("sync-folder"),
                                    QStringLiteral("Sync progress through DIR, a folder that Syncthing or another "
                                                   "file sync keeps the same on each computer; remembered."),
                                    QStringLiteral("DIR") };
    QCommandLineOption sync { QStringLiteral("sync"),
                              QStringLiteral("Run one sync pass for the guide (write this computer's changes, merge "
                                             "the others') and exit 0, or 1 on failure.") };
};

int validateGuide(const QString &dir)
{
    QTextStream out(stdout);
    GuideLoader::Result result = GuideLoader().load(dir);
    if (!result.guide) {
        QTextStream(stderr) << "studyguide: " << result.error << Qt::endl;
        return Failure;
    }
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : result.guide->diagnostics()) {
        out << d.toString() << '\n';
        (d.severity == Diagnostic::Severity::Error ? errors : warnings)++;
    }
    out << QStringLiteral("%1: %2 topics, %3 cards, %4 errors, %5 warnings")
               .arg(result.guide->title())
               .arg(result.guide->topicCount())
               .arg(result.guide->cardCount())
               .arg(errors)
               .arg(warnings)
        << Qt::endl;
    return errors > 0 ? Failure : Success;
}

int dumpGuide(const QString &dir)
{
    GuideLoader::Result result = GuideLoader().load(dir);
    if (!result.guide) {
        QTextStream(stderr) << "studyguide: " << result.error << Qt::endl;
        return Failure;
    }
    const QByteArray json = QJsonDocument(GuideJson::toJson(*result.guide)).toJson(QJsonDocument::Indented);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return Success;
}

// The bundled guide, from the snapshot the build saved of it; parsed from its Markdown only
// if the snapshot cannot be read (which the tests rule out for a build).
GuideLoader::Result loadBundledGuide()
{
    QFile snapshot(bundledGuidePath + QStringLiteral(".snapshot"));
    if (snapshot.open(QIODevice::ReadOnly)) {
        QString error;
        std::unique_ptr<Guide> guide = GuideSnapshot::load(snapshot.readAll(), bundledGuidePath, &error);
        if (guide)
            return { std::move(guide), QString() };
        QTextStream(stderr) << "studyguide: the bundled guide's snapshot cannot be read (" << error
                            << "); reading its Markdown instead" << Qt::endl;
    }
    return GuideLoader().load(bundledGuidePath, QStringLiteral("python-interview"));
}

// The guide the exchange options work on: the one in DIR, else the bundled one.
GuideLoader::Result loadGuideOrBundled(const QString &dir)
{
    return dir.isEmpty() ? loadBundledGuide() : GuideLoader().load(dir);
}

int exportCards(const QString &guideDir, const QString &dataDir, const QString &file, CardExporter::Format format)
{
    GuideLoader::Result loaded = loadGuideOrBundled(guideDir);
    if (!loaded.guide) {
        QTextStream(stderr) << "studyguide: " << loaded.error << Qt::endl;
        return Failure;
    }
    // The learner's own cards are cards of the guide as the window shows it; a data folder with
    // no progress file has none, and none is made for it.
    const QString folder = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    const QString progress = folder + QStringLiteral("/progress.sqlite");
    if (QFileInfo::exists(progress)) {
        ProgressStore store;
        store.open(progress);
        store.setGuideId(loaded.guide->id());
        OwnCards::attach(*loaded.guide, store.ownCards());
    }
    CodeHighlighter highlighter;
    const CardExporter::Result result = CardExporter(highlighter).write(file, *loaded.guide, nullptr, format);
    QTextStream(result.ok ? stdout : stderr) << (result.ok ? "" : "studyguide: ") << result.message << Qt::endl;
    return result.ok ? Success : Failure;
}

// A snippet's HTML (escaped text, matches in <b>) as one line of plain text.
QString plainSnippet(QString html)
{
    html.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    for (QChar &c : html) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return html.simplified();
}

int searchGuide(const QString &guideDir, const QString &query)
{
    GuideLoader::Result loaded = loadGuideOrBundled(guideDir);
    if (!loaded.guide) {
        QTextStream(stderr) << "studyguide: " << loaded.error << Qt::endl;
        return Usage;
    }
    SearchIndex index;
    if (!index.build(*loaded.guide)) {
        QTextStream(stderr) << "studyguide: the search index could not be built: " << index.lastError() << Qt::endl;
        return Usage;
    }
    const QList<SearchHit> hits = index.search(query);
    QTextStream out(stdout);
    for (const SearchHit &hit : hits)
        out << hit.topicId << '\t' << plainSnippet(hit.title.toHtmlEscaped()) << '\t' << plainSnippet(hit.snippetHtml)
            << '\n';
    out.flush();
    return hits.isEmpty() ? Failure : Success;
}

int exchangeProgress(const QString &guideDir, const QString &dataDir, const QString &file, bool import, bool force)
{
    GuideLoader::Result loaded = loadGuideOrBundled(guideDir);
    if (!loaded.guide) {
        QTextStream(stderr) << "studyguide: " << loaded.error << Qt::endl;
        return Failure;
    }
    const QString folder = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    ProgressStore store;
    store.open(folder + QStringLiteral("/progress.sqlite"));
    store.setGuideId(loaded.guide->id());
    if (!store.recoveryMessage().isEmpty())
        QTextStream(stderr) << "studyguide: " << store.recoveryMessage() << Qt::endl;
    if (!store.canRead()) {
        QTextStream(stderr) << "studyguide: " << store.problem() << Qt::endl;
        return Failure;
    }
    ProgressArchive archive(store);
    const ProgressArchive::Result result = import ? archive.importFrom(file, force) : archive.exportTo(file);
    QTextStream(result.ok ? stdout : stderr) << (result.ok ? "" : "studyguide: ") << result.message << Qt::endl;
    return result.ok ? Success : Failure;
}

QString settingsFile(const QString &dataDir)
{
    return dataDir.isEmpty() ? QString() : dataDir + QStringLiteral("/settings.ini");
}

int syncOnce(const QString &guideDir, const QString &dataDir, const QString &folder)
{
    GuideLoader::Result loaded = loadGuideOrBundled(guideDir);
    if (!loaded.guide) {
        QTextStream(stderr) << "studyguide: " << loaded.error << Qt::endl;
        return Failure;
    }
    AppSettings settings(settingsFile(dataDir));
    const QString syncFolder = folder.isEmpty() ? settings.syncFolder() : folder;
    if (syncFolder.isEmpty()) {
        QTextStream(stderr) << "studyguide: no sync folder is set; give one with --sync-folder DIR" << Qt::endl;
        return Failure;
    }
    const QString dataFolder = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;
    if (!QDir().mkpath(dataFolder)) {
        QTextStream(stderr) << "studyguide: cannot create the data folder " << dataFolder << Qt::endl;
        return Failure;
    }
    ProgressStore store;
    store.open(dataFolder + QStringLiteral("/progress.sqlite"));
    store.setGuideId(loaded.guide->id());
    if (!store.recoveryMessage().isEmpty())
        QTextStream(stderr) << "studyguide: " << store.recoveryMessage() << Qt::endl;
    // Settings made before they were journalled go out with this pass, as the window sends them.
    const QHash<QString, QString> unsent = settings.learnerSettings().unsentValues(store.syncedSettings());
    if (!unsent.isEmpty() && store.canWrite())
        store.setSyncedSettings(unsent);
    SyncEngine engine(store);
    engine.setFolder(syncFolder);
    engine.setParameters(settings.schedulerParameters());
    const SyncEngine::Result result = engine.syncNow();
    for (const QString &warning : result.warnings)
        QTextStream(stderr) << "studyguide: warning: " << warning << Qt::endl;
    if (!result.ok) {
        QTextStream(stderr) << "studyguide: " << result.error << Qt::endl;
        return Failure;
    }
    // Settings another computer changed are this one's from now on, as the window would keep them.
    if (!result.settings.isEmpty()) {
        settings.setLearnerSettings(settings.learnerSettings().with(result.settings));
        settings.sync();
    }
    QTextStream out(stdout);
    out << QStringLiteral("Synced %1: %2 changes merged").arg(QDir::toNativeSeparators(syncFolder)).arg(result.eventsRead);
    if (!result.fromDevices.isEmpty())
        out << " from " << result.fromDevices.join(QStringLiteral(", "));
    out << ", " << result.eventsWritten << " written" << (result.compacted ? ", journal compacted" : "") << Qt::endl;
    return Success;
}

// The guide the window opens with: the one in DIR, else (and when DIR cannot be used) the
// bundled one, with the error to show when DIR failed.
struct StartupGuide
{
    GuideLoader::Result loaded;
    QString error;
};

// Two lists the window's first use of text and of an icon file would otherwise build on the UI
// thread: Qt's list of every font fontconfig knows, and of every image format plugin. Both are
// shared by all threads and guarded by Qt (QFontDatabase is thread-safe), and both need the
// application to exist first (its platform provides the fonts).
void warmUpGuiCaches()
{
    QFontDatabase::families();
    QImageReader::supportedImageFormats();
}

// The progress store start-up opens beside the window being built, and the thread that uses
// it once it is open.
struct StoreToOpen
{
    ProgressStore *store = nullptr;
    QString path;
    QThread *user = nullptr;
};

StartupGuide loadStartupGuide(const QString &dir)
{
    StartupGuide startup;
    if (!dir.isEmpty()) {
        startup.loaded = GuideLoader().load(dir);
        if (startup.loaded.guide)
            return startup;
        startup.error = startup.loaded.error;
    }
    GuideLoader::Result bundled = loadGuideOrBundled(QString());
    if (startup.error.isEmpty())
        startup.error = bundled.error;
    startup.loaded = std::move(bundled);
    return startup;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("StudyGuide"));
    QCoreApplication::setApplicationName(QStringLiteral("studyguide"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STUDYGUIDE_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Study Guide: read, test yourself and track your progress "
                                                    "through a guide of Markdown files."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({ options.guide, options.validate, options.dump, options.dataDir, options.exportCards,
                        options.cardFormat, options.exportProgress, options.importProgress, options.force,
                        options.search, options.syncFolder, options.sync });

    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "studyguide: " << parser.errorText() << "\n"
                            << "Try 'studyguide --help'." << Qt::endl;
        return Usage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << "studyguide " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "studyguide: unexpected argument '" << parser.positionalArguments().constFirst()
                            << "'\nTry 'studyguide --help'." << Qt::endl;
        return Usage;
    }
    QStringList modes;
    for (const QCommandLineOption *mode : { &options.validate, &options.dump, &options.exportCards,
                                            &options.exportProgress, &options.importProgress, &options.search,
                                            &options.sync }) {
        if (parser.isSet(*mode))
            modes.append(QStringLiteral("--") + mode->names().constFirst());
    }
    if (modes.size() > 1) {
        QTextStream(stderr) << "studyguide: " << modes.at(0) << " and " << modes.at(1) << " cannot be used together"
                            << Qt::endl;
        return Usage;
    }
    const QString cardFormat = parser.value(options.cardFormat);
    if (parser.isSet(options.cardFormat)
        && (!parser.isSet(options.exportCards)
            || (cardFormat != QLatin1String("anki") && cardFormat != QLatin1String("mnemosyne")))) {
        QTextStream(stderr) << "studyguide: --card-format takes anki or mnemosyne, with --export-cards" << Qt::endl;
        return Usage;
    }
    if (parser.isSet(options.force) && !parser.isSet(options.importProgress)) {
        QTextStream(stderr) << "studyguide: --force only applies to --import-progress" << Qt::endl;
        return Usage;
    }
    if (parser.isSet(options.syncFolder)) {
        // Remembered for the window and later passes, as an absolute path.
        const QString folder = parser.value(options.syncFolder);
        if (folder.isEmpty()) {
            QTextStream(stderr) << "studyguide: --sync-folder needs a folder" << Qt::endl;
            return Usage;
        }
        const QString dataDir = parser.value(options.dataDir);
        if (!dataDir.isEmpty())
            QDir().mkpath(dataDir);
        AppSettings(settingsFile(dataDir)).setSyncFolder(QFileInfo(folder).absoluteFilePath());
    }
    if (parser.isSet(options.sync)) {
        QCoreApplication app(argc, argv);
        return syncOnce(parser.value(options.guide), parser.value(options.dataDir),
                        parser.isSet(options.syncFolder) ? QFileInfo(parser.value(options.syncFolder)).absoluteFilePath()
                                                         : QString());
    }
    if (parser.isSet(options.exportCards)) {
        QCoreApplication app(argc, argv);
        return exportCards(parser.value(options.guide), parser.value(options.dataDir), parser.value(options.exportCards),
                           cardFormat == QLatin1String("mnemosyne") ? CardExporter::Format::Mnemosyne
                                                                    : CardExporter::Format::Anki);
    }
    if (parser.isSet(options.search)) {
        QCoreApplication app(argc, argv);
        return searchGuide(parser.value(options.guide), parser.value(options.search));
    }
    if (parser.isSet(options.exportProgress) || parser.isSet(options.importProgress)) {
        QCoreApplication app(argc, argv);
        const bool import = parser.isSet(options.importProgress);
        return exchangeProgress(parser.value(options.guide), parser.value(options.dataDir),
                                parser.value(import ? options.importProgress : options.exportProgress), import,
                                parser.isSet(options.force));
    }
    if (parser.isSet(options.validate) || parser.isSet(options.dump)) {
        QCoreApplication app(argc, argv);
        return parser.isSet(options.validate) ? validateGuide(parser.value(options.validate))
                                              : dumpGuide(parser.value(options.dump));
    }

    const QString dataDir = parser.value(options.dataDir);
    if (!dataDir.isEmpty() && !QDir().mkpath(dataDir)) {
        QTextStream(stderr) << "studyguide: cannot create the data folder " << dataDir << Qt::endl;
        return Failure;
    }
    const QString dataFolder = dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dataDir;

    // Reading the guide needs nothing of Qt's GUI, and connecting to the display needs nothing of
    // the guide: the two largest parts of start-up run side by side. Qt takes the first thread
    // that asks for its thread data as its main thread, and the loader's QFile would ask: this
    // thread asks first.
    QThread::currentThread();
    // Fontconfig reads its configuration and font caches the first time anyone asks for a font,
    // milliseconds of work that needs nothing of Qt: it is read from the start, beside the
    // display connection and the guide. Qt's own FcInit() later finds it done.
    std::future<void> fontConfiguration = std::async(std::launch::async, [] { FcInit(); });
    // Once the application exists, the same thread builds the lists above and opens the progress
    // file (checking it, and making it on a first start) while the window is built: the window
    // reads nothing of the store until setGuide(). One thread, not two: on two cores, a third
    // busy thread slowed the window more than it saved.
    std::promise<StoreToOpen> applicationMade;
    std::future<StartupGuide> startupWork = std::async(std::launch::async, [dir = parser.value(options.guide),
                                                                            made = applicationMade.get_future()]() mutable {
        StartupGuide startup = loadStartupGuide(dir);
        const StoreToOpen toOpen = made.get();
        warmUpGuiCaches();
        toOpen.store->open(toOpen.path);
        toOpen.store->moveConnectionToThread(toOpen.user);
        return startup;
    });

    QApplication app(argc, argv);
    AppTranslations::install(app); // before anything can word a message, on any thread
    ProgressStore store;
    applicationMade.set_value({ &store, dataFolder + QStringLiteral("/progress.sqlite"), QThread::currentThread() });
    QApplication::setApplicationDisplayName(QObject::tr("Study Guide"));
    QApplication::setDesktopFileName(QStringLiteral("org.studyguide.StudyGuide"));
    AppSettings settings(dataDir.isEmpty() ? QString() : dataDir + QStringLiteral("/settings.ini"));
    if (settings.theme() != QLatin1String("system"))
        ThemePalette::apply(settings.theme());
    StudySession session(store);
    MainWindow window(settings, session);

    StartupGuide startup = startupWork.get(); // the store is open from here on
    window.setGuide(std::move(startup.loaded.guide));
    if (!startup.error.isEmpty())
        window.showLoadError(startup.error);
    window.show();
    // Only the task bar shows the window icon, and drawing it at every size for X11 takes
    // milliseconds: it comes once the window has been painted.
    QTimer::singleShot(std::chrono::milliseconds(250), &window,
                       [] { QApplication::setWindowIcon(MainWindow::applicationIcon()); });

    // Today's backup, if due: only by the instance that owns the file, started once the window
    // has had time to paint, and made on a pool thread so the UI never waits for it.
    ProgressBackups backups(store.path());
    QFuture<ProgressBackups::Result> backup;
    if (store.canWrite()) {
        QTimer::singleShot(std::chrono::seconds(3), &backups,
                           [&] { backup = backups.backUpInBackground(QDateTime::currentDateTime()); });
    }
    // For tests that run the whole GUI: STUDYGUIDE_QUIT_AFTER_MS=N quits N ms after start-up, as
    // if the user had closed the window. Not a user option, so it is not in --help.
    bool quitAfterSet = false;
    const int quitAfterMs = qEnvironmentVariableIntValue("STUDYGUIDE_QUIT_AFTER_MS", &quitAfterSet);
    if (quitAfterSet && quitAfterMs >= 0)
        QTimer::singleShot(quitAfterMs, &window, &QWidget::close);
    const int code = app.exec();
    backup.waitForFinished(); // a backup cut off by exit would only leave a temporary file
    return code;
}
