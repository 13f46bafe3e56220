#pragma once

#include <QList>
#include <QString>

// One problem found in a guide, reported as FILE:LINE: severity: message.
struct Diagnostic
{
    enum class Severity { Warning, Error };

    QString file; // path as the user knows it (relative to the guide's parent for readability)
    int line = 0; // 1-based; 0 when the problem is about the file or folder as a whole
    Severity severity = Severity::Error;
    QString message;

    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);
