#include "FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QList>
#include <QPair>

namespace {
QList<QPair<QString, QString>> &answers()
{
    static QList<QPair<QString, QString>> queued;
    return queued;
}
} // namespace

void FileDialog::setNextFileName(const QString &name, const QString &filter)
{
    answers().append({ name, filter });
}

bool FileDialog::hasPendingAnswers()
{
    return !answers().isEmpty();
}

bool FileDialog::takeAnswer(QString *name, QString *filter)
{
    if (answers().isEmpty())
        return false;
    const auto answer = answers().takeFirst();
    *name = answer.first;
    if (filter && !answer.second.isEmpty())
        *filter = answer.second;
    return true;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filters,
                                 QString *selectedFilter)
{
    QString name;
    if (takeAnswer(&name, selectedFilter))
        return name;
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggested), filters, selectedFilter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filters)
{
    QString name;
    if (takeAnswer(&name, nullptr))
        return name;
    return QFileDialog::getOpenFileName(parent, title, folder, filters);
}

QString FileDialog::existingFolder(QWidget *parent, const QString &title, const QString &folder)
{
    QString name;
    if (takeAnswer(&name, nullptr))
        return name;
    return QFileDialog::getExistingDirectory(parent, title, folder);
}
