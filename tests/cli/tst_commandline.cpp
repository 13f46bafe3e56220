// Runs the real studyguide binary: exit codes and output of --validate, --dump and friends.

#include "AppSettings.h"
#include "GuideFixture.h"
#include "LearnerSettings.h"
#include "GuideLoader.h"
#include "OwnCards.h"
#include "ProgressStore.h"
#include "UtcDateTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STUDYGUIDE_BINARY), arguments);
    process.waitForFinished(60000);
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

// An exported progress file without its export time, every list in one order: two files are
// equal when they hold the same progress.
QByteArray comparableExport(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    root.remove(QStringLiteral("exportedAt"));
    const std::function<QJsonValue(const QJsonValue &)> normal = [&](const QJsonValue &v) -> QJsonValue {
        if (v.isArray()) {
            QList<QByteArray> items;
            for (const QJsonValue &item : v.toArray())
                items.append(QJsonDocument(QJsonArray { normal(item) }).toJson(QJsonDocument::Compact));
            std::sort(items.begin(), items.end());
            QJsonArray out;
            for (const QByteArray &item : items)
                out.append(QJsonDocument::fromJson(item).array().first());
            return out;
        }
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = normal(it.value());
            return o;
        }
        return v;
    };
    return QJsonDocument(normal(root).toObject()).toJson(QJsonDocument::Indented);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void validateCleanGuideExitsZero();
    void validateBrokenGuideExitsOneWithFileAndLine();
    void unusableFolderIsOneSentenceAndExitOne_data();
    void unusableFolderIsOneSentenceAndExitOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void dumpPrintsTheGuideAsJson();
    void versionAndHelp();
    void windowStartsWithoutQtWarningsAboutThreads();
    void bundledGuideValidatesClean();
    void exportCardsWritesAnkiText();
    void exportCardsIncludesTheLearnersOwnCards();
    void exportCardsDefaultsToTheBundledGuide();
    void exportCardsToAnUnwritablePathExitsOne();
    void progressExportsAndImportsThroughFiles();
    void importRefusalsExitOneWithOneSentence();
    void exchangeUsageErrorsExitTwo_data();
    void exchangeUsageErrorsExitTwo();
    void helpListsTheExchangeOptions();
    void searchPrintsHitsBestFirstFromSectionBodies();
    void searchWithNoHitExitsOne();
    void validateWarnsAboutAnchorsWithFileAndLine();
    void syncPassCarriesProgressBetweenDataDirs();
    void syncFailuresExitOneWithASentence();
};

namespace {

QStringList fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

void TestCommandLine::validateCleanGuideExitsZero()
{
    GuideFixture f;
    f.writeSample();
    const Run r = run({ QStringLiteral("--validate"), f.path() });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Sample Guide: 6 topics, 3 cards, 0 errors, 0 warnings")), qPrintable(r.out));
}

void TestCommandLine::validateBrokenGuideExitsOneWithFileAndLine()
{
    GuideFixture f;
    f.writeSample();
    f.write(QStringLiteral("01-basics/03-bad.md"), "# Bad\n\n## Q: Half?\n\n### How to answer\nx\n");
    const Run r = run({ QStringLiteral("--validate"), f.path() });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(f.path() + QStringLiteral("/01-basics/03-bad.md:3: error: interview card is missing")),
             qPrintable(r.out));
}

void TestCommandLine::unusableFolderIsOneSentenceAndExitOne_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("missing") << "/nope" << "There is no guide folder at";
    QTest::newRow("empty") << "" << "has no Markdown files";
}

void TestCommandLine::unusableFolderIsOneSentenceAndExitOne()
{
    QFETCH(QString, relative);
    QFETCH(QString, sentence);
    GuideFixture f;
    for (const auto &option : { QStringLiteral("--validate"), QStringLiteral("--dump") }) {
        const Run r = run({ option, f.path() + relative });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(sentence), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }
}

void TestCommandLine::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") };
    QTest::newRow("missing value") << QStringList { QStringLiteral("--validate") };
    QTest::newRow("stray argument") << QStringList { QStringLiteral("stray") };
    QTest::newRow("both modes") << QStringList { QStringLiteral("--validate"), QStringLiteral("a"), QStringLiteral("--dump"),
                                                 QStringLiteral("b") };
}

void TestCommandLine::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith(QStringLiteral("studyguide: ")));
}

void TestCommandLine::dumpPrintsTheGuideAsJson()
{
    GuideFixture f;
    f.writeSample();
    const Run r = run({ QStringLiteral("--dump"), f.path() });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject guide = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(guide.value(QStringLiteral("id")).toString(), QStringLiteral("sample"));
    const QJsonObject basics = guide.value(QStringLiteral("topics")).toArray().at(0).toObject();
    QCOMPARE(basics.value(QStringLiteral("title")).toString(), QStringLiteral("Basics"));
    const QJsonObject first = basics.value(QStringLiteral("children")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("basics/first"));
    QCOMPARE(first.value(QStringLiteral("file")).toString(), QStringLiteral("01-basics/01-first.md"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 1);
    const QJsonObject card = first.value(QStringLiteral("cards")).toArray().at(0).toObject();
    QCOMPARE(card.value(QStringLiteral("id")).toString(), QStringLiteral("one"));
    QCOMPARE(card.value(QStringLiteral("answer")).toString(), QStringLiteral("The number after zero."));
    const QJsonObject second = basics.value(QStringLiteral("children")).toArray().at(1).toObject();
    const QJsonObject interview = second.value(QStringLiteral("cards")).toArray().at(0).toObject();
    QCOMPARE(interview.value(QStringLiteral("kind")).toString(), QStringLiteral("interview"));
    QCOMPARE(interview.value(QStringLiteral("sampleAnswer")).toString(), QStringLiteral("Because."));
}

void TestCommandLine::versionAndHelp()
{
    const Run version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("studyguide ")));
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const auto &option : { "--guide", "--validate", "--dump", "--data-dir", "--version" })
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

// The guide is read on a worker thread started before QApplication exists; Qt must still take
// the thread that runs main() as its main thread, or timers and widgets misbehave.
void TestCommandLine::windowStartsWithoutQtWarningsAboutThreads()
{
    QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STUDYGUIDE_BINARY), {});
    QVERIFY(process.waitForStarted());
    // Long enough for the window to be built, shown and the guide indexed.
    QVERIFY(!process.waitForFinished(3000));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(!err.contains(QLatin1String("thread"), Qt::CaseInsensitive), qPrintable(err));
}

void TestCommandLine::bundledGuideValidatesClean()
{
    const Run r = run(
        { QStringLiteral("--validate"), QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(
        r.out.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.out)); // no diagnostics: only the summary
    QVERIFY(r.out.contains(QStringLiteral(" 0 errors, 0 warnings")));
}

void TestCommandLine::exportCardsWritesAnkiText()
{
    GuideFixture f;
    f.writeSample();
    const QString out = f.outside() + QStringLiteral("/cards.txt");
    const Run r = run({ QStringLiteral("--export-cards"), out, QStringLiteral("--guide"), f.path() });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Exported 3 cards")), qPrintable(r.out));
    const QStringList lines = fileLines(out);
    QCOMPARE(lines.mid(0, 3),
        (QStringList { QStringLiteral("#separator:tab"), QStringLiteral("#html:true"),
            QStringLiteral("#tags column:3") }));
    QCOMPARE(lines.size(), 3 + 3);
    QCOMPARE(
        lines.at(3), QStringLiteral("What is one?\t<p>The number after zero.</p>\tsample::basics::first"));
    for (const QString &line : lines.mid(3))
        QCOMPARE(line.count(QLatin1Char('\t')), 2);

    const Run mnemosyne = run({ QStringLiteral("--export-cards"), out, QStringLiteral("--guide"), f.path(),
        QStringLiteral("--card-format"), QStringLiteral("mnemosyne") });
    QCOMPARE(mnemosyne.exitCode, 0);
    QCOMPARE(fileLines(out).size(), 3);
    QCOMPARE(fileLines(out).at(0), QStringLiteral("What is one?\t<p>The number after zero.</p>"));
}

void TestCommandLine::exportCardsIncludesTheLearnersOwnCards()
{
    GuideFixture f;
    f.writeSample();
    QTemporaryDir data;
    {
        ProgressStore store;
        QCOMPARE(store.open(data.filePath(QStringLiteral("progress.sqlite"))), ProgressStore::Mode::ReadWrite);
        store.setGuideId(QStringLiteral("sample"));
        QVERIFY(store.saveOwnCard(OwnCards::make(QStringLiteral("advanced/deep"), QStringLiteral("How deep?"),
            QStringLiteral("Very."))));
    }
    const QString out = f.outside() + QStringLiteral("/cards.txt");
    const Run r = run({ QStringLiteral("--export-cards"), out, QStringLiteral("--guide"), f.path(),
        QStringLiteral("--data-dir"), data.path() });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Exported 4 cards")), qPrintable(r.out));
    QVERIFY(fileLines(out).contains(QStringLiteral("How deep?\t<p>Very.</p>\tsample::advanced::deep")));
    // A data folder without progress has no own cards, and gets no progress file.
    QTemporaryDir empty;
    QCOMPARE(run({ QStringLiteral("--export-cards"), out, QStringLiteral("--guide"), f.path(),
                 QStringLiteral("--data-dir"), empty.path() })
                 .exitCode,
        0);
    QCOMPARE(fileLines(out).size(), 3 + 3);
    QVERIFY(!QFile::exists(empty.filePath(QStringLiteral("progress.sqlite"))));
}

void TestCommandLine::exportCardsDefaultsToTheBundledGuide()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cards.txt"));
    const Run r = run({ QStringLiteral("--export-cards"), out });
    QCOMPARE(r.exitCode, 0);
    const GuideLoader::Result bundled
        = GuideLoader().load(QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview"));
    QVERIFY(bundled.guide);
    const QStringList lines = fileLines(out);
    QCOMPARE(lines.size() - 3, bundled.guide->cardCount());
    QVERIFY(bundled.guide->cardCount() > 0);
    for (const QString &line : lines.mid(3)) {
        QCOMPARE(line.count(QLatin1Char('\t')), 2);
        QVERIFY2(line.section(QLatin1Char('\t'), 2).startsWith(QStringLiteral("python-interview::")),
            qPrintable(line));
    }
}

void TestCommandLine::exportCardsToAnUnwritablePathExitsOne()
{
    QTemporaryDir dir;
    const Run r
        = run({ QStringLiteral("--export-cards"), dir.filePath(QStringLiteral("no/such/cards.txt")) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.startsWith(QStringLiteral("studyguide: ")));
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestCommandLine::progressExportsAndImportsThroughFiles()
{
    GuideFixture f;
    f.writeSample();
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("mine"));
    const QString theirs = dir.filePath(QStringLiteral("theirs"));
    {
        ProgressStore store;
        QCOMPARE(store.open(mine + QStringLiteral("/progress.sqlite")), ProgressStore::Mode::ReadWrite);
        store.setGuideId(QStringLiteral("sample"));
        QVERIFY(store.setTopicStatus(QStringLiteral("basics/first"), TopicStatus::Done));
        QVERIFY(store.setNote(QStringLiteral("basics/first"), QStringLiteral("a note")));
        QVERIFY(store.setBookmark(ItemKind::Card, QStringLiteral("one"), QStringLiteral("tricky")));
        CardSchedule after;
        after.state = CardState::Learning;
        after.lastReview = UtcDateTime::at(QDate(2026, 1, 10), QTime(9, 0));
        after.due = after.lastReview.addSecs(600);
        after.reps = 1;
        QVERIFY(
            store.recordReview(QStringLiteral("one"), CardState::New, after, Rating::Good, after.lastReview));
    }
    const QString file = dir.filePath(QStringLiteral("progress.json"));
    const Run exported = run({ QStringLiteral("--export-progress"), file, QStringLiteral("--guide"), f.path(),
        QStringLiteral("--data-dir"), mine });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QStringLiteral("reviews 1")), qPrintable(exported.out));

    const QStringList import { QStringLiteral("--import-progress"), file, QStringLiteral("--guide"), f.path(),
        QStringLiteral("--data-dir"), theirs };
    const Run imported = run(import);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(
                 QStringLiteral("topic statuses 1, bookmarks 1, notes 1, card schedules 1, reviews 1")),
        qPrintable(imported.out));
    const Run again = run(import);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("your own cards 0; 5 entries were already up to date")),
        qPrintable(again.out));

    ProgressStore store;
    QCOMPARE(store.open(theirs + QStringLiteral("/progress.sqlite")), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("sample"));
    QCOMPARE(store.topicStatus(QStringLiteral("basics/first")), TopicStatus::Done);
    QCOMPARE(store.note(QStringLiteral("basics/first")), QStringLiteral("a note"));
    QCOMPARE(store.bookmark(ItemKind::Card, QStringLiteral("one"))->note, QStringLiteral("tricky"));
    QCOMPARE(
        store.cardSchedule(QStringLiteral("one"))->due, UtcDateTime::at(QDate(2026, 1, 10), QTime(9, 10)));
    QCOMPARE(store.reviewLog().size(), 1);
}

void TestCommandLine::importRefusalsExitOneWithOneSentence()
{
    GuideFixture f;
    f.writeSample();
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString notJson = dir.filePath(QStringLiteral("not.json"));
    f.write(QStringLiteral("../not.json"), "{ \"format\": ");
    QVERIFY(QFile::rename(f.outside() + QStringLiteral("/not.json"), notJson));
    const Run broken
        = run({ QStringLiteral("--import-progress"), notJson, QStringLiteral("--data-dir"), data });
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(
        broken.err.startsWith(QStringLiteral("studyguide: ") + notJson + QStringLiteral(" was not imported")),
        qPrintable(broken.err));
    QCOMPARE(broken.err.trimmed().count(QLatin1Char('\n')), 0);

    // A file saved for the sample guide is refused by the bundled one, unless forced.
    const QString file = dir.filePath(QStringLiteral("sample.json"));
    QCOMPARE(run({ QStringLiteral("--export-progress"), file, QStringLiteral("--guide"), f.path(),
                     QStringLiteral("--data-dir"), data })
                 .exitCode,
        0);
    const Run other = run({ QStringLiteral("--import-progress"), file, QStringLiteral("--data-dir"), data });
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QStringLiteral("for the guide \"sample\", not for \"python-interview\"")),
        qPrintable(other.err));
    QCOMPARE(other.err.trimmed().count(QLatin1Char('\n')), 0);
    const Run forced = run({ QStringLiteral("--import-progress"), file, QStringLiteral("--data-dir"), data,
        QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
}

void TestCommandLine::exchangeUsageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export-cards without a file") << QStringList { QStringLiteral("--export-cards") };
    QTest::newRow("import-progress without a file") << QStringList { QStringLiteral("--import-progress") };
    QTest::newRow("two exchange modes") << QStringList { QStringLiteral("--export-cards"),
        QStringLiteral("a"), QStringLiteral("--import-progress"), QStringLiteral("b") };
    QTest::newRow("exchange and validate") << QStringList { QStringLiteral("--export-progress"),
        QStringLiteral("a"), QStringLiteral("--validate"), QStringLiteral("b") };
    QTest::newRow("unknown card format") << QStringList { QStringLiteral("--export-cards"),
        QStringLiteral("a"), QStringLiteral("--card-format"), QStringLiteral("csv") };
    QTest::newRow("card format alone")
        << QStringList { QStringLiteral("--card-format"), QStringLiteral("anki") };
    QTest::newRow("force without import") << QStringList { QStringLiteral("--export-progress"),
        QStringLiteral("a"), QStringLiteral("--force") };
}

void TestCommandLine::exchangeUsageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const Run r = run(arguments + QStringList { QStringLiteral("--data-dir"), dir.path() });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("studyguide: ")), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("a"))); // nothing was written on the way
}

void TestCommandLine::helpListsTheExchangeOptions()
{
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const auto &option :
        { "--export-cards", "--card-format", "--export-progress", "--import-progress", "--force", "--sync-folder",
          "--sync" })
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void TestCommandLine::searchPrintsHitsBestFirstFromSectionBodies()
{
    const QString guide = QStringLiteral(STUDYGUIDE_SOURCE_DIR "/tests/corpus/checklist-readme");
    const Run r = run({ QStringLiteral("--search"), QStringLiteral("memcached"), QStringLiteral("--guide"), guide });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(r.out));
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 2);
    // Found in the body of its section, named by the section, with the word in the snippet.
    const QStringList first = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(first.at(0), QStringLiteral("#caching-memcached--redis"));
    QCOMPARE(first.at(1), QStringLiteral("Caching: Memcached & Redis"));
    QVERIFY2(first.at(2).contains(QStringLiteral("memcached"), Qt::CaseInsensitive), qPrintable(first.at(2)));
    QVERIFY(r.out.contains(QStringLiteral("#cap---consistency-and-partition-tolerance\t")));
}

void TestCommandLine::searchWithNoHitExitsOne()
{
    const QString guide = QStringLiteral(STUDYGUIDE_SOURCE_DIR "/tests/corpus/plain-notes");
    const Run r = run({ QStringLiteral("--search"), QStringLiteral("zyzzyva"), QStringLiteral("--guide"), guide });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const Run found = run({ QStringLiteral("--search"), QStringLiteral("handshake"), QStringLiteral("--guide"), guide });
    QCOMPARE(found.exitCode, 0);
    QVERIFY2(found.out.startsWith(QStringLiteral("tcp-basics")), qPrintable(found.out));
}

void TestCommandLine::validateWarnsAboutAnchorsWithFileAndLine()
{
    const QString guide = QStringLiteral(STUDYGUIDE_SOURCE_DIR "/tests/corpus/plain-notes");
    const Run r = run({ QStringLiteral("--validate"), guide });
    QCOMPARE(r.exitCode, 0); // warnings only
    QVERIFY2(r.out.contains(guide + QStringLiteral("/tcp-basics.md:18: warning: link '#slow-start'")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("0 errors, 2 warnings")));
}

void TestCommandLine::syncPassCarriesProgressBetweenDataDirs()
{
    GuideFixture f;
    f.writeSample();
    QTemporaryDir dir;
    const QString laptop = dir.filePath(QStringLiteral("laptop"));
    const QString desktop = dir.filePath(QStringLiteral("desktop"));
    const QString folder = dir.filePath(QStringLiteral("Sync"));
    QVERIFY(QDir().mkpath(folder));
    {
        ProgressStore store;
        QCOMPARE(store.open(laptop + QStringLiteral("/progress.sqlite")), ProgressStore::Mode::ReadWrite);
        store.setGuideId(QStringLiteral("sample"));
        QVERIFY(store.setTopicStatus(QStringLiteral("basics/first"), TopicStatus::Done));
        QVERIFY(store.setBookmark(ItemKind::Card, QStringLiteral("one"), QStringLiteral("tricky")));
        CardSchedule after;
        after.state = CardState::Learning;
        after.lastReview = UtcDateTime::at(QDate(2026, 1, 10), QTime(9, 0));
        after.due = after.lastReview.addSecs(60);
        after.reps = 1;
        after.memory = MemoryState { 0.2, 6.0 };
        QVERIFY(store.recordReview(QStringLiteral("one"), CardState::New, after, Rating::Again, after.lastReview));
        // A setting that follows the learner, as the window journals it.
        QVERIFY(store.setSyncedSettings({ { QString(LearnerSettings::newCardsPerDayKey), QStringLiteral("7") } }));
    }
    {
        // One set before settings were journalled: in the settings file only, until a pass.
        AppSettings settings(laptop + QStringLiteral("/settings.ini"));
        FsrsParameters parameters;
        parameters.desiredRetention = 0.85;
        settings.setSchedulerParameters(parameters);
    }
    const auto sync = [&](const QString &data, bool giveFolder) {
        QStringList arguments { QStringLiteral("--sync"), QStringLiteral("--guide"), f.path(), QStringLiteral("--data-dir"), data };
        if (giveFolder)
            arguments << QStringLiteral("--sync-folder") << folder;
        return run(arguments);
    };
    Run r = sync(laptop, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("5 written")), qPrintable(r.out));
    r = sync(desktop, true);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("5 changes merged")), qPrintable(r.out));
    // The merged settings are the desktop's from now on: its settings file has them.
    QCOMPARE(AppSettings(desktop + QStringLiteral("/settings.ini")).newCardsPerDay(), 7);
    QCOMPARE(AppSettings(desktop + QStringLiteral("/settings.ini")).schedulerParameters().desiredRetention, 0.85);
    // The folder given once is remembered: the next pass needs only the data folder.
    r = sync(desktop, false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("0 changes merged")), qPrintable(r.out));

    const auto exported = [&](const QString &data) {
        const QString file = data + QStringLiteral("-export.json");
        const Run e = run({ QStringLiteral("--export-progress"), file, QStringLiteral("--guide"), f.path(),
                            QStringLiteral("--data-dir"), data });
        return e.exitCode == 0 ? comparableExport(file) : QByteArray();
    };
    const QByteArray fromLaptop = exported(laptop);
    QVERIFY(fromLaptop.contains("tricky"));
    QCOMPARE(exported(desktop), fromLaptop);
}

void TestCommandLine::syncFailuresExitOneWithASentence()
{
    GuideFixture f;
    f.writeSample();
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const auto sync = [&](const QString &folder) {
        QStringList arguments { QStringLiteral("--sync"), QStringLiteral("--guide"), f.path(), QStringLiteral("--data-dir"), data };
        if (!folder.isNull())
            arguments << QStringLiteral("--sync-folder") << folder;
        return run(arguments);
    };
    Run r = sync(QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("studyguide: no sync folder is set")), qPrintable(r.err));
    r = sync(dir.filePath(QStringLiteral("removed")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("studyguide: The sync folder ")) && r.err.contains(QStringLiteral("does not exist")),
             qPrintable(r.err));
    // Nothing can be written where the guide's folder should be (a file is in the way).
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QVERIFY(QDir().mkpath(blocked));
    QFile in(blocked + QStringLiteral("/sample"));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.close();
    {
        ProgressStore store;
        QCOMPARE(store.open(data + QStringLiteral("/progress.sqlite")), ProgressStore::Mode::ReadWrite);
        store.setGuideId(QStringLiteral("sample"));
        QVERIFY(store.setTopicStatus(QStringLiteral("basics/first"), TopicStatus::Done));
    }
    r = sync(blocked);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("studyguide: ")) && r.err.contains(blocked), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    ProgressStore store;
    QCOMPARE(store.open(data + QStringLiteral("/progress.sqlite")), ProgressStore::Mode::ReadWrite);
    store.setGuideId(QStringLiteral("sample"));
    QCOMPARE(store.topicStatus(QStringLiteral("basics/first")), TopicStatus::Done);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
