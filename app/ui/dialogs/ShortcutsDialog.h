#pragma once

#include <QDialog>

class QAction;
class QStandardItemModel;

// Help > Keyboard Shortcuts: every action of the window with its keys, built from the actions
// themselves so the list cannot drift from what the keys really do. The keys for studying come
// first, in a group of their own; the other actions follow, grouped by the menu that holds them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    // How many keys are listed (the group headings not counted).
    int rowCount() const;
    // Groups as top-level rows, each key a child row: Action, Keys, What it does.
    QStandardItemModel *model() const { return m_model; }

    // An action's name without what changes while the app runs: a "shortcutName" property when
    // the action has one, else its text less the accelerator, an ellipsis and a trailing count
    // in parentheses ("Review (1 due, 8 new)" lists as "Review").
    static QString fixedName(const QAction *action);

private:
    QStandardItemModel *m_model = nullptr;
    int m_rows = 0;
};
