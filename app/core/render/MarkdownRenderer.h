#pragma once

#include "AnswerFolding.h"

#include <QString>

#include <functional>

class CodeHighlighter;

// Renders guide Markdown to the HTML subset QTextBrowser shows.
//
// Safe by construction: raw HTML is shown as text, never interpreted; links and images keep
// only http(s), mailto and in-page targets, and relative ones go through the resolver, which
// maps them into the guide or drops them. Headings get the anchors the outline uses.
class MarkdownRenderer
{
public:
    // Returns the URL to use for a relative link or image in the guide, or an empty string to drop it.
    using LinkResolver = std::function<QString(const QString &target, bool isImage)>;

    explicit MarkdownRenderer(CodeHighlighter &highlighter);

    QString toHtml(const QString &markdown, const LinkResolver &resolver = LinkResolver(),
                   const AnswerFolding &folding = AnswerFolding()) const;

    static bool isSafeExternalUrl(const QString &url);

private:
    CodeHighlighter &m_highlighter;
};
