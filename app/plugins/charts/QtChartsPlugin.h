#pragma once

#include "ChartPlugin.h"

#include <QObject>

// ChartPlugin drawn with Qt Charts.
class QtChartsPlugin : public QObject, public ChartPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChartPlugin_iid)
    Q_INTERFACES(ChartPlugin)

public:
    QWidget *createReviewsChart(const QString &title, QWidget *parent) override;
    void setReviews(QWidget *chart, const QList<int> &counts, const QStringList &labels) override;
};
