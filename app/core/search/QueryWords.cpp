#include "QueryWords.h"

QList<QRegularExpression> QueryWords::patterns(const QString &query)
{
    // Unicode word characters: without it "Über" splits into "ber" and marks nothing.
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = query.split(separators, Qt::SkipEmptyParts);
    const bool lastIsPrefix = !query.isEmpty() && !query.back().isSpace();
    QList<QRegularExpression> patterns;
    for (int i = 0; i < words.size(); ++i) {
        const bool prefix = lastIsPrefix && i == words.size() - 1;
        patterns.append(QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(words.at(i))
                                               + (prefix ? QString() : QStringLiteral("\\b")),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::UseUnicodePropertiesOption));
    }
    return patterns;
}
