// An LD_PRELOAD library that refuses every attempt to reach the network and writes it down.
//
// connect(), sendto() and sendmsg() to an AF_INET or AF_INET6 address, and every name lookup
// (getaddrinfo, gethostbyname), fail with an error instead of going out; each attempt is appended
// as one line to the file named by STUDYGUIDE_NONETWORK_LOG (or to stderr). Local sockets
// (AF_UNIX: D-Bus, X11) pass through. With STUDYGUIDE_NONETWORK_ABORT=1 the first attempt aborts
// the process instead, for a backtrace.

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void record(const char *call, const char *detail)
{
    char line[512];
    const int n = std::snprintf(line, sizeof line, "%s %s pid=%d\n", call, detail ? detail : "-", int(getpid()));
    const char *path = std::getenv("STUDYGUIDE_NONETWORK_LOG");
    const int fd = path && *path ? open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644) : 2;
    if (fd >= 0 && n > 0) {
        ssize_t written = write(fd, line, size_t(n) < sizeof line ? size_t(n) : sizeof line - 1);
        (void)written;
    }
    if (fd > 2)
        close(fd);
    const char *abortFlag = std::getenv("STUDYGUIDE_NONETWORK_ABORT");
    if (abortFlag && std::strcmp(abortFlag, "1") == 0)
        std::abort();
}

// Describes ADDRESS if it is an Internet address, else returns false.
bool isInternet(const struct sockaddr *address, char *text, size_t size)
{
    if (!address)
        return false;
    if (address->sa_family == AF_INET) {
        const auto *in = reinterpret_cast<const struct sockaddr_in *>(address);
        char host[INET_ADDRSTRLEN] = "?";
        inet_ntop(AF_INET, &in->sin_addr, host, sizeof host);
        std::snprintf(text, size, "AF_INET %s:%u", host, unsigned(ntohs(in->sin_port)));
        return true;
    }
    if (address->sa_family == AF_INET6) {
        const auto *in6 = reinterpret_cast<const struct sockaddr_in6 *>(address);
        char host[INET6_ADDRSTRLEN] = "?";
        inet_ntop(AF_INET6, &in6->sin6_addr, host, sizeof host);
        std::snprintf(text, size, "AF_INET6 [%s]:%u", host, unsigned(ntohs(in6->sin6_port)));
        return true;
    }
    return false;
}

template<typename Function>
Function next(const char *name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

// Notes that the library is in this process (in STUDYGUIDE_NONETWORK_LOADED), so that a test
// can tell "no attempts" from "the library was never loaded".
__attribute__((constructor)) void announce()
{
    const char *path = std::getenv("STUDYGUIDE_NONETWORK_LOADED");
    if (!path || !*path)
        return;
    const int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    char line[32];
    const int n = std::snprintf(line, sizeof line, "%d\n", int(getpid()));
    ssize_t written = write(fd, line, size_t(n));
    (void)written;
    close(fd);
}

} // namespace

extern "C" {

int connect(int fd, const struct sockaddr *address, socklen_t length)
{
    char text[128];
    if (isInternet(address, text, sizeof text)) {
        record("connect", text);
        errno = ENETUNREACH;
        return -1;
    }
    static const auto real = next<int (*)(int, const struct sockaddr *, socklen_t)>("connect");
    return real(fd, address, length);
}

ssize_t sendto(int fd, const void *buffer, size_t length, int flags, const struct sockaddr *address,
               socklen_t addressLength)
{
    char text[128];
    if (isInternet(address, text, sizeof text)) {
        record("sendto", text);
        errno = ENETUNREACH;
        return -1;
    }
    static const auto real
        = next<ssize_t (*)(int, const void *, size_t, int, const struct sockaddr *, socklen_t)>("sendto");
    return real(fd, buffer, length, flags, address, addressLength);
}

ssize_t sendmsg(int fd, const struct msghdr *message, int flags)
{
    char text[128];
    if (message && isInternet(static_cast<const struct sockaddr *>(message->msg_name), text, sizeof text)) {
        record("sendmsg", text);
        errno = ENETUNREACH;
        return -1;
    }
    static const auto real = next<ssize_t (*)(int, const struct msghdr *, int)>("sendmsg");
    return real(fd, message, flags);
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *, struct addrinfo **result)
{
    char text[300];
    std::snprintf(text, sizeof text, "%s:%s", node ? node : "-", service ? service : "-");
    record("getaddrinfo", text);
    if (result)
        *result = nullptr;
    return EAI_FAIL;
}

struct hostent *gethostbyname(const char *name)
{
    record("gethostbyname", name);
    h_errno = NO_RECOVERY;
    return nullptr;
}

} // extern "C"
