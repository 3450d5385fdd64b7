// SPDX-License-Identifier: MIT
// The API checks (specification 6.1): the broker CRM's calls 4.1 to 4.5 as the cTrader backend makes
// them, with one-time tokens from real logins through the broker's own login screen.
#include "conformancerunner.h"

namespace InAppKit::Conformance {

namespace {
// A call's outcome in the report: the answer's status and error code, never a token.
QString line(const QString &call, const QString &what, const QString &answer)
{
    return QStringLiteral("%1 (%2) → %3").arg(call, what, answer);
}




} // namespace

void ConformanceRunner::apiChecks()
{
    const QString tokenCall = QStringLiteral("POST /oauth2/crmApiToken");
    const QString otCall = QStringLiteral("POST /oauth2/onetime/authorize");
    const QString authCall = QStringLiteral("POST /oauth2/authorize");
    const QString generateCall = QStringLiteral("POST /oauth2/onetime/generate");
    const QString logoutCall = QStringLiteral("POST /oauth2/logout");
    const QString noCrm = QStringLiteral("the plan names no CRM (\"crm\": {\"baseUrl\", \"password\"})");
    const QUrlQuery forgedCrm{{QStringLiteral("crmApiToken"), QStringLiteral("not-a-crm-api-token")}};

    // 6.1.1 and 6.1.9: the CRM's token, over TLS the system trusts.
    QString crmApiToken;
    CheckResult r(QStringLiteral("api.crmApiToken"), QStringLiteral("6.1.1"),
                           QStringLiteral("4.1 gives a crmApiToken for the right password and refuses a wrong one with 403"));
    CheckResult tls(QStringLiteral("transport.crmCertificate"), QStringLiteral("6.1.9"),
                             QStringLiteral("The CRM's certificate is one the system trusts"));
    if (!m_plan.hasCrm()) {
        r.skip(noCrm);
        tls.skip(noCrm);
    } else {
        const HttpAnswer system = crmPost(QStringLiteral("oauth2/crmApiToken"), {{QStringLiteral("password"), QStringLiteral("wrong-password")}},
                                          {}, false, true);
        tls.evidence = {line(tokenCall, QStringLiteral("trusting the system's certificate authorities only"), system.describe())};
        if (!system.networkError.isEmpty())
            tls.fail(QStringLiteral("the CRM's certificate is refused with the system's trust alone: %1").arg(system.networkError));
        else
            tls.pass(QStringLiteral("TLS with the system's trust alone"));
        const HttpAnswer wrong = crmPost(QStringLiteral("oauth2/crmApiToken"), {{QStringLiteral("password"), QStringLiteral("wrong-password")}});
        const HttpAnswer right = crmPost(QStringLiteral("oauth2/crmApiToken"), {{QStringLiteral("password"), m_plan.crmPassword()}});
        r.evidence = {line(tokenCall, QStringLiteral("a wrong password"), wrong.describe()),
                      line(tokenCall, QStringLiteral("the plan's password"), right.describe())};
        crmApiToken = right.json.value(QLatin1String("crmApiToken")).toString();
        m_crmApiToken = crmApiToken; // the design and functional checks call the CRM with it too
        if (right.status != 200 || crmApiToken.isEmpty())
            r.fail(QStringLiteral("the plan's password got %1, not 200 with a crmApiToken").arg(right.describe()));
        else if (wrong.status != 403 || wrong.json.contains(QLatin1String("crmApiToken")))
            r.fail(QStringLiteral("a wrong password got %1, not 403 without a token").arg(wrong.describe()));
        else
            r.pass(QStringLiteral("200 with a token; 403 for a wrong password"));
    }
    if (wanted(r.id))
        record(r);
    if (wanted(tls.id))
        record(tls);
    const QUrlQuery withCrm{{QStringLiteral("crmApiToken"), crmApiToken}};
    const QString noToken = m_plan.hasCrm() ? QStringLiteral("no crmApiToken (see api.crmApiToken)") : noCrm;

    // 6.1.8: the same call over http fails.
    r = CheckResult(QStringLiteral("transport.httpRefused"), QStringLiteral("6.1.8"), QStringLiteral("The CRM refuses its API over http"));
    if (wanted(r.id)) {
        if (!m_plan.hasCrm()) {
            r.skip(noCrm);
        } else {
            const HttpAnswer http = crmPost(QStringLiteral("oauth2/crmApiToken"), {{QStringLiteral("password"), m_plan.crmPassword()}}, {}, true);
            r.evidence = {line(tokenCall, QStringLiteral("over http"), http.describe())};
            if (http.status == 200 && http.json.contains(QLatin1String("crmApiToken")))
                r.fail(QStringLiteral("the call over http gave a crmApiToken: the password and the token crossed the network in clear"));
            else
                r.pass(QStringLiteral("refused over http: %1").arg(http.describe()));
        }
        record(r);
    }

    // A real login with Keep Me Logged In gives the one-time token the next checks redeem.
    const TestUser first = m_plan.users().constFirst();
    QString why;
    QString accessToken;
    QString userId;
    r = CheckResult(QStringLiteral("api.onetimeAuthorize"), QStringLiteral("6.1.2"),
               QStringLiteral("4.2 redeems a login's one-time token for the user and the access token, and refuses bad ones"));
    if (wanted(r.id) || wanted(QStringLiteral("api.authorize")) || wanted(QStringLiteral("api.onetimeGenerate")) || wanted(QStringLiteral("api.logout"))) {
        if (crmApiToken.isEmpty()) {
            r.skip(noToken);
        } else {
            const QString code = loginOneTimeToken(first, true, &why);
            if (code.isEmpty()) {
                r.fail(QStringLiteral("no one-time token from logging in as %1: %2").arg(first.email, why));
            } else {
                const HttpAnswer forged = crmPost(QStringLiteral("oauth2/onetime/authorize"), {{QStringLiteral("code"), code}}, forgedCrm);
                const HttpAnswer good = crmPost(QStringLiteral("oauth2/onetime/authorize"), {{QStringLiteral("code"), code}}, withCrm);
                const HttpAnswer again = crmPost(QStringLiteral("oauth2/onetime/authorize"), {{QStringLiteral("code"), code}}, withCrm);
                const HttpAnswer unknown = crmPost(QStringLiteral("oauth2/onetime/authorize"), {{QStringLiteral("code"), QStringLiteral("16chD7xeIxc3p387Cjdcnpax2er")}}, withCrm);
                r.evidence = {line(otCall, QStringLiteral("the login's token, a wrong crmApiToken"), forged.describe()),
                              line(otCall, QStringLiteral("the login's token"), good.describe()),
                              line(otCall, QStringLiteral("the same token again"), again.describe()),
                              line(otCall, QStringLiteral("an unknown token"), unknown.describe())};
                accessToken = good.json.value(QLatin1String("accessToken")).toString();
                userId = good.userId();
                if (good.status == 200)
                    m_crmUserId = userId; // the InApp screens of the later checks are this user's
                if (forged.status != 403)
                    r.fail(QStringLiteral("a wrong crmApiToken got %1, not 403").arg(forged.describe()));
                else if (good.status != 200 || accessToken.isEmpty() || userId.isEmpty())
                    r.fail(QStringLiteral("the login's token got %1, not 200 with userId and accessToken (Keep Me Logged In was ticked)").arg(good.describe()));
                else if (again.status == 200)
                    r.fail(QStringLiteral("the same one-time token was redeemed twice: a one-time token must be refused once used"));
                else if (unknown.status != 404 || unknown.json.contains(QLatin1String("accessToken")) || unknown.json.contains(QLatin1String("userId")))
                    r.fail(QStringLiteral("an unknown token got %1, not 404 without userId and accessToken").arg(unknown.describe()));
                else
                    r.pass(QStringLiteral("200 with userId %1 and an access token; 403 and 404 for the bad calls").arg(userId));
            }
        }
        if (wanted(r.id))
            record(r);
    }

    // 6.1.3
    r = CheckResult(QStringLiteral("api.authorize"), QStringLiteral("6.1.3"),
               QStringLiteral("4.3 signs in again with the access token and refuses bad ones"));
    if (wanted(r.id)) {
        if (accessToken.isEmpty()) {
            r.skip(crmApiToken.isEmpty() ? noToken : QStringLiteral("no access token (see api.onetimeAuthorize)"));
        } else {
            const HttpAnswer forged = crmPost(QStringLiteral("oauth2/authorize"), {{QStringLiteral("accessToken"), accessToken}}, forgedCrm);
            const HttpAnswer good = crmPost(QStringLiteral("oauth2/authorize"), {{QStringLiteral("accessToken"), accessToken}}, withCrm);
            const HttpAnswer unknown = crmPost(QStringLiteral("oauth2/authorize"), {{QStringLiteral("accessToken"), QStringLiteral("unknown-access-token")}}, withCrm);
            r.evidence = {line(authCall, QStringLiteral("the access token, a wrong crmApiToken"), forged.describe()),
                          line(authCall, QStringLiteral("the access token"), good.describe()),
                          line(authCall, QStringLiteral("an unknown access token"), unknown.describe())};
            if (forged.status != 403)
                r.fail(QStringLiteral("a wrong crmApiToken got %1, not 403").arg(forged.describe()));
            else if (good.status != 200 || good.userId() != userId)
                r.fail(QStringLiteral("the access token got %1, not 200 with the same userId").arg(good.describe()));
            else if (unknown.status != 404 || unknown.json.contains(QLatin1String("userId")))
                r.fail(QStringLiteral("an unknown access token got %1, not 404 without userId").arg(unknown.describe()));
            else
                r.pass(QStringLiteral("200 with the same userId; 403 and 404 for the bad calls"));
        }
        record(r);
    }

    // 6.1.4
    r = CheckResult(QStringLiteral("api.onetimeGenerate"), QStringLiteral("6.1.4"),
               QStringLiteral("4.4 gives a one-time token for the user's InApp screens and refuses bad calls"));
    if (wanted(r.id)) {
        if (userId.isEmpty()) {
            r.skip(crmApiToken.isEmpty() ? noToken : QStringLiteral("no userId (see api.onetimeAuthorize)"));
        } else {
            const QJsonObject body{{QStringLiteral("userId"), userId.toLongLong()}};
            const HttpAnswer forged = crmPost(QStringLiteral("oauth2/onetime/generate"), body, forgedCrm);
            const HttpAnswer good = crmPost(QStringLiteral("oauth2/onetime/generate"), body, withCrm);
            const HttpAnswer unknown = crmPost(QStringLiteral("oauth2/onetime/generate"), {{QStringLiteral("userId"), 1}}, withCrm);
            r.evidence = {line(generateCall, QStringLiteral("the user, a wrong crmApiToken"), forged.describe()),
                          line(generateCall, QStringLiteral("the user"), good.describe()),
                          line(generateCall, QStringLiteral("userId 1, unknown"), unknown.describe())};
            if (forged.status != 403 || forged.json.contains(QLatin1String("token")))
                r.fail(QStringLiteral("a wrong crmApiToken got %1, not 403 without a token").arg(forged.describe()));
            else if (good.status != 200 || good.json.value(QLatin1String("token")).toString().isEmpty())
                r.fail(QStringLiteral("the user got %1, not 200 with a token").arg(good.describe()));
            else if (unknown.status != 404 || unknown.json.contains(QLatin1String("token")))
                r.fail(QStringLiteral("an unknown userId got %1, not 404 without a token").arg(unknown.describe()));
            else
                r.pass(QStringLiteral("200 with a token; 403 and 404 for the bad calls"));
        }
        record(r);
    }

    // 6.1.5 and 6.1.6: every login, and every user, gets a one-time token of its own.
    r = CheckResult(QStringLiteral("api.newTokenPerLogin"), QStringLiteral("6.1.5"),
               QStringLiteral("Each login gives a new one-time token"));
    CheckResult perUser(QStringLiteral("api.tokenPerUser"), QStringLiteral("6.1.6"),
                                 QStringLiteral("Different users get different one-time tokens"));
    if (wanted(r.id) || wanted(perUser.id)) {
        const QString one = loginOneTimeToken(first, false, &why);
        const QString two = one.isEmpty() ? QString() : loginOneTimeToken(first, false, &why);
        r.evidence = {QStringLiteral("two logins as %1, each in a fresh private session").arg(first.email)};
        if (one.isEmpty() || two.isEmpty())
            r.fail(QStringLiteral("logging in as %1 gave no one-time token: %2").arg(first.email, why));
        else if (one == two)
            r.fail(QStringLiteral("two logins gave the same one-time token"));
        else
            r.pass(QStringLiteral("two logins, two different tokens"));
        if (m_plan.users().size() < 2) {
            perUser.skip(QStringLiteral("the plan has one test user; add a second to \"users\""));
        } else {
            const TestUser second = m_plan.users().at(1);
            const QString other = loginOneTimeToken(second, false, &why);
            perUser.evidence = {QStringLiteral("logins as %1 and %2").arg(first.email, second.email)};
            if (other.isEmpty() || one.isEmpty())
                perUser.fail(QStringLiteral("a login gave no one-time token: %1").arg(why));
            else if (other == one || other == two)
                perUser.fail(QStringLiteral("%1 got a token %2 got too").arg(second.email, first.email));
            else
                perUser.pass(QStringLiteral("each user's token is different"));
        }
        if (wanted(r.id))
            record(r);
        if (wanted(perUser.id))
            record(perUser);
    }

    // 6.1.7: a one-time token lives one minute.
    r = CheckResult(QStringLiteral("api.tokenExpiry"), QStringLiteral("6.1.7"),
               QStringLiteral("A one-time token is refused once its minute is over"));
    if (wanted(r.id)) {
        if (crmApiToken.isEmpty()) {
            r.skip(noToken);
        } else {
            const QString code = loginOneTimeToken(first, false, &why);
            if (code.isEmpty()) {
                r.fail(QStringLiteral("no one-time token from logging in: %1").arg(why));
            } else {
                emit progress(QStringLiteral("        waiting %1 s for the one-time token to expire…").arg(m_expiryWaitMs / 1000));
                if (m_waitForTests)
                    m_waitForTests(m_expiryWaitMs);
                else
                    wait(m_expiryWaitMs);
                const HttpAnswer late = crmPost(QStringLiteral("oauth2/onetime/authorize"), {{QStringLiteral("code"), code}}, withCrm);
                r.evidence = {line(otCall, QStringLiteral("a token %1 s old").arg(m_expiryWaitMs / 1000), late.describe())};
                if (late.status == 200)
                    r.fail(QStringLiteral("a token %1 s old was redeemed (200): it must expire after 60 s").arg(m_expiryWaitMs / 1000));
                else
                    r.pass(QStringLiteral("refused after %1 s: %2").arg(m_expiryWaitMs / 1000).arg(late.describe()));
            }
        }
        record(r);
    }

    // 4.5: log out revokes the access token.
    r = CheckResult(QStringLiteral("api.logout"), QStringLiteral("4.5"), QStringLiteral("4.5 logs the user out and revokes the access token"));
    if (wanted(r.id)) {
        if (accessToken.isEmpty()) {
            r.skip(crmApiToken.isEmpty() ? noToken : QStringLiteral("no access token (see api.onetimeAuthorize)"));
        } else {
            QUrlQuery query = withCrm;
            query.addQueryItem(QStringLiteral("userId"), userId);
            query.addQueryItem(QStringLiteral("accessToken"), accessToken);
            const HttpAnswer out = crmPost(QStringLiteral("oauth2/logout"), {}, query);
            const HttpAnswer after = crmPost(QStringLiteral("oauth2/authorize"), {{QStringLiteral("accessToken"), accessToken}}, withCrm);
            r.evidence = {line(logoutCall, QStringLiteral("the user and the access token"), out.describe()),
                          line(authCall, QStringLiteral("the same access token afterwards"), after.describe())};
            if (out.status < 200 || out.status > 299)
                r.fail(QStringLiteral("log out got %1, not a 2xx").arg(out.describe()));
            else if (after.status == 200)
                r.fail(QStringLiteral("the access token still signs in after log out"));
            else
                r.pass(QStringLiteral("logged out; the access token is refused afterwards (%1)").arg(after.describe()));
        }
        record(r);
    }
}

} // namespace InAppKit::Conformance
