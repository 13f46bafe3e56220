#pragma once

#include <QWidget>

#include <array>
#include <memory>

class CardDeck;
class CodeHighlighter;
class Guide;
class MarkdownRenderer;
class QLabel;
class QPushButton;
class QTextBrowser;
class StudyProgress;

// Shows the deck's current card: the prompt, then on Space the answer (for interview cards its
// three parts), and Again / Hard / Good / Easy on keys 1-4, each with the interval it gives.
class CardPanel : public QWidget
{
    Q_OBJECT

public:
    CardPanel(CardDeck &deck, StudyProgress &progress, QWidget *parent = nullptr);
    ~CardPanel() override;

    void setGuide(const Guide *guide) { m_guide = guide; }
    QPushButton *gradeButton(int rating) const { return m_gradeButtons[size_t(rating - 1)]; }

signals:
    void reviewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString render(const QString &markdown) const;

    CardDeck &m_deck;
    StudyProgress &m_progress;
    const Guide *m_guide = nullptr;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    std::unique_ptr<MarkdownRenderer> m_renderer;
    QLabel *m_header = nullptr;
    QTextBrowser *m_prompt = nullptr;
    QTextBrowser *m_answer = nullptr;
    QPushButton *m_reveal = nullptr;
    QWidget *m_grades = nullptr;
    std::array<QPushButton *, 4> m_gradeButtons {};
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_review = nullptr;
    QLabel *m_empty = nullptr;
};
