#pragma once

#include <QChartView>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QValueAxis;
QT_END_NAMESPACE

// Reviews per day as bars, with the days along the bottom. Drawn in the widget's palette, and
// redrawn when the palette changes (View > Theme while the chart is open).
class ReviewsChartView : public QChartView
{
    Q_OBJECT

public:
    ReviewsChartView(const QString &title, QWidget *parent);
    void setReviews(const QList<int> &counts, const QStringList &labels);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyPalette();
    void relabel();

    QBarSet *m_reviews = nullptr;
    QBarCategoryAxis *m_days = nullptr;
    QValueAxis *m_counts = nullptr;
    QStringList m_labels;
};
