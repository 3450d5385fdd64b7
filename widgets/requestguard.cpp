// SPDX-License-Identifier: MIT
#include "requestguard_p.h"

#include "widgetsloggingcategories_p.h"

namespace InAppKit {

RequestGuard::RequestGuard(const SuccessUrlMatcher &matcher, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_matcher(matcher)
{
}

void RequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeServiceWorker) {
        // A navigation a service worker answers comes here as the worker's fetch, or not at all:
        // the success URL would be neither captured nor refused. Screens run without workers.
        info.block(true);
        qCInfo(lcInAppKitWeb) << "service worker refused";
        return;
    }
    if (!m_matcher.isSuccessUrl(info.requestUrl()))
        return;
    info.block(true);
    qCInfo(lcInAppKitWeb) << "request for the success URL blocked:" << info.resourceType() << info.requestMethod();
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame)
        Q_EMIT mainFrameSuccessUrlBlocked(info.requestUrl(), info.initiator());
}

} // namespace InAppKit
