#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class TopicReader;

// Find in the open page (Ctrl+F): a bar under the reader that marks every match as you
// type. Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to the previous one,
// Escape closes the bar and clears the marks.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(TopicReader &reader, QWidget *parent = nullptr);

    // Shows the bar with the query selected, so that typing replaces it.
    void open();
    void close();
    // Searches the page again, e.g. after another topic opened.
    void refresh();
    // Shows "n of m" for the reader's current match, after it moved by a shortcut.
    void updateCount();

    QLineEdit *queryEdit() const { return m_query; }
    QLabel *countLabel() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void step(bool backward);

    TopicReader &m_reader;
    QLineEdit *m_query = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
};
