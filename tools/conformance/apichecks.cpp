// SPDX-License-Identifier: MIT
// The API checks (specification 6.1): the broker CRM's calls 4.1 to 4.5 as the cTrader backend makes
// them, with one-time tokens from real logins through the broker's own login screen.
#include "conformancerunner.h"

#include <QRandomGenerator>

namespace InAppKit::Conformance {

namespace {
// A call's outcome in the report: the answer's status and error code, never a token.
QString line(const QString &call, const QString &what, const QString &answer)
{
    return QStringLiteral("%1 (%2) → %3").arg(call, what, answer);
}

const QString OtCall = QStringLiteral("POST /oauth2/onetime/authorize");
} // namespace

void ConformanceRunner::apiChecks()
{
    const QString tokenCall = QStringLiteral("POST /oauth2/crmApiToken");
    const QString &otCall = OtCall;
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
    announce(r.id);
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

    // The expiry check's minute starts now and runs under the other checks.
    startExpiry(crmApiToken);

    // 6.1.8: the same call over http fails. It is made with a wrong password (never the plan's: a
    // request over http crosses the network in clear whatever the answer), and the answer is
    // compared with the one over https: the same judgement means the API served it in clear.
    r = CheckResult(QStringLiteral("transport.httpRefused"), QStringLiteral("6.1.8"),
                    QStringLiteral("The CRM refuses its API over http (6.1.8: \"every API call uses https; http requests fail\")"));
    if (wanted(r.id)) {
        announce(r.id);
        if (!m_plan.hasCrm()) {
            r.skip(noCrm);
        } else {
            QString decoy;
            do {
                decoy = QStringLiteral("inappkit-conformance-not-the-password-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
            } while (decoy == m_plan.crmPassword());
            const QJsonObject body{{QStringLiteral("password"), decoy}};
            const HttpAnswer https = crmPost(QStringLiteral("oauth2/crmApiToken"), body);
            const HttpAnswer http = crmPost(QStringLiteral("oauth2/crmApiToken"), body, {}, true);
            const QString where = m_plan.crmHttpUrl().toString();
            r.evidence = {line(tokenCall, QStringLiteral("a wrong password, over https"), https.describe()),
                          line(tokenCall, QStringLiteral("the same wrong password, over http at %1").arg(where), http.describe()),
                          QStringLiteral("the plan's password is never sent over http")};
            const QString code = http.json.value(QLatin1String("code")).toString();
            const bool judged = http.networkError.isEmpty() && https.networkError.isEmpty()
                && ((http.status == https.status && http.json == https.json && !https.json.isEmpty())
                    || (!code.isEmpty() && code == https.json.value(QLatin1String("code")).toString()));
            if (http.status == 200 || judged)
                r.fail(QStringLiteral("the CRM's API answers over http at %1: a wrong password got %2 there, as over https (%3), so a real "
                                      "password and token would cross the network in clear")
                           .arg(where, http.describe(), https.describe()));
            else if (!http.networkError.isEmpty())
                r.pass(QStringLiteral("no answer over http at %1: %2").arg(where, http.networkError));
            else
                r.pass(QStringLiteral("refused over http at %1: %2 (over https the same call got %3)").arg(where, http.describe(), https.describe()));
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
    bool kmliGaveAccessToken = false;
    if (wanted(r.id) || wanted(QStringLiteral("api.authorize")) || wanted(QStringLiteral("api.onetimeGenerate")) || wanted(QStringLiteral("api.logout"))
        || wanted(QStringLiteral("api.keepMeLoggedIn"))) {
        announce(r.id);
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
                kmliGaveAccessToken = good.status == 200 && !accessToken.isEmpty();
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

    // 2.3 and 4.2: the access token comes only with Keep Me Logged In, and then it comes.
    r = CheckResult(QStringLiteral("api.keepMeLoggedIn"), QStringLiteral("2.3, 4.2"),
                    QStringLiteral("4.2 gives an accessToken when Keep Me Logged In was ticked and leaves it out when it was not "
                                   "(4.2: \"accessToken only with KMLI\")"));
    if (wanted(r.id)) {
        announce(r.id);
        if (crmApiToken.isEmpty()) {
            r.skip(noToken);
        } else {
            const QString code = loginOneTimeToken(first, false, &why);
            if (code.isEmpty()) {
                r.fail(QStringLiteral("no one-time token from logging in as %1 without Keep Me Logged In: %2").arg(first.email, why));
            } else {
                const HttpAnswer without = crmPost(QStringLiteral("oauth2/onetime/authorize"), {{QStringLiteral("code"), code}}, withCrm);
                const bool leaked = without.json.contains(QLatin1String("accessToken"));
                r.evidence = {QStringLiteral("a login with Keep Me Logged In ticked → 4.2 %1").arg(kmliGaveAccessToken ? QStringLiteral("gave an accessToken")
                                                                                                                 : QStringLiteral("gave no accessToken")),
                              line(otCall, QStringLiteral("the token of a login without Keep Me Logged In"),
                                   without.describe() + (leaked ? QStringLiteral(", with an accessToken") : QStringLiteral(", no accessToken")))};
                if (without.status != 200 || without.userId().isEmpty())
                    r.fail(QStringLiteral("a login without Keep Me Logged In got %1 from 4.2, not 200 with the userId").arg(without.describe()));
                else if (leaked)
                    r.fail(QStringLiteral("4.2 gave an accessToken for a login without Keep Me Logged In: the long-term token is only returned "
                                          "when the user ticked the box (2.3)"));
                else if (!kmliGaveAccessToken)
                    r.fail(QStringLiteral("4.2 gave no accessToken for a login with Keep Me Logged In ticked (see api.onetimeAuthorize)"));
                else
                    r.pass(QStringLiteral("an accessToken with the box ticked, none without it"));
            }
        }
        record(r);
    }

    // 6.1.3
    r = CheckResult(QStringLiteral("api.authorize"), QStringLiteral("6.1.3"),
               QStringLiteral("4.3 signs in again with the access token and refuses bad ones"));
    if (wanted(r.id)) {
        announce(r.id);
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
        announce(r.id);
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
        announce(r.id);
        announce(perUser.id);
        const QString one = loginOneTimeToken(first, false, &why);
        const QString two = one.isEmpty() ? QString() : loginOneTimeToken(first, false, &why);
        r.evidence = {QStringLiteral("two logins as %1, each in a fresh private session").arg(first.email)};
        if (one.isEmpty() || two.isEmpty())
            r.fail(QStringLiteral("logging in as %1 gave no one-time token: %2").arg(first.email, why));
        else if (one == two)
            r.fail(QStringLiteral("two logins gave the same one-time token: the CRM issues a new one-time token on every login (6.1.5)"));
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
                perUser.fail(QStringLiteral("%1 got a one-time token %2 got too: different users get different one-time tokens (6.1.6)")
                                 .arg(second.email, first.email));
            else
                perUser.pass(QStringLiteral("each user's token is different"));
        }
        if (wanted(r.id))
            record(r);
        if (wanted(perUser.id))
            record(perUser);
    }

    // 4.5: log out revokes the access token.
    r = CheckResult(QStringLiteral("api.logout"), QStringLiteral("4.5"), QStringLiteral("4.5 logs the user out and revokes the access token"));
    if (wanted(r.id)) {
        announce(r.id);
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
                r.fail(QStringLiteral("after log out, 4.3 answered the same access token with %1 and %2, not a refusal "
                                      "(404 for an unknown or revoked access token)")
                           .arg(after.describe(), after.describeUserId()));
            else
                r.pass(QStringLiteral("logged out; the access token is refused afterwards (%1)").arg(after.describe()));
        }
        record(r);
    }
}

void ConformanceRunner::startExpiry(const QString &crmApiToken)
{
    m_expiry = CheckResult(QStringLiteral("api.tokenExpiry"), QStringLiteral("6.1.7"),
                           QStringLiteral("A one-time token is refused once its minute is over (6.1.7: \"an OT token expires 1 minute after "
                                          "generation\"), with 410 CID_TOKEN_EXPIRED (4.5 error codes)"));
    if (!wanted(m_expiry.id))
        return;
    announce(m_expiry.id);
    if (crmApiToken.isEmpty()) {
        m_expiry.skip(m_plan.hasCrm() ? QStringLiteral("no crmApiToken (see api.crmApiToken)")
                                      : QStringLiteral("the plan names no CRM (\"crm\": {\"baseUrl\", \"password\"})"));
        return;
    }
    QString why;
    const QString code = loginOneTimeToken(m_plan.users().constFirst(), false, &why);
    if (code.isEmpty()) {
        m_expiry.fail(QStringLiteral("no one-time token from logging in: %1").arg(why));
        return;
    }
    m_expiryToken = code;
    m_expiryCrmApiToken = crmApiToken;
    m_expiryClock.start();
    emit progress(QStringLiteral("        api.tokenExpiry: a one-time token is kept for %1 s; the other checks run meanwhile").arg(ExpiryWaitMs / 1000));
}

void ConformanceRunner::finishExpiry()
{
    if (!wanted(m_expiry.id))
        return;
    if (!m_expiryToken.isEmpty()) {
        qint64 left = ExpiryWaitMs - m_expiryClock.elapsed();
        if (m_waitForTests) {
            m_waitForTests(int(qMax<qint64>(0, left)));
        } else {
            while (left > 0) {
                emit progress(QStringLiteral("%1  api.tokenExpiry: waiting, %2 s left")
                                  .arg(QStringLiteral("[%1 s]").arg(m_runClock.elapsed() / 1000).leftJustified(7))
                                  .arg((left + 999) / 1000));
                wait(int(qMin<qint64>(left, 10000)));
                left = ExpiryWaitMs - m_expiryClock.elapsed();
            }
        }
        const qint64 age = qMax<qint64>(ExpiryWaitMs, m_expiryClock.elapsed()) / 1000;
        const HttpAnswer late = crmPost(QStringLiteral("oauth2/onetime/authorize"), {{QStringLiteral("code"), m_expiryToken}},
                                        {{QStringLiteral("crmApiToken"), m_expiryCrmApiToken}});
        m_expiryToken.clear();
        m_expiry.evidence = {line(OtCall, QStringLiteral("a login's token, unspent, %1 s old").arg(age), late.describe())};
        if (late.status == 200)
            m_expiry.fail(QStringLiteral("a one-time token %1 s old was redeemed (HTTP 200): it must expire 1 minute after generation").arg(age));
        else if (late.status != 410)
            m_expiry.fail(QStringLiteral("a one-time token %1 s old got %2, not 410: an expired token is answered with 410 CID_TOKEN_EXPIRED")
                              .arg(age)
                              .arg(late.describe()));
        else
            m_expiry.pass(QStringLiteral("refused after %1 s: %2").arg(age).arg(late.describe()));
    }
    record(m_expiry);
}

} // namespace InAppKit::Conformance
