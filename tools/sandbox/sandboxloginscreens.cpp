// SPDX-License-Identifier: MIT
// The login, sign-up and password-reset screens, and the OAuth-style login of the demo profile.
#include "sandboxbroker_p.h"

namespace InAppKit::Sandbox {

QList<QPair<QString, QString>> SandboxBrokerPrivate::carried(const QUrlQuery &q)
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

QString SandboxBrokerPrivate::withItems(const QString &path, const QList<QPair<QString, QString>> &items)
{
    QUrl url(path);
    QUrlQuery query;
    for (const auto &[k, v] : items)
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

bool SandboxBrokerPrivate::refuseUnknownClient(const QUrlQuery &query, const SandboxPages &pages, HttpResponse *refusal)
{
    if (query.queryItemValue(QStringLiteral("client_id")) == ClientId)
        return false;
    refusal->status = 400;
    refusal->body = pages.page(pages.text("login.title"), pages.error(pages.text("unknownClient")));
    return true;
}

HttpResponse SandboxBrokerPrivate::loginPage(const HttpRequest &request, const QString &errorText, const QUrlQuery *submitted, bool signUpFace)
{
    const QUrlQuery query = submitted ? *submitted : request.query();
    const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
    HttpResponse r;
    if (refuseUnknownClient(query, pages, &r))
        return r;
    const bool signUp = submitted ? signUpFace
                                  : query.queryItemValue(QStringLiteral("firstLogin")) == QLatin1String("true")
            && !broken.contains(SandboxBroker::NonConformance::IgnoreFirstLogin);
    auto items = carried(query);
    // Broken on purpose: the screen is a third party's page, or forgets the partnerId it came with.
    if (!submitted && broken.contains(SandboxBroker::NonConformance::LoginOnForeignOrigin))
        return HttpResponse::redirect(thirdParties->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/chat"))));
    if (!submitted && query.hasQueryItem(QStringLiteral("partnerId")) && broken.contains(SandboxBroker::NonConformance::DropPartnerId)) {
        QUrl without = q->baseUrl().resolved(request.url);
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
        if (!broken.contains(SandboxBroker::NonConformance::NoLoginLinkOnSignUp))
            body += QStringLiteral("<div class=\"links\">%1</div>")
                        .arg(pages.link(withItems(LoginPath, otherFace), pages.text("toLogin"), QStringLiteral("to-login")));
    } else {
        body += pages.form(LoginPath, items, fields, pages.text("login.submit"), QStringLiteral("login"));
        body += QStringLiteral("<div class=\"links\">%1%2</div>")
                    .arg(pages.link(withItems(LoginPath, otherFace), pages.text("toSignup"), QStringLiteral("to-signup")),
                         pages.link(broken.contains(SandboxBroker::NonConformance::ResetLinkOffBroker)
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

HttpResponse SandboxBrokerPrivate::submitLogin(const HttpRequest &request)
{
    const QUrlQuery form = request.form();
    const SandboxPages pages(form.queryItemValue(QStringLiteral("lang")), QString());
    const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    const QString userId = userByEmail.value(email.toLower());
    if (!checkPassword(userId, password))
        return loginPage(request, pages.text("badCredentials"), &form, false);
    if (form.queryItemValue(QStringLiteral("client_id")) != ClientId)
        return loginPage(request, QString(), &form, false);
    const bool kmli = form.queryItemValue(QStringLiteral("kmli")) == QLatin1String("1");
    Q_EMIT q->screenCompleted(QStringLiteral("login"), userId);
    return HttpResponse::redirect(successUrl({{QStringLiteral("token"), issueOneTimeToken(userId, OneTimeToken::Login, kmli)}}));
}

HttpResponse SandboxBrokerPrivate::submitSignUp(const HttpRequest &request)
{
    const QUrlQuery form = request.form();
    const SandboxPages pages(form.queryItemValue(QStringLiteral("lang")), QString());
    const QString email = form.queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded).trimmed();
    const QString password = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (form.queryItemValue(QStringLiteral("client_id")) != ClientId)
        return loginPage(request, QString(), &form, true);
    if (!validEmail(email))
        return loginPage(request, pages.text("invalidEmail"), &form, true);
    if (userByEmail.contains(email.toLower()))
        return loginPage(request, pages.text("userExists"), &form, true);
    if (password.size() < 8)
        return loginPage(request, pages.text("weakPassword"), &form, true);

    const QString userId = createUser(email, password);
    for (const auto &[name, value] : carried(form)) {
        if (name == QLatin1String("partnerId") || name.startsWith(QLatin1String("utm_")) || name == QLatin1String("gclid"))
            users[userId].attribution.insert(name, value);
    }
    users[userId].language = pages.language();
    // The browser moves on to account creation by itself (specification, user creation step 8).
    const QString signUp = randomSecret();
    signUps.insert(signUp, {userId, form.queryItemValue(QStringLiteral("kmli")) == QLatin1String("1"), now() + FormLifetimeMs});
    auto items = carried(form);
    items.append({QStringLiteral("signup"), signUp});
    return HttpResponse::redirect(q->baseUrl().resolved(QUrl(withItems(QStringLiteral("/account/create"), items))));
}

HttpResponse SandboxBrokerPrivate::accountCreation(const HttpRequest &request)
{
    const bool post = request.method == "POST";
    const QUrlQuery query = post ? request.form() : request.query();
    const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
    const QString signUp = query.queryItemValue(QStringLiteral("signup"));
    const auto it = signUps.constFind(signUp);
    if (it == signUps.constEnd() || it->expiresAt <= now()) {
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
    signUps.erase(it);
    QString currency = query.queryItemValue(QStringLiteral("currency"));
    if (currency != QLatin1String("EUR") && currency != QLatin1String("GBP"))
        currency = QStringLiteral("USD");
    createAccount(pending.userId, currency, 0, QString());
    Q_EMIT q->screenCompleted(QStringLiteral("signUp"), pending.userId);
    return HttpResponse::redirect(
        successUrl({{QStringLiteral("token"), issueOneTimeToken(pending.userId, OneTimeToken::Login, pending.keepMeLoggedIn)}}));
}

HttpResponse SandboxBrokerPrivate::resetPage(const HttpRequest &request)
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

} // namespace InAppKit::Sandbox
