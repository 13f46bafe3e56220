#pragma once

#include "AnswerFolding.h"

#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class CodeHighlighter;

// Renders guide Markdown to the HTML subset QTextBrowser shows, as GitHub shows it.
//
// Safe by construction: when a page holds raw HTML, the whole rendered page goes through
// HtmlSanitizer (a real HTML parser and an allowlist close to GitHub's), so <details>, <kbd>
// or <p align="center"><img></p> are shown as on GitHub, and scripts, styles, event handlers,
// frames and forms never act. Links and images keep only http(s), mailto and in-page targets,
// and relative ones go through the resolver, which maps them into the guide or drops them.
// Every heading (in lists and quotes too) gets GitHub's anchor; an in-page link written in
// another case or percent-encoded is pointed at the anchor GitHub would find.
//
// Two kinds of link are the reader's own: "task:ID" on a task list item's box (ticks it) and
// "details:N" on a folded <details> summary (opens it: render again with N in openDetails).
class MarkdownRenderer
{
public:
    // Returns the URL to use for a relative link or image in the guide, or an empty string to drop it.
    using LinkResolver = std::function<QString(const QString &target, bool isImage)>;

    struct Options
    {
        LinkResolver resolver;
        // The page's topic id, which task ids start with (empty for the guide's root page).
        QString pageId;
        // Whether the learner has ticked the task with this id; CHECKEDINFILE is "- [x]".
        // Without it, task boxes show the file's state and are not links.
        std::function<bool(const QString &taskId, bool checkedInFile)> isTaskDone;
        QSet<int> openDetails;
        // Cards' answers folded under "Show answer" links (testing mode).
        AnswerFolding folding;
        // Above 0: only the top-level blocks that start on the first FIRSTLINES lines (and
        // those up to where raw HTML opened among them closes), for a long page's first screen.
        // Anchors, task ids and links are those of the whole page, so the part rendered is
        // the start of the whole page's HTML.
        int firstLines = 0;
    };

    explicit MarkdownRenderer(CodeHighlighter &highlighter);

    QString toHtml(const QString &markdown, const LinkResolver &resolver = LinkResolver()) const;
    // CUT, when given, tells whether firstLines left blocks out.
    QString toHtml(const QString &markdown, const Options &options, bool *cut = nullptr) const;

    static bool isSafeExternalUrl(const QString &url);

    // The reader's own links: what they name, or nothing for any other link.
    static QString taskLink(const QString &taskId);
    static std::optional<QString> taskFromLink(const QUrl &url);
    static std::optional<int> detailsFromLink(const QUrl &url);

private:
    CodeHighlighter &m_highlighter;
};
