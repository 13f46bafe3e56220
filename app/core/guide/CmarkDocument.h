#pragma once

#include <QByteArray>
#include <QString>

struct cmark_node;

// Owns a cmark-gfm syntax tree of one Markdown text, parsed with the GitHub table,
// strikethrough and autolink extensions. Line numbers in the tree count from 1 in TEXT.
class CmarkDocument
{
public:
    explicit CmarkDocument(const QString &text);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument &) = delete;
    CmarkDocument &operator=(const CmarkDocument &) = delete;

    cmark_node *root() const { return m_root; }
    // Extensions attached to the parser, for the HTML renderer.
    void *extensions() const { return m_extensions; }

    // Plain text of a node and its descendants (text and inline code only).
    static QString plainText(cmark_node *node);
    static QString literal(cmark_node *node);
    // The text GitHub makes a heading's anchor from: the text content of the rendered heading,
    // so text, code and link text but not an image's alt text, with spaces kept as written.
    static QString headingText(cmark_node *heading);
    // The alt text of every picture written as raw HTML (<img alt="...">) in NODE's inlines,
    // which plainText() cannot see: what a heading of a picture alone is called.
    static QString htmlImageAltText(cmark_node *node);
    // The line of NODE in TEXT; for inline nodes that carry none, the line of their block.
    static int lineOf(cmark_node *node);

private:
    QByteArray m_utf8;
    cmark_node *m_root = nullptr;
    void *m_extensions = nullptr;
    void *m_parser = nullptr;
};
