#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QStandardItemModel;
class QTableView;
class StudyProgress;
class StudySession;

class ChartPlugin;

// Where the user stands: overall and per chapter, cards due today and this week, the streak,
// reviews per day over the last 30 days, the predicted recall of each chapter's cards, and
// the history of mock interviews.
class ProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressView(StudySession &session, QWidget *parent = nullptr);

    QStandardItemModel *categoryModel() const { return m_categories; }
    // Mock interviews, newest first: one row per category of each interview.
    QStandardItemModel *interviewModel() const { return m_interviews; }
    QString summaryText() const;

    static constexpr int chartDays = 30;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void createChart();
    void refreshInterviews();

    StudySession &m_session;
    const StudyProgress &m_progress;
    QProgressBar *m_overall = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_categories = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_interviewTitle = nullptr;
    QStandardItemModel *m_interviews = nullptr;
    QTableView *m_interviewTable = nullptr;
    QWidget *m_chartHolder = nullptr;
    ChartPlugin *m_charts = nullptr;
    QWidget *m_chart = nullptr; // made by m_charts; null when the plugin is missing
};
