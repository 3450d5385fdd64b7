// SPDX-License-Identifier: MIT
#include "sandboxbrokenrules.h"

#include "sandboxstate.h"

namespace InAppKit::Sandbox::BrokenRules {

HttpRequest read(const SandboxState &state, const HttpRequest &request)
{
    if (!state.breaks(SandboxBroker::NonConformance::IgnoreLanguage) && !state.breaks(SandboxBroker::NonConformance::IgnoreTheme))
        return request;
    HttpRequest r = request;
    QUrlQuery query(r.url);
    if (state.breaks(SandboxBroker::NonConformance::IgnoreLanguage))
        query.removeAllQueryItems(QStringLiteral("lang"));
    if (state.breaks(SandboxBroker::NonConformance::IgnoreTheme))
        query.removeAllQueryItems(QStringLiteral("theme"));
    r.url.setQuery(query);
    return r;
}

HttpResponse served(const SandboxState &state, HttpResponse response)
{
    if (response.status != 200 || !response.contentType.startsWith("text/html"))
        return response;
    QByteArray extra;
    if (state.breaks(SandboxBroker::NonConformance::ForbiddenWords))
        extra += "<p id=\"broken-words\">Use your cTrader ID to sign in.</p>";
    if (state.breaks(SandboxBroker::NonConformance::InsecureResource))
        extra += "<img id=\"broken-resource\" alt=\"\" width=\"1\" height=\"1\" src=\"http://127.0.0.1:9/pixel.png\">";
    if (state.breaks(SandboxBroker::NonConformance::Alert))
        extra += "<script>alert('Welcome back!');</script>";
    if (state.breaks(SandboxBroker::NonConformance::WideScreens))
        extra += "<div id=\"broken-wide\" style=\"position:absolute;left:0;width:1500px;height:1px\"></div>";
    if (extra.isEmpty())
        return response;
    const qsizetype end = response.body.lastIndexOf("</body>");
    response.body.insert(end < 0 ? response.body.size() : end, extra);
    return response;
}

} // namespace InAppKit::Sandbox::BrokenRules
