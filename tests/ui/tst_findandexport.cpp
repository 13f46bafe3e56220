#include "AppSettings.h"
#include "FindBar.h"
#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StudySession.h"
#include "NotesEditor.h"
#include "ProgressStore.h"
#include "SearchIndexBuilder.h"
#include "SearchPopup.h"
#include "StudyProgress.h"
#include "TopicReader.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTreeView>
#include <QtTest>

// Search (Ctrl+K), find in page (Ctrl+F), and the File menu's export, import and PDF, driven
// through the main window.
class TestFindAndExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void indexIsBuiltOnlyOnceTheWindowIsShown();
    void ctrlKFindsAndOpensACardAndMarksTheWords();
    void searchMarksWholeWordsAndTheTypedPrefix();
    void savedNotesBecomeSearchable();
    void ctrlFMarksEveryMatchAndStepsThroughThem();
    void findBarFollowsTheOpenTopic();
    void exportImportRoundTripThroughTheWindow();
    void refusedImportChangesNothing();
    void pdfOfTheGuideHasMorePagesThanOfATopic();
    void cardExportWritesTabSeparatedText();
    void fileMenuHoldsTheNewActions();
    void toolbarIconsAreNeverBlank();

private:
    void showWindow();
    void waitForIndex();
    void openTopic(const QString &id);

    GuideFixture m_guide;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestFindAndExport::init()
{
    m_guide.writeSample();
    m_guide.write(QStringLiteral("02-advanced/02-yield.md"),
                  "# Generators\n\nA generator pauses at yield. Generators are lazy; a generator runs once.\n\n"
                  "## Practice\n\n### Q: What does a coroutine suspend on?\n<!-- id: suspend -->\n\nOn await.\n");
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = std::make_unique<ProgressStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("progress.sqlite"))), ProgressStore::Mode::ReadWrite);
    m_session = std::make_unique<StudySession>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_settings, *m_session);
    m_window->setGuide(GuideLoader().load(m_guide.path()).guide);
    QVERIFY(m_window->guide());
}

void TestFindAndExport::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestFindAndExport::showWindow()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestFindAndExport::waitForIndex()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->searchIndex().isReady(), 10000);
}

void TestFindAndExport::openTopic(const QString &id)
{
    QVERIFY(m_window->selectTopic(id));
    QCOMPARE(m_window->reader()->currentTopic()->id, id);
}

void TestFindAndExport::indexIsBuiltOnlyOnceTheWindowIsShown()
{
    QTest::qWait(50);
    QVERIFY(!m_window->searchIndex().isReady());
    QVERIFY(!m_window->searchIndex().isBuilding());
    showWindow();
    waitForIndex();
    // Built on a worker, not on the thread that paints the window.
    QVERIFY(m_window->searchIndex().lastBuildThread() != QThread::currentThread());
}

void TestFindAndExport::ctrlKFindsAndOpensACardAndMarksTheWords()
{
    showWindow();
    waitForIndex();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchPopup *popup = m_window->searchPopup();
    QTRY_VERIFY(popup->isVisible());
    QTRY_VERIFY(popup->queryEdit()->hasFocus());
    QTest::keyClicks(popup->queryEdit(), QStringLiteral("corout"));
    QTRY_VERIFY(!popup->hits().isEmpty());
    QCOMPARE(popup->hits().first().itemId, QStringLiteral("suspend"));
    QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QVERIFY(m_window->reader()->currentTopic());
    QCOMPARE(m_window->reader()->currentTopic()->page()->title, QStringLiteral("Generators"));
    QCOMPARE(m_window->reader()->matchCount(), 1); // "coroutine", by its prefix
    QVERIFY(m_window->reader()->textCursor().block().text().contains(QStringLiteral("coroutine")));
}

void TestFindAndExport::searchMarksWholeWordsAndTheTypedPrefix()
{
    showWindow();
    waitForIndex();
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchPopup *popup = m_window->searchPopup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClicks(popup->queryEdit(), QStringLiteral("a gen"));
    QTRY_VERIFY(!popup->hits().isEmpty());
    QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
    QCOMPARE(m_window->reader()->currentTopic()->page()->title, QStringLiteral("Generators"));
    // "a" only as a word (not inside "pauses" or "lazy"), "gen" at the start of a word.
    const QList<QTextEdit::ExtraSelection> marks = m_window->reader()->extraSelections();
    QVERIFY(marks.size() >= 5);
    int articles = 0;
    for (const QTextEdit::ExtraSelection &mark : marks) {
        const QString text = mark.cursor.selectedText().toLower();
        QVERIFY2(text == QLatin1String("a") || text == QLatin1String("gen"), qPrintable(text));
        articles += text == QLatin1String("a");
    }
    QVERIFY(articles >= 2);
}

void TestFindAndExport::savedNotesBecomeSearchable()
{
    showWindow();
    waitForIndex();
    openTopic(m_window->guide()->root()->children.front()->children.front()->id);
    m_window->notesEditor()->setFocus();
    QTest::keyClicks(m_window->notesEditor(), QStringLiteral("remember zanzibar"));
    QVERIFY(m_window->notesEditor()->saveNow());
    const QList<SearchHit> hits = m_window->searchIndex().search(QStringLiteral("zanzibar"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().kind, SearchHit::Kind::Note);
}

void TestFindAndExport::ctrlFMarksEveryMatchAndStepsThroughThem()
{
    showWindow();
    const Topic *generators = nullptr;
    m_window->guide()->forEachTopic([&](const Topic &t) {
        if (t.title == QLatin1String("Generators"))
            generators = &t;
    });
    QVERIFY(generators);
    openTopic(generators->id);
    m_window->reader()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = m_window->findBar();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->queryEdit()->hasFocus());
    QTest::keyClicks(bar->queryEdit(), QStringLiteral("generator"));
    // "Generators" (title), "generator", "Generators", "generator": case-insensitive.
    QCOMPARE(m_window->reader()->matchCount(), 4);
    QCOMPARE(bar->countLabel()->text(), QStringLiteral("1 of 4"));
    QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
    QCOMPARE(bar->countLabel()->text(), QStringLiteral("2 of 4"));
    QTest::keyClick(bar->queryEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(bar->queryEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->countLabel()->text(), QStringLiteral("4 of 4")); // wraps around
    QTest::keyClick(bar->queryEdit(), Qt::Key_F3);
    QCOMPARE(bar->countLabel()->text(), QStringLiteral("1 of 4"));
    QTest::keyClicks(bar->queryEdit(), QStringLiteral("xyz"));
    QCOMPARE(bar->countLabel()->text(), QStringLiteral("No matches"));
    QCOMPARE(m_window->reader()->extraSelections().size(), 0);
    QTest::keyClick(bar->queryEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_window->reader()->hasFocus());
}

void TestFindAndExport::findBarFollowsTheOpenTopic()
{
    showWindow();
    openTopic(m_window->guide()->root()->children.front()->id);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(m_window->findBar()->queryEdit(), QStringLiteral("deep"));
    QCOMPARE(m_window->reader()->matchCount(), 0);
    const Topic *deep = m_window->guide()->topicForFile(QStringLiteral("02-advanced/01-deep.md"));
    QVERIFY(deep);
    openTopic(deep->id);
    QCOMPARE(m_window->reader()->matchCount(), 2); // the heading and "Deep text"
    QCOMPARE(m_window->reader()->extraSelections().size(), 2);
}

void TestFindAndExport::exportImportRoundTripThroughTheWindow()
{
    const QString one = QStringLiteral("one");
    const Topic *first = m_window->guide()->topicForFile(QStringLiteral("01-basics/01-first.md"));
    QVERIFY(first);
    QVERIFY(m_window->session().setStatus(first, TopicStatus::Done));
    QVERIFY(m_window->session().toggleBookmark(ItemKind::Card, one).ok);
    QVERIFY(m_store->setNote(first->id, QStringLiteral("my note")));
    const auto preview = m_window->session().preview(one);
    QVERIFY(m_store->recordReview(one, CardState::New, preview[2], Rating::Good, m_window->session().now()));
    QString own;
    QVERIFY(m_window->session().addOwnCard(first, QStringLiteral("Mine?"), QStringLiteral("Yes."), &own).ok);

    const QString file = m_dir->filePath(QStringLiteral("progress.json"));
    FileDialog::setNextFileName(file);
    m_window->action(QStringLiteral("exportProgress"))->trigger();
    QVERIFY(!FileDialog::hasPendingAnswers());
    QVERIFY(QFileInfo(file).size() > 0);

    // Another machine: an empty store, the same guide.
    QTemporaryDir other;
    AppSettings settings(other.filePath(QStringLiteral("s.ini")));
    ProgressStore store;
    QCOMPARE(store.open(other.filePath(QStringLiteral("p.sqlite"))), ProgressStore::Mode::ReadWrite);
    StudySession session(store);
    MainWindow window(settings, session);
    window.setGuide(GuideLoader().load(m_guide.path()).guide);
    window.selectTopic(first->id);
    QCOMPARE(window.session().progress().storedStatus(first->id), TopicStatus::NotStarted);
    FileDialog::setNextFileName(file);
    window.action(QStringLiteral("importProgress"))->trigger();
    // The window shows it at once: statuses, bookmarks, schedules and the open note.
    QCOMPARE(window.session().progress().storedStatus(first->id), TopicStatus::Done);
    QVERIFY(window.session().progress().isBookmarked(ItemKind::Card, one));
    QCOMPARE(window.session().progress().schedule(one).state, m_window->session().progress().schedule(one).state);
    QCOMPARE(window.notesEditor()->toPlainText(), QStringLiteral("my note"));
    QCOMPARE(store.reviewLog().size(), 1);
    // The card of the learner's own joins the guide there at once, under its topic.
    QVERIFY(window.session().isOwnCard(own));
    QVERIFY(window.session().cardIdsUnder(window.guide()->topic(first->id)).contains(own));
    // Importing again adds nothing twice.
    FileDialog::setNextFileName(file);
    window.action(QStringLiteral("importProgress"))->trigger();
    QCOMPARE(store.reviewLog().size(), 1);
}

void TestFindAndExport::refusedImportChangesNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("broken.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": \"studyguide-progress\", \"version\": 99}");
    out.close();
    // The refusal is shown in a message box, answered here through its seam.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    const Topic *first = m_window->guide()->topicForFile(QStringLiteral("01-basics/01-first.md"));
    FileDialog::setNextFileName(file);
    m_window->action(QStringLiteral("importProgress"))->trigger();
    QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("version")), qPrintable(MessageBox::lastMessage()));
    QCOMPARE(m_window->session().progress().storedStatus(first->id), TopicStatus::NotStarted);
    QCOMPARE(m_store->reviewLog().size(), 0);
}

namespace {
int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray data = file.readAll();
    if (!data.startsWith("%PDF-"))
        return -1;
    return int(data.count("/Type /Page\n") + data.count("/Type /Page\r") + data.count("/Type /Page "));
}
} // namespace

void TestFindAndExport::pdfOfTheGuideHasMorePagesThanOfATopic()
{
    const Topic *deep = m_window->guide()->topicForFile(QStringLiteral("02-advanced/01-deep.md"));
    const QString topicPdf = m_dir->filePath(QStringLiteral("topic.pdf"));
    const QString guidePdf = m_dir->filePath(QStringLiteral("guide.pdf"));
    QVERIFY(m_window->selectTopic(deep->id));
    FileDialog::setNextFileName(topicPdf);
    m_window->action(QStringLiteral("exportTopicPdf"))->trigger();
    FileDialog::setNextFileName(guidePdf);
    m_window->action(QStringLiteral("exportGuidePdf"))->trigger();
    const int topicPages = pdfPages(topicPdf);
    const int guidePages = pdfPages(guidePdf);
    QCOMPARE(topicPages, 1);
    // One sheet per page of the guide: the root (not visited below), two folders, four pages
    // and the plain notes.
    int pages = 1;
    m_window->guide()->forEachTopic([&](const Topic &t) { pages += t.kind != Topic::Kind::Section; });
    QCOMPARE(guidePages, pages);
    // Writing over an existing file replaces it.
    FileDialog::setNextFileName(guidePdf);
    m_window->action(QStringLiteral("exportTopicPdf"))->trigger();
    QCOMPARE(pdfPages(guidePdf), 1);
}

void TestFindAndExport::cardExportWritesTabSeparatedText()
{
    const QString path = m_dir->filePath(QStringLiteral("cards.txt"));
    FileDialog::setNextFileName(path);
    m_window->action(QStringLiteral("exportCards"))->trigger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("#separator:tab"));
    int cards = 0;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        QCOMPARE(line.count(QLatin1Char('\t')), 2);
        ++cards;
    }
    QCOMPARE(cards, int(m_window->guide()->cardsUnder(m_window->guide()->root()).size()));
    file.close();
    // Mnemosyne: no header, front and back only.
    FileDialog::setNextFileName(path, QStringLiteral("Mnemosyne text (*.txt)"));
    m_window->action(QStringLiteral("exportCards"))->trigger();
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList plain = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(plain.size(), cards);
    QCOMPARE(plain.first().count(QLatin1Char('\t')), 1);
}

void TestFindAndExport::fileMenuHoldsTheNewActions()
{
    QMenu *file = m_window->menuBar()->findChildren<QMenu *>().first();
    QStringList names;
    for (const QAction *action : file->actions())
        names << action->objectName();
    for (const char *name : { "exportCards", "exportProgress", "importProgress", "print", "exportTopicPdf", "exportGuidePdf" })
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QCOMPARE(m_window->action(QStringLiteral("search"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(m_window->action(QStringLiteral("findInPage"))->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(m_window->action(QStringLiteral("print"))->shortcut(), QKeySequence(QKeySequence::Print));
}

void TestFindAndExport::toolbarIconsAreNeverBlank()
{
    const auto paintsSomething = [](const QIcon &icon) {
        const QImage image = icon.pixmap(24, 24).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) > 0)
                    return true;
        return false;
    };
    // With no icon theme, each toolbar action falls back to the bundled drawing.
    for (const char *name : { "back", "forward", "review", "search", "toggleBookmark", "showProgress", "print" }) {
        const QIcon icon = m_window->action(QLatin1String(name))->icon();
        QVERIFY2(!icon.isNull(), name);
        QVERIFY2(paintsSomething(icon), name);
    }
    // The window's icon is set once the window is up; the app's own drawing when no theme has it.
    QVERIFY(paintsSomething(MainWindow::applicationIcon()));
}

QTEST_MAIN(TestFindAndExport)
#include "tst_findandexport.moc"
