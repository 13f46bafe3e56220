// guide_snapshot DIR NAME OUT: loads the guide in DIR (shown in diagnostics as NAME) and saves it
// to OUT as a GuideSnapshot. The build runs it on the bundled guide.

#include "GuideLoader.h"
#include "GuideSnapshot.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4) {
        err << "usage: guide_snapshot DIR NAME OUT" << Qt::endl;
        return 2;
    }
    const GuideLoader::Result loaded = GuideLoader().load(args.at(1), args.at(2));
    if (!loaded.guide) {
        err << "guide_snapshot: " << loaded.error << Qt::endl;
        return 1;
    }
    QSaveFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly) || out.write(GuideSnapshot::save(*loaded.guide)) < 0 || !out.commit()) {
        err << "guide_snapshot: cannot write " << args.at(3) << ": " << out.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}
