// Walks the main window's accessibility tree, as a screen reader would, and fails on any
// interactive control that has no accessible name.

#include "AppSettings.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "FindBar.h"
#include "CardEditorDialog.h"
#include "MainWindow.h"
#include "StudySession.h"
#include "MockInterviewDialog.h"
#include "RestoreBackupDialog.h"
#include "SchedulerSettingsDialog.h"
#include "SearchPopup.h"
#include "ShortcutsDialog.h"
#include "StudyProgress.h"
#include "ProgressStore.h"

#include <QAccessible>
#include <QLineEdit>
#include <QtTest>

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

void collectUnnamed(QAccessibleInterface *node, QStringList &unnamed, QStringList &named, int depth = 0)
{
    if (!node || depth > 40)
        return;
    if (isInteractive(node->role()) && !node->state().invisible && !node->text(QAccessible::Name).trimmed().isEmpty())
        named << node->text(QAccessible::Name);
    if (isInteractive(node->role()) && !node->state().invisible && node->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *object = node->object();
        unnamed << QStringLiteral("%1 (role %2, class %3)")
                       .arg(object ? object->objectName() : QStringLiteral("?"))
                       .arg(int(node->role()))
                       .arg(object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"));
    }
    // Items inside views are data, named by their text; the view itself is what must be named.
    if (node->role() == QAccessible::Tree || node->role() == QAccessible::List || node->role() == QAccessible::Table)
        return;
    for (int i = 0; i < node->childCount(); ++i)
        collectUnnamed(node->child(i), unnamed, named, depth + 1);
}

// The main window on the sample guide, shown, with its own settings and progress files.
struct SampleWindow
{
    SampleWindow()
        : settings(dir.filePath(QStringLiteral("settings.ini")))
    {
        guide.writeSample();
        store.open(dir.filePath(QStringLiteral("progress.sqlite")));
        session = std::make_unique<StudySession>(store);
        window = std::make_unique<MainWindow>(settings, *session);
        window->setGuide(GuideLoader().load(guide.path()).guide);
        window->show();
    }

    QTemporaryDir dir;
    GuideFixture guide;
    AppSettings settings;
    ProgressStore store;
    std::unique_ptr<StudySession> session;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyInteractiveControlHasAName();
    void dialogsAndPopupsHaveNames();
};

void TestAccessibility::everyInteractiveControlHasAName()
{
    SampleWindow sample;
    MainWindow &window = *sample.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectTopic(QStringLiteral("basics/first"))); // the card panel shows a card
    QAccessible::setActive(true);
    QStringList unnamed;
    QStringList named;
    collectUnnamed(QAccessible::queryAccessibleInterface(&window), unnamed, named);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    // The walk must really reach the controls: the tree, the notes, the tabs, card and toolbar buttons.
    for (const char *expected : { "Topics", "Your notes", "Read", "Progress", "Show Answer", "Back" })
        QVERIFY2(named.contains(QLatin1String(expected)), qPrintable(named.join(QStringLiteral(", "))));

    // And it must notice a control without a name.
    auto *stray = new QLineEdit(window.centralWidget());
    stray->setObjectName(QStringLiteral("strayEdit"));
    stray->show();
    unnamed.clear();
    collectUnnamed(QAccessible::queryAccessibleInterface(&window), unnamed, named);
    QCOMPARE(unnamed.size(), 1);
    QVERIFY(unnamed.first().startsWith(QStringLiteral("strayEdit")));
}

void TestAccessibility::dialogsAndPopupsHaveNames()
{
    SampleWindow sample;
    MainWindow &window = *sample.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectTopic(QStringLiteral("basics/first")));
    QAccessible::setActive(true);

    const auto expectNamed = [](QWidget *widget, const QString &mustReach) {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget->window()));
        QStringList unnamed;
        QStringList named;
        collectUnnamed(QAccessible::queryAccessibleInterface(widget), unnamed, named);
        QVERIFY2(unnamed.isEmpty(), qPrintable(widget->objectName() + QStringLiteral(": ") + unnamed.join(QLatin1Char('\n'))));
        QVERIFY2(named.contains(mustReach), qPrintable(named.join(QStringLiteral(", "))));
    };

    window.findBar()->open();
    expectNamed(window.findBar(), QStringLiteral("Find in page"));
    window.searchPopup()->popup(&window);
    expectNamed(window.searchPopup(), QStringLiteral("Search query"));
    window.searchPopup()->close();

    MockInterviewDialog interview(window.session(), &window);
    expectNamed(&interview, QStringLiteral("Start Interview"));
    SchedulerSettingsDialog scheduler(&window);
    expectNamed(&scheduler, QStringLiteral("OK"));
    ShortcutsDialog shortcuts(window.actions(), &window);
    expectNamed(&shortcuts, QStringLiteral("Close"));
    RestoreBackupDialog backups({}, &window);
    expectNamed(&backups, QStringLiteral("Cancel"));
    CardEditorDialog editor(&window);
    editor.startNew(QStringLiteral("First Topic"), QString());
    expectNamed(&editor, QStringLiteral("Prompt"));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
