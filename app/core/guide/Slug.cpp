#include "Slug.h"

#include <QRegularExpression>

namespace Slug {

QString fromText(const QString &text, int maximumLength)
{
    QString slug;
    slug.reserve(text.size());
    bool pendingDash = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            if (pendingDash && !slug.isEmpty())
                slug += QLatin1Char('-');
            pendingDash = false;
            slug += c;
        } else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.')) {
            pendingDash = true;
        }
    }
    if (slug.size() > maximumLength) {
        slug.truncate(maximumLength);
        while (slug.endsWith(QLatin1Char('-')))
            slug.chop(1);
    }
    return slug;
}

int numericPrefix(const QString &name, QString *rest)
{
    thread_local const QRegularExpression prefix(QStringLiteral("^(\\d{1,6})[-_. ]+(.+)$"));
    const auto match = prefix.match(name);
    if (!match.hasMatch()) {
        if (rest)
            *rest = name;
        return -1;
    }
    if (rest)
        *rest = match.captured(2);
    return match.captured(1).toInt();
}

QString titleFromFileName(const QString &name)
{
    QString base = name;
    for (const auto suffix : { QLatin1String(".markdown"), QLatin1String(".md") }) {
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    QString rest;
    numericPrefix(base, &rest);
    rest.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    rest = rest.simplified();
    if (!rest.isEmpty())
        rest[0] = rest[0].toUpper();
    return rest.isEmpty() ? name : rest;
}

} // namespace Slug
