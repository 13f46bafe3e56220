#pragma once

#include <QHash>
#include <QString>

// Gives each heading of a document a unique anchor, the way GitHub does (see
// Slug::githubAnchor): "Key points", "Key points" -> "key-points", "key-points-1". A heading
// whose text has no letter or digit gets an empty anchor the first time, as on GitHub.
class HeadingAnchors
{
public:
    QString next(const QString &headingText);

private:
    QHash<QString, int> m_seen; // anchor given -> the last number used for its base
};
