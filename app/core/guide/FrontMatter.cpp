#include "FrontMatter.h"

#include <yaml-cpp/yaml.h>

#include <QStringList>

#include <optional>

namespace {

Diagnostic diagnostic(const QString &file, int line, Diagnostic::Severity severity, const QString &message)
{
    return Diagnostic { file, line, severity, message };
}

bool isFenceLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    return trimmed == QLatin1String("---") || trimmed == QLatin1String("...");
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// A value that YAML reads as the plain text it is, whatever follows the first character: printable
// ASCII without ':' or '#', starting with a letter or digit and not ending in a space, and not
// one of the words YAML reads as null.
bool isPlainText(QStringView value)
{
    if (value.isEmpty() || !isAsciiAlnum(value.front()) || value.back() == QLatin1Char(' '))
        return false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7F || u == ':' || u == '#')
            return false;
    }
    return value != QLatin1String("null") && value != QLatin1String("Null") && value != QLatin1String("NULL");
}

// Reads front matter made only of lines "title: TEXT", "id: TEXT", "order: N" and "outline: true"
// or "false", each key at most once, with values YAML would take literally and that need no
// report; that is what nearly every page has, and it is what yaml-cpp would make of it. Anything
// else, including every case that would be reported, returns nothing and goes to yaml-cpp.
std::optional<FrontMatter> parseSimple(const QString &yaml)
{
    FrontMatter fm;
    qsizetype start = 0;
    while (start < yaml.size()) {
        qsizetype end = yaml.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = yaml.size();
        const QStringView line = QStringView(yaml).mid(start, end - start);
        start = end + 1;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return std::nullopt;
        const QStringView key = line.left(colon);
        qsizetype valueStart = colon + 1;
        if (valueStart >= line.size() || line.at(valueStart) != QLatin1Char(' '))
            return std::nullopt;
        while (valueStart < line.size() && line.at(valueStart) == QLatin1Char(' '))
            ++valueStart;
        const QStringView value = line.mid(valueStart);
        if (!isPlainText(value))
            return std::nullopt;
        if (key == QLatin1String("title")) {
            if (fm.title)
                return std::nullopt;
            fm.title = value.toString();
        } else if (key == QLatin1String("id")) {
            if (fm.id || value.contains(QLatin1Char(' ')))
                return std::nullopt;
            fm.id = value.toString();
        } else if (key == QLatin1String("order")) {
            // yaml-cpp reads a leading 0 as octal, so only plain decimals are taken here.
            if (fm.order || value.size() > 9 || (value.size() > 1 && value.front() == QLatin1Char('0')))
                return std::nullopt;
            bool ok = false;
            const int order = value.toInt(&ok);
            for (const QChar c : value) {
                if (c.unicode() < '0' || c.unicode() > '9')
                    ok = false;
            }
            if (!ok)
                return std::nullopt;
            fm.order = order;
        } else if (key == QLatin1String("outline")) {
            if (fm.outline)
                return std::nullopt;
            if (value == QLatin1String("true"))
                fm.outline = true;
            else if (value == QLatin1String("false"))
                fm.outline = false;
            else
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    return fm;
}

} // namespace

FrontMatter::Split FrontMatter::split(const QString &text, const QString &file, Diagnostics &diagnostics)
{
    Split result;
    result.body = text;
    if (!text.startsWith(QLatin1String("---")))
        return result;
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    if (firstBreak < 0 || text.left(firstBreak).trimmed() != QLatin1String("---"))
        return result;

    qsizetype lineStart = firstBreak + 1;
    int lineNumber = 2;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        if (isFenceLine(line)) {
            result.present = true;
            result.yaml = text.mid(firstBreak + 1, lineStart - firstBreak - 1);
            result.body = lineEnd < text.size() ? text.mid(lineEnd + 1) : QString();
            result.bodyLine = lineNumber + 1;
            if (result.yaml.size() > maximumBytes) {
                diagnostics.append(diagnostic(file, 1, Diagnostic::Severity::Error,
                                              QStringLiteral("front matter is larger than %1 KiB; ignored")
                                                  .arg(maximumBytes / 1024)));
                result.yaml.clear();
            }
            return result;
        }
        if (lineEnd >= text.size())
            break;
        lineStart = lineEnd + 1;
        ++lineNumber;
    }
    diagnostics.append(diagnostic(file, 1, Diagnostic::Severity::Error,
                                  QStringLiteral("front matter opened with '---' is never closed; "
                                                 "add a '---' line after it")));
    return result;
}

FrontMatter FrontMatter::parse(const QString &yaml, int firstLine, const QString &file, Diagnostics &diagnostics)
{
    FrontMatter fm;
    if (yaml.trimmed().isEmpty())
        return fm;
    // yaml-cpp costs more than the rest of a page's front matter and body together, so the
    // common simple case is read directly.
    if (std::optional<FrontMatter> simple = parseSimple(yaml))
        return *simple;
    auto report = [&](int line, Diagnostic::Severity severity, const QString &message) {
        diagnostics.append(diagnostic(file, line, severity, message));
    };
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        report(firstLine + std::max(0, e.mark.line), Diagnostic::Severity::Error,
               QStringLiteral("invalid front matter: ") + QString::fromStdString(e.msg));
        return fm;
    }
    if (root.IsNull())
        return fm;
    if (!root.IsMap()) {
        report(firstLine, Diagnostic::Severity::Error,
               QStringLiteral("front matter must be a set of 'key: value' lines"));
        return fm;
    }
    for (const auto &entry : root) {
        const int line = firstLine + std::max(0, entry.first.Mark().line);
        const QString key = QString::fromStdString(entry.first.Scalar());
        const YAML::Node &value = entry.second;
        try {
            if (key == QLatin1String("title") || key == QLatin1String("id")) {
                if (!value.IsScalar() || value.Scalar().empty()) {
                    report(line, Diagnostic::Severity::Error, QStringLiteral("'%1' must be a non-empty text").arg(key));
                    continue;
                }
                const QString text = QString::fromStdString(value.Scalar()).trimmed();
                if (key == QLatin1String("title"))
                    fm.title = text;
                else if (text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('#')))
                    report(line, Diagnostic::Severity::Error,
                           QStringLiteral("'id' may not contain spaces or '#': '%1'").arg(text));
                else
                    fm.id = text;
            } else if (key == QLatin1String("order")) {
                fm.order = value.as<int>();
            } else if (key == QLatin1String("outline")) {
                fm.outline = value.as<bool>();
            } else {
                report(line, Diagnostic::Severity::Warning, QStringLiteral("unknown front matter key '%1'").arg(key));
            }
        } catch (const YAML::Exception &) {
            report(line, Diagnostic::Severity::Error,
                   key == QLatin1String("order") ? QStringLiteral("'order' must be a whole number")
                                                 : QStringLiteral("'outline' must be true or false"));
        }
    }
    return fm;
}
