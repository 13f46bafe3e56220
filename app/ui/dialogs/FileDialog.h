#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Every file and folder the window asks for goes through here, so that a test answers the
// question with setNextFileName() instead of closing a modal dialog (as KeePassXC's FileDialog).
class FileDialog
{
public:
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filters, QString *selectedFilter = nullptr);
    static QString openFileName(QWidget *parent, const QString &title, const QString &folder, const QString &filters);
    static QString existingFolder(QWidget *parent, const QString &title, const QString &folder);

    // The next question is answered with NAME (an empty name: cancelled) and, for a save with
    // several formats, FILTER; answers queue up in order.
    static void setNextFileName(const QString &name, const QString &filter = QString());
    static bool hasPendingAnswers();

private:
    static bool takeAnswer(QString *name, QString *filter);
};
