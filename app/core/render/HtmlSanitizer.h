#pragma once

#include <QSet>
#include <QString>

#include <functional>

// Turns HTML that a guide's author wrote (or Markdown rendered with it) into the safe subset
// the reader shows, close to what GitHub's sanitizer lets through.
//
// The HTML is read by a real HTML5 parser (gumbo), as a browser would read it, and written
// out again from the parsed tree: only allowed elements with allowed attributes survive.
// Kept: p and div (align), br, hr, headings, lists, quotes, tables, pre, code, b, i, em,
// strong, del, s, sub, sup, kbd, a and img (through the URL policy), details and summary.
// Elements that act or hide content (script, style, iframe, object, form controls, svg, ...)
// are dropped with what they hold; any other element is dropped and its text kept as text.
// Event handlers, style and class attributes never pass. An id becomes an <a name> anchor.
//
// <details> folds: it becomes its summary as a link "details:N" (N counts every <details> of
// the document in order) and shows its body only when N is in openDetails.
class HtmlSanitizer
{
public:
    struct Options
    {
        // The URL to use for an <a href> or <img src> as written, or an empty string to drop it.
        std::function<QString(const QString &url, bool isImage)> url;
        // HTML comments whose text starts with SLOTPREFIX are replaced by slot(text): the
        // renderer's own trusted output (code blocks, task boxes) placed before sanitising.
        QString slotPrefix;
        std::function<QString(const QString &comment)> slot;
        QSet<int> openDetails;
    };

    // Limits that bound the work and output for hostile input.
    static constexpr int maximumDepth = 64; // deeper elements are unwrapped, their text kept
    static constexpr int maximumAttributeLength = 8192; // longer values are dropped

    static QString sanitize(const QString &html, const Options &options);
    static QString detailsLink(int index);
};
