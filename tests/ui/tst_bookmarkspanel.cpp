// The Bookmarks dock: card titles as plain text, and F2 editing a note.

#include "BookmarksModel.h"
#include "BookmarksPanel.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "ProgressStore.h"
#include "StudySession.h"

#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QRegularExpression>
#include <QtTest>

class TestBookmarksPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cardBookmarkShowsPlainPromptAndTopic();
    void f2EditsTheNoteInAFramedEditorBelowTheTitle();

private:
    QModelIndex row(const QString &itemId) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GuideFixture> m_guide;
    std::unique_ptr<Guide> m_loaded; // handed to the session
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudySession> m_progress;
    std::unique_ptr<QMainWindow> m_window;
    BookmarksPanel *m_panel = nullptr;
};

static const QString longPrompt = QStringLiteral("Why must the input to `itertools.groupby` be *sorted* by "
                                                 "the key first, as [the manual](https://docs.python.org) "
                                                 "warns, before grouping?");

void TestBookmarksPanel::init()
{
    // Messages Qt prints when a view loses track of its editors: each one is a bug here.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("editor")));
    m_dir = std::make_unique<QTemporaryDir>();
    m_guide = std::make_unique<GuideFixture>();
    m_guide->writeSample();
    m_guide->write(QStringLiteral("02-advanced/02-iter.md"),
        "# Iteration Tools\n\nText.\n\n## Practice\n\n### Q: " + longPrompt.toUtf8()
            + "\n<!-- id: groupby -->\n\nIt groups runs of equal keys.\n");
    m_loaded = GuideLoader().load(m_guide->path()).guide;
    QVERIFY(m_loaded->card(QStringLiteral("groupby")));
    m_store = std::make_unique<ProgressStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("p.sqlite"))), ProgressStore::Mode::ReadWrite);
    m_progress = std::make_unique<StudySession>(*m_store);
    m_progress->setGuide(std::move(m_loaded));
    QVERIFY(m_store->setBookmark(ItemKind::Card, QStringLiteral("groupby"), QString()));
    QVERIFY(m_store->setBookmark(
        ItemKind::Topic, QStringLiteral("basics/first"), QStringLiteral("check the output")));
    m_window = std::make_unique<QMainWindow>();
    m_window->setCentralWidget(new QWidget);
    m_panel = new BookmarksPanel(*m_progress, m_window.get());
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_panel);
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestBookmarksPanel::cleanup()
{
    m_window.reset();
    m_progress.reset();
    m_store.reset();
}

QModelIndex TestBookmarksPanel::row(const QString &itemId) const
{
    QAbstractItemModel *model = m_panel->listView()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(BookmarksModel::ItemIdRole).toString() == itemId)
            return model->index(r, 0);
    return {};
}

void TestBookmarksPanel::cardBookmarkShowsPlainPromptAndTopic()
{
    const QString shown = row(QStringLiteral("groupby")).data(Qt::DisplayRole).toString();
    QVERIFY2(shown.startsWith(QStringLiteral("Card: Why must the input to itertools.groupby be sorted")),
        qPrintable(shown));
    for (const QChar markup : { QLatin1Char('`'), QLatin1Char('*'), QLatin1Char('['), QLatin1Char('(') })
        QVERIFY2(!shown.section(QStringLiteral(" ("), 0, 0).contains(markup), qPrintable(shown));
    QVERIFY2(shown.endsWith(QStringLiteral(" (Iteration Tools)")), qPrintable(shown));
    // Cut with an ellipsis after a whole word of the prompt.
    const QString prompt = shown.section(QStringLiteral(" (Iteration Tools)"), 0, 0).mid(6);
    QVERIFY2(prompt.endsWith(QChar(0x2026)), qPrintable(prompt));
    const QString lastWord = prompt.chopped(1).section(QLatin1Char(' '), -1);
    const QStringList words = QStringLiteral("Why must the input to itertools.groupby be sorted by the key "
                                             "first, as the manual warns, before grouping?")
                                  .split(QLatin1Char(' '));
    QVERIFY2(words.contains(lastWord) || words.contains(lastWord + QLatin1Char(',')), qPrintable(lastWord));
}

void TestBookmarksPanel::f2EditsTheNoteInAFramedEditorBelowTheTitle()
{
    QListView *view = m_panel->listView();
    const QModelIndex topic = row(QStringLiteral("basics/first"));
    view->setFocus();
    view->setCurrentIndex(topic);
    QTest::keyClick(view, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QTRY_VERIFY((editor = view->findChild<QLineEdit *>()) && editor->isVisible());
    QVERIFY(editor->hasFrame());
    QCOMPARE(editor->text(), QStringLiteral("check the output"));
    // The title's line stays in view above the editor.
    const QRect item = view->visualRect(topic);
    QVERIFY2(editor->geometry().top() >= item.top() + view->fontMetrics().height(),
        qPrintable(QStringLiteral("editor at %1, item at %2").arg(editor->geometry().top()).arg(item.top())));
    QVERIFY(editor->geometry().bottom() <= item.bottom());

    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("redo the example"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(row(QStringLiteral("basics/first")).data(BookmarksModel::NoteRole).toString(),
        QStringLiteral("redo the example"));

    // Editing again and quitting with the editor open keeps the text, and warns of nothing.
    view->setCurrentIndex(row(QStringLiteral("basics/first")));
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY((editor = view->findChild<QLineEdit *>()) && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("last words"));
    m_window->close();
    m_window.reset();
    QCOMPARE(m_store->bookmarks().size(), 2);
}

QTEST_MAIN(TestBookmarksPanel)
#include "tst_bookmarkspanel.moc"
