#include "Slug.h"

#include <QRegularExpression>

namespace {

bool isPlainAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7F)
            return false;
    }
    return true;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

// The same slug as below for printable ASCII, where lowering and classifying a character need
// no Unicode tables and the result can be written in place. Ids and anchors are made for every
// page, card and heading, so this is on the path of every guide load.
QString fromAscii(QStringView text, int maximumLength)
{
    QString slug(text.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(slug.data());
    qsizetype length = 0;
    bool pendingDash = false;
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + ('a' - 'A'));
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
            if (pendingDash && length > 0)
                out[length++] = u'-';
            pendingDash = false;
            out[length++] = c;
        } else if (c == ' ' || c == '-' || c == '/' || c == '.') {
            pendingDash = true;
        }
    }
    if (length > maximumLength) {
        length = maximumLength;
        while (length > 0 && out[length - 1] == u'-')
            --length;
    }
    slug.truncate(length);
    return slug;
}

} // namespace

namespace Slug {

QString fromText(const QString &text, int maximumLength)
{
    if (isPlainAscii(text))
        return fromAscii(text, maximumLength);
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

QString githubAnchor(const QString &text)
{
    // GitHub keeps what Ruby's \p{Word} matches (plus '-' and ' '), and turns each space into '-'
    // without folding runs: "A / B" gives "a--b", which table-of-contents links rely on.
    QString anchor;
    anchor.reserve(text.size());
    const QString lower = text.toLower();
    for (qsizetype i = 0; i < lower.size(); ++i) {
        char32_t c = lower.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < lower.size() && lower.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(lower.at(i).unicode(), lower.at(i + 1).unicode());
            ++i;
        }
        if (c == ' ') {
            anchor += QLatin1Char('-');
            continue;
        }
        if (c == '-') {
            anchor += QLatin1Char('-');
            continue;
        }
        switch (QChar::category(c)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Punctuation_Connector:
            if (QChar::requiresSurrogates(c)) {
                anchor += QChar(QChar::highSurrogate(c));
                anchor += QChar(QChar::lowSurrogate(c));
            } else {
                anchor += QChar(char16_t(c));
            }
            break;
        default:
            break;
        }
    }
    return anchor;
}

int numericPrefix(const QString &name, QString *rest)
{
    // Printable ASCII with text after the separators matches the pattern below exactly as
    // scanned here; anything else (other scripts' digits, a name made only of separators) is
    // left to the pattern.
    if (isPlainAscii(name)) {
        qsizetype digits = 0;
        while (digits < name.size() && isAsciiDigit(name.at(digits)))
            ++digits;
        if (digits == 0 || digits > 6) {
            if (rest)
                *rest = name;
            return -1;
        }
        qsizetype end = digits;
        while (end < name.size()
               && (name.at(end) == QLatin1Char('-') || name.at(end) == QLatin1Char('_')
                   || name.at(end) == QLatin1Char('.') || name.at(end) == QLatin1Char(' ')))
            ++end;
        if (end == digits) {
            if (rest)
                *rest = name;
            return -1;
        }
        if (end < name.size()) {
            if (rest)
                *rest = name.mid(end);
            return QStringView(name).left(digits).toInt();
        }
    }
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
