#include "CodeHighlighter.h"

#include <srchilite/langmap.h>
#include <srchilite/sourcehighlight.h>

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

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
        const QString file = QString::fromStdString(m_languages->getMappedFileName(name.toStdString()));
        return file.isEmpty() ? file : ownDefinitionOr(file);
    } catch (...) {
        m_broken = true;
        return QString();
    }
}

QString CodeHighlighter::ownDefinitionOr(const QString &file)
{
    auto known = m_ownDefinitions.find(file);
    if (known == m_ownDefinitions.end()) {
        const QString resource = QStringLiteral(":/highlight/") + file;
        std::unique_ptr<QTemporaryFile> written(QFile::exists(resource) ? QTemporaryFile::createNativeFile(resource) : nullptr);
        known = m_ownDefinitions.emplace(file, std::move(written)).first;
    }
    return known->second ? known->second->fileName() : file;
}

static QString escaped(const QString &code)
{
    return code.toHtmlEscaped();
}

// Source-highlight puts every token in a span, also the many the reader gives no colour (names,
// operators, brackets). Each element costs the reader's HTML import time (a 40-line block took
// 4.0 to 5.4 ms to import with them, 1.4 to 2.0 ms without), so only the spans of coloured
// classes are kept; the text of the others stays as it was.
static QString withColouredSpansOnly(const QString &html)
{
    static const QLatin1String spanStart("<span class=\"");
    static const QLatin1String spanEnd("</span>");
    const QStringList &coloured = CodeHighlighter::colouredClasses();
    QString out;
    out.reserve(html.size());
    QList<bool> kept; // for each span open, whether its tags are kept
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype tag = html.indexOf(QLatin1Char('<'), i);
        const qsizetype close = tag < 0 ? -1 : html.indexOf(QLatin1Char('>'), tag);
        if (close < 0) {
            out += QStringView(html).mid(i);
            break;
        }
        out += QStringView(html).mid(i, tag - i);
        const QStringView element = QStringView(html).mid(tag, close - tag + 1);
        if (element.startsWith(spanStart) && element.endsWith(QLatin1String("\">"))) {
            const QStringView cssClass = element.mid(spanStart.size(), element.size() - spanStart.size() - 2);
            kept.append(coloured.contains(cssClass));
            if (kept.constLast())
                out += element;
        } else if (element == spanEnd) {
            if (kept.isEmpty() || kept.takeLast())
                out += element;
        } else {
            out += element;
        }
        i = close + 1;
    }
    return out;
}

const QStringList &CodeHighlighter::colouredClasses()
{
    static const QStringList classes { QStringLiteral("keyword"),  QStringLiteral("string"),    QStringLiteral("comment"),
                                       QStringLiteral("number"),   QStringLiteral("function"),  QStringLiteral("type"),
                                       QStringLiteral("classname"), QStringLiteral("usertype"), QStringLiteral("preproc") };
    return classes;
}

QString CodeHighlighter::recentKey(const QString &langFile, const QString &code)
{
    return langFile + QLatin1Char('\n') + code;
}

bool CodeHighlighter::hasHighlightedLately(const QString &code, const QString &language)
{
    const QString langFile = m_broken ? QString() : languageFile(language);
    return !langFile.isEmpty() && m_recent.contains(recentKey(langFile, code));
}

QString CodeHighlighter::toHtml(const QString &code, const QString &language)
{
    const QString langFile = m_broken ? QString() : languageFile(language);
    if (langFile.isEmpty())
        return escaped(code);
    const QString key = recentKey(langFile, code);
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
        html = withColouredSpansOnly(html);
        m_recent.insert(key, new QString(html), html.size());
        return html;
    } catch (...) {
        // A missing or broken language definition must never stop the reader.
        m_broken = true;
        return escaped(code);
    }
}
