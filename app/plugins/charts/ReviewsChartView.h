#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

// Reviews per day as bars, with the days along the bottom.
class ReviewsChartView : public QChartView
{
    Q_OBJECT

public:
    ReviewsChartView(const QString &title, QWidget *parent);
    void setReviews(const QList<int> &counts, const QStringList &labels);

private:
    QBarSet *m_reviews = nullptr;
    QBarCategoryAxis *m_days = nullptr;
    QValueAxis *m_counts = nullptr;
};
