// Fuzz target: a guide folder of a few Markdown files, loaded with GuideLoader and dumped as JSON.
//
// The input is split on NUL bytes into up to four files, laid out as a small guide with a
// sub-folder, so that the fuzzer reaches front matter, cards, ordering, ids and folder rules.

#include "GuideJson.h"
#include "GuideLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

const char *const layout[] = { "index.md", "10-first.md", "part/index.md", "part/20-second.md" };

QTemporaryDir &guideFolder()
{
    static QTemporaryDir dir;
    static const bool made = QDir(dir.path()).mkpath(QStringLiteral("part"));
    Q_UNUSED(made);
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QTemporaryDir &dir = guideFolder();
    if (!dir.isValid())
        return 0;
    const QList<QByteArray> chunks = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))
                                         .split('\0');
    constexpr int files = int(sizeof layout / sizeof layout[0]);
    for (int i = 0; i < files; ++i) {
        const QString path = dir.filePath(QString::fromLatin1(layout[i]));
        if (i >= chunks.size()) {
            QFile::remove(path);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(chunks.at(i));
    }

    GuideLoader::Limits limits;
    limits.maximumFileBytes = 1024 * 1024;
    const GuideLoader::Result result = GuideLoader(limits).load(dir.path(), QStringLiteral("fuzz"));
    if (result.guide) {
        const QByteArray json = QJsonDocument(GuideJson::toJson(*result.guide)).toJson(QJsonDocument::Compact);
        if (json.isEmpty())
            __builtin_trap();
    }
    return 0;
}
