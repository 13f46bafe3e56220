#include "QtChartsPlugin.h"

#include "ReviewsChartView.h"

QWidget *QtChartsPlugin::createReviewsChart(const QString &title, QWidget *parent)
{
    return new ReviewsChartView(title, parent);
}

void QtChartsPlugin::setReviews(QWidget *chart, const QList<int> &counts, const QStringList &labels)
{
    if (auto *view = qobject_cast<ReviewsChartView *>(chart))
        view->setReviews(counts, labels);
}
