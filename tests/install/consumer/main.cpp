// SPDX-License-Identifier: MIT
#include <InAppKit/BrokerProfile>
#include <InAppKit/HostAppearance>
#include <InAppKit/ScreenUrlBuilder>
#include <InAppKit/SuccessUrlMatcher>
#include <InAppKit/inappkit_version.h>

#include <QApplication>
#include <cstdio>

// Only include/ is on the include path: a host's own ribbon.h or translations.h never meets the kit's.
#if __has_include(<ribbon.h>) || __has_include(<translations.h>)
#error "include/InAppKit is on the include path"
#endif
#if !defined(INAPPKIT_VERSION) || INAPPKIT_VERSION < INAPPKIT_VERSION_CHECK(0, 1, 0)
#error "INAPPKIT_VERSION missing or older than 0.1.0"
#endif

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    InAppKit::BrokerProfileError error;
    const auto profile = InAppKit::BrokerProfile::fromFile(QString::fromLocal8Bit(argv[1]), &error);
    if (!profile.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    InAppKit::ScreenUrlBuilder builder(profile);
    builder.setTheme(InAppKit::HostAppearance::theme());
    const InAppKit::SuccessUrlMatcher matcher(profile.successUrl(), profile.tokenParameter());
    std::printf("InAppKit %s\n", INAPPKIT_VERSION_STRING);
    std::printf("%s %s\n", qPrintable(builder.loginUrl().path()), matcher.isSuccessUrl(profile.successUrl()) ? "ok" : "no");
    return 0;
}
