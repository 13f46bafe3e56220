#include "Diagnostic.h"

#include <algorithm>

QString Diagnostic::toString() const
{
    const QString where = line > 0 ? file + QLatin1Char(':') + QString::number(line) : file;
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return where + QStringLiteral(": ") + kind + QStringLiteral(": ") + message;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}
