#include "FrontMatter.h"

#include <yaml-cpp/yaml.h>

#include <QStringList>

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
