#pragma once

#include "ProgressBackups.h"

#include <QDialog>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

// Lets the user pick one of the daily backups and confirm replacing their progress with it.
// The confirmation is a second page of the same dialog rather than a message box on top, so
// the whole choice is one keyboard flow (Enter, Enter) and tests need no nested event loop.
// Accepted means: confirmed; chosen() is the backup to restore.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QList<ProgressBackups::Backup> &backups, QWidget *parent = nullptr);

    std::optional<ProgressBackups::Backup> chosen() const;
    QListWidget *list() const { return m_list; }

private:
    void askToConfirm();
    void showChoice();
    static QString describe(const ProgressBackups::Backup &backup);

    QList<ProgressBackups::Backup> m_backups;
    QStackedWidget *m_pages = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_question = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_replace = nullptr;
};
