// SPDX-License-Identifier: MIT
// The InApp screens (deposit, withdraw, KYC, support, new account, password and e-mail changes) and the partners' steps in them: payment provider, 3-D Secure, KYC and chat vendors.
#include "sandboxinappscreens.h"

#include "sandboxhelpers.h"
#include "sandboxpages.h"
#include "sandboxstate.h"
#include "sandboxthirdparties.h"

#include <QJsonDocument>

namespace InAppKit::Sandbox::InAppScreens {

namespace {

using TokenCheck = SandboxState::TokenCheck;

HttpResponse tokenRefused(const SandboxState &state, const SandboxPages &pages, TokenCheck check)
{
    HttpResponse r;
    const char *key = "token.unknown";
    switch (check) {
    case TokenCheck::Missing: r.status = 400; key = "token.missing"; break;
    case TokenCheck::Expired: r.status = 410; key = "token.expired"; break;
    default: r.status = 404; break;
    }
    r.body = pages.errorPage(pages.text(key), state.cancelUrl());
    return r;
}

QString paymentStep(const SandboxState &state, const SandboxPages &pages, const QString &key, const FormSession &form)
{
    const QString payment = form.data.value(QStringLiteral("payment")).toString();
    const QUrl provider = state.broker->thirdParties()->paymentProviderUrl();
    const QUrl card = provider.resolved(QUrl(QStringLiteral("/psp/card?payment=") + payment));
    const Account &a = state.accounts[form.account];
    return QStringLiteral(
               "<p class=\"notice\" id=\"summary\" tabindex=\"-1\">%1</p>"
               "<h2>%2</h2>"
               "<iframe id=\"cardFrame\" title=\"%2\" src=\"%3\" style=\"width:100%;height:400px;border:1px solid var(--muted);border-radius:6px\"></iframe>"
               "<button id=\"wallet\" type=\"button\">%4</button>"
               "<p class=\"notice\" id=\"payStatus\" hidden></p>"
               "<form id=\"threeDs\" method=\"post\" hidden><input type=\"hidden\" name=\"PaReq\">"
               "<input type=\"hidden\" name=\"MD\" value=\"%5\"><input type=\"hidden\" name=\"TermUrl\" value=\"%6\"></form>"
               "<form id=\"walletDone\" method=\"post\" action=\"/inapp/deposit\" hidden><input type=\"hidden\" name=\"form\" value=\"%5\">"
               "<input type=\"hidden\" name=\"lang\" value=\"%7\"><input type=\"hidden\" name=\"theme\" value=\"%8\">"
               "<input type=\"hidden\" name=\"wallet\" value=\"1\"></form>"
               "<script>(function() {"
               "var provider = %9, payment = %10;"
               "function status(text) { var s = document.getElementById('payStatus'); s.textContent = text; s.hidden = false; }"
               "document.getElementById('wallet').onclick = function() {"
               "  window.open(provider + '/psp/wallet?payment=' + encodeURIComponent(payment), 'sandboxpay', 'width=420,height=560'); };"
               "window.addEventListener('message', function(e) {"
               "  if (e.origin !== provider || !e.data || e.data.payment !== payment) return;"
               "  if (e.data.type === 'ready') { document.getElementById('cardFrame').dataset.ready = 'yes'; }"
               "  else if (e.data.type === 'threeDSecure') { status(%11); var f = document.getElementById('threeDs');"
               "    f.action = e.data.acsUrl; f.PaReq.value = e.data.paReq; f.submit(); }"
               "  else if (e.data.type === 'wallet' && e.data.status === 'approved') { document.getElementById('walletDone').submit(); }"
               "  else { status(%12); }"
               "});"
               "})();</script>")
        .arg(pages.text("account").arg(a.login).toHtmlEscaped(), pages.text("deposit.card").toHtmlEscaped(),
             card.toString(QUrl::FullyEncoded).toHtmlEscaped(), pages.text("deposit.wallet").toHtmlEscaped(), key.toHtmlEscaped(),
             state.broker->baseUrl().resolved(QUrl(QStringLiteral("/inapp/deposit/3ds"))).toString().toHtmlEscaped(), pages.language(), pages.theme())
        .arg(jsString(originOf(provider)), jsString(payment), jsString(pages.text("deposit.redirecting")), jsString(pages.text("deposit.notPaid")));
}

bool capturePayment(SandboxState &state, FormSession &form)
{
    qint64 cents = 0;
    if (!state.broker->thirdParties()->capture(form.data.value(QStringLiteral("payment")).toString(), &cents))
        return false;
    state.accounts[form.account].balanceCents += cents;
    return true;
}

QString kycUploadFrame(const SandboxState &state, const SandboxPages &pages, const FormSession &form)
{
    const QUrl vendor = state.broker->thirdParties()->vendorUrl();
    const QString session = form.data.value(QStringLiteral("kycSession")).toString();
    return QStringLiteral("<label>%1</label>"
                          "<iframe id=\"kycFrame\" title=\"%1\" src=\"%2\" style=\"width:100%;height:150px;border:0\"></iframe>"
                          "<p class=\"notice\" id=\"uploadStatus\" hidden>%3</p>"
                          "<script>window.addEventListener('message', function(e) {"
                          "  if (e.origin !== %4 || !e.data || e.data.type !== 'kyc') return;"
                          "  if (e.data.status === 'ready') document.getElementById('kycFrame').dataset.ready = 'yes';"
                          "  if (e.data.status === 'uploaded') document.getElementById('uploadStatus').hidden = false; });</script>")
        .arg(pages.text("kyc.upload").toHtmlEscaped(),
             vendor.resolved(QUrl(QStringLiteral("/vendor/kyc?session=") + session)).toString(QUrl::FullyEncoded).toHtmlEscaped(),
             pages.text("kyc.uploaded").toHtmlEscaped(), jsString(originOf(vendor)));
}

QString chatFrame(const SandboxState &state, const SandboxPages &pages)
{
    const QUrl vendor = state.broker->thirdParties()->vendorUrl();
    QUrl chat = vendor.resolved(QUrl(QStringLiteral("/vendor/chat")));
    chat.setQuery(QUrlQuery{{QStringLiteral("parent"), QString::fromLatin1(QUrl::toPercentEncoding(originOf(state.broker->baseUrl())))}});
    return QStringLiteral("<h2>%1</h2>"
                          "<iframe id=\"chatFrame\" title=\"%1\" src=\"%2\" style=\"width:100%;height:160px;border:1px solid var(--muted);border-radius:6px\"></iframe>"
                          "<p class=\"notice\" id=\"chatStatus\"></p>"
                          "<script>window.addEventListener('message', function(e) {"
                          "  if (e.origin === %3 && e.data && e.data.type === 'chat')"
                          "    document.getElementById('chatStatus').textContent = %4 + ': ' + e.data.text; });</script>")
        .arg(pages.text("support.chat").toHtmlEscaped(), chat.toString(QUrl::FullyEncoded).toHtmlEscaped(), jsString(originOf(vendor)),
             jsString(pages.text("support.connected")));
}

HttpResponse renderInApp(SandboxState &state, const SandboxPages &pages, const QString &key, const FormSession &form, const QString &errorText)
{
    const QList<QPair<QString, QString>> hidden = {{QStringLiteral("form"), key},
                                                   {QStringLiteral("lang"), pages.language()},
                                                   {QStringLiteral("theme"), pages.theme()}};
    const QString action = QStringLiteral("/inapp/") + form.screen;
    QString body = errorText.isEmpty() ? QString() : pages.error(errorText);
    const char *titleKey = "academy.title";
    for (const auto &s : inAppScreens()) {
        if (s.first == form.screen)
            titleKey = s.second;
    }
    const QString id = QStringLiteral("inapp");

    if (form.screen == QLatin1String("deposit") && form.step == 2) {
        body += paymentStep(state, pages, key, form);
    } else if (form.screen == QLatin1String("deposit") || form.screen == QLatin1String("withdraw")) {
        const Account &a = state.accounts[form.account];
        body += pages.notice(pages.text("account").arg(a.login) + QStringLiteral(" · ")
                             + pages.text("balance").arg(formatCents(a.balanceCents), a.currency));
        body += pages.form(action, hidden, pages.input(QStringLiteral("amount"), pages.text("amount"), QStringLiteral("text")),
                           pages.text(form.screen == QLatin1String("deposit") ? "deposit.submit" : "withdraw.submit"), id);
    } else if (form.screen == QLatin1String("kyc")) {
        body += QStringLiteral("<p id=\"step\">%1</p>").arg(pages.text("kyc.step").arg(form.step));
        QString fields;
        if (form.step == 1) {
            fields = pages.input(QStringLiteral("fullName"), pages.text("fullName"))
                + pages.input(QStringLiteral("birthDate"), pages.text("birthDate"), QStringLiteral("date"));
        } else if (form.step == 2) {
            fields = pages.select(QStringLiteral("docType"), pages.text("docType"),
                                  {{QStringLiteral("passport"), pages.text("passport")}, {QStringLiteral("idCard"), pages.text("idCard")}})
                + pages.input(QStringLiteral("docNumber"), pages.text("docNumber"))
                + kycUploadFrame(state, pages, form);
        } else {
            fields = pages.notice(pages.text("kyc.review") + QStringLiteral(": ")
                                  + form.data.value(QStringLiteral("fullName")).toString() + QStringLiteral(", ")
                                  + form.data.value(QStringLiteral("docNumber")).toString())
                + pages.checkbox(QStringLiteral("confirm"), pages.text("kyc.confirm"));
        }
        body += pages.form(action, hidden, fields, pages.text(form.step < 3 ? "next" : "submit"), id);
    } else if (form.screen == QLatin1String("support")) {
        body += chatFrame(state, pages);
        body += pages.notice(pages.text("support.intro"));
        body += QStringLiteral("<ol id=\"chat\">");
        for (const QString &line : form.chat)
            body += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        body += QStringLiteral("</ol>");
        body += pages.form(action, hidden, pages.input(QStringLiteral("message"), pages.text("message")),
                           pages.text("send"), id);
        auto done = hidden;
        done.append({QStringLiteral("done"), QStringLiteral("1")});
        body += pages.form(action, done, QString(), pages.text("done"), QStringLiteral("done"));
    } else if (form.screen == QLatin1String("newAccount")) {
        body += pages.form(action, hidden,
                           pages.select(QStringLiteral("currency"), pages.text("currency"),
                                        {{QStringLiteral("USD"), QStringLiteral("USD")}, {QStringLiteral("EUR"), QStringLiteral("EUR")},
                                         {QStringLiteral("GBP"), QStringLiteral("GBP")}}),
                           pages.text("account.submit"), id);
    } else if (form.screen == QLatin1String("changePassword")) {
        body += pages.form(action, hidden,
                           pages.input(QStringLiteral("currentPassword"), pages.text("currentPassword"), QStringLiteral("password"))
                               + pages.input(QStringLiteral("newPassword"), pages.text("newPassword"), QStringLiteral("password")),
                           pages.text("submit"), id);
    } else if (form.screen == QLatin1String("changeEmail")) {
        body += pages.form(action, hidden, pages.input(QStringLiteral("newEmail"), pages.text("newEmail"), QStringLiteral("email")),
                           pages.text("submit"), id);
    } else {
        body += pages.notice(pages.text("academy.intro"));
        body += pages.form(action, hidden, QString(), pages.text("academy.submit"), id);
    }
    HttpResponse r;
    r.status = errorText.isEmpty() ? 200 : 422;
    r.body = pages.page(pages.text(titleKey), body, state.cancelUrl());
    return r;
}

HttpResponse openScreen(SandboxState &state, const HttpRequest &request, const QString &screen)
{
    const QUrlQuery query = request.query();
    const SandboxPages pages(query.queryItemValue(QStringLiteral("lang")), query.queryItemValue(QStringLiteral("theme")));
    const QString account = query.queryItemValue(QStringLiteral("account"));
    // The account is checked before the token is spent, so that a wrong call costs no token.
    if (screenNeedsAccount(screen) && account.isEmpty()) {
        HttpResponse r;
        r.status = 400;
        r.body = pages.errorPage(pages.text("account.missing"), state.cancelUrl());
        return r;
    }
    OneTimeToken token;
    const TokenCheck check = state.spendOneTimeToken(query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded),
                                               OneTimeToken::InApp, &token);
    if (check != TokenCheck::Ok)
        return tokenRefused(state, pages, check);
    if (!account.isEmpty() && state.accounts.value(account).userId != token.userId) {
        HttpResponse r;
        r.status = 403;
        r.body = pages.errorPage(pages.text("account.notYours"), state.cancelUrl());
        return r;
    }
    FormSession form;
    form.userId = token.userId;
    form.screen = screen;
    form.account = account;
    form.expiresAt = state.now() + FormLifetimeMs;
    const QString key = randomSecret();
    state.forms.insert(key, form);
    return renderInApp(state, pages, key, form, QString());
}

HttpResponse submitScreen(SandboxState &state, const HttpRequest &request, const QString &screen)
{
    const QUrlQuery f = request.form();
    const SandboxPages pages(f.queryItemValue(QStringLiteral("lang")), f.queryItemValue(QStringLiteral("theme")));
    const QString key = f.queryItemValue(QStringLiteral("form"));
    auto it = state.forms.find(key);
    if (it == state.forms.end() || it->screen != screen || it->expiresAt <= state.now()) {
        HttpResponse r;
        r.status = 404;
        r.body = pages.errorPage(pages.text("form.expired"), state.cancelUrl());
        return r;
    }
    FormSession &form = *it;
    auto value = [&](const char *name) { return f.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded).trimmed(); };
    auto done = [&]() {
        const QString userId = form.userId;
        state.forms.erase(it);
        state.completed(screen, userId);
        return HttpResponse::redirect(state.successUrl({{QStringLiteral("status"), QStringLiteral("done")}}));
    };

    if (screen == QLatin1String("deposit") && form.step == 2) {
        // The wallet pop-up approved the payment; the broker checks with the provider itself.
        if (value("wallet") != QLatin1String("1") || !capturePayment(state, form))
            return renderInApp(state, pages, key, form, pages.text("deposit.notPaid"));
        return done();
    }
    if (screen == QLatin1String("deposit") || screen == QLatin1String("withdraw")) {
        const qint64 cents = parseAmount(value("amount"));
        if (cents < 0)
            return renderInApp(state, pages, key, form, pages.text("badAmount"));
        Account &a = state.accounts[form.account];
        if (screen == QLatin1String("withdraw")) {
            if (cents > a.balanceCents)
                return renderInApp(state, pages, key, form, pages.text("insufficient"));
            a.balanceCents -= cents;
            return done();
        }
        // No money moves yet: the payment provider takes it from here.
        form.step = 2;
        form.data.insert(QStringLiteral("payment"), state.broker->thirdParties()->createPayment(state.broker->baseUrl(), cents, a.currency));
        form.data.insert(QStringLiteral("lang"), pages.language());
        form.data.insert(QStringLiteral("theme"), pages.theme());
        return renderInApp(state, pages, key, form, QString());
    }
    if (screen == QLatin1String("kyc")) {
        if (form.step == 1) {
            if (value("fullName").isEmpty() || value("birthDate").isEmpty())
                return renderInApp(state, pages, key, form, pages.text("required"));
            form.data.insert(QStringLiteral("fullName"), value("fullName"));
            form.data.insert(QStringLiteral("kycSession"), state.broker->thirdParties()->createKycSession(state.broker->baseUrl()));
            form.step = 2;
            return renderInApp(state, pages, key, form, QString());
        }
        if (form.step == 2) {
            if (value("docNumber").isEmpty())
                return renderInApp(state, pages, key, form, pages.text("required"));
            if (state.broker->thirdParties()->kycDocument(form.data.value(QStringLiteral("kycSession")).toString()).isEmpty())
                return renderInApp(state, pages, key, form, pages.text("kyc.needUpload"));
            form.data.insert(QStringLiteral("docNumber"), value("docNumber"));
            form.step = 3;
            return renderInApp(state, pages, key, form, QString());
        }
        if (value("confirm") != QLatin1String("1"))
            return renderInApp(state, pages, key, form, pages.text("kyc.needConfirm"));
        state.users[form.userId].identityVerified = true;
        return done();
    }
    if (screen == QLatin1String("support")) {
        if (value("done") == QLatin1String("1"))
            return done();
        if (!value("message").isEmpty()) {
            form.chat.append(value("message").left(500));
            form.chat.append(pages.text("support.reply"));
        }
        return renderInApp(state, pages, key, form, QString());
    }
    if (screen == QLatin1String("newAccount")) {
        QString currency = value("currency");
        if (currency != QLatin1String("EUR") && currency != QLatin1String("GBP"))
            currency = QStringLiteral("USD");
        state.createAccount(form.userId, currency, 0, QString());
        return done();
    }
    if (screen == QLatin1String("changePassword")) {
        User &user = state.users[form.userId];
        if (!state.checkPassword(form.userId, value("currentPassword")))
            return renderInApp(state, pages, key, form, pages.text("wrongPassword"));
        if (value("newPassword").size() < 8)
            return renderInApp(state, pages, key, form, pages.text("weakPassword"));
        state.setPassword(user, value("newPassword"));
        return done();
    }
    if (screen == QLatin1String("changeEmail")) {
        const QString email = value("newEmail");
        if (!validEmail(email))
            return renderInApp(state, pages, key, form, pages.text("invalidEmail"));
        if (state.userByEmail.contains(email.toLower()))
            return renderInApp(state, pages, key, form, pages.text("userExists"));
        User &user = state.users[form.userId];
        state.userByEmail.remove(user.email.toLower());
        user.email = email;
        state.userByEmail.insert(email.toLower(), user.userId);
        return done();
    }
    return done();
}

} // namespace

HttpResponse open(SandboxState &state, const HttpRequest &request)
{
    return openScreen(state, request, request.path().mid(7));
}

HttpResponse submit(SandboxState &state, const HttpRequest &request)
{
    return submitScreen(state, request, request.path().mid(7));
}

HttpResponse depositReturn(SandboxState &state, const HttpRequest &request)
{
    const QUrlQuery f = request.form();
    const QString key = f.queryItemValue(QStringLiteral("MD"), QUrl::FullyDecoded);
    auto it = state.forms.find(key);
    if (it == state.forms.end() || it->screen != QLatin1String("deposit") || it->step != 2 || it->expiresAt <= state.now()) {
        HttpResponse r;
        r.status = 404;
        r.body = SandboxPages(QString(), QString()).errorPage(SandboxPages(QString(), QString()).text("form.expired"), state.cancelUrl());
        return r;
    }
    FormSession &form = *it;
    const SandboxPages pages(form.data.value(QStringLiteral("lang")).toString(), form.data.value(QStringLiteral("theme")).toString());
    const QString payment = form.data.value(QStringLiteral("payment")).toString();
    if (!state.broker->thirdParties()->verifyThreeDSecure(payment, f.queryItemValue(QStringLiteral("PaRes"), QUrl::FullyDecoded)) || !capturePayment(state, form))
        return renderInApp(state, pages, key, form, pages.text("deposit.notPaid"));
    const QString userId = form.userId;
    state.forms.erase(it);
    state.completed(QStringLiteral("deposit"), userId);
    return HttpResponse::redirect(state.successUrl({{QStringLiteral("status"), QStringLiteral("done")}}));
}

} // namespace InAppKit::Sandbox::InAppScreens
