#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The layout of the sync folder, DIR/<guide id>/<device id>/<first>-<last>.sgseg, and the only
// code that touches its files. See README.md in this folder.
class SyncFolder
{
public:
    explicit SyncFolder(const QString &root)
        : m_root(root)
    {
    }

    QString root() const { return m_root; }
    // One safe folder name for a guide id, whatever characters it has.
    static QString encodeGuideId(const QString &guideId);
    QString guideFolder(const QString &guideId) const;
    QString deviceFolder(const QString &guideId, const QString &device) const;
    static QString segmentName(qint64 firstSeq, qint64 lastSeq);
    // FIRST and LAST from a plain segment name; false for any other name, a conflict copy too.
    static bool parseSegmentName(const QString &name, qint64 *first, qint64 *last);
    // A file a sync engine or we are still writing, or that is hidden: never read.
    static bool isTemporaryName(const QString &name);

    struct File
    {
        QString device;
        QString name;
        QString path;
        qint64 size = 0;
        qint64 modifiedMs = 0;
    };
    // Every segment file (conflict copies included) in every device folder of the guide.
    QList<File> segmentFiles(const QString &guideId) const;

    // Writes DATA as NAME in FOLDER: under a temporary name, flushed, renamed, folder flushed.
    // Returns an empty string, or why it failed in a sentence.
    static QString writeAtomically(const QString &folder, const QString &name, const QByteArray &data);

private:
    QString m_root;
};
