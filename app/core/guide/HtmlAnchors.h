#pragma once

#include <QStringList>

// The anchors a piece of raw HTML in a Markdown file gives its page: the NAME of every <a name>
// and the ID of every element with one, as GitHub keeps them. Read with a real HTML parser
// (gumbo), so comments, attributes split over lines and unclosed tags are read as a browser
// would read them.
namespace HtmlAnchors {

QStringList in(const QString &html);

// Whether HTML might hold an anchor at all; most raw HTML in guides is comments such as
// "<!-- id: ... -->", which this rules out without parsing.
bool mayHoldAnchor(const QString &html);

} // namespace HtmlAnchors
