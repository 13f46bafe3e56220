#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class Guide;

// A loaded guide saved whole, in a binary form read back in a fraction of the time parsing its
// Markdown takes. The build saves the bundled guide this way, so the app opens on it without
// parsing it; a guide the user opens is always read from its Markdown.
class GuideSnapshot
{
public:
    static QByteArray save(const Guide &guide);
    // The guide saved in DATA, read from ROOTPATH (the folder its images and links resolve
    // against). Null, with ERROR set, when DATA is damaged or was saved by another version.
    static std::unique_ptr<Guide> load(const QByteArray &data, const QString &rootPath, QString *error = nullptr);
};
