#pragma once

#include <QWidget>

#include <array>
#include <memory>

class CodeHighlighter;
class MarkdownRenderer;
class QAction;
class QLabel;
class QToolButton;
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
    // The commands on the learner's own cards (New, Edit, Delete): in the panel's context
    // menu, and Edit and Delete as buttons while one of their own cards is shown.
    void setCardActions(QAction *newCard, QAction *editCard, QAction *deleteCard);
    // A note above the card on how to add cards (empty: none). Its buttons make a card or
    // dismiss the note.
    void setHint(const QString &text);
    bool isHintShown() const;
    QWidget *hintWidget() const { return m_hint; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    static constexpr int preferredWidth = 340;

signals:
    void reviewRequested();
    void hintDismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showDone();
    void showMenu(const QPoint &globalPosition);
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
    QWidget *m_hint = nullptr;
    QLabel *m_hintText = nullptr;
    QPushButton *m_hintNewCard = nullptr;
    QWidget *m_ownRow = nullptr; // Edit and Delete, for the learner's own cards
    QToolButton *m_editOwn = nullptr;
    QToolButton *m_deleteOwn = nullptr;
    QList<QAction *> m_menuActions;
};
