#pragma once

#include <QString>

class ChartPlugin;

// Finds and loads the chart plugin the first time it is asked for; it stays loaded.
class ChartPluginLoader
{
public:
    // The plugin, or null when it cannot be loaded; ERROR then says why, for the user.
    static ChartPlugin *instance(QString *error = nullptr);
    // Where the plugin is looked for: lib/studyguide/plugins beside the executable's folder, as
    // installed (/usr/bin, /usr/lib/studyguide/plugins) and as built. Not a folder ldconfig
    // knows: the plugin is no library for other programs.
    static QString pluginFolder();
};
