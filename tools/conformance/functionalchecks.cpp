// SPDX-License-Identifier: MIT
// The functional checks (specification 6.3): the flows a user goes through, driven in the kit's
// own ClientAreaView as the desktop application drives them.
#include "conformancerunner.h"

#include <InAppKit/Attribution>
#include <InAppKit/ClientAreaView>

#include <QDateTime>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace InAppKit::Conformance {

namespace {


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
        const QString domain = first.email.section(u'@', 1);
        const QString email = QStringLiteral("inappkit-conformance-%1@%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(domain);
        const QString password = QStringLiteral("Cf-%1-9a!").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        const std::unique_ptr<ClientAreaView> screen = newScreen();
        ClientAreaView &view = *screen;
        QString token, failure;
        int steps = 0;
        connect(&view, &ClientAreaView::oneTimeTokenCaptured, &view, [&token](const QString &t) { token = t; });
        connect(&view, &ClientAreaView::failed, &view, [&failure](ClientAreaView::Failure, const QString &m) { failure = m; });
        // Each page of the sign-up gets its fields filled and is submitted, up to five steps.
        connect(view.page(), &QWebEnginePage::loadFinished, &view, [&](bool ok) {
            if (!ok || !token.isEmpty() || ++steps > 5)
                return;
            r.evidence.append(QStringLiteral("step %1: %2").arg(steps).arg(view.page()->url().path()));
            r.screenshots.append(screenshot(&view, QStringLiteral("func-signup-%1.png").arg(steps)));
            view.page()->runJavaScript(SignUpStepScript.arg(jsString(email), jsString(password)));
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
        const QString partner = QStringLiteral("conformance-partner-%1").arg(QRandomGenerator::system()->bounded(100000, 999999));
        const std::unique_ptr<ClientAreaView> screen = newScreen();
        ClientAreaView &view = *screen;
        Attribution attribution;
        attribution.setPartnerId(partner);
        view.openLogin(true, attribution);
        waitFor([&] { return view.state() != ClientAreaView::State::Loading; }, 30000);
        bool carried = false;
        QEventLoop loop;
        // In the page's address, a form field, or a link onwards: wherever the sign-up takes it next.
        view.page()->runJavaScript(QStringLiteral("(function(p) { return location.href.indexOf(p) >= 0"
                                                  " || Array.prototype.some.call(document.querySelectorAll('input'), function(i) { return i.value === p; })"
                                                  " || Array.prototype.some.call(document.querySelectorAll('form, a'), function(e) { return (e.action || e.href || '').indexOf(p) >= 0; }); })(%1)")
                                       .arg(jsString(partner)),
                                   [&](const QVariant &v) { carried = v.toBool(); loop.quit(); });
        loop.exec();
        r.evidence = {QStringLiteral("sign-up opened with partnerId=%1").arg(partner)};
        r.screenshots = {screenshot(&view, QStringLiteral("func-partnerId.png"))};
        r.judge(view.state() != ClientAreaView::State::Ready ? QStringLiteral("the sign-up screen did not open: ") + view.errorString()
                   : carried ? QString() : QStringLiteral("the sign-up page keeps the partnerId nowhere (address, form field or link)"),
                QStringLiteral("the sign-up page carries the partnerId on"));
        record(r);
    }

    // 6.3.7: the login and sign-up faces link to each other.
    r = CheckResult(QStringLiteral("func.links"), QStringLiteral("6.3.7"), QStringLiteral("The login screen links to the sign-up and back"));
    if (wanted(r.id)) {
        QString problem;
        for (const bool signUpFace : {false, true}) {
            const std::unique_ptr<ClientAreaView> screen = newScreen();
            ClientAreaView &view = *screen;
            view.openLogin(signUpFace);
            waitFor([&] { return view.state() != ClientAreaView::State::Loading; }, 30000);
            const QString pattern = signUpFace ? QStringLiteral("log ?in|sign ?in") : QStringLiteral("sign ?up|register|create an account|open an account");
            QString href;
            QEventLoop loop;
            view.page()->runJavaScript(QStringLiteral("(function() { var a = document.querySelectorAll('a');"
                                                      "  for (var i = 0; i < a.length; ++i) if (/%1/i.test(a[i].innerText)) return a[i].href;"
                                                      "  return ''; })()").arg(pattern),
                                       [&](const QVariant &v) { href = v.toString(); loop.quit(); });
            loop.exec();
            r.evidence.append(QStringLiteral("%1 face → %2").arg(signUpFace ? QStringLiteral("sign-up") : QStringLiteral("login"),
                                                                 href.isEmpty() ? QStringLiteral("no link") : QUrl(href).path()));
            if (href.isEmpty())
                problem = QStringLiteral("the %1 face has no link to the %2").arg(signUpFace ? QStringLiteral("sign-up") : QStringLiteral("login"),
                                                                             signUpFace ? QStringLiteral("login") : QStringLiteral("sign-up"));
        }
        r.judge(problem, QStringLiteral("each face links to the other"));
        record(r);
    }

    // 6.3.4 to 6.3.6: the InApp screens open with a fresh one-time token (and the account).
    r = CheckResult(QStringLiteral("func.inAppScreens"), QStringLiteral("6.3.4, 6.3.5, 6.3.6"),
               QStringLiteral("Deposit, withdrawal, new account, change password and change e-mail open with a fresh one-time token"));
    if (wanted(r.id)) {
        const QString userId = m_plan.hasCrm() ? crmUserId(&why) : QString();
        if (userId.isEmpty()) {
            r.explanation = m_plan.hasCrm() ? why : QStringLiteral("the plan names no CRM: the tool gets InApp tokens through 4.4");
            record(r);
        } else {
            QStringList problems;
            for (const char *action : {"deposit", "withdraw", "newAccount", "changePassword", "changeEmail"}) {
                const QString id = QLatin1String(action);
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
                    view.page()->scripts().insert(step);
                }
                bool opened = false; // Ready once: a script may finish the screen within moments
                connect(&view, &ClientAreaView::stateChanged, &view, [&opened](ClientAreaView::State state) {
                    opened = opened || state == ClientAreaView::State::Ready;
                });
                QString error;
                if (!view.openAction(id, crmInAppToken(userId), first.account, &error)) {
                    problems.append(QStringLiteral("%1: %2").arg(id, error));
                    continue;
                }
                waitFor([&] { return opened || view.state() != ClientAreaView::State::Loading; }, 30000);
                if (!opened) {
                    problems.append(QStringLiteral("%1 did not open: %2").arg(id, view.errorString()));
                    r.evidence.append(QStringLiteral("%1: %2").arg(id, view.errorString()));
                    r.screenshots.append(screenshot(&view, QStringLiteral("func-%1.png").arg(id)));
                    continue;
                }
                if (script.isEmpty()) {
                    r.evidence.append(QStringLiteral("%1: opened (no script in \"screenScripts\" to complete it)").arg(id));
                    r.screenshots.append(screenshot(&view, QStringLiteral("func-%1.png").arg(id)));
                    continue;
                }
                waitFor([&] { return view.state() != ClientAreaView::State::Ready && view.state() != ClientAreaView::State::Loading; }, 60000);
                const bool done = view.state() == ClientAreaView::State::Completed;
                r.screenshots.append(screenshot(&view, QStringLiteral("func-%1.png").arg(id)));
                r.evidence.append(QStringLiteral("%1: %2").arg(id, done ? QStringLiteral("opened and completed at the success URL")
                                                                        : QStringLiteral("opened, not completed: ") + view.errorString()));
                if (!done)
                    problems.append(QStringLiteral("%1 did not reach the success URL%2").arg(id, view.errorString().isEmpty() ? QString() : QStringLiteral(": ") + view.errorString()));
            }
            r.judge(problems.join(QStringLiteral("; ")), QStringLiteral("every screen the profile offers opened; those with a script in \"screenScripts\" completed"));
            record(r);
        }
    }
}

} // namespace InAppKit::Conformance
