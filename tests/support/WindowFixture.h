#pragma once

#include "AppSettings.h"
#include "GuideFixture.h"
#include "GuideLoader.h"
#include "MainWindow.h"
#include "ProgressStore.h"
#include "StudySession.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The main window as a learner starts it: the sample guide, a fresh progress file and settings
// in a temporary folder, and a session whose clock a test may set before the window opens.
struct WindowFixture
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<GuideFixture> guide = std::make_unique<GuideFixture>();
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<ProgressStore> store;
    std::unique_ptr<StudySession> session;
    std::unique_ptr<MainWindow> window;

    QString storePath() const { return dir->filePath(QStringLiteral("progress.sqlite")); }

    // Opens the store and the session; false if the store cannot be written.
    bool open(StudySession::Clock clock = {})
    {
        guide->writeSample();
        settings = std::make_unique<AppSettings>(dir->filePath(QStringLiteral("settings.ini")));
        store = std::make_unique<ProgressStore>();
        if (store->open(storePath()) != ProgressStore::Mode::ReadWrite)
            return false;
        session = std::make_unique<StudySession>(*store);
        if (clock)
            session->setClock(std::move(clock));
        return true;
    }

    // Shows the window on the sample guide at SIZE and waits until it is on screen.
    bool show(const QSize &size = QSize())
    {
        window = std::make_unique<MainWindow>(*settings, *session);
        window->setGuide(GuideLoader().load(guide->path()).guide);
        if (size.isValid())
            window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    // The window goes before the session, and the session before the store it writes to.
    ~WindowFixture()
    {
        window.reset();
        session.reset();
        store.reset();
    }
};
