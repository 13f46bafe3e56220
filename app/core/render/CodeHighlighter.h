#pragma once

#include <QCache>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QTemporaryFile;

namespace srchilite {
class SourceHighlight;
class LangMap;
} // namespace srchilite

// Turns source code into HTML spans with classes (keyword, string, comment, ...) using GNU
// source-highlight, so the reader's stylesheet decides the colours for the light and dark themes.
// Only the classes of colouredClasses() are kept: the stylesheet colours each of them. Python
// has a language definition of the project's own (render/highlight/python.lang).
class CodeHighlighter
{
public:
    CodeHighlighter();
    ~CodeHighlighter();
    CodeHighlighter(const CodeHighlighter &) = delete;
    CodeHighlighter &operator=(const CodeHighlighter &) = delete;

    // Escaped, highlighted HTML for CODE (no surrounding <pre>). Unknown languages come back
    // escaped and plain.
    QString toHtml(const QString &code, const QString &language);
    // Forgets the code highlighted lately (the benchmark's jump to a page not seen lately).
    void forgetRecent() { m_recent.clear(); }
    // Whether CODE in LANGUAGE is among the code highlighted lately.
    bool hasHighlightedLately(const QString &code, const QString &language);

    static const QStringList &colouredClasses();

    // Where the language definitions come from; overridable for a relocated install.
    static QString dataDirectory();

private:
    QString languageFile(const QString &language);
    // The path of the project's own definition of FILE (such as "python.lang"), or FILE itself
    // if there is none. source-highlight reads files only, so it is written out once.
    QString ownDefinitionOr(const QString &file);
    // What the code highlighted lately is kept under.
    static QString recentKey(const QString &langFile, const QString &code);

    std::unique_ptr<srchilite::SourceHighlight> m_highlighter;
    std::unique_ptr<srchilite::LangMap> m_languages;
    std::map<QString, std::unique_ptr<QTemporaryFile>> m_ownDefinitions;
    bool m_broken = false;
    // Code just highlighted, by language and text: a page opened in parts (its first lines,
    // then the whole) and shown again in another state highlights each block once.
    QCache<QString, QString> m_recent;
};
