#pragma once

#include <QKeySequence>
#include <QString>

#include <functional>

class MainWindow;
class QAction;
class QIcon;
class QMenu;

// Builds the window's menus, actions and toolbar in one place (as Zeal's setupMainMenu): every
// command is a QAction with a shortcut and a status tip, added to the window too so that its
// shortcut works with the menu bar hidden.
class MainActions
{
public:
    static void build(MainWindow &window);

    // NAME from the desktop's icon theme, or the icon bundled under that name.
    static QIcon themeIcon(const QString &name);
    static QKeySequence standardKey(QKeySequence::StandardKey key, const QKeySequence &fallback);

private:
    static QAction *add(MainWindow &window, QMenu *menu, const QString &name, const QString &text,
                        const QKeySequence &shortcut, const QString &statusTip, const std::function<void()> &slot);
};
