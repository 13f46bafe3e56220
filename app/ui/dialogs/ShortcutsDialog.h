#pragma once

#include <QDialog>

class QAction;

// Help > Keyboard Shortcuts: every action of the window with its keys, built from the actions
// themselves so the list cannot drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    int rowCount() const;

private:
    int m_rows = 0;
};
