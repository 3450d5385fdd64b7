// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_REQUESTGUARD_P_H
#define INAPPKIT_REQUESTGUARD_P_H

#include <InAppKit/successurlmatcher.h>

#include <QWebEngineUrlRequestInterceptor>

namespace InAppKit {

/**
 * The network-side guard of a broker's web profile: no request for the success URL leaves the
 * kit, whatever asked for it (a main frame, a sub-frame, fetch(), an image, a form post, a worker).
 *
 * A main-frame request that the view's NavigationPolicy let through as a capture is reported with
 * its initiator (the origin of the document that started it), which navigationRequested() does
 * not give: only then can a foreign frame that navigates the top be told from the broker's page.
 *
 * It also refuses every service worker's script: a navigation that a worker answers never reaches
 * the guard as a main-frame request, so with a worker in between a sign-in would never finish.
 */
class RequestGuard : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    RequestGuard(const SuccessUrlMatcher &matcher, QObject *parent);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    /// A main-frame request for the success URL was blocked. @p url carries the token: never log it.
    void mainFrameSuccessUrlBlocked(const QUrl &url, const QUrl &initiator);

private:
    SuccessUrlMatcher m_matcher;
};

} // namespace InAppKit

#endif
