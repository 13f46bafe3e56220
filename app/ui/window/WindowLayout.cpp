#include "WindowLayout.h"

#include "AppSettings.h"

#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

void WindowLayout::restore(QMainWindow &window, QSplitter &splitter, const AppSettings &settings)
{
    const QRect available = window.screen() ? window.screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const QByteArray geometry = settings.windowGeometry();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry))
        window.resize(available.size().boundedTo(QSize(1280, 820)));
    // A geometry saved on a larger screen, or on one that is gone, is brought back on this one:
    // a window that does not fit gets nine tenths of the screen, centred, frame included. The frame
    // is unknown until the window is shown, and Qt 6.8 fits a restored geometry to the screen's very
    // edges, which the frame then overhangs: so a window must fit with room for a frame.
    if (!geometry.isEmpty() && !available.marginsRemoved(QMargins(8, 32, 8, 8)).contains(window.frameGeometry())) {
        const QSize size = window.geometry().size().boundedTo(available.size() * 0.9);
        QRect fitted(QPoint(), size);
        fitted.moveCenter(available.center());
        window.setGeometry(fitted);
    }

    window.restoreState(settings.windowState());
    const QByteArray splitterState = settings.splitterState();
    if (!splitterState.isEmpty())
        splitter.restoreState(splitterState);
}

void WindowLayout::save(const QMainWindow &window, const QSplitter &splitter, AppSettings &settings)
{
    settings.setWindowGeometry(window.saveGeometry());
    settings.setWindowState(window.saveState());
    settings.setSplitterState(splitter.saveState());
}
