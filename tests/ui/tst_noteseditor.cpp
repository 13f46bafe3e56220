// The notes under the reader: a rendered preview on Ctrl+Shift+V or its button, and a line
// that says whether the note is saved.

#include "NotesEditor.h"
#include "ProgressStore.h"
#include "StudySession.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTextBrowser>
#include <QtTest>

class TestNotesEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saysWhenTheNoteIsSaved();
    void saysWhyANoteIsNotSaved();
    void previewShowsTheNoteRendered();

private:
    QString state() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudySession> m_session;
    std::unique_ptr<NotesEditor> m_notes;
};

void TestNotesEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProgressStore>();
    QCOMPARE(m_store->open(m_dir->filePath(QStringLiteral("p.sqlite"))), ProgressStore::Mode::ReadWrite);
    m_store->setGuideId(QStringLiteral("sample"));
    m_session = std::make_unique<StudySession>(*m_store);
    m_notes = std::make_unique<NotesEditor>(*m_session);
    m_notes->resize(500, 300);
    m_notes->setTopic(QStringLiteral("basics/first"));
    m_notes->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_notes.get()));
    m_notes->activateWindow();
    m_notes->setFocus();
}

void TestNotesEditor::cleanup()
{
    m_notes.reset();
    m_session.reset();
    m_store.reset();
}

QString TestNotesEditor::state() const
{
    auto *label = m_notes->findChild<QLabel *>(QStringLiteral("notesSaveState"));
    return label && label->isVisible() ? label->text() : QStringLiteral("<no visible save state>");
}

void TestNotesEditor::saysWhenTheNoteIsSaved()
{
    QTest::keyClicks(m_notes.get(), QStringLiteral("Remember"));
    QCOMPARE(state(), QStringLiteral("Saving…"));
    QTRY_COMPARE(state(), QStringLiteral("Saved"));
    QCOMPARE(m_store->note(QStringLiteral("basics/first")), QStringLiteral("Remember"));
}

void TestNotesEditor::saysWhyANoteIsNotSaved()
{
    m_store->close(); // the store is gone: what is typed cannot be written
    QTest::keyClicks(m_notes.get(), QStringLiteral("Lost?"));
    QTRY_VERIFY2(state().startsWith(QStringLiteral("Not saved: ")), qPrintable(state()));
    QVERIFY(state().size() > QStringLiteral("Not saved: ").size());
    QCOMPARE(m_notes->toPlainText(), QStringLiteral("Lost?")); // still on screen, to copy or retry
}

void TestNotesEditor::previewShowsTheNoteRendered()
{
    m_notes->setPlainText(QStringLiteral("# Plan\n\nRead **generators** and `yield`.\n"));
    auto *preview = m_notes->findChild<QTextBrowser *>(QStringLiteral("notesPreview"));
    QVERIFY(preview);
    QVERIFY(!preview->isVisible());
    QTest::keyClick(m_notes.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(preview->isVisible());
    const QString shown = preview->document()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Read generators and yield.")), qPrintable(shown));
    QVERIFY(!shown.contains(QLatin1Char('#')));
    QVERIFY(preview->toHtml().contains(QStringLiteral("font-weight")));
    // The same key, or the button, goes back to the text.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!preview->isVisible());
    auto *button = m_notes->findChild<QAbstractButton *>(QStringLiteral("notesPreviewButton"));
    QVERIFY(button && button->isVisible());
    button->click();
    QTRY_VERIFY(preview->isVisible());
    button->click();
    QTRY_VERIFY(!preview->isVisible());
}

QTEST_MAIN(TestNotesEditor)
#include "tst_noteseditor.moc"
