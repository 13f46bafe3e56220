#pragma once

#include "MarkdownRenderer.h"

#include <QCoreApplication>
#include <QString>

class CodeHighlighter;
class Guide;
struct Card;
struct Topic;

// Writes a guide's cards as tab-separated text for other flashcard programs: one card per line,
// front and back as simple HTML (a field can hold neither a tab nor a newline).
//
// Anki: Anki's header lines (#separator:tab, #html:true, #tags column:3), then front, back and a
// hierarchical tag such as python-interview::core-concepts::functions. Mnemosyne: front and back
// only, no header, because Mnemosyne reads a third column as a vocabulary card's meaning and
// refuses a line with one field.
class CardExporter
{
    Q_DECLARE_TR_FUNCTIONS(CardExporter)

public:
    enum class Format { Anki, Mnemosyne };

    struct Result
    {
        bool ok = false;
        int cards = 0;
        QString message; // one sentence: what was written, or why nothing was
    };

    explicit CardExporter(CodeHighlighter &highlighter);

    // The cards of BRANCH and of everything below it, or of the whole guide when BRANCH is null.
    QString toText(const Guide &guide, const Topic *branch = nullptr, Format format = Format::Anki) const;
    // Writes toText() to PATH, replacing it only once everything is written.
    Result write(const QString &path, const Guide &guide, const Topic *branch = nullptr,
        Format format = Format::Anki) const;

    QString front(const Card &card) const;
    QString back(const Card &card) const;

    // HTML made safe for one field: newlines in <pre> become <br>, other newlines (which HTML
    // shows as spaces anyway) become spaces, tabs become four spaces, and a leading '#' or '"'
    // becomes an entity so no importer reads the line as a comment or a quoted field.
    static QString field(const QString &html);
    // GUIDEID::topic::path, with whitespace replaced by '-' (a tag cannot hold a space).
    static QString tag(const QString &guideId, const QString &topicId);

private:
    QString html(const QString &markdown) const;

    MarkdownRenderer m_renderer;
};
