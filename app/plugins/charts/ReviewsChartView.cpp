#include "ReviewsChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
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
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *series = new QBarSeries;
    series->append(m_reviews);
    chart->addSeries(series);
    // Standing up, a label takes only a line's height across: lying down, the last one (today)
    // would reach past the plot's right edge, and Qt Charts hides such a label.
    m_days->setLabelsAngle(-90);
    m_days->setTruncateLabels(false);
    m_counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(m_counts, Qt::AlignLeft);
    series->attachAxis(m_days);
    series->attachAxis(m_counts);
    setRenderHint(QPainter::Antialiasing);
    setPalette(parent->palette());
    applyPalette();
}

void ReviewsChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    // The application palette reaches every widget as a PaletteChange; Qt Charts has themes of
    // its own and does not follow it, so the colours are set again from the new palette.
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ReviewsChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    relabel();
}

void ReviewsChartView::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(50); // a faint grid in either theme: the text colour, mostly transparent
    QChart *chart = this->chart();
    chart->setBackgroundVisible(true);
    chart->setBackgroundBrush(p.color(QPalette::Window));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    setBackgroundBrush(p.color(QPalette::Window));
    m_reviews->setColor(p.color(QPalette::Highlight));
    m_reviews->setBorderColor(p.color(QPalette::Highlight));
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_days), static_cast<QAbstractAxis *>(m_counts) }) {
        axis->setLabelsBrush(text);
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    m_counts->setMinorGridLineColor(grid);
}

void ReviewsChartView::setReviews(const QList<int> &counts, const QStringList &labels)
{
    m_reviews->remove(0, m_reviews->count());
    int maximum = 1;
    for (int count : counts) {
        *m_reviews << count;
        maximum = std::max(maximum, count);
    }
    m_labels = labels;
    m_counts->setRange(0, maximum);
    m_counts->setTickCount(std::min(maximum, 5) + 1);
    relabel();
}

void ReviewsChartView::relabel()
{
    if (m_labels.isEmpty())
        return;
    // Names only as many days as fit side by side at this width, always the last (today); the
    // others get distinct blank categories, as a category axis needs unique names.
    const int widest = QFontMetrics(m_days->labelsFont()).height();
    const int count = int(m_labels.size());
    // The plot's width before the chart is laid out: the view less the count axis beside it.
    const int room = std::max(1, width() - 60);
    const int fit = std::max(1, room / (widest + 6));
    const int step = std::max(1, (count + fit - 1) / fit);
    QStringList shown;
    for (int i = 0; i < count; ++i) {
        const bool named = (count - 1 - i) % step == 0;
        shown << (named ? m_labels.at(i) : QString(i + 1, QLatin1Char(' ')));
    }
    if (shown == m_days->categories())
        return;
    m_days->clear();
    m_days->append(shown);
    // The axis needs room for the new labels' height: lay the chart out again now.
    if (QGraphicsLayout *layout = chart()->layout())
        layout->invalidate();
}
