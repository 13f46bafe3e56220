#pragma once

#include <QString>

// Who may write a progress file: one process at a time, by an advisory lock (flock) on a file
// beside it. The kernel drops the lock when its process ends, however it ends (a crash, a
// kill), so a lock is never stale; and taking one writes nothing to disk. QLockFile writes its
// owner into the file and flushes it, a disk flush on every start-up.
class ProgressFileLock
{
public:
    explicit ProgressFileLock(const QString &path);
    ~ProgressFileLock();
    ProgressFileLock(const ProgressFileLock &) = delete;
    ProgressFileLock &operator=(const ProgressFileLock &) = delete;

    // Takes the lock if no other holder has it; never waits.
    bool tryLock();
    bool isLocked() const { return m_fd >= 0; }
    void unlock();

private:
    QString m_path;
    int m_fd = -1; // open only while the lock is held
};
