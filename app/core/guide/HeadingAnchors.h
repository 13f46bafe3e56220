#pragma once

#include <QHash>
#include <QString>

// Gives each heading of a document a unique anchor, the way code forges do:
// "Key points", "Key points" -> "key-points", "key-points-1".
class HeadingAnchors
{
public:
    QString next(const QString &headingText);

private:
    QHash<QString, int> m_seen;
};
