// Walks the main window's accessibility tree, as a screen reader would, and fails on any
// interactive control that has no accessible name.

#include "AppSettings.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "MainWindow.h"
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

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyInteractiveControlHasAName();
};

void TestAccessibility::everyInteractiveControlHasAName()
{
    QTemporaryDir dir;
    GuideFixture guide;
    guide.writeSample();
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ProgressStore store;
    store.open(dir.filePath(QStringLiteral("progress.sqlite")));
    MainWindow window(settings, store);
    window.setGuide(GuideLoader().load(guide.path()).guide);
    window.show();
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

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
