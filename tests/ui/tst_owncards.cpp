// Cards of the learner's own, made, edited and deleted from the window by keys, and the note
// on how to add cards that a guide without any shows once.

#include "AppSettings.h"
#include "CardEditorDialog.h"
#include "CardPanel.h"
#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProgressStore.h"
#include "ShortcutsDialog.h"
#include "StudyRound.h"
#include "StudySession.h"
#include "TopicReader.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtTest>

class TestOwnCards : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newCardFromTheReaderSelectionByKeys();
    void selectedQuestionBecomesThePrompt();
    void editAndDeleteFromTheCardPanel();
    void newCardIsListedWithItsShortcut();
    void hintIsShownOnceUntilDismissed();
    void hintGoesAfterTheFirstOwnCard();
    void selectionIsFiledUnderTheSectionItIsIn();

private:
    void openWindow(const QString &settingsFile);
    // Selects TEXT in the reader, as a mouse drag would.
    void selectInReader(const QString &text);
    CardEditorDialog *pressNewCard();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GuideFixture> m_guide;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestOwnCards::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_guide = std::make_unique<GuideFixture>();
    m_guide->writeSample();
    m_store = std::make_unique<ProgressStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("progress.sqlite"))), ProgressStore::Mode::ReadWrite);
    openWindow(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestOwnCards::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_store.reset();
}

void TestOwnCards::openWindow(const QString &settingsFile)
{
    m_window.reset();
    m_session.reset();
    m_settings = std::make_unique<AppSettings>(settingsFile);
    m_session = std::make_unique<StudySession>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_settings, *m_session);
    m_window->setGuide(GuideLoader().load(m_guide->path()).guide);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
}

void TestOwnCards::selectInReader(const QString &text)
{
    TopicReader *reader = m_window->reader();
    const QTextCursor found = reader->document()->find(text);
    QVERIFY2(!found.isNull(), qPrintable(text));
    reader->setTextCursor(found);
    reader->setFocus();
}

CardEditorDialog *TestOwnCards::pressNewCard()
{
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CardEditorDialog *dialog = m_window->cardEditorDialog();
    // Shown without blocking: wait for it to be on screen.
    const bool shown = dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); });
    return shown ? dialog : nullptr;
}

void TestOwnCards::newCardFromTheReaderSelectionByKeys()
{
    QVERIFY(m_window->selectTopic(QStringLiteral("advanced/deep")));
    QCOMPARE(m_session->cardIdsUnder(m_window->currentTopic()).size(), 0);
    selectInReader(QStringLiteral("Deep text."));
    CardEditorDialog *dialog = pressNewCard();
    QVERIFY(dialog);
    QVERIFY(dialog->cardId().isEmpty());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New Card"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("cardEditorPlace"))->text().contains(QStringLiteral("Deep")));
    // The selection is the answer; the prompt is still to write, and has the cursor.
    QCOMPARE(dialog->answer(), QStringLiteral("Deep text."));
    QVERIFY(dialog->prompt().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->promptEdit());
    QTest::keyClick(dialog->promptEdit(), Qt::Key_Return, Qt::ControlModifier); // no prompt: nothing saved
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->promptEdit(), QStringLiteral("What is in Deep?"));
    QTest::keyClick(dialog->promptEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->answerEdit());
    QTest::keyClicks(dialog->answerEdit(), QStringLiteral(" Nothing else."));
    QTest::keyClick(dialog->answerEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!dialog->isVisible());

    // Kept in the store under the topic's id, and shown in the card panel at once.
    QCOMPARE(m_store->ownCards().size(), 1);
    const OwnCard saved = m_store->ownCards().constFirst();
    QCOMPARE(saved.topicId, QStringLiteral("advanced/deep"));
    QCOMPARE(saved.prompt, QStringLiteral("What is in Deep?"));
    QCOMPARE(saved.answer, QStringLiteral("Deep text. Nothing else."));
    const StudyRound &round = m_session->round();
    QCOMPARE(round.currentCardId(), saved.id);
    QCOMPARE(m_session->cardIdsUnder(m_window->currentTopic()), QStringList { saved.id });
    CardPanel *panel = m_window->cardPanel();
    QVERIFY(panel->findChild<QTextBrowser *>(QStringLiteral("cardPrompt"))->toPlainText().contains(QStringLiteral("What is in Deep?")));
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("cardHeader"))->text().contains(QStringLiteral("Your card")));
    QVERIFY(panel->findChild<QWidget *>(QStringLiteral("ownCardButtons"))->isVisible());
    QVERIFY(m_window->action(QStringLiteral("editCard"))->isEnabled());
    // Studied like any card: Space shows the answer, 3 grades it.
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    panel->setFocus();
    QTest::keyClick(panel, Qt::Key_Space);
    QVERIFY(round.isRevealed());
    QTest::keyClick(panel, Qt::Key_3);
    QVERIFY(m_store->cardSchedule(saved.id).has_value());
    // The guide folder holds no trace of it.
    QVERIFY(!QDir(m_guide->path()).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name).contains(QStringLiteral("cards.md")));
}

void TestOwnCards::selectedQuestionBecomesThePrompt()
{
    QString prompt;
    QString answer;
    CardEditorDialog::splitSelection(QStringLiteral("  Why learn this?\n"), &prompt, &answer);
    QCOMPARE(prompt, QStringLiteral("Why learn this?"));
    QVERIFY(answer.isEmpty());
    CardEditorDialog::splitSelection(QStringLiteral("One line") + QChar(QChar::ParagraphSeparator) + QStringLiteral("and the next"),
                                     &prompt, &answer);
    QVERIFY(prompt.isEmpty());
    QCOMPARE(answer, QStringLiteral("One line\nand the next"));

    // In the window: the answer is then the field to write.
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/second")));
    selectInReader(QStringLiteral("Why learn this?"));
    CardEditorDialog *dialog = pressNewCard();
    QVERIFY(dialog);
    QCOMPARE(dialog->prompt(), QStringLiteral("Why learn this?"));
    QVERIFY(dialog->answer().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->answerEdit());
    QTest::keyClick(dialog->answerEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_store->ownCards().size(), 0); // cancelled: nothing kept
}

void TestOwnCards::editAndDeleteFromTheCardPanel()
{
    QString id;
    const Topic *first = m_window->guide()->topic(QStringLiteral("basics/first"));
    QVERIFY(m_session->addOwnCard(first, QStringLiteral("Mine?"), QStringLiteral("Yes."), &id).ok);
    QVERIFY(m_window->selectTopic(QStringLiteral("basics/first")));
    StudyRound &round = m_session->round();
    QCOMPARE(round.currentCardId(), QStringLiteral("one"));
    // A card of the guide cannot be edited or deleted here.
    QVERIFY(!m_window->action(QStringLiteral("editCard"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("deleteCard"))->isEnabled());
    QVERIFY(!m_window->cardPanel()->findChild<QWidget *>(QStringLiteral("ownCardButtons"))->isVisible());
    while (round.currentCardId() != id)
        round.next();
    QVERIFY(m_window->action(QStringLiteral("editCard"))->isEnabled());

    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    CardEditorDialog *dialog = m_window->cardEditorDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->cardId(), id);
    QCOMPARE(dialog->prompt(), QStringLiteral("Mine?"));
    dialog->answerEdit()->setPlainText(QStringLiteral("Yes, **mine**."));
    QTest::keyClick(dialog->answerEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_session->guide()->card(id)->answer, QStringLiteral("Yes, **mine**."));
    QCOMPARE(m_store->ownCards().size(), 1);
    QCOMPARE(round.currentCardId(), id);

    // Deleting asks first; No keeps the card.
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->action(QStringLiteral("deleteCard"))->trigger();
    QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("Mine?")), qPrintable(MessageBox::lastMessage()));
    QVERIFY(m_session->guide()->card(id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->action(QStringLiteral("deleteCard"))->trigger();
    QVERIFY(!m_session->guide()->card(id));
    QVERIFY(m_store->ownCards().isEmpty());
    QCOMPARE(round.size(), 2);
    QVERIFY(round.currentCardId() != id);
    QVERIFY(!m_window->action(QStringLiteral("deleteCard"))->isEnabled());
}

void TestOwnCards::newCardIsListedWithItsShortcut()
{
    QAction *newCard = m_window->action(QStringLiteral("newCard"));
    QVERIFY(newCard);
    QCOMPARE(newCard->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    ShortcutsDialog dialog(m_window->actions());
    const QStandardItemModel *model = dialog.model();
    bool listed = false;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r) {
            if (model->index(r, 0, group).data().toString().startsWith(QLatin1String("New Card"))) {
                listed = true;
                QCOMPARE(group.data().toString(), QStringLiteral("Cards"));
                QCOMPARE(model->index(r, 1, group).data().toString(),
                         newCard->shortcut().toString(QKeySequence::NativeText));
            }
        }
    }
    QVERIFY(listed);
    // Every other key of the window is still its own.
    for (QAction *other : m_window->actions())
        QVERIFY2(other == newCard || other->shortcut() != newCard->shortcut(), qPrintable(other->objectName()));
}

void TestOwnCards::hintIsShownOnceUntilDismissed()
{
    CardPanel *panel = m_window->cardPanel();
    QVERIFY(!panel->isHintShown()); // the sample guide has cards
    // A folder of notes with no cards at all.
    GuideFixture notes;
    notes.write(QStringLiteral("index.md"), "---\ntitle: Notes\nid: notes\n---\n# Notes\n\nPlain notes.\n");
    notes.write(QStringLiteral("a.md"), "# A\n\nSomething to read.\n");
    QVERIFY(m_window->openGuideFolder(notes.path()));
    QVERIFY(panel->isHintShown());
    const QString text = panel->hintWidget()->findChild<QLabel *>(QStringLiteral("cardHintText"))->text();
    QVERIFY2(text.contains(QStringLiteral("Q:")), qPrintable(text));
    QTest::mouseClick(panel->hintWidget()->findChild<QPushButton *>(QStringLiteral("hintDismiss")), Qt::LeftButton);
    QVERIFY(!panel->isHintShown());
    QVERIFY(m_settings->cardHintDismissed(QStringLiteral("notes")));
    // Not again: neither when the guide is opened again nor in the next run.
    QVERIFY(m_window->openGuideFolder(notes.path()));
    QVERIFY(!m_window->cardPanel()->isHintShown());
    const QString settingsFile = m_dir->filePath(QStringLiteral("settings.ini"));
    m_settings->sync();
    m_window.reset();
    m_session.reset();
    m_settings = std::make_unique<AppSettings>(settingsFile);
    m_session = std::make_unique<StudySession>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_settings, *m_session);
    m_window->setGuide(GuideLoader().load(notes.path()).guide);
    QVERIFY(!m_window->cardPanel()->isHintShown());
}

void TestOwnCards::hintGoesAfterTheFirstOwnCard()
{
    GuideFixture notes;
    notes.write(QStringLiteral("index.md"), "---\ntitle: Notes\nid: notes\n---\n# Notes\n\nPlain notes.\n");
    notes.write(QStringLiteral("a.md"), "# A\n\nSomething to read.\n");
    QVERIFY(m_window->openGuideFolder(notes.path()));
    CardPanel *panel = m_window->cardPanel();
    QVERIFY(panel->isHintShown());
    QVERIFY(m_window->selectTopic(QStringLiteral("a")));
    // The note's own button opens the dialog.
    QTest::mouseClick(panel->hintWidget()->findChild<QPushButton *>(QStringLiteral("hintNewCard")), Qt::LeftButton);
    CardEditorDialog *dialog = m_window->cardEditorDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->promptEdit(), QStringLiteral("What is A?"));
    QTest::keyClick(dialog->promptEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!panel->isHintShown());
    QCOMPARE(m_store->ownCards().size(), 1);
    QVERIFY(m_settings->cardHintDismissed(QStringLiteral("notes")));
    // Even with settings that never saw the hint, there is none: the guide has a card now.
    openWindow(m_dir->filePath(QStringLiteral("fresh.ini")));
    QVERIFY(m_window->openGuideFolder(notes.path()));
    QVERIFY(!m_window->cardPanel()->isHintShown());
}

void TestOwnCards::selectionIsFiledUnderTheSectionItIsIn()
{
    // A long file is one page: the tree's section only says where the page was scrolled to.
    // Text selected further down belongs to the section it is written in, as its heading shows.
    m_guide->write(QStringLiteral("02-advanced/02-long.md"),
                   "---\ntitle: Long\noutline: true\n---\n# Long\n\nIntro text.\n\n## Alpha\n\nAlpha text.\n\n## Beta\n\nBeta text.\n\n"
                   "### Beta Inner\n\nInner text.\n");
    m_window->setGuide(GuideLoader().load(m_guide->path()).guide);
    const auto newCardFrom = [this](const QString &selected) {
        selectInReader(selected);
        CardEditorDialog *dialog = pressNewCard();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->promptEdit(), QStringLiteral("Where?"));
        QTest::keyClick(dialog->promptEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
    };
    QVERIFY(m_window->selectTopic(QStringLiteral("advanced/long#alpha")));
    newCardFrom(QStringLiteral("Inner text."));
    newCardFrom(QStringLiteral("Beta text."));
    newCardFrom(QStringLiteral("Alpha text."));
    newCardFrom(QStringLiteral("Intro text."));
    QList<OwnCard> cards = m_store->ownCards();
    std::sort(cards.begin(), cards.end(), [](const OwnCard &a, const OwnCard &b) { return a.answer < b.answer; });
    QCOMPARE(cards.size(), 4);
    QCOMPARE(cards[0].answer, QStringLiteral("Alpha text."));
    QCOMPARE(cards[0].topicId, QStringLiteral("advanced/long#alpha"));
    QCOMPARE(cards[1].topicId, QStringLiteral("advanced/long#beta"));
    QCOMPARE(cards[2].answer, QStringLiteral("Inner text."));
    QCOMPARE(cards[2].topicId, QStringLiteral("advanced/long#beta-inner"));
    QCOMPARE(cards[3].topicId, QStringLiteral("advanced/long"));
}

QTEST_MAIN(TestOwnCards)
#include "tst_owncards.moc"
