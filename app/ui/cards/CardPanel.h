#pragma once

#include <QWidget>

#include <array>
#include <memory>

class CodeHighlighter;
class MarkdownRenderer;
class QLabel;
class QPushButton;
class QTextBrowser;
class StudySession;

// Shows the study round: the prompt, then on Space the answer (for interview cards its three
// parts), and Again / Hard / Good / Easy on keys 1-4, each with the interval it gives. Above the
// card, the new, learning and review counts of a review as Anki shows them (the current card's
// kind underlined) or the place in a practice round; when a round is over, what comes next.
// The panel keeps one width whatever it shows, so the reader beside it never re-wraps.
class CardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CardPanel(StudySession &session, QWidget *parent = nullptr);
    ~CardPanel() override;

    QPushButton *gradeButton(int rating) const { return m_gradeButtons[size_t(rating - 1)]; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    static constexpr int preferredWidth = 340;

signals:
    void reviewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showDone();
    QString render(const QString &markdown) const;
    QString countsHtml() const;

    StudySession &m_session;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    std::unique_ptr<MarkdownRenderer> m_renderer;
    QLabel *m_header = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_notice = nullptr;
    QTextBrowser *m_prompt = nullptr;
    QTextBrowser *m_answer = nullptr;
    QPushButton *m_reveal = nullptr;
    QWidget *m_grades = nullptr;
    std::array<QPushButton *, 4> m_gradeButtons {};
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_review = nullptr;
    QLabel *m_empty = nullptr;
};
