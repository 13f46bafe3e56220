#include "ProgressFileLock.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

ProgressFileLock::ProgressFileLock(const QString &path)
    : m_path(path)
{
}

ProgressFileLock::~ProgressFileLock()
{
    unlock();
}

bool ProgressFileLock::tryLock()
{
    if (isLocked())
        return true;
    const QByteArray name = QFile::encodeName(m_path);
    int fd = -1;
    do
        fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return false;
    // flock, not fcntl: its locks belong to the open file, so a second open of the same
    // file in this process is refused as another process would be.
    int rc = -1;
    do
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    return true;
}

void ProgressFileLock::unlock()
{
    if (m_fd < 0)
        return;
    // The file stays: removing it while another process waits to open it would let two
    // processes lock two different files of the same name.
    ::close(m_fd);
    m_fd = -1;
}
