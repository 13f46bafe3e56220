#pragma once

#include "Diagnostic.h"

#include <QString>

#include <optional>

// The YAML block at the top of a guide file, between two "---" lines.
struct FrontMatter
{
    std::optional<QString> title;
    std::optional<QString> id;
    std::optional<int> order;
    std::optional<bool> outline;

    // Largest front matter we parse; a bigger block is reported and ignored.
    static constexpr int maximumBytes = 64 * 1024;

    struct Split
    {
        bool present = false;
        QString yaml;
        int yamlLine = 2; // line of the first YAML line in the file
        QString body; // the text after the closing line (or the whole text)
        int bodyLine = 1; // line in the file where the body starts
    };

    // Separates front matter from the body. An opening "---" with no closing line is reported
    // and the whole text is taken as the body.
    static Split split(const QString &text, const QString &file, Diagnostics &diagnostics);

    // Parses YAML; problems are reported with FILE and the line of the offending key.
    static FrontMatter parse(const QString &yaml, int firstLine, const QString &file, Diagnostics &diagnostics);
};
