#include "HeadingAnchors.h"

#include "Slug.h"

QString HeadingAnchors::next(const QString &headingText)
{
    QString base = Slug::fromText(headingText);
    if (base.isEmpty())
        base = QStringLiteral("section");
    const int count = m_seen.value(base, 0);
    m_seen.insert(base, count + 1);
    return count == 0 ? base : base + QLatin1Char('-') + QString::number(count);
}
