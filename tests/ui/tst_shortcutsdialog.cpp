// Help > Keyboard Shortcuts: the keys for studying first, names without live counts.

#include "ShortcutsDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QRegularExpression>
#include <QtTest>

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void studyingKeysComeFirstWithFixedNames();
};

void TestShortcutsDialog::studyingKeysComeFirstWithFixedNames()
{
    QWidget window;
    QMenu file(QStringLiteral("&File"));
    QMenu study(QStringLiteral("&Study"));
    const auto add = [&](QMenu &menu, const QString &name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, &window);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setStatusTip(text + QStringLiteral(" tip"));
        menu.addAction(action);
        window.addAction(action);
        return action;
    };
    add(file, QStringLiteral("openGuide"), QStringLiteral("&Open Guide..."),
        QKeySequence(Qt::CTRL | Qt::Key_O));
    add(study, QStringLiteral("toggleBookmark"), QStringLiteral("Toggle &Bookmark"),
        QKeySequence(Qt::CTRL | Qt::Key_D));
    // The window puts the counts into the review action's text as they change.
    add(study, QStringLiteral("review"), QStringLiteral("Review (1 due, 8 new)"),
        QKeySequence(Qt::CTRL | Qt::Key_R));

    ShortcutsDialog dialog(window.actions(), &window);
    QCOMPARE(dialog.rowCount(), 3 + 3);
    auto *view = dialog.findChild<QAbstractItemView *>(QStringLiteral("shortcutsTable"));
    QVERIFY(view);
    const QAbstractItemModel *model = view->model();
    const QModelIndex studying = model->index(0, 0);
    QCOMPARE(studying.data().toString(), QStringLiteral("Studying"));
    const auto cell = [&](const QModelIndex &parent, int row, int column) {
        return model->index(row, column, parent).data().toString();
    };
    QCOMPARE(cell(studying, 0, 1), QStringLiteral("Space"));
    QCOMPARE(cell(studying, 1, 1), QStringLiteral("1, 2, 3, 4"));
    QCOMPARE(cell(studying, 2, 0), QStringLiteral("Review"));
    QCOMPARE(cell(studying, 2, 1), QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));

    // Every other group after it; no name anywhere carries a count.
    const QRegularExpression count(QStringLiteral("\\(\\d"));
    QStringList groups;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        groups << group.data().toString();
        for (int r = 0; r < model->rowCount(group); ++r)
            QVERIFY2(!cell(group, r, 0).contains(count), qPrintable(cell(group, r, 0)));
    }
    QCOMPARE(groups.first(), QStringLiteral("Studying"));
    QVERIFY(groups.contains(QStringLiteral("File")));
    QVERIFY(groups.contains(QStringLiteral("Study")));
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
