#pragma once

#include <QProcess>

#include <csignal>
#include <sys/types.h>

// Sends SIGKILL to PROCESS only while it still runs. Once a process has finished, QProcess
// reports its id as 0, and kill(0, SIGKILL) would kill every process in the caller's group: the
// test, and ctest and the shell that started it. A negative id would signal a whole other group.
// QProcess reaps the child only from its own event handling, so between the check and the kill
// the id cannot have been reused: at worst the signal reaches a zombie, which ignores it.
// Returns whether the signal was sent.
inline bool killIfRunning(const QProcess &process)
{
    if (process.state() != QProcess::Running)
        return false;
    const qint64 pid = process.processId();
    if (pid <= 0)
        return false;
    return ::kill(static_cast<pid_t>(pid), SIGKILL) == 0;
}
