// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_WEBNAVIGATION_P_H
#define INAPPKIT_WEBNAVIGATION_P_H

// What the broker screen and its child windows share in reading Qt WebEngine for NavigationPolicy.

#include <InAppKit/navigationpolicy.h>

#include <QWebEngineNavigationRequest>
#include <QWebEngineNewWindowRequest>

namespace InAppKit::WebNavigation {

inline NavigationPolicy::Trigger trigger(QWebEngineNavigationRequest::NavigationType type)
{
    switch (type) {
    case QWebEngineNavigationRequest::LinkClickedNavigation: return NavigationPolicy::Trigger::LinkClicked;
    case QWebEngineNavigationRequest::RedirectNavigation: return NavigationPolicy::Trigger::ServerRedirect;
    case QWebEngineNavigationRequest::FormSubmittedNavigation: return NavigationPolicy::Trigger::FormSubmission;
    case QWebEngineNavigationRequest::TypedNavigation: return NavigationPolicy::Trigger::KitLoad;
    case QWebEngineNavigationRequest::BackForwardNavigation:
    case QWebEngineNavigationRequest::ReloadNavigation: return NavigationPolicy::Trigger::History;
    case QWebEngineNavigationRequest::OtherNavigation: break;
    }
    return NavigationPolicy::Trigger::Other;
}

inline NavigationPolicy::PopUp popUp(QWebEngineNewWindowRequest::DestinationType destination)
{
    // Chromium makes a dialog of window.open() with window features; links, shift-clicks and
    // plain window.open() ask for a tab or window of the user's browser.
    return destination == QWebEngineNewWindowRequest::InNewDialog ? NavigationPolicy::PopUp::Window
        : NavigationPolicy::PopUp::Tab;
}

/// "host" or "host:port" (when not the scheme's default), as a browser's address bar names a site;
/// "about:blank" for an empty page. International names stay in their ASCII (punycode) form, so
/// that no look-alike of the broker's name in another script passes for it.
inline QString displayHost(const QUrl &url)
{
    if (url.scheme() == QLatin1String("about"))
        return QLatin1String("about:") + url.path();
    const QString host = url.host(QUrl::FullyEncoded);
    return url.port() < 0 ? host : host + u':' + QString::number(url.port());
}

/// The title to show for a page: its own, unless it is empty or looks like a URL (Chromium uses
/// the URL, token included, for a page without <title>), then @p fallback.
QString displayTitle(const QString &title, const QUrl &pageUrl, const QString &tokenParameter, const QString &fallback);

} // namespace InAppKit::WebNavigation

#endif
