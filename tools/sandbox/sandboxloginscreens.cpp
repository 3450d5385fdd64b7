// SPDX-License-Identifier: MIT
// The login, sign-up and password-reset screens, and the OAuth-style login of the demo profile.
#include "sandboxloginscreens.h"

#include "sandboxhelpers.h"
#include "sandboxpages.h"
#include "sandboxstate.h"
#include "sandboxthirdparties.h"

namespace InAppKit::Sandbox::LoginScreens {

namespace {

QList<QPair<QString, QString>> carried(const QUrlQuery &q)
{
    QList<QPair<QString, QString>> items;
    for (const char *name : {"lang", "theme", "source", "client_id", "partnerId", "utm_source", "utm_medium",
                             "utm_campaign", "utm_term", "utm_content", "gclid"}) {
        const QString value = q.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
        if (!value.isEmpty())
            items.append({QString::fromLatin1(name), value});
    }
    return items;
}

QString withItems(const QString &path, const QList<QPair<QString, QString>> &items)
{
    QUrl url(path);
    QUrlQuery query;
    for (const auto &[k, v] : items)
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

bool refuseUnknownClient(const QUrlQuery &query, const SandboxPages &pages, HttpResponse *refusal)
{
    if (query.queryItemValue(QStringLiteral("client_id")) == ClientId)
        return false;
    refusal->status = 400;
    refusal->body = pages.page(pages.text("login.title"), pages.error(pages.text("unknownClient")));
    return true;
}

namespace {

// The login or sign-up face: asked for (GET), or again with @p errorText after a submission.
HttpResponse loginPage(SandboxState &state, const HttpRequest &request, const QString &errorText, const QUrlQuery *submitted = nullptr,
                       bool signUpFace = false)
{
    const QUrlQuery query = submitted ? *submitted : request.query();
    const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
    HttpResponse r;
    if (refuseUnknownClient(query, pages, &r))
        return r;
    const bool signUp = submitted ? signUpFace
                                  : query.queryItemValue(QStringLiteral("firstLogin")) == QLatin1String("true")
            && !state.breaks(SandboxBroker::NonConformance::IgnoreFirstLogin);
    auto items = carried(query);
    // Broken on purpose: the screen is a third party's page, or forgets the partnerId it came with.
    if (!submitted && state.breaks(SandboxBroker::NonConformance::LoginOnForeignOrigin))
        return HttpResponse::redirect(state.broker->thirdParties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/chat"))));
    if (!submitted && query.hasQueryItem(QStringLiteral("partnerId")) && state.breaks(SandboxBroker::NonConformance::DropPartnerId)) {
        QUrl without = state.broker->baseUrl().resolved(request.url);
        QUrlQuery rest(without);
        rest.removeAllQueryItems(QStringLiteral("partnerId"));
        without.setQuery(rest);
        return HttpResponse::redirect(without);
    }
    const QString email = submitted ? query.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded) : QString();

    QString fields = pages.input(QStringLiteral("email"), pages.text("email"), QStringLiteral("email"), email)
        + pages.input(QStringLiteral("password"), pages.text("password"), QStringLiteral("password"))
        + pages.checkbox(QStringLiteral("kmli"), pages.text("kmli"));
    QString body = errorText.isEmpty() ? QString() : pages.error(errorText);
    auto otherFace = items;
    otherFace.append({QStringLiteral("firstLogin"), signUp ? QStringLiteral("false") : QStringLiteral("true")});
    if (signUp) {
        body += pages.form(QStringLiteral("/auth/signup"), items, fields, pages.text("signup.submit"), QStringLiteral("signup"));
        if (!state.breaks(SandboxBroker::NonConformance::NoLoginLinkOnSignUp))
            body += QStringLiteral("<div class=\"links\">%1</div>")
                        .arg(pages.link(withItems(LoginPath, otherFace), pages.text("toLogin"), QStringLiteral("to-login")));
    } else {
        body += pages.form(LoginPath, items, fields, pages.text("login.submit"), QStringLiteral("login"));
        body += QStringLiteral("<div class=\"links\">%1%2</div>")
                    .arg(pages.link(withItems(LoginPath, otherFace), pages.text("toSignup"), QStringLiteral("to-signup")),
                         pages.link(state.breaks(SandboxBroker::NonConformance::ResetLinkOffBroker)
                                        ? QStringLiteral("file:///etc/passwd")
                                        : withItems(QStringLiteral("/auth/reset"), carried(query)),
                                    pages.text("reset"),
                                    QStringLiteral("reset")));
    }
    r.status = errorText.isEmpty() ? 200 : 401;
    r.body = pages.page(pages.text(signUp ? "signup.title" : "login.title"), body);
    // A client-area cookie, as real brokers set: log out must clear it from the web profile.
    r.headers.append({"Set-Cookie", "sbx_visit=" + randomSecret().left(16).toLatin1() + "; Path=/; Secure; HttpOnly; SameSite=Lax"});
    return r;
}

} // namespace

HttpResponse page(SandboxState &state, const HttpRequest &request)
{
    return loginPage(state, request, QString());
}

HttpResponse submitLogin(SandboxState &state, const HttpRequest &request)
{
    const QUrlQuery form = request.form();
    const SandboxPages pages(form.queryItemValue(QStringLiteral("lang")), QString());
    const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    const QString userId = state.userByEmail.value(email.toLower());
    if (!state.checkPassword(userId, password))
        return loginPage(state, request, pages.text("badCredentials"), &form, false);
    if (form.queryItemValue(QStringLiteral("client_id")) != ClientId)
        return loginPage(state, request, QString(), &form, false);
    const bool kmli = form.queryItemValue(QStringLiteral("kmli")) == QLatin1String("1");
    state.completed(QStringLiteral("login"), userId);
    return HttpResponse::redirect(state.successUrl({{QStringLiteral("token"), state.issueOneTimeToken(userId, OneTimeToken::Login, kmli)}}));
}

HttpResponse submitSignUp(SandboxState &state, const HttpRequest &request)
{
    const QUrlQuery form = request.form();
    const SandboxPages pages(form.queryItemValue(QStringLiteral("lang")), QString());
    const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (form.queryItemValue(QStringLiteral("client_id")) != ClientId)
        return loginPage(state, request, QString(), &form, true);
    if (!validEmail(email))
        return loginPage(state, request, pages.text("invalidEmail"), &form, true);
    if (state.userByEmail.contains(email.toLower()))
        return loginPage(state, request, pages.text("userExists"), &form, true);
    if (password.size() < 8)
        return loginPage(state, request, pages.text("weakPassword"), &form, true);

    const QString userId = state.createUser(email, password);
    for (const auto &[name, value] : carried(form)) {
        if (name == QLatin1String("partnerId") || name.startsWith(QLatin1String("utm_")) || name == QLatin1String("gclid"))
            state.users[userId].attribution.insert(name, value);
    }
    state.users[userId].language = pages.language();
    // The browser moves on to account creation by itself (specification, user creation step 8).
    const QString signUp = randomSecret();
    state.signUps.insert(signUp, {userId, form.queryItemValue(QStringLiteral("kmli")) == QLatin1String("1"), state.now() + FormLifetimeMs});
    auto items = carried(form);
    items.append({QStringLiteral("signup"), signUp});
    return HttpResponse::redirect(state.broker->baseUrl().resolved(QUrl(withItems(QStringLiteral("/account/create"), items))));
}

HttpResponse accountCreation(SandboxState &state, const HttpRequest &request)
{
    const bool post = request.method == "POST";
    const QUrlQuery query = post ? request.form() : request.query();
    const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
    const QString signUp = query.queryItemValue(QStringLiteral("signup"));
    const auto it = state.signUps.constFind(signUp);
    if (it == state.signUps.constEnd() || it->expiresAt <= state.now()) {
        HttpResponse r;
        r.status = 404;
        r.body = pages.errorPage(pages.text("form.expired"));
        return r;
    }
    if (!post) {
        auto hidden = carried(query);
        hidden.append({QStringLiteral("signup"), signUp});
        const QString fields = pages.notice(pages.text("account.intro"))
            + pages.select(QStringLiteral("currency"), pages.text("currency"),
                           {{QStringLiteral("USD"), QStringLiteral("USD")}, {QStringLiteral("EUR"), QStringLiteral("EUR")},
                            {QStringLiteral("GBP"), QStringLiteral("GBP")}});
        HttpResponse r;
        r.body = pages.page(pages.text("account.title"),
                            pages.form(QStringLiteral("/account/create"), hidden, fields, pages.text("account.submit"),
                                       QStringLiteral("account")));
        return r;
    }
    const PendingSignUp pending = *it;
    state.signUps.erase(it);
    QString currency = query.queryItemValue(QStringLiteral("currency"));
    if (currency != QLatin1String("EUR") && currency != QLatin1String("GBP"))
        currency = QStringLiteral("USD");
    state.createAccount(pending.userId, currency, 0, QString());
    state.completed(QStringLiteral("signUp"), pending.userId);
    return HttpResponse::redirect(
        state.successUrl({{QStringLiteral("token"), state.issueOneTimeToken(pending.userId, OneTimeToken::Login, pending.keepMeLoggedIn)}}));
}

HttpResponse reset(SandboxState &, const HttpRequest &request)
{
    const bool post = request.method == "POST";
    const QUrlQuery query = post ? request.form() : request.query();
    const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
    auto items = carried(query);
    auto loginItems = items;
    loginItems.append({QStringLiteral("firstLogin"), QStringLiteral("false")});
    const QString back = withItems(LoginPath, loginItems);
    HttpResponse r;
    if (post) {
        r.body = pages.page(pages.text("reset.title"), pages.notice(pages.text("reset.sent")), back);
    } else {
        r.body = pages.page(pages.text("reset.title"),
                            pages.form(QStringLiteral("/auth/reset"), items,
                                       pages.input(QStringLiteral("email"), pages.text("email"), QStringLiteral("email")),
                                       pages.text("reset.submit"), QStringLiteral("reset")),
                            back);
    }
    return r;
}

HttpResponse success(SandboxState &, const HttpRequest &request)
{
    const SandboxPages pages(request.query().queryItemValue(QStringLiteral("lang")), QString());
    HttpResponse r;
    r.body = pages.page(pages.text("success.title"), pages.notice(pages.text("success.body")));
    return r;
}

} // namespace InAppKit::Sandbox::LoginScreens
