#include "AppSettings.h"
#include "DiagnosticsPanel.h"
#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "MainWindow.h"
#include "StudySession.h"
#include "ProgressStore.h"
#include "ShortcutsDialog.h"
#include "TopicReader.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTextFrame>
#include <QTextTable>
#include <QTreeView>
#include <QtTest>

namespace {

QString nextStorePath(const QTemporaryDir &dir)
{
    static int n = 0;
    return dir.filePath(QStringLiteral("progress-%1.sqlite").arg(++n));
}

std::unique_ptr<Guide> loadSample(const GuideFixture &f)
{
    return GuideLoader().load(f.path()).guide;
}

// A main window on the sample guide with its own settings file and progress store.
struct OpenWindow
{
    OpenWindow(const QTemporaryDir &dir, const QString &settingsFile, const GuideFixture &guide)
        : settings(dir.filePath(settingsFile))
    {
        store.open(nextStorePath(dir));
        session = std::make_unique<StudySession>(store);
        window = std::make_unique<MainWindow>(settings, *session);
        window->setGuide(loadSample(guide));
    }
    bool show()
    {
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    AppSettings settings;
    ProgressStore store;
    std::unique_ptr<StudySession> session;
    std::unique_ptr<MainWindow> window;
};

// The background of the first code block as the reader shows it, not as the stylesheet says.
QString codeBlockBackground(const QTextDocument *document)
{
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        if (!qobject_cast<QTextTable *>(frame)) // a code block is a plain frame
            return frame->frameFormat().background().color().name();
    }
    return QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void keyboardSelectsTopicAndReaderShowsIt();
    void backAndForwardWithAltArrows();
    void topicLinksNavigate();
    void restoresLastTopicAndSplitter();
    void showsDiagnosticsForBrokenGuide();
    void missingFolderKeepsGuideAndSaysWhy();
    void survivesBrokenSettingsFile();
    void zoomIsRememberedAndBounded();
    void showingTheWindowWritesNoSettings();
    void geometryFromALargerScreenComesBackOnScreen();
    void cardsPanelGivesWayToTheReaderInASmallWindow();
    void themeChangesReaderColours();
    void shortcutsDialogListsEveryShortcut();
    void everyActionHasItsOwnShortcut();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::keyboardSelectsTopicAndReaderShowsIt()
{
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("keys.ini"), f);
    MainWindow &window = *open.window;
    QVERIFY(open.show());
    QTreeView *tree = window.findChild<QTreeView *>(QStringLiteral("topicTree"));
    QVERIFY(tree);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Home);
    QTRY_COMPARE(window.reader()->currentTopic()->id, QStringLiteral("basics"));
    QTest::keyClick(tree, Qt::Key_Down);
    QTRY_COMPARE(window.reader()->currentTopic()->id, QStringLiteral("basics/first"));
    QVERIFY(window.reader()->toPlainText().contains(QStringLiteral("Some text about code.")));
    QTest::keyClick(tree, Qt::Key_Down);
    QTRY_COMPARE(window.reader()->currentTopic()->id, QStringLiteral("basics/second"));
    QVERIFY(window.reader()->toPlainText().startsWith(QStringLiteral("Second Topic")));
}

void TestMainWindow::backAndForwardWithAltArrows()
{
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("history.ini"), f);
    MainWindow &window = *open.window;
    QVERIFY(open.show());
    QVERIFY(window.selectTopic(QStringLiteral("basics/first")));
    QVERIFY(window.selectTopic(QStringLiteral("advanced/deep")));
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(window.reader()->currentTopic()->id, QStringLiteral("basics/first"));
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(window.reader()->currentTopic()->id, QStringLiteral("advanced/deep"));
}

void TestMainWindow::topicLinksNavigate()
{
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("links.ini"), f);
    MainWindow &window = *open.window;
    QVERIFY(window.selectTopic(QStringLiteral("basics/second")));
    const QString html = window.reader()->toHtml();
    QVERIFY2(html.contains(QStringLiteral("topic:basics/first")), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("secret.md")), "a link out of the guide is dropped");
    emit window.reader()->anchorClicked(QUrl(QStringLiteral("topic:basics/first")));
    QTRY_COMPARE(window.reader()->currentTopic()->id, QStringLiteral("basics/first"));
    emit window.reader()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(window.reader()->currentTopic()->id, QStringLiteral("basics/first"));
}

void TestMainWindow::restoresLastTopicAndSplitter()
{
    GuideFixture f;
    f.writeSample();
    QByteArray splitterState;
    {
        OpenWindow open(m_dir, QStringLiteral("restore.ini"), f);
        MainWindow &window = *open.window;
        QVERIFY(open.show());
        QVERIFY(window.selectTopic(QStringLiteral("advanced/deep")));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({ 123, 600 });
        splitterState = splitter->saveState();
        window.close();
    }
    OpenWindow open(m_dir, QStringLiteral("restore.ini"), f);
    MainWindow &window = *open.window;
    QCOMPARE(window.reader()->currentTopic()->id, QStringLiteral("advanced/deep"));
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->saveState(), splitterState);
}

void TestMainWindow::showsDiagnosticsForBrokenGuide()
{
    GuideFixture f;
    f.writeSample();
    f.write(QStringLiteral("broken.md"), "---\ntitle: never closed\n# x\n");
    OpenWindow open(m_dir, QStringLiteral("broken.ini"), f);
    MainWindow &window = *open.window;
    QVERIFY(open.show());
    QVERIFY(window.diagnosticsPanel()->isVisible());
    QCOMPARE(window.diagnosticsPanel()->count(), 1);
    QVERIFY(window.selectTopic(QStringLiteral("basics/first"))); // still usable
}

void TestMainWindow::missingFolderKeepsGuideAndSaysWhy()
{
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("missing.ini"), f);
    MainWindow &window = *open.window;
    window.show();
    QVERIFY(!window.openGuideFolder(f.path() + QStringLiteral("/does-not-exist")));
    auto *bar = window.findChild<QLabel *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("There is no guide folder at")));
    QCOMPARE(window.guide()->id(), QStringLiteral("sample"));
}

void TestMainWindow::survivesBrokenSettingsFile()
{
    GuideFixture f;
    f.writeSample();
    const QString file = m_dir.filePath(QStringLiteral("garbage.ini"));
    QFile garbage(file);
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("\x00\x01[window]\ngeometry=@ByteArray(\xff\xfe)\n=====\n[[[", 40);
    garbage.close();
    OpenWindow open(m_dir, QStringLiteral("garbage.ini"), f);
    MainWindow &window = *open.window;
    QVERIFY(open.show());
    QVERIFY(window.width() > 100);
    QVERIFY(open.settings.hadProblem());
    auto *bar = window.findChild<QLabel *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("settings file could not be read")));
}

void TestMainWindow::geometryFromALargerScreenComesBackOnScreen()
{
    GuideFixture f;
    f.writeSample();
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("bigscreen.ini")));
        QMainWindow big;
        big.setGeometry(5000, 4000, 3000, 2500); // as saved on a large second monitor
        settings.setWindowGeometry(big.saveGeometry());
        settings.sync();
    }
    OpenWindow open(m_dir, QStringLiteral("bigscreen.ini"), f);
    QVERIFY(open.show());
    const QRect available = open.window->screen()->availableGeometry();
    QVERIFY2(available.contains(open.window->geometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4 frame %5x%6 in %7x%8").arg(open.window->x()).arg(open.window->y())
                            .arg(open.window->width()).arg(open.window->height())
                            .arg(open.window->frameGeometry().width()).arg(open.window->frameGeometry().height())
                            .arg(available.width()).arg(available.height())));
}

void TestMainWindow::cardsPanelGivesWayToTheReaderInASmallWindow()
{
    // At 900 px the reader was squeezed to its minimum between the tree and a cards panel that
    // kept 340 px. The side panels now take at most their share of a small window, the reader
    // the rest, and get their widths back when the window grows; a width the learner dragged a
    // panel to is the one it comes back to.
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("cardsdock.ini"), f);
    open.window->resize(1366, 740);
    QVERIFY(open.show());
    auto *dock = open.window->findChild<QDockWidget *>(QStringLiteral("cardsDock"));
    auto *splitter = open.window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(dock && splitter);
    QWidget *tree = splitter->widget(0);
    QWidget *tabs = splitter->widget(1);
    QTRY_COMPARE(dock->width(), 340);
    const int treeWidth = tree->width();
    QVERIFY2(treeWidth > 250, qPrintable(QString::number(treeWidth)));
    const auto widths = [&] {
        return QStringLiteral("tree %1 reader %2 cards %3").arg(tree->width()).arg(tabs->width()).arg(dock->width());
    };

    open.window->resize(900, 600);
    QTRY_COMPARE(open.window->width(), 900);
    // Each side panel its share, or as narrow as its contents allow; the reader the most.
    const int dockShare = qMax(int(900 * 0.28), dock->minimumSizeHint().width());
    QTRY_VERIFY2(dock->width() <= dockShare + 1, qPrintable(widths()));
    QTRY_VERIFY2(tree->width() <= qMax(int(900 * 0.22), 180) + 1, qPrintable(widths()));
    QVERIFY2(tabs->width() > 900 * 0.4, qPrintable(widths()));

    open.window->resize(1366, 740);
    QTRY_COMPARE(open.window->width(), 1366);
    QTRY_VERIFY2(dock->width() == 340 && tree->width() == treeWidth, qPrintable(widths()));

    open.window->resizeDocks({ dock }, { 300 }, Qt::Horizontal); // as the learner drags them
    QTRY_COMPARE(dock->width(), 300);
    splitter->setSizes({ 280, splitter->sizes().value(1) + treeWidth - 280 });
    emit splitter->splitterMoved(280, 1);
    open.window->resize(900, 600);
    QTRY_VERIFY2(dock->width() <= dockShare + 1, qPrintable(widths()));
    open.window->resize(1366, 740);
    QTRY_VERIFY2(dock->width() == 300 && tree->width() == 280, qPrintable(widths()));
}

void TestMainWindow::zoomIsRememberedAndBounded()
{
    GuideFixture f;
    f.writeSample();
    qreal normal = 0;
    {
        OpenWindow open(m_dir, QStringLiteral("zoom.ini"), f);
        QVERIFY(open.show());
        normal = open.window->reader()->font().pointSizeF();
        QTest::keyClick(open.window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(open.window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(open.window->readerZoom(), 2);
        QVERIFY(open.window->reader()->font().pointSizeF() > normal);
        open.window->close();
    }
    OpenWindow again(m_dir, QStringLiteral("zoom.ini"), f);
    QCOMPARE(again.window->readerZoom(), 2); // remembered
    QVERIFY(again.show());
    QTest::keyClick(again.window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(again.window->readerZoom(), 0);
    QCOMPARE(again.window->reader()->font().pointSizeF(), normal);
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(again.window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(again.window->readerZoom(), -8);
}

// Settings are written when the user changes one (and on close): a write at start-up would
// flush the settings file to disk while the first window is being painted.
void TestMainWindow::showingTheWindowWritesNoSettings()
{
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("untouched.ini"), f);
    QVERIFY(open.show());
    QTest::qWait(50); // QSettings writes on its next event, if it has anything to write
    QCoreApplication::processEvents();
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("untouched.ini"))));
}

void TestMainWindow::themeChangesReaderColours()
{
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("theme.ini"), f);
    QVERIFY(open.show());
    QVERIFY(open.window->selectTopic(QStringLiteral("basics/first")));
    open.window->action(QStringLiteral("theme-dark"))->trigger();
    QTRY_VERIFY(open.window->reader()->palette().color(QPalette::Base).lightness() < 100);
    QVERIFY(open.window->reader()->document()->defaultStyleSheet().contains(QStringLiteral("#1f2430"))); // dark code blocks
    // The open page is shown again in the new colours, not only the next one.
    QCOMPARE(codeBlockBackground(open.window->reader()->document()), QStringLiteral("#1f2430"));
    QCOMPARE(open.settings.theme(), QStringLiteral("dark"));
    open.window->action(QStringLiteral("theme-light"))->trigger();
    QTRY_VERIFY(open.window->reader()->palette().color(QPalette::Base).lightness() > 200);
    QVERIFY(open.window->reader()->document()->defaultStyleSheet().contains(QStringLiteral("#f4f5f7")));
    QCOMPARE(codeBlockBackground(open.window->reader()->document()), QStringLiteral("#f4f5f7"));
    open.window->action(QStringLiteral("theme-system"))->trigger();
}

void TestMainWindow::shortcutsDialogListsEveryShortcut()
{
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("shortcuts.ini"), f);
    QVERIFY(open.show());
    int withKeys = 0;
    for (QAction *a : open.window->actions())
        withKeys += a->shortcut().isEmpty() ? 0 : 1;
    QVERIFY(withKeys >= 15);
    open.window->action(QStringLiteral("shortcuts"))->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = open.window->findChild<ShortcutsDialog *>()) != nullptr);
    QCOMPARE(dialog->rowCount(), withKeys + 3);
    dialog->close();
}

void TestMainWindow::everyActionHasItsOwnShortcut()
{
    GuideFixture f;
    f.writeSample();
    OpenWindow open(m_dir, QStringLiteral("keys-unique.ini"), f);
    QHash<QKeySequence, QString> owners;
    int checked = 0;
    for (QAction *action : open.window->actions()) {
        if (action->objectName() == QLatin1String("about"))
            continue; // no key is conventional for it
        const QString name = action->objectName().isEmpty() ? action->text() : action->objectName();
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name + QStringLiteral(" has no shortcut")));
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(name + QStringLiteral(" has no status tip")));
        QVERIFY2(!owners.contains(action->shortcut()),
                 qPrintable(name + QStringLiteral(" shares its shortcut with ") + owners.value(action->shortcut())));
        owners.insert(action->shortcut(), name);
        ++checked;
    }
    QVERIFY(checked >= 30);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
