#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

// Every message box the window shows goes through here, so that a test answers a question with
// setNextAnswer() and reads what was said with lastMessage(), never waiting on a modal dialog
// (as KeePassXC's MessageBox).
class MessageBox
{
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Yes or No; No is the default.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);

    // The next message box is not shown: a question gets ANSWER, a warning is only recorded.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last message box shown or answered.
    static QString lastMessage();
};
