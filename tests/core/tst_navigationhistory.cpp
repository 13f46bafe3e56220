#include "NavigationHistory.h"

#include <QtTest>

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private slots:
    void backAndForward();
    void visitDropsForwardEntries();
    void repeatedVisitIsIgnored();
    void isBounded();
};

void TestNavigationHistory::backAndForward()
{
    NavigationHistory h;
    QVERIFY(!h.canGoBack());
    h.visit(QStringLiteral("a"));
    h.visit(QStringLiteral("b"));
    h.visit(QStringLiteral("c"));
    QCOMPARE(h.back(), QStringLiteral("b"));
    QCOMPARE(h.back(), QStringLiteral("a"));
    QVERIFY(!h.canGoBack());
    QCOMPARE(h.back(), QStringLiteral("a"));
    QCOMPARE(h.forward(), QStringLiteral("b"));
    QCOMPARE(h.forward(), QStringLiteral("c"));
    QVERIFY(!h.canGoForward());
}

void TestNavigationHistory::visitDropsForwardEntries()
{
    NavigationHistory h;
    h.visit(QStringLiteral("a"));
    h.visit(QStringLiteral("b"));
    h.back();
    h.visit(QStringLiteral("x"));
    QVERIFY(!h.canGoForward());
    QCOMPARE(h.back(), QStringLiteral("a"));
}

void TestNavigationHistory::repeatedVisitIsIgnored()
{
    NavigationHistory h;
    h.visit(QStringLiteral("a"));
    h.visit(QStringLiteral("a"));
    QVERIFY(!h.canGoBack());
}

void TestNavigationHistory::isBounded()
{
    NavigationHistory h;
    for (int i = 0; i < NavigationHistory::maximumEntries + 50; ++i)
        h.visit(QString::number(i));
    int steps = 0;
    while (h.canGoBack()) {
        h.back();
        ++steps;
    }
    QCOMPARE(steps, NavigationHistory::maximumEntries - 1);
    QCOMPARE(h.current(), QStringLiteral("50"));
}

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
