// Runs with LANGUAGE=de: the window must speak German, and the German translation must be complete.

#include "AppSettings.h"
#include "AppTranslations.h"
#include "MainWindow.h"
#include "StudySession.h"
#include "ProgressStore.h"

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

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
