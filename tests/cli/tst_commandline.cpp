// Runs the real studyguide binary: exit codes and output of --validate, --dump and friends.

#include "GuideFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    void bundledGuideValidatesClean();
};

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

void TestCommandLine::bundledGuideValidatesClean()
{
    const Run r = run({ QStringLiteral("--validate"), QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out));
    QVERIFY2(r.out.trimmed().count(QLatin1Char('\n')) == 0, qPrintable(r.out)); // no diagnostics: only the summary
    QVERIFY(r.out.contains(QStringLiteral(" 0 errors, 0 warnings")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
