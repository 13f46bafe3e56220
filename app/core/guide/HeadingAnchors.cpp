#include "HeadingAnchors.h"

#include "Slug.h"

QString HeadingAnchors::next(const QString &headingText)
{
    // As github-slugger does: a taken anchor gets the next "-N" of its base, and the result is
    // checked again, since "a-1" may itself be a heading's own anchor.
    const QString base = Slug::githubAnchor(headingText);
    QString anchor = base;
    while (m_seen.contains(anchor)) {
        int &count = m_seen[base];
        ++count;
        anchor = base + QLatin1Char('-') + QString::number(count);
    }
    m_seen.insert(anchor, 0);
    return anchor;
}
