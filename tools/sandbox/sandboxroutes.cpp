// SPDX-License-Identifier: MIT
#include "sandboxroutes.h"

#include "sandboxcrmapi.h"
#include "sandboxhelpers.h"
#include "sandboxinappscreens.h"
#include "sandboxloginscreens.h"
#include "sandboxpages.h"
#include "sandboxsessionservice.h"
#include "sandboxstate.h"
#include "sandboxtestpages.h"

namespace InAppKit::Sandbox {

namespace {

HttpResponse pageNotFound(const HttpRequest &request)
{
    const SandboxPages pages(request.query().queryItemValue(QStringLiteral("lang")), QString());
    HttpResponse r;
    r.status = 404;
    r.body = pages.page(pages.text("notFound"), pages.error(pages.text("notFound")));
    return r;
}

HttpResponse pageNotAllowed(const QByteArray &allow)
{
    HttpResponse r = HttpResponse::json(405, R"({"error":"Method Not Allowed","code":"INVALID_REQUEST"})");
    r.headers.append({"Allow", allow});
    return r;
}

} // namespace

const QList<SandboxRoutes::Route> &SandboxRoutes::table()
{
    static const QList<Route> routes = [] {
        QList<Route> t = {
            // The login and sign-up screens (sandboxloginscreens.cpp).
            {"GET", LoginPath, &LoginScreens::page},
            {"POST", LoginPath, &LoginScreens::submitLogin},
            {"POST", QStringLiteral("/auth/signup"), &LoginScreens::submitSignUp},
            {"GET", QStringLiteral("/auth/reset"), &LoginScreens::reset},
            {"POST", QStringLiteral("/auth/reset"), &LoginScreens::reset},
            {"GET", QStringLiteral("/account/create"), &LoginScreens::accountCreation},
            {"POST", QStringLiteral("/account/create"), &LoginScreens::accountCreation},
            // Reached only if a client let the success navigation through: the tests count this.
            {AnyMethod, SuccessPath, &LoginScreens::success},
            // A single-page login, for the embedded view's tests, but served by every broker.
            {"GET", QStringLiteral("/auth/login-spa"), &TestPages::spaLoginPage},
            {"POST", QStringLiteral("/auth/api/login"), &TestPages::spaLogin},

            // The InApp screens (sandboxinappscreens.cpp): 3-D Secure comes back by a form POST.
            {"POST", QStringLiteral("/inapp/deposit/3ds"), &InAppScreens::depositReturn},
        };
        for (const auto &screen : inAppScreens()) {
            t.append({"GET", QStringLiteral("/inapp/") + screen.first, &InAppScreens::open});
            t.append({"POST", QStringLiteral("/inapp/") + screen.first, &InAppScreens::submit});
        }
        t += {
            // The session service (sandboxsessionservice.cpp, docs/session-protocol.md).
            {"POST", QStringLiteral("/session/exchange"), &SessionService::exchange},
            {"POST", QStringLiteral("/session/relogin"), &SessionService::relogin},
            {"POST", QStringLiteral("/session/inapp-token"), &SessionService::inAppToken},
            {"POST", QStringLiteral("/session/logout"), &SessionService::logout},
            {"GET", QStringLiteral("/session/ribbons"), &SessionService::ribbons},
            {"GET", QStringLiteral("/session/accounts"), &SessionService::accounts},

            // The broker CRM's side of the specification, 4.1 to 4.5 (sandboxcrmapi.cpp).
            {"POST", QStringLiteral("/oauth2/crmApiToken"), &CrmApi::crmApiToken},
            {"POST", QStringLiteral("/oauth2/onetime/authorize"), &CrmApi::oneTimeAuthorize},
            {"POST", QStringLiteral("/oauth2/authorize"), &CrmApi::authorize},
            {"POST", QStringLiteral("/oauth2/onetime/generate"), &CrmApi::oneTimeGenerate},
            {"POST", QStringLiteral("/oauth2/logout"), &CrmApi::logout},

            // Hostile and odd pages for the tests only (sandboxtestpages.cpp).
            {AnyMethod, QStringLiteral("/test/download"), &TestPages::download},
            {AnyMethod, QStringLiteral("/test/sw.js"), &TestPages::serviceWorkerScript},
            {AnyMethod, QStringLiteral("/test/service-worker"), &TestPages::serviceWorker},
            {AnyMethod, QStringLiteral("/test/redirect-external"), &TestPages::redirectExternal},
            {AnyMethod, QStringLiteral("/test/untitled"), &TestPages::untitled},
            {AnyMethod, QStringLiteral("/test/redirect-loop"), &TestPages::redirectLoop},
            {AnyMethod, QStringLiteral("/test/hostile-frame"), &TestPages::hostileFrame},
            {AnyMethod, QStringLiteral("/test/vendor-permission"), &TestPages::vendorPermission},
            {AnyMethod, QStringLiteral("/test/success-by-any-means"), &TestPages::successByAnyMeans},
            {AnyMethod, QStringLiteral("/test/popups"), &TestPages::popups},
            {AnyMethod, QStringLiteral("/test/links"), &TestPages::links},
        };
        return t;
    }();
    return routes;
}

const QList<SandboxRoutes::Area> &SandboxRoutes::areas()
{
    static const QList<Area> areas = {
        {QStringLiteral("/session/"), &SessionService::notFound, &SessionService::notAllowed, false},
        {QStringLiteral("/oauth2/"), &CrmApi::notFound, &CrmApi::notAllowed, false},
        {QStringLiteral("/test/"), &TestPages::notFound, &pageNotAllowed, true},
        {QStringLiteral("/"), &pageNotFound, &pageNotAllowed, false},
    };
    return areas;
}

HttpResponse SandboxRoutes::answer(SandboxState &state, const HttpRequest &request)
{
    const QString path = request.path();
    // The areas are listed most specific first; "/" takes the rest.
    const Area *area = &areas().constLast();
    for (const Area &a : areas()) {
        if (path.startsWith(a.prefix)) {
            area = &a;
            break;
        }
    }
    // The demo's broker has no test pages: to it, their paths are any unknown path.
    if (area->forTestsOnly && !state.forTests)
        return pageNotFound(request);

    QByteArray allow;
    for (const Route &route : table()) {
        if (route.path != path)
            continue;
        if (route.method == request.method || route.method == AnyMethod)
            return route.handler(state, request);
        allow += (allow.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + route.method;
    }
    return allow.isEmpty() ? area->notFound(request) : area->notAllowed(allow);
}

} // namespace InAppKit::Sandbox
