#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"

#include <QtTest>

#include <unistd.h>

namespace {

QStringList messages(const Guide &guide)
{
    QStringList out;
    for (const Diagnostic &d : guide.diagnostics())
        out.append(d.toString());
    return out;
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    for (const QString &line : lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestGuideLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsTreeInOrderWithTitlesAndIds();
    void readsCards();
    void derivesTitles_data();
    void derivesTitles();
    void frontMatterOrderOverridesPrefix();
    void plainNotesLoadWithOutline();
    void outlineCanBeForcedOrRefused();
    void sectionWithoutWordsIsStillNamed();
    void reportsInvalidUtf8WithLine();
    void reportsUnterminatedFrontMatter();
    void reportsDuplicateIds();
    void reportsIncompleteInterviewCard();
    void reportsNoRunWithoutReason();
    void warnsAboutEmptyFile();
    void skipsLinksOutOfTheGuide();
    void survivesLinkLoops();
    void boundsFileSize();
    void boundsDepth();
    void boundsFileCount();
    void refusesMissingEmptyOrFileFolders();
    void refusesUnreadableFolder();
    void survivesGarbage();
    void manyDuplicateIdsStayUnique();
};

void TestGuideLoader::loadsTreeInOrderWithTitlesAndIds()
{
    GuideFixture f;
    f.writeSample();
    const auto result = GuideLoader().load(f.path());
    QVERIFY2(result.guide, qPrintable(result.error));
    const Guide &g = *result.guide;
    QCOMPARE(g.id(), QStringLiteral("sample"));
    QCOMPARE(g.title(), QStringLiteral("Sample Guide"));
    const Topic *root = g.root();
    QCOMPARE(int(root->children.size()), 3);
    QCOMPARE(root->children[0]->title, QStringLiteral("Basics"));
    QCOMPARE(root->children[0]->id, QStringLiteral("basics"));
    QCOMPARE(root->children[0]->kind, Topic::Kind::Folder);
    QCOMPARE(root->children[1]->title, QStringLiteral("Advanced"));
    QCOMPARE(root->children[2]->title, QStringLiteral("Notes")); // no prefix: after the numbered ones
    const Topic *first = root->children[0]->children[0].get();
    QCOMPARE(first->id, QStringLiteral("basics/first"));
    QCOMPARE(first->file, QStringLiteral("01-basics/01-first.md"));
    QCOMPARE(root->children[0]->children[1]->title, QStringLiteral("Second Topic"));
    QVERIFY(g.topic(QStringLiteral("advanced/deep")));
    QVERIFY(!hasErrors(g.diagnostics()));
    QCOMPARE(g.topicForFile(QStringLiteral("01-basics/01-first.md")), first);
}

void TestGuideLoader::readsCards()
{
    GuideFixture f;
    f.writeSample();
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const Guide &g = *result.guide;
    QCOMPARE(g.cardCount(), 3);
    const Card *one = g.card(QStringLiteral("one"));
    QVERIFY(one);
    QCOMPARE(one->prompt, QStringLiteral("What is one?"));
    QCOMPARE(one->answer, QStringLiteral("The number after zero."));
    QCOMPARE(one->topicId, QStringLiteral("basics/first"));
    QCOMPARE(one->line, 18); // counted in the file, front matter included
    const Card *two = g.card(QStringLiteral("basics/first/what-is-two"));
    QVERIFY2(two, "a card without an explicit id gets its topic id and the prompt's slug");
    QCOMPARE(two->answer, QStringLiteral("One more than one."));
    const Card *why = g.card(QStringLiteral("why"));
    QVERIFY(why);
    QCOMPARE(why->kind, Card::Kind::Interview);
    QCOMPARE(why->howToAnswer, QStringLiteral("Briefly."));
    QCOMPARE(why->sampleAnswer, QStringLiteral("Because."));
    QCOMPARE(why->whatToLookFor, QStringLiteral("Honesty."));
    QCOMPARE(g.cardsUnder(g.topic(QStringLiteral("basics"))).size(), 3);
}

void TestGuideLoader::derivesTitles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("title");
    QTest::newRow("front matter") << QByteArray("---\ntitle: From Front Matter\n---\n# Heading\n") << "From Front Matter";
    QTest::newRow("first heading") << QByteArray("Intro\n\n## Not this\n\n# The Heading\n") << "The Heading";
    QTest::newRow("file name") << QByteArray("Just text.\n") << "My notes file";
    QTest::newRow("card heading is not a title") << QByteArray("# Q: A question?\n\nAnswer.\n") << "My notes file";
}

void TestGuideLoader::derivesTitles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, title);
    GuideFixture f;
    f.write(QStringLiteral("03_my-notes_file.md"), content);
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    QCOMPARE(result.guide->root()->children.at(0)->title, title);
}

void TestGuideLoader::frontMatterOrderOverridesPrefix()
{
    GuideFixture f;
    f.write(QStringLiteral("01-a.md"), "---\norder: 5\n---\n# A\n");
    f.write(QStringLiteral("02-b.md"), "# B\n");
    f.write(QStringLiteral("03-c.md"), "---\norder: 1\n---\n# C\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const auto &children = result.guide->root()->children;
    QCOMPARE(children[0]->title, QStringLiteral("C"));
    QCOMPARE(children[1]->title, QStringLiteral("B"));
    QCOMPARE(children[2]->title, QStringLiteral("A"));
}

void TestGuideLoader::plainNotesLoadWithOutline()
{
    GuideFixture f;
    QByteArray readme = "# Project Notes\n\nIntro.\n\n";
    for (int section = 1; section <= 4; ++section) {
        readme += "## Section " + QByteArray::number(section) + "\n\n";
        readme += "### Detail " + QByteArray::number(section) + "\n\n";
        for (int line = 0; line < 40; ++line)
            readme += "Line of text.\n";
        readme += "\n";
        if (section == 1)
            readme += "### Q: A card in section one\n\nIt closes Detail 1 and stays in Section 1.\n\n";
    }
    readme += "## Q: A card after the last section\n\nIt closes Section 4, so it belongs to the page.\n";
    f.write(QStringLiteral("README.md"), "# Top\n");
    f.write(QStringLiteral("big.md"), readme);
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const Topic *big = result.guide->topic(QStringLiteral("big"));
    QVERIFY(big);
    QCOMPARE(big->title, QStringLiteral("Project Notes"));
    QCOMPARE(int(big->children.size()), 4); // the card heading is not part of the outline
    const Topic *s1 = big->children[0].get();
    QCOMPARE(s1->kind, Topic::Kind::Section);
    QCOMPARE(s1->title, QStringLiteral("Section 1"));
    QCOMPARE(s1->id, QStringLiteral("big#section-1"));
    QCOMPARE(s1->anchor, QStringLiteral("section-1"));
    QCOMPARE(int(s1->children.size()), 1);
    QCOMPARE(s1->children[0]->title, QStringLiteral("Detail 1"));
    QCOMPARE(s1->page(), big);
    QCOMPARE(int(s1->cards.size()), 1);
    QCOMPARE(s1->cards[0].prompt, QStringLiteral("A card in section one"));
    QCOMPARE(int(s1->children[0]->cards.size()), 0);
    QCOMPARE(int(big->cards.size()), 1);
    QCOMPARE(big->cards[0].prompt, QStringLiteral("A card after the last section"));
    QCOMPARE(result.guide->cardsUnder(big).size(), 2);
}

void TestGuideLoader::outlineCanBeForcedOrRefused()
{
    GuideFixture f;
    f.write(QStringLiteral("short.md"), "---\noutline: true\n---\n# Short\n\n## One\n\n## Two\n");
    QByteArray longText = "---\noutline: false\n---\n# Long\n\n";
    for (int i = 0; i < 200; ++i)
        longText += "## Heading " + QByteArray::number(i) + "\n";
    f.write(QStringLiteral("long.md"), longText);
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    QCOMPARE(int(result.guide->topic(QStringLiteral("short"))->children.size()), 2);
    QCOMPARE(int(result.guide->topic(QStringLiteral("long"))->children.size()), 0);
}

void TestGuideLoader::sectionWithoutWordsIsStillNamed()
{
    // A heading of a picture alone shows in the tree by the picture's alt text, as a reader of
    // the page sees it; one with nothing to show by where it is.
    GuideFixture f;
    f.write(QStringLiteral("page.md"),
            "---\noutline: true\n---\n# Page\n\n## <img src=\"icon.png\" alt=\"Launch icon\">\n\n"
            "## ![Diagram](d.png)\n\n## <br>\n\n## Words\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const Topic *page = result.guide->topic(QStringLiteral("page"));
    QCOMPARE(int(page->children.size()), 4);
    QCOMPARE(page->children[0]->title, QStringLiteral("Launch icon"));
    QCOMPARE(page->children[1]->title, QStringLiteral("Diagram"));
    QCOMPARE(page->children[2]->title, QStringLiteral("Section at line 10"));
    QCOMPARE(page->children[3]->title, QStringLiteral("Words"));
    // --validate says which headings no link can name, and why, by line.
    QStringList noText;
    for (const Diagnostic &d : result.guide->diagnostics()) {
        if (d.message.contains(QLatin1String("has no text")))
            noText += QStringLiteral("%1:%2").arg(QFileInfo(d.file).fileName()).arg(d.line);
    }
    QCOMPARE(noText, (QStringList { QStringLiteral("page.md:6"), QStringLiteral("page.md:8"), QStringLiteral("page.md:10") }));
}

void TestGuideLoader::reportsInvalidUtf8WithLine()
{
    GuideFixture f;
    f.write(QStringLiteral("bad.md"), "# Bad\n\nfine line\nbroken \xff\xfe here\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const QStringList lines = messages(*result.guide);
    QVERIFY2(anyContains(lines, QStringLiteral("/bad.md:4: error: invalid UTF-8")), qPrintable(lines.join('\n')));
    QVERIFY(result.guide->topic(QStringLiteral("bad"))); // still shown
}

void TestGuideLoader::reportsUnterminatedFrontMatter()
{
    GuideFixture f;
    f.write(QStringLiteral("open.md"), "---\ntitle: Never closed\n\n# Heading\n");
    f.write(QStringLiteral("yaml.md"), "---\ntitle: ok\norder: [1, 2\n---\n# Y\n");
    f.write(QStringLiteral("keys.md"), "---\ntitle: ok\ncolour: blue\norder: soon\n---\n# K\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const QStringList lines = messages(*result.guide);
    QVERIFY2(anyContains(lines, QStringLiteral("/open.md:1: error: front matter opened with '---' is never closed")),
             qPrintable(lines.join('\n')));
    QVERIFY2(anyContains(lines, QStringLiteral("/yaml.md:")) && anyContains(lines, QStringLiteral("invalid front matter")),
             qPrintable(lines.join('\n')));
    QVERIFY(anyContains(lines, QStringLiteral("/keys.md:3: warning: unknown front matter key 'colour'")));
    QVERIFY(anyContains(lines, QStringLiteral("/keys.md:4: error: 'order' must be a whole number")));
    QCOMPARE(result.guide->topic(QStringLiteral("open"))->title, QStringLiteral("Heading"));
}

void TestGuideLoader::reportsDuplicateIds()
{
    GuideFixture f;
    f.write(QStringLiteral("a.md"), "---\nid: same\n---\n# A\n\n### Q: One?\n<!-- id: card -->\nYes.\n");
    f.write(QStringLiteral("b.md"), "---\nid: same\n---\n# B\n\n### Q: Two?\n<!-- id: card -->\nNo.\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const QStringList lines = messages(*result.guide);
    QVERIFY2(anyContains(lines, QStringLiteral("/b.md:1: error: duplicate topic id 'same' (first used at ")),
             qPrintable(lines.join('\n')));
    QVERIFY(anyContains(lines, QStringLiteral("/b.md:6: error: duplicate card id 'card'")));
    QVERIFY(result.guide->topic(QStringLiteral("same")));
    QVERIFY(result.guide->topic(QStringLiteral("same~2")));
    QVERIFY(result.guide->card(QStringLiteral("card~2")));
}

void TestGuideLoader::reportsIncompleteInterviewCard()
{
    GuideFixture f;
    f.write(QStringLiteral("q.md"), "# Q\n\n## Q: Half a card?\n\n### How to answer\nLike this.\n\n### Sample answer\n\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const QStringList lines = messages(*result.guide);
    QVERIFY2(anyContains(lines, QStringLiteral("/q.md:3: error: interview card is missing or has an empty part: "
                                               "Sample answer, What to look for")),
             qPrintable(lines.join('\n')));
}

void TestGuideLoader::reportsNoRunWithoutReason()
{
    GuideFixture f;
    f.write(QStringLiteral("c.md"), "# C\n\n```python no-run\nx = 1\n```\n\n```python no-run: needs a server\n```\n\n"
                                    "```python sometimes\n```\n\n```python needs: django, yaml\n```\n\n```python needs:\n```\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const QStringList lines = messages(*result.guide);
    QVERIFY2(anyContains(lines, QStringLiteral("/c.md:3: error: 'no-run' needs a reason")), qPrintable(lines.join('\n')));
    QVERIFY(!anyContains(lines, QStringLiteral("/c.md:7:")));
    QVERIFY(anyContains(lines, QStringLiteral("/c.md:10: warning: unknown code block tag 'sometimes'")));
    QVERIFY(!anyContains(lines, QStringLiteral("/c.md:13:")));
    QVERIFY(anyContains(lines, QStringLiteral("/c.md:16: warning: unknown code block tag 'needs:'")));
}

void TestGuideLoader::warnsAboutEmptyFile()
{
    GuideFixture f;
    f.write(QStringLiteral("empty.md"), "");
    f.write(QStringLiteral("blank.md"), "\n\n  \n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const QStringList lines = messages(*result.guide);
    QVERIFY(anyContains(lines, QStringLiteral("/empty.md: warning: file is empty")));
    QVERIFY(anyContains(lines, QStringLiteral("/blank.md: warning: file is empty")));
    QCOMPARE(result.guide->topic(QStringLiteral("empty"))->title, QStringLiteral("Empty"));
}

void TestGuideLoader::skipsLinksOutOfTheGuide()
{
    GuideFixture f;
    f.write(QStringLiteral("inside.md"), "# Inside\n");
    QFile secret(f.outside() + QStringLiteral("/secret.md"));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("# Secret\n");
    secret.close();
    QDir(f.outside()).mkdir(QStringLiteral("elsewhere"));
    QVERIFY(f.link(f.outside() + QStringLiteral("/secret.md"), QStringLiteral("leak.md")));
    QVERIFY(f.link(f.outside() + QStringLiteral("/elsewhere"), QStringLiteral("leakdir")));
    QVERIFY(f.link(f.path() + QStringLiteral("/inside.md"), QStringLiteral("alias.md")));
    QVERIFY(f.link(f.path() + QStringLiteral("/nothing.md"), QStringLiteral("broken.md")));
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const QStringList lines = messages(*result.guide);
    QVERIFY(anyContains(lines, QStringLiteral("/leak.md: warning: link leads outside the guide folder; skipped")));
    QVERIFY(anyContains(lines, QStringLiteral("/leakdir: warning: link leads outside the guide folder; skipped")));
    QVERIFY(anyContains(lines, QStringLiteral("/broken.md: warning: broken link; skipped")));
    QVERIFY(!result.guide->topic(QStringLiteral("leak")));
    QVERIFY(result.guide->topic(QStringLiteral("alias"))); // a link inside the guide is fine
}

void TestGuideLoader::survivesLinkLoops()
{
    GuideFixture f;
    f.write(QStringLiteral("a/page.md"), "# Page\n");
    QVERIFY(f.link(f.path() + QStringLiteral("/a"), QStringLiteral("a/loop")));
    QVERIFY(f.link(f.path(), QStringLiteral("a/root")));
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    const QStringList lines = messages(*result.guide);
    QVERIFY2(anyContains(lines, QStringLiteral("/a/loop: warning: folder was already read")), qPrintable(lines.join('\n')));
    QVERIFY(anyContains(lines, QStringLiteral("/a/root: warning: folder was already read")));
}

void TestGuideLoader::boundsFileSize()
{
    GuideFixture f;
    f.write(QStringLiteral("small.md"), "# Small\n");
    f.write(QStringLiteral("huge.md"), QByteArray(5 * 1024 * 1024, 'x'));
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    QVERIFY(anyContains(messages(*result.guide), QStringLiteral("/huge.md: warning: file is larger than 4 MiB; skipped")));
    QVERIFY(!result.guide->topic(QStringLiteral("huge")));
    QVERIFY(result.guide->topic(QStringLiteral("small")));
}

void TestGuideLoader::boundsDepth()
{
    GuideFixture f;
    QString path;
    for (int level = 0; level < 40; ++level)
        path += QStringLiteral("d%1/").arg(level);
    f.write(path + QStringLiteral("deep.md"), "# Deep\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    QVERIFY(anyContains(messages(*result.guide), QStringLiteral("nested deeper than 16 levels; skipped")));
    int depth = 0;
    for (const Topic *t = result.guide->root(); !t->children.empty(); t = t->children[0].get())
        ++depth;
    QCOMPARE(depth, 16);
}

void TestGuideLoader::boundsFileCount()
{
    GuideFixture f;
    for (int i = 0; i < 30; ++i)
        f.write(QStringLiteral("f%1.md").arg(i, 2, 10, QLatin1Char('0')), "# F\n");
    GuideLoader::Limits limits;
    limits.maximumFiles = 10;
    const auto result = GuideLoader(limits).load(f.path());
    QVERIFY(result.guide);
    QCOMPARE(int(result.guide->root()->children.size()), 10);
    QVERIFY(anyContains(messages(*result.guide), QStringLiteral("more than 10 files in the guide")));
}

void TestGuideLoader::refusesMissingEmptyOrFileFolders()
{
    GuideFixture f;
    auto missing = GuideLoader().load(f.path() + QStringLiteral("/nope"));
    QVERIFY(!missing.guide);
    QVERIFY(missing.error.startsWith(QStringLiteral("There is no guide folder at ")));
    auto empty = GuideLoader().load(f.path());
    QVERIFY(!empty.guide);
    QVERIFY(empty.error.contains(QStringLiteral("has no Markdown files")));
    f.write(QStringLiteral("file.md"), "# F\n");
    auto file = GuideLoader().load(f.path() + QStringLiteral("/file.md"));
    QVERIFY(!file.guide);
    QVERIFY(file.error.contains(QStringLiteral("is a file, not a guide folder")));
}

void TestGuideLoader::refusesUnreadableFolder()
{
    if (geteuid() == 0)
        QSKIP("permissions do not apply to root");
    GuideFixture f;
    f.write(QStringLiteral("a.md"), "# A\n");
    QFile::setPermissions(f.path(), QFileDevice::WriteOwner);
    auto result = GuideLoader().load(f.path());
    QFile::setPermissions(f.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!result.guide);
    QVERIFY(result.error.contains(QStringLiteral("cannot be read")));
}

void TestGuideLoader::survivesGarbage()
{
    // Random bytes in every shape of file must load without a crash, within bounded time.
    GuideFixture f;
    quint32 seed = 12345;
    auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 24;
    };
    for (int i = 0; i < 50; ++i) {
        QByteArray bytes;
        const int size = int(next() * 40);
        for (int k = 0; k < size; ++k) {
            static const char alphabet[] = "#-`Q:\n *[]()<>!{}|~_0123456789abc\xff\xc3";
            bytes += alphabet[next() % (sizeof(alphabet) - 1)];
        }
        if (i % 3 == 0)
            bytes.prepend("---\n");
        f.write(QStringLiteral("g%1.md").arg(i), bytes);
    }
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    QCOMPARE(int(result.guide->root()->children.size()), 50);
}

void TestGuideLoader::manyDuplicateIdsStayUnique()
{
    // Every file claims the same topic id and card id: each gets its own, and each is reported.
    GuideFixture f;
    const int files = 300;
    for (int i = 0; i < files; ++i)
        f.write(QStringLiteral("f%1.md").arg(i, 3, 10, QLatin1Char('0')), "---\nid: same\n---\n# F\n\n### Q: Same?\n<!-- id: card -->\nYes.\n");
    const auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    QCOMPARE(result.guide->topicCount(), files);
    QCOMPARE(result.guide->cardCount(), files);
    QVERIFY(result.guide->topic(QStringLiteral("same~300")));
    QVERIFY(result.guide->card(QStringLiteral("card~300")));
    QCOMPARE(int(result.guide->diagnostics().size()), 2 * (files - 1));
}

QTEST_GUILESS_MAIN(TestGuideLoader)
#include "tst_guideloader.moc"
