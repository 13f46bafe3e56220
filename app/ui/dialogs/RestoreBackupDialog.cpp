#include "RestoreBackupDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(const QList<ProgressBackups::Backup> &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_pages(new QStackedWidget(this))
    , m_list(new QListWidget(this))
    , m_question(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore Backup"));

    // Page 1: which backup.
    auto *choice = new QWidget(m_pages);
    auto *intro = new QLabel(backups.isEmpty()
            ? tr("There are no backups yet. Study Guide makes one a day while you use it and "
                 "keeps the last %1.")
                  .arg(ProgressBackups::keep)
            : tr("Choose the backup to go back to. Study Guide makes one a day and keeps the "
                 "last %1.")
                  .arg(ProgressBackups::keep),
        choice);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setAccessibleDescription(tr("Your daily backups, newest first"));
    intro->setBuddy(m_list);
    for (const ProgressBackups::Backup &backup : backups)
        m_list->addItem(describe(backup));
    m_list->setCurrentRow(0);
    auto *choiceButtons = new QDialogButtonBox(QDialogButtonBox::Cancel, choice);
    m_restore = choiceButtons->addButton(tr("&Restore..."), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore the chosen backup"));
    m_restore->setEnabled(!backups.isEmpty());
    m_restore->setDefault(true);
    choiceButtons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(choiceButtons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::askToConfirm);
    connect(choiceButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &RestoreBackupDialog::askToConfirm);
    auto *choiceLayout = new QVBoxLayout(choice);
    choiceLayout->addWidget(intro);
    choiceLayout->addWidget(m_list);
    choiceLayout->addWidget(choiceButtons);

    // Page 2: are you sure, and what happens to the progress you have now.
    auto *confirm = new QWidget(m_pages);
    m_question->setObjectName(QStringLiteral("confirmQuestion"));
    m_question->setWordWrap(true);
    auto *confirmButtons = new QDialogButtonBox(confirm);
    m_replace = confirmButtons->addButton(tr("Re&place Progress"), QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(QStringLiteral("replaceButton"));
    m_replace->setAccessibleName(tr("Replace your progress with the backup"));
    QPushButton *back = confirmButtons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    back->setAccessibleName(tr("Back to the list of backups"));
    connect(m_replace, &QPushButton::clicked, this, &QDialog::accept);
    connect(back, &QPushButton::clicked, this, &RestoreBackupDialog::showChoice);
    auto *confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->addWidget(m_question);
    confirmLayout->addStretch();
    confirmLayout->addWidget(confirmButtons);

    m_pages->addWidget(choice);
    m_pages->addWidget(confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    m_list->setFocus();
    resize(460, 320);
}

QString RestoreBackupDialog::describe(const ProgressBackups::Backup &backup)
{
    const QLocale locale;
    QString text = locale.toString(backup.date, QLocale::LongFormat) + QStringLiteral(" — ")
        + locale.formattedDataSize(backup.size);
    // Counting rows in a small file is cheap, and tells the user which day had the work they miss.
    if (const auto summary = ProgressBackups::summary(backup.path)) {
        text += QStringLiteral(" — ") + tr("%n topic(s)", nullptr, summary->topics) + QStringLiteral(", ")
            + tr("%n card(s)", nullptr, summary->cards) + QStringLiteral(", ")
            + tr("%n review(s)", nullptr, summary->reviews);
    }
    return text;
}

std::optional<ProgressBackups::Backup> RestoreBackupDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_backups.size())
        return std::nullopt;
    return m_backups.at(row);
}

void RestoreBackupDialog::askToConfirm()
{
    const auto backup = chosen();
    if (!backup)
        return;
    m_question->setText(
        tr("Replace your progress with the backup from %1? Everything you did after it will no "
           "longer show. Your current progress file is kept beside it, not deleted.")
            .arg(QLocale().toString(backup->date, QLocale::LongFormat)));
    m_restore->setDefault(false);
    m_replace->setDefault(true);
    m_pages->setCurrentIndex(1);
    m_replace->setFocus();
}

void RestoreBackupDialog::showChoice()
{
    m_replace->setDefault(false);
    m_restore->setDefault(true);
    m_pages->setCurrentIndex(0);
    m_list->setFocus();
}
