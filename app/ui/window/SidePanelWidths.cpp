#include "SidePanelWidths.h"

#include <QDockWidget>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QSplitter>

SidePanelWidths::SidePanelWidths(QMainWindow &window, QSplitter &splitter, QDockWidget &dock, int dockWanted)
    : QObject(&window)
    , m_window(window)
    , m_splitter(splitter)
    , m_dock(dock)
    , m_dockWanted(dockWanted)
{
    dock.installEventFilter(this);
    // Only a drag of the handle emits this, never setSizes().
    connect(&splitter, &QSplitter::splitterMoved, this, [this] { m_treeWanted = m_splitter.sizes().value(0); });
}

int SidePanelWidths::target(int wanted, double share, int windowWidth)
{
    return qMin(wanted, qMax(narrowest, int(windowWidth * share)));
}

void SidePanelWidths::fit()
{
    if (m_windowWidth < 0 && !m_window.isVisible())
        return; // not laid out yet: the first fit is when the window is shown
    if (m_windowWidth == m_window.width())
        return; // only the height changed: the widths fitted stand
    const bool dockBeside = m_dock.isVisible() && !m_dock.isFloating();
    if (m_windowWidth < 0) {
        // The widths restored from the last run count as wanted.
        m_treeWanted = m_splitter.sizes().value(0);
        if (dockBeside)
            m_dockWanted = qMax(m_dockWanted, m_dock.width());
    }
    m_windowWidth = m_window.width();
    m_fitting = true;
    if (dockBeside) {
        const int dock = target(m_dockWanted, dockShare, m_windowWidth);
        if (m_dock.width() != dock) {
            m_window.resizeDocks({ &m_dock }, { dock }, Qt::Horizontal);
            m_window.layout()->activate(); // the central widget's width below is the one after it
        }
    }
    const QList<int> sizes = m_splitter.sizes();
    if (sizes.size() == 2 && m_treeWanted > 0) {
        const int tree = target(m_treeWanted, treeShare, m_windowWidth);
        const int total = sizes.at(0) + sizes.at(1);
        if (sizes.at(0) != tree && total > tree)
            m_splitter.setSizes({ tree, total - tree });
    }
    m_fitting = false;
}

bool SidePanelWidths::eventFilter(QObject *watched, QEvent *event)
{
    // A resize of the dock while the window keeps its width is the learner dragging the
    // separator: that width is the one to come back to.
    if (watched == &m_dock && event->type() == QEvent::Resize && !m_fitting && m_windowWidth == m_window.width()
        && m_dock.isVisible() && !m_dock.isFloating())
        m_dockWanted = m_dock.width();
    return QObject::eventFilter(watched, event);
}
