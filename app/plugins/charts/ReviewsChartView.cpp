#include "ReviewsChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

ReviewsChartView::ReviewsChartView(const QString &title, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_reviews(new QBarSet(title))
    , m_days(new QBarCategoryAxis)
    , m_counts(new QValueAxis)
{
    QChart *chart = this->chart();
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    m_reviews->setColor(parent->palette().color(QPalette::Highlight));
    auto *series = new QBarSeries;
    series->append(m_reviews);
    chart->addSeries(series);
    m_days->setLabelsAngle(-90); // thirty day labels only fit standing up
    m_days->setTruncateLabels(false);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    series->attachAxis(m_days);
    series->attachAxis(m_counts);
    const QColor text = parent->palette().color(QPalette::WindowText);
    chart->setTitleBrush(text);
    m_days->setLabelsBrush(text);
    m_counts->setLabelsBrush(text);
    setRenderHint(QPainter::Antialiasing);
}

void ReviewsChartView::setReviews(const QList<int> &counts, const QStringList &labels)
{
    m_reviews->remove(0, m_reviews->count());
    int maximum = 1;
    for (int count : counts) {
        *m_reviews << count;
        maximum = std::max(maximum, count);
    }
    m_days->clear();
    m_days->append(labels);
    m_counts->setRange(0, maximum);
    m_counts->setTickCount(std::min(maximum, 5) + 1);
}
