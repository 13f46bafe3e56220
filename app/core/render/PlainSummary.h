#pragma once

#include <QString>

// A line of Markdown (a card's prompt) as short plain text for a list: markup removed (code
// kept as its text, links as their words), white space folded, and cut at a word boundary
// with an ellipsis when longer than MAXCHARS.
namespace PlainSummary {

QString of(const QString &markdown, int maxChars);
// TEXT cut to at most MAXCHARS at a word boundary, an ellipsis marking the cut.
QString elide(const QString &text, int maxChars);

} // namespace PlainSummary
