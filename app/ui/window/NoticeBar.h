#pragma once

#include <QLabel>

// A sentence kept in view above the reader until the next guide opens: the store went
// read-only, a backup was restored, a guide could not be opened. Shown in the tooltip colours
// so it reads as a notice, not as part of the page.
class NoticeBar : public QLabel
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text);
};
