#include "AppSettings.h"
#include "Guide.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "MainWindow.h"
#include "StudySession.h"
#include "ProgressBackups.h"
#include "ProgressStore.h"
#include "RestoreBackupDialog.h"
#include "StudyProgress.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QtTest>

// File > Restore Backup and the recovery at start, driven as a user would: by keyboard.
class TestRestoreBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restoresChosenBackupByKeyboard();
    void cancelChangesNothing();
    void toldWhatRecoveryRestored();

private:
    QString storePath() const { return m_dir->filePath(QStringLiteral("progress.sqlite")); }
    void openWindow();
    QString firstTopicId() const { return m_window->guide()->root()->children.front()->id; }
    // File (Alt+F), Restore Backup (B); sets m_dialog.
    void openDialogByKeyboard();
    RestoreBackupDialog *m_dialog = nullptr;

    std::unique_ptr<QTemporaryDir> m_dir;
    GuideFixture m_guide;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<StudySession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestRestoreBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_guide.writeSample();
}

void TestRestoreBackup::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_store.reset();
    m_settings.reset();
}

void TestRestoreBackup::openWindow()
{
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_store = std::make_unique<ProgressStore>();
    m_store->open(storePath());
    m_session = std::make_unique<StudySession>(*m_store);
    m_window = std::make_unique<MainWindow>(*m_settings, *m_session);
    m_window->setGuide(GuideLoader().load(m_guide.path()).guide);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRestoreBackup::openDialogByKeyboard()
{
    m_dialog = nullptr;
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::AltModifier);
    QMenu *menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())), 2000);
    QTest::keyClick(menu, Qt::Key_B); // Restore &Backup...
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_dialog = m_window->findChild<RestoreBackupDialog *>()) && m_dialog->isVisible(), 2000);
}

void TestRestoreBackup::restoresChosenBackupByKeyboard()
{
    openWindow();
    const QString topic = firstTopicId();
    const StudyProgress &progress = m_window->session().progress();
    QVERIFY(m_store->setTopicStatus(topic, TopicStatus::Done));
    const QDateTime yesterday = QDateTime::currentDateTime().addDays(-1);
    QCOMPARE(ProgressBackups(storePath()).backUpIfDue(yesterday.addDays(-1)).outcome,
        ProgressBackups::Result::Outcome::Made);
    QVERIFY(m_store->setTopicStatus(topic, TopicStatus::Reading));
    QCOMPARE(
        ProgressBackups(storePath()).backUpIfDue(yesterday).outcome, ProgressBackups::Result::Outcome::Made);
    QVERIFY(m_store->setTopicStatus(topic, TopicStatus::NotStarted));

    openDialogByKeyboard();
    RestoreBackupDialog *dialog = m_dialog;
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->count(), 2);
    QVERIFY(!dialog->list()->accessibleName().isEmpty());
    QTRY_VERIFY(dialog->list()->hasFocus());
    QTest::keyClick(dialog->list(), Qt::Key_Down); // the older one: Done
    QTest::keyClick(dialog->list(), Qt::Key_Return); // Restore...
    auto *replace = dialog->findChild<QPushButton *>(QStringLiteral("replaceButton"));
    QVERIFY(replace);
    QTRY_VERIFY(replace->isVisible());
    QCOMPARE(progress.storedStatus(topic), TopicStatus::NotStarted); // nothing yet: it asks first
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Replace Progress

    QTRY_COMPARE(progress.storedStatus(topic), TopicStatus::Done);
    QCOMPARE(m_store->topicStatus(topic), TopicStatus::Done);
    QCOMPARE(m_store->mode(), ProgressStore::Mode::ReadWrite);
    auto *bar = m_window->findChild<QLabel *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("restored")), qPrintable(bar->text()));
    QVERIFY(!QDir(m_dir->path()).entryList({ QStringLiteral("progress.sqlite.replaced-*") }).isEmpty());
    // And the restored progress is the one written from now on.
    QVERIFY(m_store->setTopicStatus(topic, TopicStatus::Reading));
    QCOMPARE(m_store->topicStatus(topic), TopicStatus::Reading);
}

void TestRestoreBackup::cancelChangesNothing()
{
    openWindow();
    const QString topic = firstTopicId();
    QVERIFY(m_store->setTopicStatus(topic, TopicStatus::Done));
    QCOMPARE(ProgressBackups(storePath()).backUpIfDue(QDateTime::currentDateTime().addDays(-1)).outcome,
        ProgressBackups::Result::Outcome::Made);
    QVERIFY(m_store->setTopicStatus(topic, TopicStatus::Reading));
    openDialogByKeyboard();
    RestoreBackupDialog *dialog = m_dialog;
    QVERIFY(dialog);
    QPointer<RestoreBackupDialog> watched(dialog);
    QTest::keyClick(dialog->list(), Qt::Key_Escape);
    QTRY_VERIFY(!watched || !watched->isVisible());
    QCOMPARE(m_store->topicStatus(topic), TopicStatus::Reading);
    QVERIFY(QDir(m_dir->path()).entryList({ QStringLiteral("progress.sqlite.replaced-*") }).isEmpty());
}

void TestRestoreBackup::toldWhatRecoveryRestored()
{
    {
        ProgressStore store;
        QCOMPARE(store.open(storePath()), ProgressStore::Mode::ReadWrite);
        store.setGuideId(QStringLiteral("sample"));
        QVERIFY(store.setTopicStatus(QStringLiteral("kept"), TopicStatus::Done));
    }
    const QDate backupDay = QDate::currentDate().addDays(-2);
    QCOMPARE(ProgressBackups(storePath()).backUpIfDue(backupDay.startOfDay()).outcome,
        ProgressBackups::Result::Outcome::Made);
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray("overwritten by accident").repeated(40));
    file.close();

    openWindow();
    QCOMPARE(m_store->mode(), ProgressStore::Mode::ReadWrite);
    QCOMPARE(m_store->topicStatus(QStringLiteral("kept")), TopicStatus::Done);
    auto *bar = m_window->findChild<QLabel *>(QStringLiteral("messageBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("damaged")), qPrintable(bar->text()));
    QVERIFY2(
        bar->text().contains(QLocale().toString(backupDay, QLocale::LongFormat)), qPrintable(bar->text()));
}

QTEST_MAIN(TestRestoreBackup)
#include "tst_restorebackup.moc"
