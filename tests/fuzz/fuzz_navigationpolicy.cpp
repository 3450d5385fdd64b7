// SPDX-License-Identifier: MIT
// Random navigations and pop-ups against one broker. The invariants are recomputed here from the
// URLs themselves, not with the code under test:
//  - a capture happens only in the main frame, for https://crm.acme.example/callback/success,
//    when the navigation comes from a broker origin;
//  - nothing handed to the system browser carries the token parameter, user info, or the success path on its host;
//  - ScreenUrlBuilder appends a token and an account only on https://crm.acme.example;
//  - sub-frames are allowed or refused, nothing else; a child window needs a gesture and room.
#include <InAppKit/brokerprofile.h>
#include <InAppKit/navigationpolicy.h>
#include <InAppKit/screenurlbuilder.h>

#include <QLoggingCategory>
#include <QUrlQuery>

#include <cstdint>
#include <cstdlib>

using namespace InAppKit;
using D = NavigationPolicy::Decision;

namespace {

const NavigationPolicy &policy(bool restricted)
{
    auto make = [](bool r) {
        const QByteArray json = QByteArray(R"({"schema": 1, "brokerName": "Acme", "clientAreaUrl": "https://crm.acme.example/",
            "loginUrl": "/auth/login", "successUrl": "/callback/success",
            "brokerOrigins": ["https://*.acme-pay.example"], "restrictToAllowedOrigins": )")
            + (r ? "true" : "false") + "}";
        const BrokerProfile profile = BrokerProfile::fromJson(json);
        if (!profile.isValid())
            std::abort();
        return NavigationPolicy(profile);
    };
    static const NavigationPolicy open = make(false);
    static const NavigationPolicy locked = make(true);
    return restricted ? locked : open;
}

QString bareHost(const QUrl &url)
{
    QString host = QString::fromLatin1(QUrl::toAce(url.host())).toLower();
    if (host.isEmpty())
        host = url.host().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    return host;
}

bool isClientArea(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("https") && url.userInfo().isEmpty()
        && bareHost(url) == QLatin1String("crm.acme.example") && !url.host().endsWith(u'.') && url.port(443) == 443;
}

bool isBroker(const QUrl &url)
{
    return isClientArea(url)
        || (url.isValid() && url.scheme() == QLatin1String("https") && url.userInfo().isEmpty() && url.port(443) == 443
            && bareHost(url).endsWith(QLatin1String(".acme-pay.example")) && !url.host().endsWith(u'.'));
}

bool carriesToken(const QUrl &url)
{
    if (!url.userInfo().isEmpty())
        return true;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(QLatin1String("token"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return bareHost(url) == QLatin1String("crm.acme.example") && url.path(QUrl::FullyEncoded) == QLatin1String("/callback/success");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t a = data[0], b = data[1];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const qsizetype newline = text.indexOf(u'\n');
    const QUrl url(newline < 0 ? text : text.left(newline));
    const QUrl source(newline < 0 ? QString() : text.mid(newline + 1));

    const bool restricted = a & 0x80;
    const auto frame = NavigationPolicy::Frame(a % 3);
    const auto trigger = NavigationPolicy::Trigger((a >> 2) % 6);
    const NavigationPolicy &p = policy(restricted);

    const D decision = p.decide(url, frame, trigger, source);
    if (decision == D::Capture) {
        const bool success = isClientArea(url) && url.path(QUrl::FullyEncoded) == QLatin1String("/callback/success");
        if (frame != NavigationPolicy::Frame::MainFrame || !success || !isBroker(source))
            std::abort();
    }
    if (decision == D::SystemBrowser && carriesToken(url))
        std::abort();
    if (frame == NavigationPolicy::Frame::SubFrame && decision != D::Allow && decision != D::Refuse)
        std::abort();
    if (decision == D::ChildWindow)
        std::abort(); // a navigation never asks for a window; only decideNewWindow() does

    const bool gesture = b & 1;
    const int open = (b >> 1) % 6;
    const auto kind = NavigationPolicy::PopUp((b >> 4) & 1);
    const D window = p.decideNewWindow(url, kind, gesture, open);
    if (window == D::ChildWindow && (!gesture || open >= NavigationPolicy::MaxChildWindows))
        std::abort();
    if (window == D::SystemBrowser && (carriesToken(url) || !gesture))
        std::abort();
    if (window == D::Capture || window == D::Allow || window == D::AllowAway)
        std::abort();

    // A one-time token and an account go to the client area's own origin only, where the kit appends them.
    const QUrl opened = InAppKit::ScreenUrlBuilder(p.brokerProfile()).brokerUrl(url, QStringLiteral("OT"), QStringLiteral("1"));
    const QUrlQuery added(opened);
    if ((added.hasQueryItem(QStringLiteral("token")) || added.hasQueryItem(QStringLiteral("account"))) && !isClientArea(url)
        && !QUrlQuery(url).hasQueryItem(QStringLiteral("token")) && !QUrlQuery(url).hasQueryItem(QStringLiteral("account")))
        std::abort();
    return 0;
}
