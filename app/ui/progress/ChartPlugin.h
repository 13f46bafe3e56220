#pragma once

#include <QList>
#include <QStringList>
#include <QtPlugin>

class QWidget;

// Charts, drawn with Qt Charts in a plugin of their own (plugins/charts). Qt Charts is loaded
// only when a chart is first shown: linked into the app, resolving its symbols added
// milliseconds to every start, for a view most starts never open.
class ChartPlugin
{
public:
    virtual ~ChartPlugin() = default;

    // A bar chart of reviews per day under TITLE, a child of PARENT (which owns it), in
    // PARENT's palette. Empty until setReviews().
    virtual QWidget *createReviewsChart(const QString &title, QWidget *parent) = 0;
    // Shows COUNTS, one a day, oldest first, under the LABELS of the days.
    virtual void setReviews(QWidget *chart, const QList<int> &counts, const QStringList &labels) = 0;
};

#define ChartPlugin_iid "org.studyguide.ChartPlugin/1"
Q_DECLARE_INTERFACE(ChartPlugin, ChartPlugin_iid)
