// Runs with LANGUAGE=de: the window must speak German, and the German translation must be complete.

#include "AppSettings.h"
#include "AppTranslations.h"
#include "MainWindow.h"
#include "StudySession.h"
#include "ProgressStore.h"
#include "SyncEngine.h"
#include "SyncFolder.h"

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>
#include <QtTest>

class TestTranslation : public QObject
{
    Q_OBJECT

private slots:
    void germanIsCompleteAndFinished();
    void windowFollowsLanguage();
    void syncSentencesAreGerman();
};

void TestTranslation::germanIsCompleteAndFinished()
{
    QFile ts(QStringLiteral(STUDYGUIDE_SOURCE_DIR "/resources/translations/studyguide_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    const int messages = int(text.count(QStringLiteral("<message")));
    QVERIFY(messages > 100);
    QCOMPARE(int(text.count(QStringLiteral("type=\"unfinished\""))), 0);
    QCOMPARE(int(text.count(QStringLiteral("type=\"vanished\""))), 0);
    QCOMPARE(int(text.count(QStringLiteral("<translation></translation>"))), 0);
}

void TestTranslation::windowFollowsLanguage()
{
    QCOMPARE(qEnvironmentVariable("LANGUAGE"), QStringLiteral("de"));
    QVERIFY2(AppTranslations::install(*QCoreApplication::instance()), "the German translation was not found in the resources");
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ProgressStore store;
    store.open(dir.filePath(QStringLiteral("progress.sqlite")));
    StudySession session(store);
    MainWindow window(settings, session);
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->text();
    QCOMPARE(menus, QStringList({ QStringLiteral("&Datei"), QStringLiteral("&Gehe zu"), QStringLiteral("L&ernen"),
                                  QStringLiteral("&Karten"), QStringLiteral("&Ansicht"), QStringLiteral("Ein&stellungen"), QStringLiteral("&Hilfe") }));
    QCOMPARE(window.action(QStringLiteral("review"))->text(), QStringLiteral("Fällige Karten &wiederholen"));
}

void TestTranslation::syncSentencesAreGerman()
{
    // What a sync pass says about a folder that is missing or a file it skips reaches the status
    // bar and the command line as it is: in the learner's language, down to why a file was skipped.
    QVERIFY(AppTranslations::install(*QCoreApplication::instance()));
    QTemporaryDir dir;
    ProgressStore store;
    store.open(dir.filePath(QStringLiteral("progress.sqlite")));
    store.setGuideId(QStringLiteral("guide"));
    SyncEngine engine(store);
    QCOMPARE(engine.syncNow().error, QStringLiteral("Kein Abgleichsordner ist festgelegt."));
    engine.setFolder(dir.filePath(QStringLiteral("gone")));
    const QString missing = engine.syncNow().error;
    QVERIFY2(missing.startsWith(QStringLiteral("Der Abgleichsordner ")), qPrintable(missing));
    const QString folder = dir.filePath(QStringLiteral("Sync"));
    const QString other = SyncFolder(folder).deviceFolder(QStringLiteral("guide"), QString(32, QLatin1Char('a')));
    QVERIFY(QDir().mkpath(other));
    QFile junk(other + QLatin1Char('/') + SyncFolder::segmentName(1, 1));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a segment at all");
    junk.close();
    engine.setFolder(folder);
    const SyncEngine::Result result = engine.syncNow();
    QVERIFY(result.ok);
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().contains(QStringLiteral("übersprungen: kein Journalsegment")),
             qPrintable(result.warnings.first()));
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
