#include "SyncControls.h"

#include "AppSettings.h"
#include "FileDialog.h"
#include "StudySession.h"
#include "SyncScheduler.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

SyncControls::SyncControls(AppSettings &settings, StudySession &session, QMainWindow &window)
    : QObject(&window)
    , m_settings(settings)
    , m_session(session)
    , m_window(window)
    , m_status(new QLabel(&window))
{
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setAccessibleName(tr("Sync status"));
    m_status->hide();
    // A permanent widget: the counts and the commands' messages come and go beside it.
    window.statusBar()->addPermanentWidget(m_status);
    connect(&m_session.sync(), &SyncScheduler::statusChanged, this, &SyncControls::showStatus);
    connect(&m_session.sync(), &SyncScheduler::synced, this, [this](const SyncEngine::Result &result) {
        if (result.ok && !result.fromDevices.isEmpty()) {
            emit message(tr("Merged %n change(s) from %1.", nullptr, result.eventsRead)
                             .arg(result.fromDevices.join(QStringLiteral(", "))));
        }
    });
    m_session.sync().setFolder(m_settings.syncFolder());
    showStatus();
}

void SyncControls::chooseFolder()
{
    const QString chosen = FileDialog::existingFolder(&m_window, tr("Sync Folder"), m_settings.syncFolder());
    if (chosen.isEmpty())
        return;
    setFolder(QFileInfo(chosen).absoluteFilePath());
    // The first pass runs now, not after the start delay: the learner is waiting to see it work.
    syncNow();
}

void SyncControls::syncNow()
{
    if (!m_session.sync().isEnabled()) {
        emit message(tr("No sync folder is set: choose one with Settings > Sync Folder."));
        return;
    }
    const SyncEngine::Result result = m_session.sync().syncNow();
    if (result.ok && result.fromDevices.isEmpty())
        emit message(tr("Synced with %1.").arg(QDir::toNativeSeparators(m_session.sync().folder())));
}

void SyncControls::stopSyncing()
{
    if (!m_session.sync().isEnabled())
        return;
    setFolder(QString());
    emit message(tr("Progress is no longer synced. What was synced stays in your progress."));
}

void SyncControls::setFolder(const QString &folder)
{
    m_settings.setSyncFolder(folder);
    m_settings.sync();
    m_session.sync().setFolder(folder);
    emit enabledChanged(!folder.isEmpty());
}

void SyncControls::showStatus()
{
    const SyncScheduler &sync = m_session.sync();
    const QString text = sync.statusText();
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QStringList tip;
    if (sync.isEnabled())
        tip << tr("Sync folder: %1").arg(QDir::toNativeSeparators(sync.folder()));
    tip << sync.lastResult().warnings;
    m_status->setToolTip(tip.join(QLatin1Char('\n')));
}
