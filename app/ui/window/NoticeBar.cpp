#include "NoticeBar.h"

NoticeBar::NoticeBar(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setWordWrap(true);
    setMargin(8);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    hide();
}

void NoticeBar::showNotice(const QString &text)
{
    setText(text);
    show();
}
