#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "ItemDataRoles.h"
#include "TopicTreeModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestTopicTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void passesTheModelTesterOnTheBundledGuide();
    void mapsIdsToIndexesAndBack();
    void exposesRoles();
};

void TestTopicTreeModel::passesTheModelTester()
{
    GuideFixture f;
    f.writeSample();
    auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGuide(result.guide.get());
    QCOMPARE(model.rowCount(), 3);
    model.setGuide(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestTopicTreeModel::passesTheModelTesterOnTheBundledGuide()
{
    auto result = GuideLoader().load(QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview"));
    QVERIFY(result.guide);
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGuide(result.guide.get());
    QVERIFY(model.rowCount() >= 7);
}

void TestTopicTreeModel::mapsIdsToIndexesAndBack()
{
    GuideFixture f;
    f.writeSample();
    auto result = GuideLoader().load(f.path());
    TopicTreeModel model;
    model.setGuide(result.guide.get());
    const QModelIndex second = model.indexForId(QStringLiteral("basics/second"));
    QVERIFY(second.isValid());
    QCOMPARE(second.row(), 1);
    QCOMPARE(second.parent(), model.indexForId(QStringLiteral("basics")));
    QCOMPARE(second.data(ItemDataRole::TopicId).toString(), QStringLiteral("basics/second"));
    QCOMPARE(second.data().toString(), QStringLiteral("Second Topic"));
    QVERIFY(!model.indexForId(QStringLiteral("no/such")).isValid());
}

void TestTopicTreeModel::exposesRoles()
{
    GuideFixture f;
    f.writeSample();
    auto result = GuideLoader().load(f.path());
    TopicTreeModel model;
    model.setGuide(result.guide.get());
    const QModelIndex basics = model.indexForId(QStringLiteral("basics"));
    QCOMPARE(basics.data(ItemDataRole::CardCount).toInt(), 3);
    QCOMPARE(basics.data(ItemDataRole::TopicKind).toInt(), int(Topic::Kind::Folder));
    QVERIFY(basics.data(Qt::ToolTipRole).toString().contains(QStringLiteral("01-basics/index.md")));
}

QTEST_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
