// SPDX-License-Identifier: MIT
// Preloaded into the test's proxy (tinyproxy) only: every *.test name resolves to loopback there,
// as a corporate proxy resolves the broker's real name, while the kit and Chromium cannot resolve
// it at all. So a page or call that reaches crm.broker.test went through the proxy; and Chromium,
// which never sends loopback names to a proxy, sends these.
#include <dlfcn.h>
#include <netdb.h>

#include <cstring>

extern "C" __attribute__((visibility("default"))) int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints, struct addrinfo **res)
{
    using Resolve = int (*)(const char *, const char *, const struct addrinfo *, struct addrinfo **);
    static const auto real = reinterpret_cast<Resolve>(dlsym(RTLD_NEXT, "getaddrinfo"));
    const size_t length = node ? std::strlen(node) : 0;
    if (length > 5 && std::strcmp(node + length - 5, ".test") == 0)
        node = "127.0.0.1";
    return real(node, service, hints, res);
}
