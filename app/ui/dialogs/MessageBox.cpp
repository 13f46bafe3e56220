#include "MessageBox.h"

#include <QList>

namespace {
QList<QMessageBox::StandardButton> &answers()
{
    static QList<QMessageBox::StandardButton> queued;
    return queued;
}
QString &last()
{
    static QString text;
    return text;
}
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    answers().append(answer);
}

QString MessageBox::lastMessage()
{
    return last();
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    last() = text;
    if (!answers().isEmpty()) {
        answers().removeFirst();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text)
{
    last() = text;
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
}
