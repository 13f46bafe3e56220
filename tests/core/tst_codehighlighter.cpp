#include "CodeHighlighter.h"

#include <QRegularExpression>
#include <QtTest>

// How Python code is coloured: as Python 3.12 to 3.14 reads it, with a span for each thing the
// reader colours and nothing else.
class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void coloursPythonAsItIsToday_data();
    void coloursPythonAsItIsToday();
    void keepsEveryCharacter();
    void aliasesOfPythonUseTheSameRules();

private:
    // "class:text" for each span of HTML, in order.
    static QStringList spans(const QString &html);

    CodeHighlighter m_highlighter;
};

QStringList TestCodeHighlighter::spans(const QString &html)
{
    static const QRegularExpression span(QStringLiteral("<span class=\"([a-z]+)\">([^<]*)</span>"));
    QStringList found;
    for (auto match = span.globalMatch(html); match.hasNext();) {
        const QRegularExpressionMatch next = match.next();
        found << next.captured(1) + QLatin1Char(':') + next.captured(2).trimmed();
    }
    return found;
}

void TestCodeHighlighter::coloursPythonAsItIsToday_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("expected"); // exactly these spans, in order

    QTest::newRow("constants are keywords")
        << "x = None if flag else True" << QStringList { "keyword:None", "keyword:if", "keyword:else", "keyword:True" };
    QTest::newRow("with, as, yield")
        << "with open(p) as f:\n    yield f" << QStringList { "keyword:with", "function:open", "keyword:as", "keyword:yield" };
    QTest::newRow("async and await")
        << "async def f():\n    await g()"
        << QStringList { "keyword:async", "keyword:def", "function:f", "keyword:await", "function:g" };
    QTest::newRow("nonlocal") << "nonlocal count" << QStringList { "keyword:nonlocal" };
    QTest::newRow("print is a function") << "print(x)" << QStringList { "function:print" };
    QTest::newRow("keywords inside names are names") << "format_if = is_ok or None_x" << QStringList { "keyword:or" };
    QTest::newRow("match statement")
        << "match point:\n    case (0, 0):\n        pass\n    case _:\n        pass"
        << QStringList { "keyword:match", "keyword:case", "number:0", "number:0", "keyword:pass", "keyword:case", "keyword:pass" };
    QTest::newRow("match as a name and a method")
        << "match = pattern.match(text)\nmatch.group(1)" << QStringList { "function:match", "function:group", "number:1" };
    QTest::newRow("type alias, and type called")
        << "type Pair = tuple[int, int]\nt = type(x)" << QStringList { "keyword:type", "function:type" };
    QTest::newRow("string prefixes, t-strings included")
        << "a = f\"{name}!\" + t\"hi\" + rb\"\\d\" + \"q\\\"x\""
        << QStringList { "string:f\"{name}!\"", "string:t\"hi\"", "string:rb\"\\d\"", "string:\"q\\\"x\"" };
    QTest::newRow("triple-quoted over two lines")
        << "s = '''one\ntwo''' + x" << QStringList { "string:'''one", "string:two'''" };
    QTest::newRow("decorator, not matrix product")
        << "@functools.cache\ndef f(a, b): return a @ b"
        << QStringList { "preproc:@functools.cache", "keyword:def", "function:f", "keyword:return" };
    QTest::newRow("numbers")
        << "n = 1_000_000 + 0x_ff + 3.14e-2 + 2j + x1"
        << QStringList { "number:1_000_000", "number:0x_ff", "number:3.14e-2", "number:2j" };
    QTest::newRow("generic function (3.12)")
        << "def first[T](items: list[T]) -> T:" << QStringList { "keyword:def", "function:first" };
    QTest::newRow("class name")
        << "class Point(Base):\n    pass" << QStringList { "keyword:class", "classname:Point", "keyword:pass" };
    QTest::newRow("comment") << "x = 1  # the 'first' one" << QStringList { "number:1", "comment:# the 'first' one" };
}

void TestCodeHighlighter::coloursPythonAsItIsToday()
{
    QFETCH(QString, code);
    QFETCH(QStringList, expected);
    const QString html = m_highlighter.toHtml(code, QStringLiteral("python"));
    QStringList unescaped;
    for (const QString &span : spans(html)) {
        QString text = span;
        unescaped << text.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    }
    QCOMPARE(unescaped, expected);
}

void TestCodeHighlighter::keepsEveryCharacter()
{
    const QString code = QStringLiteral("class A:\n    def f(self, x: int) -> str:\n        return f\"<{x!r}>\" & 1  # a < b\n");
    QString text = m_highlighter.toHtml(code, QStringLiteral("python"));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    // Escaped for text, where a quote needs no escaping.
    QCOMPARE(text, code.chopped(1).toHtmlEscaped().replace(QStringLiteral("&quot;"), QStringLiteral("\"")));
}

void TestCodeHighlighter::aliasesOfPythonUseTheSameRules()
{
    const QString code = QStringLiteral("x = None");
    const QString python = m_highlighter.toHtml(code, QStringLiteral("python"));
    QVERIFY2(python.contains(QStringLiteral("<span class=\"keyword\">None</span>")), qPrintable(python));
    for (const char *alias : { "py", "python3", "pycon", "Python" })
        QCOMPARE(m_highlighter.toHtml(code, QString::fromLatin1(alias)), python);
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
