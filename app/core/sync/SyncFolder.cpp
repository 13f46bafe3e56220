#include "SyncFolder.h"

#include "SyncSegment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

namespace {

const QLatin1String extension(".sgseg");

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncFolder", text);
}

// Flushes a folder's entries (a rename) to disk; best effort, as some file systems refuse.
void syncDirectory(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QString SyncFolder::encodeGuideId(const QString &guideId)
{
    QString out;
    const QByteArray utf8 = guideId.toUtf8();
    for (int i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_' || (c == '.' && i > 0);
        if (plain)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(uchar(c), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out.isEmpty() ? QStringLiteral("%00") : out;
}

QString SyncFolder::guideFolder(const QString &guideId) const
{
    return m_root + QLatin1Char('/') + encodeGuideId(guideId);
}

QString SyncFolder::deviceFolder(const QString &guideId, const QString &device) const
{
    return guideFolder(guideId) + QLatin1Char('/') + device;
}

QString SyncFolder::segmentName(qint64 firstSeq, qint64 lastSeq)
{
    return QStringLiteral("%1-%2")
               .arg(firstSeq, 12, 10, QLatin1Char('0'))
               .arg(lastSeq, 12, 10, QLatin1Char('0'))
        + extension;
}

bool SyncFolder::parseSegmentName(const QString &name, qint64 *first, qint64 *last)
{
    static const QRegularExpression plain(QStringLiteral("^(\\d{1,18})-(\\d{1,18})\\.sgseg$"));
    const QRegularExpressionMatch m = plain.match(name);
    if (!m.hasMatch())
        return false;
    *first = m.captured(1).toLongLong();
    *last = m.captured(2).toLongLong();
    return *first >= 1 && *first <= *last;
}

bool SyncFolder::isTemporaryName(const QString &name)
{
    // Hidden files (ours while written, Syncthing's .syncthing.*.tmp), Syncthing's ~syncthing~*.tmp
    // on Windows, and anything ending in .tmp or .part.
    return name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char('~'))
        || name.endsWith(QLatin1String(".tmp")) || name.endsWith(QLatin1String(".part"));
}

QList<SyncFolder::File> SyncFolder::segmentFiles(const QString &guideId) const
{
    QList<File> out;
    const QDir guide(guideFolder(guideId));
    for (const QString &device : guide.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!SyncSegment::isDeviceId(device))
            continue;
        const QDir folder(guide.filePath(device));
        for (const QFileInfo &info : folder.entryInfoList(QDir::Files, QDir::Name)) {
            const QString name = info.fileName();
            if (isTemporaryName(name) || !name.endsWith(extension))
                continue;
            out.append(
                { device, name, info.filePath(), info.size(), info.lastModified().toMSecsSinceEpoch() });
        }
    }
    return out;
}

QString SyncFolder::writeAtomically(const QString &folder, const QString &name, const QByteArray &data)
{
    if (!QDir().mkpath(folder))
        return tr("The sync folder %1 cannot be created or written.").arg(folder);
    const QString target = folder + QLatin1Char('/') + name;
    const QString temporary = folder + QLatin1String("/.") + name + QLatin1String(".tmp");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("The sync folder %1 cannot be written (%2).").arg(folder, file.errorString());
    const bool written = file.write(data) == data.size() && file.flush() && ::fsync(file.handle()) == 0;
    const QString error = file.errorString();
    file.close();
    if (!written) {
        QFile::remove(temporary);
        return tr("A journal segment could not be written to %1 (%2); is the disk full?").arg(folder, error);
    }
    QFile::remove(target); // rename() does not replace on every platform
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return tr("A journal segment could not be renamed into place in %1.").arg(folder);
    }
    syncDirectory(folder);
    return QString();
}
