#include "ChartPluginLoader.h"

#include "ChartPlugin.h"

#include <QCoreApplication>
#include <QDir>
#include <QPluginLoader>

QString ChartPluginLoader::pluginFolder()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../lib/studyguide/plugins"));
}

ChartPlugin *ChartPluginLoader::instance(QString *error)
{
    static QString problem;
    static ChartPlugin *const plugin = [] {
        QPluginLoader loader(pluginFolder() + QStringLiteral("/studyguide_charts"));
        QObject *object = loader.instance();
        auto *charts = qobject_cast<ChartPlugin *>(object);
        if (!charts)
            problem = object ? QCoreApplication::translate("ChartPluginLoader", "%1 is not a chart plugin of this version")
                                   .arg(loader.fileName())
                             : loader.errorString();
        return charts;
    }();
    if (error)
        *error = problem;
    return plugin;
}
