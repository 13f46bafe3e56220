#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// The actions that belong with the card keys: what a learner presses while studying.
bool isStudyAction(const QAction *action)
{
    static const QStringList names { QStringLiteral("review"), QStringLiteral("practiceTopic"),
        QStringLiteral("mockInterview") };
    return names.contains(action->objectName());
}

QString menuOf(const QAction *action)
{
    for (QObject *object : action->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(object))
            return menu->title().remove(QLatin1Char('&'));
    return {};
}

QList<QStandardItem *> row(const QString &name, const QString &keys, const QString &what)
{
    return { new QStandardItem(name), new QStandardItem(keys), new QStandardItem(what) };
}
} // namespace

QString ShortcutsDialog::fixedName(const QAction *action)
{
    const QString given = action->property("shortcutName").toString();
    if (!given.isEmpty())
        return given;
    static const QRegularExpression count(QStringLiteral("\\s*\\([^()]*\\d[^()]*\\)\\s*$"));
    QString name = action->text().remove(QLatin1Char('&')).remove(count);
    if (name.endsWith(QStringLiteral("...")))
        name.chop(3);
    else if (name.endsWith(QChar(0x2026)))
        name.chop(1);
    return name.trimmed();
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({ tr("Action"), tr("Keys"), tr("What it does") });

    auto *studying = new QStandardItem(tr("Studying"));
    m_model->appendRow(studying);
    studying->appendRow(row(tr("Show answer"), tr("Space"), tr("Show the answer of the card shown")));
    studying->appendRow(row(tr("Grade"), tr("1, 2, 3, 4"), tr("Grade the card Again, Hard, Good or Easy")));
    m_rows = 2;

    QHash<QString, QStandardItem *> groups;
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        QStandardItem *group = studying;
        if (!isStudyAction(action)) {
            const QString menu = menuOf(action);
            const QString heading = menu.isEmpty() ? tr("Other") : menu;
            group = groups.value(heading);
            if (!group) {
                group = new QStandardItem(heading);
                groups.insert(heading, group);
                m_model->appendRow(group);
            }
        }
        group->appendRow(row(
            fixedName(action), action->shortcut().toString(QKeySequence::NativeText), action->statusTip()));
        ++m_rows;
    }
    auto *bookmarks = new QStandardItem(tr("Bookmarks panel"));
    m_model->appendRow(bookmarks);
    bookmarks->appendRow(row(tr("Edit note"), tr("F2"), tr("Edit the note of the selected bookmark")));
    ++m_rows;

    auto *view = new QTreeView(this);
    view->setObjectName(QStringLiteral("shortcutsTable"));
    view->setModel(m_model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->expandAll();
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QFont bold = view->font();
        bold.setBold(true);
        m_model->item(r)->setFont(bold);
        view->setFirstColumnSpanned(r, QModelIndex(), true);
    }
    view->header()->setStretchLastSection(true);
    view->resizeColumnToContents(0);
    view->resizeColumnToContents(1);
    view->setAccessibleName(tr("Keyboard shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(720, 520);
}

int ShortcutsDialog::rowCount() const
{
    return m_rows;
}
