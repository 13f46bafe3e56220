#pragma once

class AppSettings;
class QMainWindow;
class QSplitter;

// Where the window, its docks and the tree's splitter were, kept in the settings between runs.
class WindowLayout
{
public:
    // Puts WINDOW back where it was, brought onto the screen it has now.
    static void restore(QMainWindow &window, QSplitter &splitter, const AppSettings &settings);
    static void save(const QMainWindow &window, const QSplitter &splitter, AppSettings &settings);
};
