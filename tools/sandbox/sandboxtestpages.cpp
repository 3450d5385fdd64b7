// SPDX-License-Identifier: MIT
// The fixture pages of the embedded view's policy tests: a single-page login, and the hostile and
// odd pages under /test/ that only a broker started for tests serves.
#include "sandboxtestpages.h"

#include "sandboxhelpers.h"
#include "sandboxloginscreens.h"
#include "sandboxpages.h"
#include "sandboxstate.h"
#include "sandboxthirdparties.h"

#include <QJsonDocument>

namespace InAppKit::Sandbox::TestPages {

// A single-page login: fetch() signs in, then the script sends the page to the success URL.
HttpResponse spaLoginPage(SandboxState &, const HttpRequest &request)
{
    const QUrlQuery query = request.query();
    const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
    HttpResponse r;
    if (LoginScreens::refuseUnknownClient(query, pages, &r))
        return r;
    const QString body = QStringLiteral(
        "<form id=\"spa\">%1%2%3<p class=\"error\" id=\"error\" hidden></p><button id=\"submit\" type=\"submit\">%4</button></form>"
        "<script>document.getElementById('spa').addEventListener('submit', function(ev) {"
        "  ev.preventDefault();"
        "  var v = function(id) { return document.getElementById(id); };"
        "  fetch('/auth/api/login', {method: 'POST', headers: {'Content-Type': 'application/json'},"
        "    body: JSON.stringify({email: v('email').value, password: v('password').value, kmli: v('kmli').checked, client_id: %5})})"
        "  .then(function(r) { return r.json().then(function(j) { return {ok: r.ok, j: j}; }); })"
        "  .then(function(a) { if (a.ok) { location.replace(a.j.location); } else { v('error').textContent = a.j.error; v('error').hidden = false; } });"
        "});</script>")
                             .arg(pages.input(QStringLiteral("email"), pages.text("email"), QStringLiteral("email")),
                                  pages.input(QStringLiteral("password"), pages.text("password"), QStringLiteral("password")),
                                  pages.checkbox(QStringLiteral("kmli"), pages.text("kmli")), pages.text("login.submit").toHtmlEscaped(),
                                  jsString(ClientId));
    r.body = pages.page(pages.text("login.title"), body);
    return r;
}

HttpResponse spaLogin(SandboxState &state, const HttpRequest &request)
{
    const QJsonObject o = QJsonDocument::fromJson(request.body).object();
    const QString userId = state.userByEmail.value(o.value(QStringLiteral("email")).toString().trimmed().toLower());
    if (o.value(QStringLiteral("client_id")).toString() != ClientId)
        return HttpResponse::json(400, R"({"error":"Unknown client."})");
    if (!state.checkPassword(userId, o.value(QStringLiteral("password")).toString())) {
        const QString text = SandboxPages(QString(), QString()).text("badCredentials");
        return HttpResponse::json(401, QJsonDocument(QJsonObject{{QStringLiteral("error"), text}}).toJson(QJsonDocument::Compact));
    }
    state.completed(QStringLiteral("login"), userId);
    const QUrl location = state.successUrl({{QStringLiteral("token"), state.issueOneTimeToken(userId, OneTimeToken::Login, o.value(QStringLiteral("kmli")).toBool())}});
    return HttpResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("location"), location.toString(QUrl::FullyEncoded)}})
                                       .toJson(QJsonDocument::Compact));
}

HttpResponse notFound(const HttpRequest &)
{
    const SandboxPages pages{QString(), QString()};
    HttpResponse r;
    r.status = 404;
    r.body = pages.page(pages.text("notFound"), pages.error(pages.text("notFound")));
    return r;
}

HttpResponse download(SandboxState &, const HttpRequest &)
{
    HttpResponse r;
    r.contentType = "application/octet-stream";
    r.headers.append({QByteArray("Content-Disposition"), QByteArray("attachment; filename=\"statement.csv\"")});
    r.body = "date,amount\n2026-01-01,100\n";
    return r;
}

HttpResponse serviceWorkerScript(SandboxState &, const HttpRequest &)
{
    HttpResponse r;
    // A service worker over the whole origin that fetches every request through itself, or
    // (?mode=answer) answers the success URL itself, without the network.
    r.contentType = "text/javascript";
    r.headers.append({QByteArray("Service-Worker-Allowed"), QByteArray("/")});
    r.body = "var answer = new URL(self.location.href).searchParams.get('mode') === 'answer';"
             "self.addEventListener('install', function() { self.skipWaiting(); });"
             "self.addEventListener('activate', function(e) { e.waitUntil(self.clients.claim()); });"
             "self.addEventListener('fetch', function(e) {"
             "  if (answer && new URL(e.request.url).pathname === '/callback/success')"
             "    e.respondWith(new Response('<p id=\"answered\">Signed in</p>', {headers: {'Content-Type': 'text/html'}}));"
             "  else e.respondWith(fetch(e.request)); });";
    return r;
}

HttpResponse serviceWorker(SandboxState &, const HttpRequest &)
{
    const SandboxPages pages{QString(), QString()};
    HttpResponse r;
    // A page that puts /test/sw.js over the origin and says when it is in control.
    r.body = pages.page(QStringLiteral("Service worker"),
                        QStringLiteral("<p id=\"state\">registering</p><script>"
                                       "var mode = new URLSearchParams(location.search).get('mode') || 'fetch';"
                                       "function controlled() { document.body.dataset.controlled = 'yes'; }"
                                       "if (navigator.serviceWorker.controller) controlled();"
                                       "navigator.serviceWorker.addEventListener('controllerchange', controlled);"
                                       "navigator.serviceWorker.register('/test/sw.js?mode=' + mode, {scope: '/'})"
                                       "  .catch(function(e) { document.body.dataset.controlled = 'refused:' + e.name; });"
                                       "</script>"));
    return r;
}

HttpResponse redirectExternal(SandboxState &state, const HttpRequest &)
{
    // A provider's checkout, reached by a server redirect: the window goes there and back.
    return HttpResponse::redirect(state.broker->thirdParties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/chat"))));
}

HttpResponse untitled(SandboxState &, const HttpRequest &)
{
    HttpResponse r;
    r.body = "<!DOCTYPE html><p id=\"untitled\">A page without a title.</p>";
    return r;
}

HttpResponse redirectLoop(SandboxState &state, const HttpRequest &)
{
    return HttpResponse::redirect(state.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/redirect-loop"))));
}

HttpResponse hostileFrame(SandboxState &state, const HttpRequest &)
{
    const SandboxPages pages{QString(), QString()};
    HttpResponse r;
    // A third-party frame that, on a click, sends the whole window to the success URL with its own token.
    QUrl frame = state.broker->thirdParties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/top-nav")));
    frame.setQuery(QUrlQuery{{QStringLiteral("target"),
                              QString::fromLatin1(QUrl::toPercentEncoding(
                                  state.successUrl({{QStringLiteral("token"), QStringLiteral("forged-token")}}).toString(QUrl::FullyEncoded)))}});
    r.body = pages.page(QStringLiteral("Hostile frame"),
                        QStringLiteral("<iframe id=\"hostile\" src=\"%1\" style=\"width:100%;height:200px;border:0\"></iframe>")
                            .arg(frame.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    return r;
}

HttpResponse vendorPermission(SandboxState &state, const HttpRequest &)
{
    const SandboxPages pages{QString(), QString()};
    HttpResponse r;
    QUrl frame = state.broker->thirdParties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/locate")));
    frame.setQuery(QUrlQuery{{QStringLiteral("parent"), QString::fromLatin1(QUrl::toPercentEncoding(originOf(state.broker->baseUrl())))}});
    r.body = pages.page(QStringLiteral("Vendor permission"),
                        QStringLiteral("<iframe id=\"locate\" allow=\"geolocation\" src=\"%1\" style=\"width:100%;height:120px;border:0\"></iframe>"
                                       "<script>window.addEventListener('message', function(e) {"
                                       "  if (e.origin === %2 && e.data && e.data.type === 'locate') document.body.dataset.answer = e.data.answer; });</script>")
                            .arg(frame.toString(QUrl::FullyEncoded).toHtmlEscaped(), jsString(originOf(state.broker->thirdParties()->vendorUrl()))));
    return r;
}

HttpResponse successByAnyMeans(SandboxState &state, const HttpRequest &)
{
    const SandboxPages pages{QString(), QString()};
    HttpResponse r;
    // Every way a page can ask for the success URL besides navigating its window; then one
    // request that comes after them all.
    const QString success = state.successUrl().toString(QUrl::FullyEncoded);
    r.body = pages.page(QStringLiteral("Success by any means"),
                        QStringLiteral("<img id=\"img\" src=\"%1?token=img-token\" alt=\"\">"
                                       "<iframe name=\"sink\" src=\"%1?token=frame-token\"></iframe>"
                                       "<form id=\"post\" method=\"post\" action=\"%1\" target=\"sink\"><input type=\"hidden\" name=\"token\" value=\"form-token\"></form>"
                                       "<script>var s = %2;"
                                       "document.getElementById('post').submit();"
                                       "fetch(s + '?token=fetch-token').catch(function() {});"
                                       "new Image().src = s + '?token=image-token';"
                                       "setTimeout(function() { fetch('/test/after').then(function() { document.body.dataset.after = 'yes'; }); }, 0);"
                                       "</script>")
                            .arg(success.toHtmlEscaped(), jsString(success)));
    return r;
}

HttpResponse popups(SandboxState &state, const HttpRequest &)
{
    const SandboxPages pages{QString(), QString()};
    HttpResponse r;
    // Pop-ups with and without a gesture, a flood, and URLs a page must not open.
    const QString chat = state.broker->thirdParties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/chat"))).toString();
    r.body = pages.page(QStringLiteral("Pop-ups"),
                        QStringLiteral("<button id=\"popup\" type=\"button\">pop-up</button>"
                                       "<button id=\"flood\" type=\"button\">flood</button>"
                                       "<p><a id=\"data\" href=\"data:text/html,%3Ch1%3Edata%3C/h1%3E\">data</a></p>"
                                       "<p><a id=\"js\" href=\"javascript:void(document.body.dataset.ran='yes')\">javascript</a></p>"
                                       "<script>var chat = %1;"
                                       "document.getElementById('popup').onclick = function() { window.open(chat, '_blank', 'width=360,height=420'); };"
                                       "document.getElementById('flood').onclick = function() {"
                                       "  for (var i = 0; i < 100; ++i) window.open(chat + '?n=' + i, 'flood' + i, 'width=200,height=200');"
                                       "  document.body.dataset.flooded = 'yes'; };"
                                       "if (location.search.indexOf('auto=1') >= 0) { window.open(chat, 'auto', 'width=300,height=300'); document.body.dataset.auto = 'yes'; }"
                                       "</script>")
                            .arg(jsString(chat)));
    return r;
}

HttpResponse links(SandboxState &state, const HttpRequest &)
{
    const SandboxPages pages{QString(), QString()};
    HttpResponse r;
    // Plain HTML with the hostile patterns a client area can contain; scripted by the tests.
    r.body = pages.page(QStringLiteral("Links"),
                        QStringLiteral("<p><a id=\"external\" href=\"https://external.invalid/page\">external</a></p>"
                                       "<p><a id=\"external2\" href=\"https://external.invalid/other\">external 2</a></p>"
                                       "<p><a id=\"blank\" target=\"_blank\" href=\"https://external.invalid/blank\">blank</a></p>"
                                       "<p><a id=\"blank-internal\" target=\"_blank\" href=\"/test/links\">blank internal</a></p>"
                                       "<p><a id=\"download\" href=\"/test/download\">download</a></p>"
                                       "<p><a id=\"redirect\" href=\"/test/redirect-external\">redirect</a></p>"
                                       "<p><a id=\"success\" href=\"%1\">success</a></p>")
                            .arg(state.successUrl({{QStringLiteral("token"), QStringLiteral("link-token")}}).toString(QUrl::FullyEncoded)
                                     .toHtmlEscaped()));
    return r;
}

} // namespace InAppKit::Sandbox::TestPages
