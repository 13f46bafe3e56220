#include "FileCommands.h"

#include "FileDialog.h"
#include "Guide.h"
#include "MessageBox.h"
#include "NotesEditor.h"
#include "RestoreBackupDialog.h"
#include "StudySession.h"
#include "TopicReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

FileCommands::FileCommands(StudySession &session, TopicReader &reader, NotesEditor &notes, CurrentTopic currentTopic,
                           QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_reader(reader)
    , m_notes(notes)
    , m_currentTopic(std::move(currentTopic))
    , m_parent(parent)
{
}

void FileCommands::fail(const QString &title, const QString &message)
{
    MessageBox::warning(m_parent, title, message);
}

void FileCommands::exportCards()
{
    const Guide *guide = m_session.guide();
    if (!guide)
        return;
    const QString anki = tr("Anki text (*.txt)");
    const QString mnemosyne = tr("Mnemosyne text (*.txt)");
    QString filter = anki;
    const QString path = FileDialog::saveFileName(m_parent, tr("Export Cards"), guide->id() + QStringLiteral("-cards.txt"),
                                                  anki + QStringLiteral(";;") + mnemosyne, &filter);
    if (path.isEmpty())
        return;
    const auto outcome = m_session.exportCards(
        path, filter == mnemosyne ? CardExporter::Format::Mnemosyne : CardExporter::Format::Anki);
    outcome.ok ? emit done(outcome.message) : fail(tr("Export Cards"), outcome.message);
}

void FileCommands::exportProgress()
{
    const Guide *guide = m_session.guide();
    if (!guide)
        return;
    const QString path = FileDialog::saveFileName(m_parent, tr("Export Progress"), guide->id() + QStringLiteral("-progress.json"),
                                                  tr("Study Guide progress (*.json)"));
    if (path.isEmpty())
        return;
    m_notes.saveNow();
    const auto outcome = m_session.exportProgress(path);
    outcome.ok ? emit done(outcome.message) : fail(tr("Export Progress"), outcome.message);
}

void FileCommands::importProgress()
{
    if (!m_session.guide())
        return;
    const QString path = FileDialog::openFileName(m_parent, tr("Import Progress"), QDir::homePath(),
                                                  tr("Study Guide progress (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_notes.saveNow();
    auto outcome = m_session.importProgress(path);
    if (!outcome.ok && outcome.otherGuide) {
        const auto answer = MessageBox::question(
            m_parent, tr("Import Progress"),
            tr("%1\n\nImport it into this guide anyway? Only items whose ids match this guide will show.").arg(outcome.message));
        if (answer != QMessageBox::Yes)
            return;
        outcome = m_session.importProgress(path, true);
    }
    if (!outcome.ok) {
        fail(tr("Import Progress"), outcome.message);
        return;
    }
    m_notes.reload();
    emit done(outcome.message);
}

void FileCommands::exportPdf(bool wholeGuide)
{
    const Guide *guide = m_session.guide();
    if (!guide)
        return;
    const Topic *current = m_currentTopic();
    const Topic *branch = wholeGuide || !current ? guide->root() : current->page();
    const QString suggested = (branch->id.isEmpty() ? guide->id()
                                                    : QString(branch->id).replace(QLatin1Char('/'), QLatin1Char('-')))
        + QStringLiteral(".pdf");
    const QString path = FileDialog::saveFileName(m_parent, wholeGuide ? tr("Export Guide as PDF") : tr("Export Topic as PDF"),
                                                  suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(branch->title.isEmpty() ? guide->title() : branch->title);
    // The file dialog has asked before replacing a file; removing it first means a file that
    // is there afterwards was written now.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        fail(tr("Export as PDF"), tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_reader.printDocument(branch)->print(&printer);
    if (QFileInfo(path).size() == 0) {
        fail(tr("Export as PDF"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit done(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void FileCommands::print()
{
    const Guide *guide = m_session.guide();
    if (!guide)
        return;
    // The dialog's "Selection" is the open topic with everything under it; "All" is the guide.
    const Topic *current = m_currentTopic();
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print"));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, current != nullptr);
    if (current)
        dialog.setPrintRange(QAbstractPrintDialog::Selection);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Topic *branch = printer.printRange() == QPrinter::Selection && current ? current->page() : guide->root();
    m_reader.printDocument(branch)->print(&printer);
}

void FileCommands::chooseBackup()
{
    // Window-modal but not a nested event loop: the restore happens when the user confirms.
    auto *dialog = new RestoreBackupDialog(m_session.backups(), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto backup = dialog->chosen();
        if (!backup)
            return;
        m_notes.saveNow(); // what was typed belongs in the file being replaced, which is kept
        const auto outcome = m_session.restoreBackup(*backup);
        m_notes.reload();
        emit notice(outcome.message);
    });
    dialog->open();
}
