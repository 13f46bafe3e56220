#include "ProgressView.h"

#include "ChartPlugin.h"
#include "ChartPluginLoader.h"
#include "Guide.h"
#include "MockInterviewSummary.h"
#include "ProgressStatistics.h"
#include "StudyProgress.h"
#include "StudySession.h"
#include "SyncDevicesView.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

ProgressView::ProgressView(StudySession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_progress(session.progress())
    , m_overall(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_categories(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_interviewTitle(new QLabel(this))
    , m_interviews(new QStandardItemModel(this))
    , m_interviewTable(new QTableView(this))
    , m_chartHolder(new QWidget(this))
{
    setObjectName(QStringLiteral("progressView"));
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_overall->setFormat(tr("%p% of the guide"));
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("categoryTable"));
    m_table->setModel(m_categories);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Progress by chapter"));
    m_interviewTitle->setObjectName(QStringLiteral("interviewHistoryTitle"));
    m_interviewTitle->setWordWrap(true);
    m_interviewTable->setObjectName(QStringLiteral("interviewHistoryTable"));
    m_interviewTable->setModel(m_interviews);
    m_interviewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_interviewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_interviewTable->verticalHeader()->hide();
    m_interviewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interviewTable->horizontalHeader()->setStretchLastSection(true);
    m_interviewTable->setAccessibleName(tr("Interview history"));
    m_chartHolder->setMinimumHeight(240);
    new QVBoxLayout(m_chartHolder);
    m_chartHolder->layout()->setContentsMargins(0, 0, 0, 0);

    // In a small window the tables and the chart keep a usable height and the page scrolls,
    // rather than everything being squeezed to one row and a clipped title.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("progressScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    for (QWidget *child : { static_cast<QWidget *>(m_overall), static_cast<QWidget *>(m_summary),
             static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_interviewTitle),
             static_cast<QWidget *>(m_interviewTable), m_chartHolder })
        child->setParent(page);

    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Your Progress")), page);
    title->setObjectName(QStringLiteral("progressTitle"));
    title->setWordWrap(true);
    title->setMinimumHeight(title->sizeHint().height());
    layout->addWidget(title);
    layout->addWidget(m_overall);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_interviewTitle);
    layout->addWidget(m_interviewTable, 1);
    layout->addWidget(new SyncDevicesView(m_session, page));
    layout->addWidget(m_chartHolder, 3);

    connect(&m_session, &StudySession::progressChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&m_session, &StudySession::interviewsChanged, this, [this] {
        if (isVisible())
            refreshInterviews();
    });
}

void ProgressView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_chartHolder->layout()->count())
        createChart();
    refresh();
}

void ProgressView::createChart()
{
    QString problem;
    m_charts = ChartPluginLoader::instance(&problem);
    if (!m_charts) {
        auto *missing = new QLabel(tr("The chart of reviews cannot be shown: %1").arg(problem), m_chartHolder);
        missing->setObjectName(QStringLiteral("chartUnavailable"));
        missing->setWordWrap(true);
        m_chartHolder->layout()->addWidget(missing);
        return;
    }
    m_chart = m_charts->createReviewsChart(tr("Reviews per day, last %1 days").arg(chartDays), m_chartHolder);
    m_chart->setObjectName(QStringLiteral("reviewsChart"));
    m_chart->setAccessibleName(tr("Reviews per day over the last %1 days").arg(chartDays));
    m_chartHolder->layout()->addWidget(m_chart);
}

QString ProgressView::summaryText() const
{
    return m_summary->text();
}

void ProgressView::refresh()
{
    const Guide *guide = m_progress.guide();
    if (!guide)
        return;
    const QDateTime now = m_progress.now();
    const StudyDay &studyDay = m_progress.studyDay();
    const QDate today = studyDay.dayOf(now);
    const auto overall = m_progress.overall();
    m_overall->setValue(overall.percent);

    const auto &schedules = m_progress.schedules();
    const int dueToday = ProgressStatistics::dueWithinDays(schedules, studyDay, now, 1);
    const int dueWeek = ProgressStatistics::dueWithinDays(schedules, studyDay, now, 7);
    const QList<ReviewLogEntry> log = m_session.reviewLog();
    const int streak = ProgressStatistics::streak(log, studyDay, today);
    const QString streakText = streak == 1 ? tr("1 day") : tr("%1 days").arg(streak);
    m_summary->setText(tr("%1 of %2 cards learned. Due today: %3. Due this week: %4. Streak: %5.")
                           .arg(overall.learnedCards)
                           .arg(overall.cards)
                           .arg(dueToday)
                           .arg(dueWeek)
                           .arg(streakText));

    m_categories->clear();
    m_categories->setHorizontalHeaderLabels(
        { tr("Chapter"), tr("Progress"), tr("Cards learned"), tr("Due now"), tr("Predicted recall") });
    for (const Topic *chapter : ProgressRollup::chapters(*guide)) {
        const auto node = m_progress.node(chapter);
        QStringList cardIds;
        for (const Card *card : guide->cardsUnder(chapter))
            cardIds.append(card->id);
        const double recall = ProgressStatistics::predictedRecall(m_progress.scheduler().model(), cardIds, schedules, now);
        QList<QStandardItem *> row {
            new QStandardItem(chapter->title),
            new QStandardItem(QStringLiteral("%1%").arg(node.percent)),
            new QStandardItem(QStringLiteral("%1 / %2").arg(node.learnedCards).arg(node.cards)),
            new QStandardItem(QString::number(node.dueCards)),
            new QStandardItem(recall < 0 ? tr("not yet reviewed") : QStringLiteral("%1%").arg(qRound(recall * 100))),
        };
        m_categories->appendRow(row);
    }
    fitRows(m_table, 6);

    refreshInterviews();

    if (m_chart) {
        const QList<int> perDay = ProgressStatistics::reviewsPerDay(log, studyDay, today, chartDays);
        QStringList labels;
        for (int i = 0; i < perDay.size(); ++i) {
            const QDate day = today.addDays(i - (chartDays - 1));
            labels << QLocale().toString(day, QStringLiteral("d MMM")); // the chart shows as many as fit
        }
        m_charts->setReviews(m_chart, perDay, labels);
    }
}

void ProgressView::refreshInterviews()
{
    const Guide *guide = m_progress.guide();
    const QList<InterviewSession> history = m_session.interviewHistory();
    m_interviewTitle->setText(QStringLiteral("<b>%1</b> %2").arg(
        tr("Interview history"),
        history.isEmpty() ? tr("(none yet: Study > Mock Interview starts one)").toHtmlEscaped()
                          : history.size() == 1 ? tr("(1 interview)")
                                                : tr("(%1 interviews)").arg(history.size())));
    m_interviews->clear();
    m_interviews->setHorizontalHeaderLabels(
        { tr("Date"), tr("Category"), tr("Questions"), tr("Score"), tr("Points covered"), tr("Time used") });
    for (const InterviewSession &session : history) {
        const QString date = QLocale().toString(session.startedAt.toLocalTime(), QLocale::ShortFormat);
        const MockInterviewSummary summary = MockInterviewSummary::of(session);
        for (const auto &category : summary.categories) {
            const Topic *topic = guide ? guide->topic(category.categoryId) : nullptr;
            m_interviews->appendRow({
                new QStandardItem(date),
                new QStandardItem(topic ? topic->title : category.categoryId),
                new QStandardItem(QString::number(category.questions)),
                new QStandardItem(QStringLiteral("%1%").arg(category.score)),
                new QStandardItem(QStringLiteral("%1 / %2").arg(category.checkedPoints).arg(category.totalPoints)),
                new QStandardItem(QStringLiteral("%1:%2").arg(category.secondsUsed / 60).arg(category.secondsUsed % 60, 2, 10,
                                                                                           QLatin1Char('0'))),
            });
        }
    }
    fitRows(m_interviewTable, 4);
}

void ProgressView::fitRows(QTableView *table, int most)
{
    // Tall enough for its rows up to MOST of them (and at least two), so a small window shows
    // more than one row; longer tables scroll inside themselves.
    const int rows = std::clamp(table->model()->rowCount(), 2, most);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const int height = table->horizontalHeader()->sizeHint().height() + rows * rowHeight
        + 2 * table->frameWidth() + table->horizontalScrollBar()->sizeHint().height();
    table->setMinimumHeight(height);
}
