// SPDX-License-Identifier: MIT
#include <InAppKit/brokerprofile.h>
#include <InAppKit/hostappearance.h>
#include <InAppKit/screenurlbuilder.h>
#include <InAppKit/successurlmatcher.h>

#include <QApplication>
#include <cstdio>

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
    std::printf("%s %s\n", qPrintable(builder.loginUrl().path()), matcher.isSuccessUrl(profile.successUrl()) ? "ok" : "no");
    return 0;
}
