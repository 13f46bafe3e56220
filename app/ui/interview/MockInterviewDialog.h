#pragma once

#include <QDialog>

#include <memory>

class CodeHighlighter;
class MarkdownRenderer;
class MockInterview;
class MockInterviewSetupPage;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTextBrowser;
class QTimer;
class StudyProgress;
class StudySession;

// A mock interview: the user picks categories, how many questions and the time for each; the
// dialog shows each question with a countdown, then the sample answer and the points to look
// for as a checklist, and takes a grade on keys 1-4. At the end it shows a summary per
// category and saves the interview to the progress store. The rules live in MockInterview;
// this only shows its state and forwards keys.
class MockInterviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MockInterviewDialog(StudySession &session, QWidget *parent = nullptr);
    ~MockInterviewDialog() override;

    // The draw's seed; random unless set, e.g. by a test that needs known questions.
    void setSeed(quint64 seed) { m_seed = seed; }
    const MockInterview &interview() const { return *m_interview; }
    QStandardItemModel *categoryModel() const;
    QStandardItemModel *summaryModel() const { return m_summary; }

    static constexpr int pollIntervalMs = 200;

public slots:
    void reject() override;

private:
    QWidget *createQuestionPage();
    QWidget *createRevealPage();
    QWidget *createSummaryPage();
    void start();
    void showState();
    void showQuestion();
    void showReveal();
    void showSummary();
    void updateCountdown();
    void grade(int rating);
    void endInterview();
    QString html(const QString &markdown) const;
    QString categoryTitle(const QString &id) const;
    QString header() const;

    StudySession &m_session;
    const StudyProgress &m_progress;
    std::unique_ptr<MockInterview> m_interview;
    std::unique_ptr<CodeHighlighter> m_highlighter;
    std::unique_ptr<MarkdownRenderer> m_renderer;
    quint64 m_seed;
    bool m_saved = false;

    QStackedWidget *m_pages = nullptr;
    MockInterviewSetupPage *m_setup = nullptr;
    // question
    QLabel *m_questionHeader = nullptr;
    QTextBrowser *m_question = nullptr;
    QLabel *m_countdown = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_reveal = nullptr;
    QTimer *m_timer = nullptr;
    // reveal
    QLabel *m_revealHeader = nullptr;
    QTextBrowser *m_answer = nullptr;
    QLabel *m_yourNotes = nullptr;
    QStandardItemModel *m_points = nullptr;
    QListView *m_pointList = nullptr;
    // summary
    QLabel *m_summaryText = nullptr;
    QStandardItemModel *m_summary = nullptr;
    QTableView *m_summaryTable = nullptr;
    QPushButton *m_summaryClose = nullptr;
};
