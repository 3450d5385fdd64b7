// SPDX-License-Identifier: MIT
// The functional checks (specification 6.3): the flows a user goes through, driven in the kit's
// own ClientAreaView as the desktop application drives them.
#include "conformancerunner.h"
#include "wellknownactions_p.h"

#include <InAppKit/Attribution>
#include <InAppKit/ClientAreaView>
#include "clientareaviewautomation_p.h"

#include <QDateTime>
#include <QEventLoop>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace InAppKit::Conformance {

namespace {
constexpr int OpenTimeoutMs = 30000;
constexpr int CompleteTimeoutMs = 90000;

// Why a screen is not where a check wanted it, in words: never empty.
QString whereItIs(const ClientAreaView &view, int waitedMs)
{
    switch (view.state()) {
    case ClientAreaView::State::Failed:
        return view.errorString().isEmpty() ? QStringLiteral("it failed without a message (%1)")
                                                  .arg(QString::fromLatin1(QMetaEnum::fromType<ClientAreaView::Error>().valueToKey(int(view.error()))))
                                            : view.errorString();
    case ClientAreaView::State::Loading:
        return QStringLiteral("it was still loading after %1 s").arg(waitedMs / 1000);
    case ClientAreaView::State::Ready:
        return QStringLiteral("it showed a page but did not reach the success URL within %1 s").arg(waitedMs / 1000);
    case ClientAreaView::State::Cancelled:
        return QStringLiteral("it was cancelled (the page went back or closed)");
    case ClientAreaView::State::Completed:
        return QStringLiteral("it reached the success URL");
    case ClientAreaView::State::Idle:
        break;
    }
    return QStringLiteral("it never opened");
}

// The first link whose text matches @p pattern (a JavaScript regular expression, case-insensitive).
QString linkReading(QWebEnginePage *page, const QString &pattern)
{
    QString href;
    QEventLoop loop;
    page->runJavaScript(QStringLiteral("(function() { var a = document.querySelectorAll('a');"
                                       "  for (var i = 0; i < a.length; ++i) if (/%1/i.test(a[i].innerText)) return a[i].href;"
                                       "  return ''; })()").arg(pattern),
                        [&](const QVariant &v) { href = v.toString(); loop.quit(); });
    loop.exec();
    return href;
}

// Fills what a sign-up step asks for and submits it: e-mail, password (and its confirmation),
// required check boxes (terms), and the first option of required lists; the broker's defaults stay.
const QString SignUpStepScript = QStringLiteral(
    "(function(email, password) {"
    "  var form = document.querySelector('form'); if (!form) return 'no form';"
    "  form.querySelectorAll('input').forEach(function(i) {"
    "    if (i.type === 'email' || /mail/i.test(i.name)) i.value = email;"
    "    else if (i.type === 'password') i.value = password;"
    "    else if (i.type === 'checkbox' && i.required) i.checked = true; });"
    "  if (form.requestSubmit) form.requestSubmit(); else form.submit();"
    "  return 'submitted ' + (form.id || form.action);"
    "})(%1, %2)");
} // namespace

void ConformanceRunner::functionalChecks()
{
    const TestUser first = m_plan.users().constFirst();
    QString why;

    // 6.3.2 and the redirect's form: a login ends at the exact success URL, the token in its query.
    CheckResult r(QStringLiteral("func.login"), QStringLiteral("6.3.2"),
                           QStringLiteral("An existing user logs in: the screen ends at the success URL with a one-time token in its query"));
    if (wanted(r.id)) {
        announce(r.id);
        const QString token = loginOneTimeToken(first, false, &why, QStringLiteral("func-login.png"));
        r.screenshots = {QStringLiteral("func-login.png")};
        r.evidence = {QStringLiteral("logged in as %1 through the login screen").arg(first.email)};
        r.judge(token.isEmpty() ? why : QString(),
                QStringLiteral("the kit captured a one-time token at the exact success URL (%1)").arg(m_plan.profile().successUrl().toString()));
        record(r);
    }

    // 6.3.1: a new user signs up and ends signed in.
    r = CheckResult(QStringLiteral("func.signUp"), QStringLiteral("6.3.1"),
               QStringLiteral("A new user signs up, then logs in: each ends at the success URL with a one-time token"));
    if (wanted(r.id)) {
        announce(r.id);
        const QString domain = first.email.section(u'@', 1);
        const QString email = QStringLiteral("inappkit-conformance-%1@%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(domain);
        const QString password = QStringLiteral("Cf-%1-9a!").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        const std::unique_ptr<ClientAreaView> screen = newScreen();
        ClientAreaView &view = *screen;
        QString token, failure;
        int steps = 0;
        connect(&view, &ClientAreaView::oneTimeTokenCaptured, &view, [&token](const QString &t) { token = t; });
        connect(&view, &ClientAreaView::failed, &view, [&failure](ClientAreaView::Error, const QString &m) { failure = m; });
        // Each page of the sign-up gets its fields filled and is submitted, up to five steps.
        connect(Automation::page(&view), &QWebEnginePage::loadFinished, &view, [&](bool ok) {
            if (!ok || !token.isEmpty() || ++steps > 5)
                return;
            r.evidence.append(QStringLiteral("step %1: %2").arg(steps).arg(Automation::page(&view)->url().path()));
            r.screenshots.append(screenshot(&view, QStringLiteral("func-signup-%1.png").arg(steps)));
            Automation::page(&view)->runJavaScript(SignUpStepScript.arg(jsString(email), jsString(password)));
        });
        view.openLogin(true);
        waitFor([&] { return !token.isEmpty() || !failure.isEmpty() || steps > 5; }, 60000);
        if (token.isEmpty()) {
            r.judge(failure.isEmpty() ? QStringLiteral("no one-time token after %1 sign-up step(s)").arg(steps)
                                         : QStringLiteral("the sign-up ended without a usable one-time token: ") + failure, QString());
        } else {
            // Then the new user logs in, as after a restart without 'Keep me logged in'.
            const QString again = loginOneTimeToken({email, password, QString()}, false, &why);
            r.evidence.append(QStringLiteral("then logged in as the new user: %1").arg(again.isEmpty() ? why : QStringLiteral("a one-time token")));
            r.judge(again.isEmpty() ? QStringLiteral("the new user cannot log in: ") + why : QString(),
                    QStringLiteral("signed up in %1 step(s), then logged in; the kit captured a one-time token each time").arg(steps));
        }
        record(r);
    }

    // 6.3.3: a sign-up opened with a partnerId carries it on (to the broker's sign-up request);
    // that the partner then sees the trader is the broker's side and cannot be seen from here.
    r = CheckResult(QStringLiteral("func.partnerId"), QStringLiteral("6.3.3"), QStringLiteral("The sign-up screen carries the partnerId it is opened with"));
    if (wanted(r.id)) {
        announce(r.id);
        const QString partner = QStringLiteral("conformance-partner-%1").arg(QRandomGenerator::system()->bounded(100000, 999999));
        const std::unique_ptr<ClientAreaView> screen = newScreen();
        ClientAreaView &view = *screen;
        Attribution attribution;
        attribution.setPartnerId(partner);
        view.openLogin(true, attribution);
        waitFor([&] { return view.state() != ClientAreaView::State::Loading; }, OpenTimeoutMs);
        bool carried = false;
        QEventLoop loop;
        // In the page's address, a form field, or a link onwards: wherever the sign-up takes it next.
        Automation::page(&view)->runJavaScript(QStringLiteral("(function(p) { return location.href.indexOf(p) >= 0"
                                                  " || Array.prototype.some.call(document.querySelectorAll('input'), function(i) { return i.value === p; })"
                                                  " || Array.prototype.some.call(document.querySelectorAll('form, a'), function(e) { return (e.action || e.href || '').indexOf(p) >= 0; }); })(%1)")
                                       .arg(jsString(partner)),
                                   [&](const QVariant &v) { carried = v.toBool(); loop.quit(); });
        loop.exec();
        r.evidence = {QStringLiteral("sign-up opened with partnerId=%1").arg(partner)};
        r.screenshots = {screenshot(&view, QStringLiteral("func-partnerId.png"))};
        r.judge(view.state() != ClientAreaView::State::Ready ? QStringLiteral("the sign-up screen did not open: ") + whereItIs(view, OpenTimeoutMs)
                   : carried ? QString()
                             : QStringLiteral("the sign-up screen opened with partnerId=%1 keeps it nowhere (not in its address, a form field or a link): "
                                              "the sign-up must carry it to the broker for attribution (6.3.3)").arg(partner),
                QStringLiteral("the sign-up page carries the partnerId on"));
        record(r);
    }

    // 6.3.7: the login and sign-up faces link to each other. The sign-up face is the page the
    // login screen's link leads to; only without such a link is it the one firstLogin=true opens.
    r = CheckResult(QStringLiteral("func.links"), QStringLiteral("6.3.7"),
                    QStringLiteral("The login screen links to the sign-up and back (6.3.7: \"login ↔ signup links in both directions\")"));
    if (wanted(r.id)) {
        announce(r.id);
        const QString toSignUp = QStringLiteral("sign ?up|register|create an account|open an account");
        const QString toLogin = QStringLiteral("log ?in|sign ?in");
        QStringList problems;
        const std::unique_ptr<ClientAreaView> loginScreen = newScreen();
        loginScreen->openLogin(false);
        waitFor([&] { return loginScreen->state() != ClientAreaView::State::Loading; }, OpenTimeoutMs);
        QString signUpHref;
        if (loginScreen->state() != ClientAreaView::State::Ready) {
            problems.append(QStringLiteral("the login screen (firstLogin=false) did not open: ") + whereItIs(*loginScreen, OpenTimeoutMs));
        } else {
            signUpHref = linkReading(Automation::page(loginScreen.get()), toSignUp);
            r.evidence.append(QStringLiteral("login screen (firstLogin=false) → %1")
                                  .arg(signUpHref.isEmpty() ? QStringLiteral("no sign-up link") : QStringLiteral("a sign-up link to ") + QUrl(signUpHref).path()));
            if (signUpHref.isEmpty())
                problems.append(QStringLiteral("the login screen (firstLogin=false) has no link to the sign-up (a link reading Sign up, Register, "
                                               "Create an account or Open an account)"));
        }
        const std::unique_ptr<ClientAreaView> signUpScreen = newScreen();
        QString reached;
        const QUrl signUpUrl(signUpHref);
        if (!signUpHref.isEmpty() && isBrokerPage(signUpUrl) && signUpScreen->openBrokerPage(signUpUrl)) {
            reached = QStringLiteral("the sign-up page the login screen's link leads to (%1)").arg(signUpUrl.path());
        } else {
            if (!signUpHref.isEmpty())
                problems.append(QStringLiteral("the login screen's sign-up link leads to %1, not a page of the broker")
                                    .arg(signUpUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString()));
            signUpScreen->openLogin(true);
            reached = QStringLiteral("the sign-up face (opened with firstLogin=true)");
        }
        waitFor([&] { return signUpScreen->state() != ClientAreaView::State::Loading; }, OpenTimeoutMs);
        if (signUpScreen->state() != ClientAreaView::State::Ready) {
            problems.append(QStringLiteral("%1 did not open: %2").arg(reached, whereItIs(*signUpScreen, OpenTimeoutMs)));
        } else {
            const QString loginHref = linkReading(Automation::page(signUpScreen.get()), toLogin);
            r.evidence.append(QStringLiteral("%1 → %2").arg(reached, loginHref.isEmpty() ? QStringLiteral("no login link")
                                                                                         : QStringLiteral("a login link to ") + QUrl(loginHref).path()));
            if (loginHref.isEmpty())
                problems.append(QStringLiteral("%1 has no link back to the login (a link reading Log in or Sign in)").arg(reached));
        }
        r.judge(problems, QStringLiteral("each face links to the other"));
        record(r);
    }

    // 6.3.4 to 6.3.6: the InApp screens open with a fresh one-time token (and the account).
    r = CheckResult(QStringLiteral("func.inAppScreens"), QStringLiteral("6.3.4, 6.3.5, 6.3.6"),
               QStringLiteral("Deposit, withdrawal, new account, change password and change e-mail open with a fresh one-time token"));
    if (wanted(r.id)) {
        announce(r.id);
        const QString userId = m_plan.hasCrm() ? crmUserId(&why) : QString();
        if (userId.isEmpty()) {
            r.explanation = m_plan.hasCrm() ? why : QStringLiteral("the plan names no CRM: the tool gets InApp tokens through 4.4");
            record(r);
        } else {
            QStringList problems;
            for (const QString &id : WellKnownActions::ids(&WellKnownActions::Entry::specScreen)) {
                if (!m_plan.profile().action(id).isValid()) {
                    r.evidence.append(QStringLiteral("%1: not in the profile").arg(id));
                    continue;
                }
                if (m_plan.profile().action(id).requiresAccount() && first.account.isEmpty()) {
                    r.evidence.append(QStringLiteral("%1: needs the test user's \"account\" in the plan").arg(id));
                    continue;
                }
                const std::unique_ptr<ClientAreaView> screen = newScreen();
                ClientAreaView &view = *screen;
                // With the plan's script the screen is completed: every page of it runs the script,
                // in every frame, a provider's card form and the issuer's 3-D Secure page included.
                const QString script = m_plan.screenScripts().value(id);
                if (!script.isEmpty()) {
                    QWebEngineScript step;
                    step.setName(QStringLiteral("inappkit-conformance-") + id);
                    step.setInjectionPoint(QWebEngineScript::DocumentReady);
                    step.setWorldId(QWebEngineScript::ApplicationWorld);
                    step.setRunsOnSubFrames(true);
                    step.setSourceCode(script);
                    Automation::page(&view)->scripts().insert(step);
                }
                if (!view.openAction(id, crmInAppToken(userId), first.account)) {
                    const QString error = view.errorString();
                    problems.append(QStringLiteral("%1: %2").arg(id, error.isEmpty() ? QStringLiteral("the kit could not open it") : error));
                    continue;
                }
                if (script.isEmpty()) {
                    waitFor([&] { return view.state() != ClientAreaView::State::Loading; }, OpenTimeoutMs);
                    r.screenshots.append(screenshot(&view, QStringLiteral("func-%1.png").arg(id)));
                    if (view.state() == ClientAreaView::State::Ready) {
                        r.evidence.append(QStringLiteral("%1: opened (no script in \"screenScripts\" to complete it)").arg(id));
                    } else {
                        r.evidence.append(QStringLiteral("%1: %2").arg(id, whereItIs(view, OpenTimeoutMs)));
                        problems.append(QStringLiteral("%1 did not open: %2").arg(id, whereItIs(view, OpenTimeoutMs)));
                    }
                    continue;
                }
                // With a script, the screen is completed whenever it reaches the success URL after
                // it opened: a script may submit before the first page has finished loading.
                waitFor([&] {
                    const ClientAreaView::State s = view.state();
                    return s == ClientAreaView::State::Completed || s == ClientAreaView::State::Failed || s == ClientAreaView::State::Cancelled;
                }, CompleteTimeoutMs);
                const bool done = view.state() == ClientAreaView::State::Completed;
                r.screenshots.append(screenshot(&view, QStringLiteral("func-%1.png").arg(id)));
                r.evidence.append(QStringLiteral("%1: %2").arg(id, done ? QStringLiteral("completed at the success URL")
                                                                        : QStringLiteral("not completed: ") + whereItIs(view, CompleteTimeoutMs)));
                if (!done)
                    problems.append(QStringLiteral("%1 did not reach the success URL: %2").arg(id, whereItIs(view, CompleteTimeoutMs)));
            }
            r.judge(problems.join(QStringLiteral("; ")), QStringLiteral("every screen the profile offers opened; those with a script in \"screenScripts\" completed"));
            record(r);
        }
    }
}

} // namespace InAppKit::Conformance
