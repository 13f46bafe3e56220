// Tries to reach the network on purpose, to show that the NoNetwork library catches it:
// an Internet connect(), an Internet sendto() and a name lookup, plus a local socket that must
// still work. Exits 0 when every Internet attempt failed and the local socket did not.

#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

int main()
{
    int failures = 0;

    const int tcp = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(9);
    address.sin_addr.s_addr = htonl(0x7f000001); // 127.0.0.1: refused by the library, not the kernel
    if (connect(tcp, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 || errno != ENETUNREACH) {
        std::fprintf(stderr, "probe: connect() was not refused by the library\n");
        ++failures;
    }
    close(tcp);

    const int udp = socket(AF_INET6, SOCK_DGRAM, 0);
    sockaddr_in6 address6 {};
    address6.sin6_family = AF_INET6;
    address6.sin6_port = htons(53);
    address6.sin6_addr = in6addr_loopback;
    if (udp >= 0 && sendto(udp, "x", 1, 0, reinterpret_cast<sockaddr *>(&address6), sizeof address6) >= 0) {
        std::fprintf(stderr, "probe: sendto() was not refused\n");
        ++failures;
    }
    if (udp >= 0)
        close(udp);

    addrinfo *found = nullptr;
    if (getaddrinfo("example.org", "https", nullptr, &found) == 0) {
        std::fprintf(stderr, "probe: getaddrinfo() was not refused\n");
        freeaddrinfo(found);
        ++failures;
    }

    // A local socket pair still works (the app may talk to D-Bus or an X server).
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0 || write(pair[0], "ok", 2) != 2) {
        std::fprintf(stderr, "probe: a local socket failed\n");
        ++failures;
    }
    const int local = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un path {};
    path.sun_family = AF_UNIX;
    std::strncpy(path.sun_path, "/nonexistent/studyguide-probe", sizeof path.sun_path - 1);
    if (connect(local, reinterpret_cast<sockaddr *>(&path), sizeof path) == 0 || errno != ENOENT) {
        std::fprintf(stderr, "probe: a local connect() did not reach the kernel\n");
        ++failures;
    }
    close(local);
    return failures == 0 ? 0 : 1;
}
