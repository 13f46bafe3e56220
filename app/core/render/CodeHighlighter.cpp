#include "CodeHighlighter.h"

#include <srchilite/langmap.h>
#include <srchilite/sourcehighlight.h>

#include <QByteArray>
#include <QFileInfo>
#include <QHash>

#include <sstream>

CodeHighlighter::CodeHighlighter()
    : m_recent(256 * 1024) // characters of HTML: a few pages' code, not a guide's
{
}
CodeHighlighter::~CodeHighlighter() = default;

QString CodeHighlighter::dataDirectory()
{
    const QByteArray overridden = qgetenv("STUDYGUIDE_SOURCE_HIGHLIGHT_DATADIR");
    return overridden.isEmpty() ? QStringLiteral(STUDYGUIDE_SOURCE_HIGHLIGHT_DATADIR) : QString::fromLocal8Bit(overridden);
}

QString CodeHighlighter::languageFile(const QString &language)
{
    if (language.isEmpty())
        return QString();
    const QString lower = language.toLower();
    // Names guides use that source-highlight's map does not know.
    static const QHash<QString, QString> aliases {
        { QStringLiteral("pycon"), QStringLiteral("python") }, { QStringLiteral("python3"), QStringLiteral("python") },
        { QStringLiteral("console"), QStringLiteral("sh") },   { QStringLiteral("shell"), QStringLiteral("sh") },
        { QStringLiteral("bash"), QStringLiteral("sh") },      { QStringLiteral("toml"), QStringLiteral("conf") },
        { QStringLiteral("yaml"), QStringLiteral("conf") },    { QStringLiteral("yml"), QStringLiteral("conf") },
        { QStringLiteral("ini"), QStringLiteral("conf") },     { QStringLiteral("jinja"), QStringLiteral("html") },
        { QStringLiteral("dockerfile"), QStringLiteral("sh") },
    };
    const QString name = aliases.value(lower, lower);
    try {
        if (!m_languages) {
            m_languages = std::make_unique<srchilite::LangMap>(dataDirectory().toStdString(), "lang.map");
            m_languages->open();
        }
        return QString::fromStdString(m_languages->getMappedFileName(name.toStdString()));
    } catch (...) {
        m_broken = true;
        return QString();
    }
}

static QString escaped(const QString &code)
{
    return code.toHtmlEscaped();
}

bool CodeHighlighter::hasHighlightedLately(const QString &code, const QString &language)
{
    const QString langFile = m_broken ? QString() : languageFile(language);
    return !langFile.isEmpty() && m_recent.contains(langFile + QLatin1Char('\n') + code);
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language)
{
    const QString langFile = m_broken ? QString() : languageFile(language);
    if (langFile.isEmpty())
        return escaped(code);
    const QString key = langFile + QLatin1Char('\n') + code;
    if (const QString *known = m_recent.object(key))
        return *known;
    try {
        if (!m_highlighter) {
            m_highlighter = std::make_unique<srchilite::SourceHighlight>("htmlcss.outlang");
            m_highlighter->setDataDir(dataDirectory().toStdString());
            m_highlighter->setGenerateEntireDoc(false);
            m_highlighter->setGenerateVersion(false);
        }
        std::istringstream in(code.toStdString());
        std::ostringstream out;
        m_highlighter->highlight(in, out, langFile.toStdString());
        QString html = QString::fromStdString(out.str());
        // Keep only what lies inside the <pre><tt> ... </tt></pre> wrapper the output language adds.
        const qsizetype start = html.indexOf(QLatin1String("<pre><tt>"));
        const qsizetype end = html.lastIndexOf(QLatin1String("</tt></pre>"));
        if (start < 0 || end < start)
            return escaped(code);
        html = html.mid(start + 9, end - start - 9);
        while (html.endsWith(QLatin1Char('\n')))
            html.chop(1);
        m_recent.insert(key, new QString(html), html.size());
        return html;
    } catch (...) {
        // A missing or broken language definition must never stop the reader.
        m_broken = true;
        return escaped(code);
    }
}
