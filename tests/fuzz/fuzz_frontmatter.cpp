// Fuzz target: a guide file's text, split into front matter and body, and the YAML parsed.

#include "FrontMatter.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("fuzz.md");
    Diagnostics diagnostics;
    const FrontMatter::Split split = FrontMatter::split(text, file, diagnostics);
    // Also parse the whole input as YAML, so that the fuzzer need not find the "---" lines first.
    FrontMatter::parse(split.present ? split.yaml : text, split.yamlLine, file, diagnostics);
    for (const Diagnostic &d : diagnostics) {
        if (d.file != file)
            __builtin_trap();
    }
    return 0;
}
