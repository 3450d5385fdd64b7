// SPDX-License-Identifier: MIT
#include "navigationpolicy.h"

#include "successurlmatcher.h"
#include "urlpolicy_p.h"

#include <QUrlQuery>

namespace InAppKit {

class NavigationPolicyPrivate : public QSharedData
{
public:
    explicit NavigationPolicyPrivate(const BrokerProfile &profile)
        : broker(profile)
        , matcher(profile.successUrl(), profile.tokenParameter())
    {
    }

    bool isForeign(NavigationPolicy::OriginClass origin) const
    {
        return origin == NavigationPolicy::OriginClass::ForeignHttps || origin == NavigationPolicy::OriginClass::LoopbackHttp
            || origin == NavigationPolicy::OriginClass::ThirdParty;
    }

    // Whether the profile's restriction to its listed origins refuses @p origin.
    bool isRestricted(NavigationPolicy::OriginClass origin) const
    {
        return broker.restrictsToAllowedOrigins() && origin != NavigationPolicy::OriginClass::ThirdParty;
    }

    BrokerProfile broker;
    SuccessUrlMatcher matcher;
};

NavigationPolicy::NavigationPolicy(const BrokerProfile &profile)
    : d(new NavigationPolicyPrivate(profile))
{
}

NavigationPolicy::NavigationPolicy(const NavigationPolicy &other) = default;
NavigationPolicy &NavigationPolicy::operator=(const NavigationPolicy &other) = default;
NavigationPolicy::~NavigationPolicy() = default;

BrokerProfile NavigationPolicy::brokerProfile() const
{
    return d->broker;
}

NavigationPolicy::OriginClass NavigationPolicy::classify(const QUrl &url) const
{
    if (!url.isValid() || !url.userInfo().isEmpty())
        return OriginClass::Unsafe;
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("about")) {
        const QString path = url.path();
        return path == QLatin1String("blank") || path == QLatin1String("srcdoc") ? OriginClass::Blank : OriginClass::Unsafe;
    }
    if (d->broker.isClientAreaOrigin(url))
        return OriginClass::ClientArea;
    if (d->broker.isBrokerOrigin(url))
        return OriginClass::Listed;
    if (d->broker.isThirdPartyOrigin(url))
        return OriginClass::ThirdParty;
    if (url.host().isEmpty())
        return OriginClass::Unsafe;
    if (scheme == QLatin1String("https"))
        return OriginClass::ForeignHttps;
    if (scheme == QLatin1String("http") && UrlPolicy::isLoopback(url))
        return OriginClass::LoopbackHttp;
    return OriginClass::Unsafe;
}

NavigationPolicy::Decision NavigationPolicy::decide(const QUrl &url, Frame frame, Trigger trigger, const QUrl &source) const
{
    const OriginClass origin = classify(url);
    const bool topLevel = frame != Frame::SubFrame;

    if (d->matcher.isSuccessUrl(url)) {
        // Only the screen's own main frame finishes a flow, and only when the broker sends it
        // there: not a sub-frame, not a pop-up, not a foreign page the main frame is away on.
        if (frame != Frame::MainFrame || !d->broker.isBrokerOrigin(source))
            return Decision::Refuse;
        return Decision::Capture;
    }

    switch (origin) {
    case OriginClass::Blank:
        // An empty document is whoever writes into it: a frame of the page may make one for its
        // own use, the kit empties the screen with one; a page's top-level one (the screen's
        // or a pop-up's) could be any frame's, so the screen never becomes one, and a pop-up's
        // is shown away from the broker.
        if (frame == Frame::SubFrame || trigger == Trigger::KitLoad)
            return Decision::Allow;
        return frame == Frame::ChildWindow ? Decision::AllowAway : Decision::Refuse;
    case OriginClass::ClientArea:
    case OriginClass::Listed:
        return Decision::Allow;
    case OriginClass::Unsafe: {
        // mailto: and tel: links are the user's to follow; nothing else of this class loads.
        const QString scheme = url.scheme();
        const bool contactLink = (scheme == QLatin1String("mailto") || scheme == QLatin1String("tel"))
            && topLevel && trigger == Trigger::LinkClicked;
        return contactLink && !mayLeakToken(url) ? Decision::SystemBrowser : Decision::Refuse;
    }
    case OriginClass::ForeignHttps:
    case OriginClass::LoopbackHttp:
    case OriginClass::ThirdParty:
        break;
    }

    const bool restricted = d->isRestricted(origin);
    if (!topLevel)
        return restricted ? Decision::Refuse : Decision::Allow;

    switch (trigger) {
    case Trigger::KitLoad:
        return Decision::Refuse; // the kit opens broker URLs only
    case Trigger::LinkClicked:
        // In the main frame a foreign link is the user's to read in the browser; a provider's
        // pop-up window, though, lives on its own origin and moves on by script.
        if (frame == Frame::MainFrame || restricted)
            return mayLeakToken(url) ? Decision::Refuse : Decision::SystemBrowser;
        return Decision::AllowAway;
    case Trigger::ServerRedirect:
    case Trigger::FormSubmission:
    case Trigger::History:
    case Trigger::Other:
        return restricted ? Decision::Refuse : Decision::AllowAway;
    }
    return Decision::Refuse;
}

NavigationPolicy::Decision NavigationPolicy::decideNewWindow(const QUrl &url, PopUp kind, bool userGesture,
                                                             int openChildWindows) const
{
    if (!userGesture || d->matcher.isSuccessUrl(url))
        return Decision::Refuse;
    const OriginClass origin = classify(url);
    if (origin == OriginClass::Unsafe)
        return Decision::Refuse;
    const bool foreign = d->isForeign(origin);
    if (foreign && (kind == PopUp::Tab || d->isRestricted(origin)))
        return mayLeakToken(url) ? Decision::Refuse : Decision::SystemBrowser;
    return openChildWindows < MaxChildWindows ? Decision::ChildWindow : Decision::Refuse;
}

bool NavigationPolicy::isAway(const QUrl &url) const
{
    // A screen on an empty page shows what a frame wrote there (Chromium makes one without asking
    // the kit): not the broker's.
    const OriginClass origin = classify(url);
    return d->isForeign(origin) || origin == OriginClass::Blank;
}

bool NavigationPolicy::mayOpenInBrowser(const QUrl &url) const
{
    const QString scheme = url.scheme();
    const bool webMailOrPhone = scheme == QLatin1String("https") || scheme == QLatin1String("http")
        || scheme == QLatin1String("mailto") || scheme == QLatin1String("tel");
    return url.isValid() && webMailOrPhone && !mayLeakToken(url);
}

bool NavigationPolicy::mayLeakToken(const QUrl &url) const
{
    if (!url.userInfo().isEmpty() || d->matcher.isSuccessUrl(url))
        return true;
    const QUrlQuery query(url);
    const QString tokenParameter = d->broker.tokenParameter();
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(tokenParameter, Qt::CaseInsensitive) == 0)
            return true;
    }
    // A near miss of the success URL ("host.", another port or scheme) is as good as the real one to a thief.
    const QUrl success = d->broker.successUrl();
    QString host = UrlPolicy::normalizedHost(url);
    while (host.endsWith(u'.'))
        host.chop(1);
    return !host.isEmpty() && host == UrlPolicy::normalizedHost(success)
        && url.path(QUrl::FullyEncoded) == success.path(QUrl::FullyEncoded);
}

} // namespace InAppKit
