#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "SearchIndexBuilder.h"
#include "SearchPopup.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QtTest>

class TestSearchPopup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saysIndexingUntilReady();
    void typeDownEnterOpensTheChosenHit();
    void upAndDownStayWithinTheHits();
    void escapeClosesWithoutOpening();
    void enterWithoutHitsDoesNothing();
    void prefixMatchesWhileTyping();
    void clickOpensAHit();
    void rowsHaveAccessibleTextAndPaint();
    void widgetsAreNamed();

private:
    void waitUntilReady();

    GuideFixture m_fixture;
    std::unique_ptr<Guide> m_guide;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<SearchIndexBuilder> m_builder;
    std::unique_ptr<SearchPopup> m_popup;
};

void TestSearchPopup::initTestCase()
{
    m_fixture.write(
        QStringLiteral("index.md"), "---\ntitle: Search Guide\nid: search\n---\n# Search Guide\n");
    m_fixture.write(QStringLiteral("01-generators.md"),
        "# Generators\n\nA function that uses yield returns a lazy iterator.\n\n## Practice\n\n"
        "### Q: What does `yield` do?\n<!-- id: yield -->\n\nIt pauses the function: a < b & c.\n");
    m_fixture.write(
        QStringLiteral("02-iteration.md"), "# Iteration\n\nLoops walk over lists and generators.\n");
    m_guide = GuideLoader().load(m_fixture.path()).guide;
    QVERIFY(m_guide);
}

void TestSearchPopup::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_builder = std::make_unique<SearchIndexBuilder>();
    m_popup = std::make_unique<SearchPopup>(*m_builder, m_window.get());
}

void TestSearchPopup::cleanup()
{
    m_popup.reset();
    m_builder.reset();
    m_window.reset();
}

void TestSearchPopup::waitUntilReady()
{
    QSignalSpy ready(m_builder.get(), &SearchIndexBuilder::ready);
    m_builder->start(*m_guide);
    QTRY_COMPARE(ready.count(), 1);
    m_popup->popup(m_window.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_popup.get()));
}

void TestSearchPopup::saysIndexingUntilReady()
{
    m_popup->popup(m_window.get());
    QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("yield"));
    QCOMPARE(m_popup->statusLabel()->text(), QStringLiteral("Indexing..."));
    QVERIFY(m_popup->hits().isEmpty());

    // The query typed while indexing is answered as soon as the index is ready.
    m_builder->start(*m_guide);
    QTRY_COMPARE(m_popup->hits().size(), 2);
    QCOMPARE(m_popup->statusLabel()->text(), QStringLiteral("2 results"));
    QCOMPARE(m_popup->currentHit()->itemId, QStringLiteral("yield"));
}

void TestSearchPopup::typeDownEnterOpensTheChosenHit()
{
    waitUntilReady();
    QSignalSpy activated(m_popup.get(), &SearchPopup::hitActivated);
    QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("yield"));
    QCOMPARE(m_popup->hits().size(), 2);
    QCOMPARE(m_popup->currentHit()->kind, SearchHit::Kind::Card); // the prompt ranks first

    QTest::keyClick(m_popup->queryEdit(), Qt::Key_Down);
    QCOMPARE(m_popup->resultList()->currentIndex().row(), 1);
    QTest::keyClick(m_popup->queryEdit(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    const auto hit = activated.at(0).at(0).value<SearchHit>();
    QCOMPARE(hit.kind, SearchHit::Kind::Topic);
    QCOMPARE(hit.itemId, QStringLiteral("generators"));
    QCOMPARE(hit.topicId, QStringLiteral("generators"));
    QCOMPARE(hit.title, QStringLiteral("Generators"));
    QTRY_VERIFY(!m_popup->isVisible());
}

void TestSearchPopup::upAndDownStayWithinTheHits()
{
    waitUntilReady();
    QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("generators"));
    QCOMPARE(m_popup->hits().size(), 2);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(m_popup->queryEdit(), Qt::Key_Down);
    QCOMPARE(m_popup->resultList()->currentIndex().row(), 1);
    QTest::keyClick(m_popup->queryEdit(), Qt::Key_PageUp);
    QCOMPARE(m_popup->resultList()->currentIndex().row(), 0);
    QTest::keyClick(m_popup->queryEdit(), Qt::Key_Up);
    QCOMPARE(m_popup->currentHit()->itemId, QStringLiteral("generators"));
    // The arrows moved the current hit, not the cursor or the text.
    QCOMPARE(m_popup->queryEdit()->text(), QStringLiteral("generators"));
}

void TestSearchPopup::escapeClosesWithoutOpening()
{
    waitUntilReady();
    QSignalSpy activated(m_popup.get(), &SearchPopup::hitActivated);
    QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("gen"));
    QVERIFY(!m_popup->hits().isEmpty());
    QTest::keyClick(m_popup->queryEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!m_popup->isVisible());
    QCOMPARE(activated.count(), 0);

    // Opening again keeps the query, selected, so typing replaces it.
    m_popup->popup(m_window.get());
    QCOMPARE(m_popup->queryEdit()->selectedText(), QStringLiteral("gen"));
    QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("loops"));
    QCOMPARE(m_popup->queryEdit()->text(), QStringLiteral("loops"));
    QCOMPARE(m_popup->currentHit()->itemId, QStringLiteral("iteration"));
}

void TestSearchPopup::enterWithoutHitsDoesNothing()
{
    waitUntilReady();
    QSignalSpy activated(m_popup.get(), &SearchPopup::hitActivated);
    QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("zzzz \"NEAR( *"));
    QVERIFY(m_popup->hits().isEmpty());
    QCOMPARE(m_popup->statusLabel()->text(), QStringLiteral("No matches"));
    QTest::keyClick(m_popup->queryEdit(), Qt::Key_Down);
    QTest::keyClick(m_popup->queryEdit(), Qt::Key_Enter);
    QCOMPARE(activated.count(), 0);
    QVERIFY(m_popup->isVisible());

    m_popup->queryEdit()->clear();
    QCOMPARE(m_popup->statusLabel()->text(), QStringLiteral("Type to search topics, cards and notes"));
}

void TestSearchPopup::prefixMatchesWhileTyping()
{
    waitUntilReady();
    QStringList firsts;
    for (const QChar c : QStringLiteral("iter")) {
        QTest::keyClick(m_popup->queryEdit(), c.toLatin1());
        firsts << (m_popup->hits().isEmpty() ? QString() : m_popup->hits().constFirst().itemId);
    }
    // "i" alone is too short to mean much but still answers; from "it" on, Iteration leads.
    QCOMPARE(firsts.mid(1),
        QStringList(
            { QStringLiteral("iteration"), QStringLiteral("iteration"), QStringLiteral("iteration") }));
}

void TestSearchPopup::clickOpensAHit()
{
    waitUntilReady();
    QSignalSpy activated(m_popup.get(), &SearchPopup::hitActivated);
    QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("yield"));
    QListView *view = m_popup->resultList();
    const QRect second = view->visualRect(view->model()->index(1, 0));
    QVERIFY(second.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<SearchHit>().itemId, QStringLiteral("generators"));
}

void TestSearchPopup::rowsHaveAccessibleTextAndPaint()
{
    waitUntilReady();
    QTest::keyClicks(m_popup->queryEdit(), QStringLiteral("pauses"));
    QCOMPARE(m_popup->hits().size(), 1);
    const QModelIndex first = m_popup->resultList()->model()->index(0, 0);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("What does yield do?"));
    const QString spoken = first.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QLatin1String("Card: What does yield do?")), qPrintable(spoken));
    QVERIFY2(spoken.contains(QLatin1String("pauses the function: a < b & c")), qPrintable(spoken));
    QVERIFY(m_popup->hits().constFirst().snippetHtml.contains(QLatin1String("a &lt; b &amp; c")));
    const QImage image = m_popup->resultList()->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(m_popup->resultList()->sizeHintForRow(0) >= 2 * m_popup->fontMetrics().lineSpacing());
}

void TestSearchPopup::widgetsAreNamed()
{
    QCOMPARE(m_popup->objectName(), QStringLiteral("searchPopup"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_popup->queryEdit(), m_popup->resultList() }) {
        QVERIFY(!w->objectName().isEmpty());
        QVERIFY(!w->accessibleName().isEmpty());
        QVERIFY(!w->accessibleDescription().isEmpty());
    }
    QCOMPARE(m_popup->statusLabel()->objectName(), QStringLiteral("searchStatus"));
    QVERIFY(m_popup->findChild<QLineEdit *>(QStringLiteral("searchQuery")));
    QVERIFY(m_popup->findChild<QListView *>(QStringLiteral("searchResults")));
}

QTEST_MAIN(TestSearchPopup)
#include "tst_searchpopup.moc"
