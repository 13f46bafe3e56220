#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "ItemDataRoles.h"
#include "TopicTreeModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QtTest>

class TestTopicTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void passesTheModelTesterOnTheBundledGuide();
    void mapsIdsToIndexesAndBack();
    void exposesRoles();
    void everyKindHasAnIconOfItsOwn();
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

void TestTopicTreeModel::everyKindHasAnIconOfItsOwn()
{
    GuideFixture f;
    f.write(QStringLiteral("index.md"), "---\ntitle: Kinds\nid: kinds\n---\n# Kinds\n");
    f.write(QStringLiteral("01-basics/01-names.md"), "---\noutline: true\n---\n# Names\n\n## Binding\n\nText.\n\n## Scope\n\nMore text.\n");
    auto result = GuideLoader().load(f.path());
    QVERIFY(result.guide);
    TopicTreeModel model;
    model.setGuide(result.guide.get());
    QHash<int, QImage> images; // kind -> its icon, drawn
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            const int kind = index.data(ItemDataRole::TopicKind).toInt();
            const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
            if (!images.contains(kind))
                images.insert(kind, icon.pixmap(16, 16).toImage());
            visit(index);
        }
    };
    visit(QModelIndex());
    QCOMPARE(images.size(), 3); // chapters, topics and sections
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        const QImage &image = it.value();
        bool painted = false;
        for (int y = 0; y < image.height() && !painted; ++y)
            for (int x = 0; x < image.width() && !painted; ++x)
                painted = qAlpha(image.pixel(x, y)) > 0;
        QVERIFY2(painted, qPrintable(QString::number(it.key())));
        for (auto other = std::next(it); other != images.cend(); ++other)
            QVERIFY(image != other.value());
    }
}

QTEST_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
