#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;
class QSplitter;

// Gives the reader the room of a small window. QMainWindow takes a narrowing window's width from
// its central widget alone, and the splitter in it from the reader first: at 900 px the reader
// was squeezed to its minimum between a 320 px tree and a 340 px cards panel. Here the tree (the
// splitter's first pane) and the side dock give way down to their share of the window's width,
// and get back the width the learner wants (the one they had, or the one the learner dragged them
// to) as the window grows; the reader takes the rest.
class SidePanelWidths : public QObject
{
    Q_OBJECT

public:
    static constexpr double treeShare = 0.22;
    static constexpr double dockShare = 0.28;
    static constexpr int narrowest = 180;

    SidePanelWidths(QMainWindow &window, QSplitter &splitter, QDockWidget &dock, int dockWanted);

    // The window was shown or its width changed: fit the panels to it.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static int target(int wanted, double share, int windowWidth);

    QMainWindow &m_window;
    QSplitter &m_splitter;
    QDockWidget &m_dock;
    int m_treeWanted = 0;
    int m_dockWanted;
    int m_windowWidth = -1; // the width fitted to; a dock resized while it holds was dragged
    bool m_fitting = false;
};
