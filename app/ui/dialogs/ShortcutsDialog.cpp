#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *model = new QStandardItemModel(this);
    model->setHorizontalHeaderLabels({ tr("Action"), tr("Keys"), tr("What it does") });
    for (QAction *action : actions) {
        if (action->shortcut().isEmpty())
            continue;
        model->appendRow({ new QStandardItem(action->text().remove(QLatin1Char('&'))),
                           new QStandardItem(action->shortcut().toString(QKeySequence::NativeText)),
                           new QStandardItem(action->statusTip()) });
    }
    for (const auto &[keys, what] : { std::pair { tr("Space"), tr("Show the answer of the card shown") },
                                      std::pair { tr("1, 2, 3, 4"), tr("Grade the card Again, Hard, Good or Easy") },
                                      std::pair { tr("F2"), tr("Edit the note of the selected bookmark") } })
        model->appendRow({ new QStandardItem(tr("Cards and bookmarks")), new QStandardItem(keys), new QStandardItem(what) });
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("shortcutsTable"));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    view->setAccessibleName(tr("Keyboard shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(720, 520);
    m_rows = model->rowCount();
}

int ShortcutsDialog::rowCount() const
{
    return m_rows;
}
