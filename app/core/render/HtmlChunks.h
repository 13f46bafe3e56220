#pragma once

#include <QString>
#include <QStringList>

// Cuts a rendered page into pieces that each hold whole top-level blocks, so that the reader
// can show the first screenfuls at once and append the rest while the learner reads.
//
// A cut falls only after a top-level paragraph, heading, list, quote or preformatted block: a
// table or a <div> ending a piece would leave an empty block behind when the next piece is
// appended. The first piece is at least FIRSTCHARS long, every other at least CHARS (but for
// the last). HTML whose tags do not balance is returned whole, as one piece.
class HtmlChunks
{
public:
    static QStringList split(const QString &html, qsizetype firstChars, qsizetype chars);
};
