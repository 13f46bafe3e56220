// The snapshot the build saves of the bundled guide must hold exactly what parsing its
// Markdown gives, and a damaged snapshot must be refused, never misread.

#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "GuideSnapshot.h"

#include <QtTest>

namespace {

void describeTopic(const Topic &topic, const QString &at, QStringList &out)
{
    out << QStringLiteral("%1 kind=%2 id=%3 title=%4 file=%5 line=%6 anchor=%7 bodyLine=%8 order=%9")
               .arg(at)
               .arg(int(topic.kind))
               .arg(topic.id, topic.title, topic.file)
               .arg(topic.line)
               .arg(topic.anchor)
               .arg(topic.bodyLine)
               .arg(topic.order);
    out << at + QStringLiteral(" markdown=") + topic.markdown;
    for (const Card &c : topic.cards) {
        out << QStringLiteral("%1 card id=%2 topic=%3 kind=%4 file=%5 line=%6")
                   .arg(at, c.id, c.topicId)
                   .arg(int(c.kind))
                   .arg(c.file)
                   .arg(c.line);
        out << QStringList { c.prompt, c.answer, c.howToAnswer, c.sampleAnswer, c.whatToLookFor }.join(u'|');
    }
    for (size_t i = 0; i < topic.children.size(); ++i) {
        const Topic &child = *topic.children[i];
        if (child.parent != &topic)
            out << at + QStringLiteral(" child %1 has the wrong parent").arg(i);
        describeTopic(child, at + QLatin1Char('/') + QString::number(i), out);
    }
}

// Every field of the guide, one line each, so that a difference shows where it is.
QStringList describe(const Guide &guide)
{
    QStringList out { guide.id(), guide.title(), guide.displayRoot(), guide.rootPath(),
                      QString::number(guide.topicCount()), QString::number(guide.cardCount()) };
    for (const Diagnostic &d : guide.diagnostics())
        out << d.toString();
    describeTopic(*guide.root(), QStringLiteral("root"), out);
    // The lookups are rebuilt from the tree, not saved: each id must find its own topic.
    guide.forEachTopic([&](const Topic &t) {
        if (guide.topic(t.id) != &t)
            out << QStringLiteral("lookup of %1 is wrong").arg(t.id);
    });
    return out;
}

} // namespace

class TestGuideSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void keepsEveryFieldOfAGuide();
    void bundledSnapshotMatchesTheMarkdown();
    void refusesDamagedSnapshots();
    void refusesAnotherFormat();
};

void TestGuideSnapshot::keepsEveryFieldOfAGuide()
{
    GuideFixture f;
    f.writeSample();
    f.write(QStringLiteral("03-broken.md"), "---\ntitle: [unclosed\n---\n# Broken\n\nText.\n");
    const GuideLoader::Result parsed = GuideLoader().load(f.path(), QStringLiteral("sample"));
    QVERIFY(parsed.guide);
    QVERIFY(!parsed.guide->diagnostics().isEmpty()); // diagnostics are saved too
    QVERIFY(parsed.guide->cardCount() >= 3);

    QString error;
    const std::unique_ptr<Guide> read = GuideSnapshot::load(GuideSnapshot::save(*parsed.guide), f.path(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(describe(*read), describe(*parsed.guide));
    QVERIFY(read->card(QStringLiteral("why")));
    QCOMPARE(read->card(QStringLiteral("why"))->kind, Card::Kind::Interview);
}

void TestGuideSnapshot::bundledSnapshotMatchesTheMarkdown()
{
    QFile file(QStringLiteral(STUDYGUIDE_BUNDLED_SNAPSHOT));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString root = QStringLiteral(STUDYGUIDE_SOURCE_DIR "/guide/python-interview");
    QString error;
    const std::unique_ptr<Guide> read = GuideSnapshot::load(file.readAll(), root, &error);
    QVERIFY2(read, qPrintable(error));
    const GuideLoader::Result parsed = GuideLoader().load(root, QStringLiteral("python-interview"));
    QVERIFY(parsed.guide);
    QVERIFY(read->topicCount() > 50);
    QCOMPARE(describe(*read), describe(*parsed.guide));
}

void TestGuideSnapshot::refusesDamagedSnapshots()
{
    GuideFixture f;
    f.writeSample();
    const QByteArray whole = GuideSnapshot::save(*GuideLoader().load(f.path()).guide);
    // Cut short anywhere, it is refused.
    for (int length = 0; length < whole.size(); length += 7) {
        QString error;
        QVERIFY2(!GuideSnapshot::load(whole.left(length), f.path(), &error), qPrintable(QString::number(length)));
        QVERIFY(!error.isEmpty());
    }
    // With bytes overwritten, it is refused or read as some guide, never a crash; a count made
    // huge is refused before anything is allocated for it.
    int refused = 0;
    for (int at = 0; at + 4 <= whole.size(); at += 5) {
        QByteArray damaged = whole;
        damaged.replace(at, 4, QByteArray("\xff\xff\xff\x7f", 4));
        refused += GuideSnapshot::load(damaged, f.path()) ? 0 : 1;
    }
    QVERIFY(refused > 0);
    QVERIFY(!GuideSnapshot::load(whole + "x", f.path())); // trailing bytes are damage too
}

void TestGuideSnapshot::refusesAnotherFormat()
{
    GuideFixture f;
    f.writeSample();
    QByteArray data = GuideSnapshot::save(*GuideLoader().load(f.path()).guide);
    const int version = data.indexOf("snapshot") + 8; // the format version follows the magic
    data[version] = char(data[version] + 1);
    QString error;
    QVERIFY(!GuideSnapshot::load(data, f.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("format")), qPrintable(error));
    QVERIFY(!GuideSnapshot::load(QByteArray("# Just Markdown\n"), f.path(), &error));
    QCOMPARE(error, QStringLiteral("not a guide snapshot"));
}

QTEST_GUILESS_MAIN(TestGuideSnapshot)
#include "tst_guidesnapshot.moc"
