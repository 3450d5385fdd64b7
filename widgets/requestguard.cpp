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
    if (!m_matcher.isSuccessUrl(info.requestUrl()))
        return;
    info.block(true);
    qCInfo(lcInAppKitWeb) << "request for the success URL blocked:" << info.resourceType() << info.requestMethod();
    if (info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame)
        Q_EMIT mainFrameSuccessUrlBlocked(info.requestUrl(), info.initiator());
}

} // namespace InAppKit
