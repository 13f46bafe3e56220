// Checks the bundled Python interview guide against what it promises: every topic of the
// article it covers, its 15 interview questions and the ones added for current Python, each
// with its three parts, and enough depth.

#include "Guide.h"
#include "GuideLoader.h"

#include <QRegularExpression>
#include <QtTest>

namespace {

const QString guidePath = QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview");

// Prose words: everything outside fenced code blocks and outside the "## Practice" section.
int proseWords(const QString &markdown)
{
    int words = 0;
    bool inFence = false;
    bool inPractice = false;
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));
    static const QRegularExpression word(QStringLiteral("[\\w'’-]+"), QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        if (line.startsWith(QLatin1String("## ")))
            inPractice = line.trimmed() == QLatin1String("## Practice");
        if (inPractice || line.startsWith(QLatin1String("<!--")))
            continue;
        auto it = word.globalMatch(line);
        while (it.hasNext()) {
            it.next();
            ++words;
        }
    }
    return words;
}

} // namespace

class TestBundledGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsWithoutProblems();
    void coversEveryTopic_data();
    void coversEveryTopic();
    void hasEveryInterviewQuestion_data();
    void hasEveryInterviewQuestion();
    void everyLeafTopicHasDepth();

private:
    std::unique_ptr<Guide> m_guide;
};

void TestBundledGuide::initTestCase()
{
    GuideLoader::Result result = GuideLoader().load(guidePath, QStringLiteral("python-interview"));
    QVERIFY2(result.guide, qPrintable(result.error));
    m_guide = std::move(result.guide);
}

void TestBundledGuide::loadsWithoutProblems()
{
    QStringList lines;
    for (const Diagnostic &d : m_guide->diagnostics())
        lines << d.toString();
    QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(m_guide->id(), QStringLiteral("python-interview"));
}

void TestBundledGuide::coversEveryTopic_data()
{
    QTest::addColumn<QString>("id");
    const QStringList ids {
        QStringLiteral("getting-started"),
        QStringLiteral("getting-started/python-in-the-job-market"),
        QStringLiteral("getting-started/installing-python"),
        QStringLiteral("getting-started/how-to-study"),
        QStringLiteral("core-concepts"),
        QStringLiteral("core-concepts/variables-and-data-types"),
        QStringLiteral("core-concepts/operators-and-expressions"),
        QStringLiteral("core-concepts/control-flow"),
        QStringLiteral("core-concepts/functions-and-lambdas"),
        QStringLiteral("core-concepts/object-oriented-programming"),
        QStringLiteral("core-concepts/files-and-io"),
        QStringLiteral("core-concepts/exceptions"),
        QStringLiteral("core-concepts/modules-and-packages"),
        QStringLiteral("data-structures"),
        QStringLiteral("data-structures/lists-tuples-and-sets"),
        QStringLiteral("data-structures/dictionaries"),
        QStringLiteral("data-structures/strings-and-regular-expressions"),
        QStringLiteral("data-structures/arrays-and-numpy"),
        QStringLiteral("libraries-and-frameworks"),
        QStringLiteral("libraries-and-frameworks/python-libraries"),
        QStringLiteral("libraries-and-frameworks/numpy-and-scipy"),
        QStringLiteral("libraries-and-frameworks/pandas"),
        QStringLiteral("libraries-and-frameworks/matplotlib"),
        QStringLiteral("libraries-and-frameworks/django"),
        QStringLiteral("libraries-and-frameworks/flask-and-microservices"),
        QStringLiteral("libraries-and-frameworks/machine-learning-libraries"),
        QStringLiteral("libraries-and-frameworks/testing-frameworks"),
        QStringLiteral("advanced-concepts"),
        QStringLiteral("advanced-concepts/decorators"),
        QStringLiteral("advanced-concepts/generators-and-iterators"),
        QStringLiteral("advanced-concepts/context-managers"),
        QStringLiteral("advanced-concepts/threads-and-processes"),
        QStringLiteral("advanced-concepts/asyncio"),
        QStringLiteral("advanced-concepts/metaclasses"),
        QStringLiteral("advanced-concepts/closures-and-scope"),
        QStringLiteral("advanced-concepts/memory-management"),
        QStringLiteral("interview-tips"),
        QStringLiteral("interview-questions"),
        QStringLiteral("interview-questions/python-basics"),
        QStringLiteral("interview-questions/object-oriented-programming"),
        QStringLiteral("interview-questions/libraries-and-frameworks"),
        QStringLiteral("interview-questions/advanced-concepts"),
        QStringLiteral("interview-questions/testing"),
        QStringLiteral("interview-questions/web-frameworks"),
        QStringLiteral("interview-questions/algorithms-and-complexity"),
    };
    for (const QString &id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

void TestBundledGuide::coversEveryTopic()
{
    QFETCH(QString, id);
    QVERIFY2(m_guide->topic(id), qPrintable(QStringLiteral("missing topic ") + id));
}

void TestBundledGuide::hasEveryInterviewQuestion_data()
{
    QTest::addColumn<QString>("cardId");
    QTest::addColumn<QString>("category");
    const QList<QPair<const char *, const char *>> questions {
        { "q01-list-vs-tuple", "python-basics" },
        { "q02-python-2-vs-3", "python-basics" },
        { "q03-gil", "python-basics" },
        { "q04-exceptions", "python-basics" },
        { "q05-virtual-environments", "python-basics" },
        { "q06-class-vs-object", "object-oriented-programming" },
        { "q07-method-overriding", "object-oriented-programming" },
        { "q08-numpy", "libraries-and-frameworks" },
        { "q09-pandas", "libraries-and-frameworks" },
        { "q10-decorators", "advanced-concepts" },
        { "q11-generators-vs-lists", "advanced-concepts" },
        { "q12-unit-testing", "testing" },
        { "q13-tdd", "testing" },
        { "q14-django", "web-frameworks" },
        { "q15-flask-vs-django", "web-frameworks" },
        { "q16-recent-python-versions", "python-basics" },
        { "q17-packaging-and-lock-files", "python-basics" },
        { "q18-typing-generics-protocols", "advanced-concepts" },
        { "q19-asyncio-taskgroups", "advanced-concepts" },
        { "q20-dataclasses-attrs-pydantic", "object-oriented-programming" },
        { "q21-top-k-frequent", "algorithms-and-complexity" },
    };
    for (const auto &q : questions)
        QTest::newRow(q.first) << QString::fromLatin1(q.first) << QString::fromLatin1(q.second);
}

void TestBundledGuide::hasEveryInterviewQuestion()
{
    QFETCH(QString, cardId);
    QFETCH(QString, category);
    const Card *card = m_guide->card(cardId);
    QVERIFY2(card, qPrintable(QStringLiteral("missing interview question ") + cardId));
    QCOMPARE(card->kind, Card::Kind::Interview);
    QVERIFY(card->howToAnswer.size() > 40);
    QVERIFY(card->sampleAnswer.size() > 200);
    QVERIFY(card->whatToLookFor.size() > 40);
    QVERIFY2(card->topicId.startsWith(QStringLiteral("interview-questions/") + category + QLatin1Char('/')),
             qPrintable(card->topicId));
}

void TestBundledGuide::everyLeafTopicHasDepth()
{
    int leaves = 0;
    QStringList shortfalls;
    m_guide->forEachTopic([&](const Topic &topic) {
        if (topic.kind != Topic::Kind::File || !topic.children.empty())
            return;
        ++leaves;
        const int practiceCards = int(std::count_if(topic.cards.begin(), topic.cards.end(),
                                                    [](const Card &c) { return c.kind == Card::Kind::PromptAnswer; }));
        const int words = proseWords(topic.markdown);
        // Python 2 is history: its question is kept, as a short note, not as a deep topic.
        const bool shortNote
            = topic.id == QLatin1String("interview-questions/python-basics/python-2-vs-python-3");
        const int minWords = shortNote ? 150 : 300;
        if (practiceCards < 3)
            shortfalls
                << QStringLiteral("%1: %2 practice cards (needs 3)").arg(topic.file).arg(practiceCards);
        if (words < minWords)
            shortfalls << QStringLiteral("%1: %2 words of prose (needs %3)")
                              .arg(topic.file)
                              .arg(words)
                              .arg(minWords);
        if (!topic.markdown.contains(QLatin1String("```python")))
            shortfalls << QStringLiteral("%1: no Python example").arg(topic.file);
    });
    QVERIFY2(shortfalls.isEmpty(), qPrintable(shortfalls.join(QLatin1Char('\n'))));
    QVERIFY(leaves >= 53);
}

QTEST_GUILESS_MAIN(TestBundledGuide)
#include "tst_bundledguide.moc"
