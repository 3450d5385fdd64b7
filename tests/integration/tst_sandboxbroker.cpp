// SPDX-License-Identifier: MIT
// The sandbox broker over real TLS, through QNetworkAccessManager and raw sockets.
// Over 500 lines: one test function per behaviour of the broker the kit is tested against
// (screens, session service, state, faults, abuse), sharing one fixture.
#include "sandboxbroker.h"
#include "sandboxhttpserver.h"
#include "sandboxroutes.h"
#include "sandboxthirdparties.h"

#include <InAppKit/brokerprofile.h>

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QUrlQuery>

using InAppKit::Sandbox::SandboxBroker;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QUrl location;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString html() const { return QString::fromUtf8(body); }
};

QString formKey(const QString &html)
{
    static const QRegularExpression re(QStringLiteral("name=\"form\" value=\"([^\"]+)\""));
    return re.match(html).captured(1);
}

QString queryItem(const QUrl &url, const char *name)
{
    return QUrlQuery(url).queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

} // namespace

class TestSandboxBroker : public QObject
{
    Q_OBJECT

private:
    SandboxBroker *broker = nullptr;
    QNetworkAccessManager nam;
    QString userId;
    QString account;

    QNetworkRequest request(const QString &pathAndQuery) const
    {
        QNetworkRequest r(broker->baseUrl().resolved(QUrl(pathAndQuery)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
        r.setSslConfiguration(tls);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return r;
    }

    Reply finish(QNetworkReply *reply)
    {
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(15000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        reply->deleteLater();
        return r;
    }

    Reply get(const QString &path) { return finish(nam.get(request(path))); }

    Reply post(const QString &path, const QUrlQuery &form)
    {
        QNetworkRequest r = request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        return finish(nam.post(r, form.toString(QUrl::FullyEncoded).toUtf8()));
    }

    Reply postJson(const QString &path, const QJsonObject &body, const QString &session = QString())
    {
        QNetworkRequest r = request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!session.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + session.toLatin1());
        return finish(nam.post(r, QJsonDocument(body).toJson()));
    }

    Reply getJson(const QString &path, const QString &session)
    {
        QNetworkRequest r = request(path);
        r.setRawHeader("Authorization", "Bearer " + session.toLatin1());
        return finish(nam.get(r));
    }

    // Logs alice in on the login form; returns the one-time token of the success redirect.
    QString loginToken(bool keepMeLoggedIn, const QString &email = QStringLiteral("alice@example.com"),
                       const QString &password = QStringLiteral("password1"))
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("email"), email);
        form.addQueryItem(QStringLiteral("password"), password);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("inappkit-demo"));
        if (keepMeLoggedIn)
            form.addQueryItem(QStringLiteral("kmli"), QStringLiteral("1"));
        const Reply r = post(QStringLiteral("/auth/login"), form);
        if (r.status != 302)
            return QString();
        return queryItem(r.location, "token");
    }

    QJsonObject signIn(bool keepMeLoggedIn)
    {
        return postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), loginToken(keepMeLoggedIn)}}).json();
    }

    QString inAppToken(const QString &session)
    {
        return postJson(QStringLiteral("/session/inapp-token"), {}, session).json().value(QStringLiteral("token")).toString();
    }

    // Opens an InApp screen with a fresh token; returns the form key of the page.
    QString openScreen(const QString &screen, const QString &session, const QString &accountNumber = QString())
    {
        QString path = QStringLiteral("/inapp/") + screen + QStringLiteral("?token=") + inAppToken(session);
        if (!accountNumber.isEmpty())
            path += QStringLiteral("&account=") + accountNumber;
        const Reply r = get(path);
        if (r.status != 200)
            return QString();
        return formKey(r.html());
    }

    // Raw bytes over TLS; the broker runs in this thread, so wait with the event loop running.
    QByteArray rawExchange(const QByteArray &bytes)
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
        socket.setSslConfiguration(tls);
        QByteArray answer;
        bool closed = false;
        connect(&socket, &QSslSocket::encrypted, &socket, [&] { socket.write(bytes); });
        connect(&socket, &QIODevice::readyRead, &socket, [&] { answer += socket.readAll(); });
        connect(&socket, &QAbstractSocket::disconnected, &socket, [&] { closed = true; });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), broker->port());
        if (!QTest::qWaitFor([&] { return closed || answer.contains("\r\n\r\n"); }, 10000))
            qWarning("the broker neither answered nor closed");
        return answer;
    }

    // One request over TLS with Connection: close; the whole answer, as sent, once the broker closes.
    QByteArray rawRequest(const QByteArray &method, const QString &path)
    {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
        socket.setSslConfiguration(tls);
        QByteArray answer;
        bool closed = false;
        connect(&socket, &QSslSocket::encrypted, &socket, [&] {
            socket.write(method + ' ' + path.toUtf8() + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        });
        connect(&socket, &QIODevice::readyRead, &socket, [&] { answer += socket.readAll(); });
        connect(&socket, &QAbstractSocket::disconnected, &socket, [&] { closed = true; });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), broker->port());
        if (!QTest::qWaitFor([&] { return closed; }, 10000))
            qWarning("the broker did not close the connection");
        return answer + socket.readAll();
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void loginScreenFaces();
    void loginScreenLanguageAndTheme();
    void loginRequiresRegisteredClient();
    void wrongCredentialsShowAnError();
    void loginRedirectsWithFreshTokens();
    void exchangeHonoursKeepMeLoggedIn();
    void oneTimeTokenIsSingleUse();
    void oneTimeTokenExpiresAfterSixtySeconds();
    void exchangeErrors();
    void signUpGoesThroughAccountCreation();
    void signUpRefusesBadInput();
    void passwordReset();
    void reloginAndRevocation();
    void inAppTokenNeedsSession();
    void depositChangesBalance();
    void withdrawChecksBalance();
    void inAppScreenRefusesBadTokens();
    void inAppScreenChecksAccount();
    void everyInAppScreenCompletes();
    void logoutEndsSessionAndAccessToken();
    void ribbons();
    void faults();
    void counters();
    void malformedRequests();
    void pipeliningWithoutReadingIsBounded();
    void tricklingClientsTimeOut();
    void anotherProcessCannotTakeEveryConnection();
    void untrustedCertificate();
    void standaloneProgramWritesAValidProfile();
    void testPagesOnlyForTests();
    void tablesArePruned();
    void crmApi();
    void routeTable();
};

void TestSandboxBroker::init()
{
    broker = new SandboxBroker(this);
    QString error;
    QVERIFY2(broker->start(0, SandboxBroker::Certificate::Trusted, &error), qPrintable(error));
    QVERIFY(broker->port() > 0);
    userId = broker->addUser(QStringLiteral("alice@example.com"), QStringLiteral("password1"));
    account = broker->accountsOf(userId).value(0);
    QVERIFY(!account.isEmpty());
    nam.clearConnectionCache();
}

void TestSandboxBroker::cleanup()
{
    delete broker;
    broker = nullptr;
}

// The hostile pages under /test/ exist for the tests only: a broker not started for them (the
// demo's) answers 404, and no page is served under that path.
void TestSandboxBroker::testPagesOnlyForTests()
{
    for (const char *page : {"links", "hostile-frame", "popups", "success-by-any-means", "redirect-loop"}) {
        const QString path = QStringLiteral("/test/") + QLatin1String(page);
        QCOMPARE(get(path).status, 404);
    }
    broker->setForTests(true);
    QCOMPARE(get(QStringLiteral("/test/links")).status, 200);
}

// One-time tokens, spent ones and screen forms do not pile up: a client signing in and opening
// screens in a loop cannot grow the broker without bound. A late token is still told "expired".
void TestSandboxBroker::tablesArePruned()
{
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    QVERIFY(!session.isEmpty());
    QStringList tokens;
    for (int i = 0; i < 20; ++i)
        tokens.append(postJson(QStringLiteral("/session/inapp-token"), {}, session).json().value(QStringLiteral("token")).toString());
    QVERIFY(broker->tableSizes().value(QStringLiteral("oneTimeTokens")) >= 20);
    QCOMPARE(get(QStringLiteral("/inapp/kyc?token=") + tokens.takeFirst()).status, 200); // spent, and a form made
    QVERIFY(broker->tableSizes().value(QStringLiteral("spentOneTimeTokens")) >= 1);
    QVERIFY(broker->tableSizes().value(QStringLiteral("forms")) >= 1);

    broker->advanceClock(2 * 60 * 1000); // expired, still remembered
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), tokens.first()}}).status, 410);
    broker->advanceClock(60 * 60 * 1000); // long gone: the next token prunes them
    postJson(QStringLiteral("/session/inapp-token"), {}, session);
    const QHash<QString, int> sizes = broker->tableSizes();
    QCOMPARE(sizes.value(QStringLiteral("oneTimeTokens")), 1);
    QCOMPARE(sizes.value(QStringLiteral("spentOneTimeTokens")), 0);
    QCOMPARE(sizes.value(QStringLiteral("forms")), 0);
    QCOMPARE(sizes.value(QStringLiteral("signUps")), 0);
}

void TestSandboxBroker::loginScreenFaces()
{
    Reply r = get(QStringLiteral("/auth/login?firstLogin=true&client_id=inappkit-demo&lang=en&theme=light&source=Desktop"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.html().contains(QStringLiteral("id=\"signup\"")));
    QVERIFY(!r.html().contains(QStringLiteral("id=\"login\"")));
    QVERIFY(r.html().contains(QStringLiteral("Create your account")));
    QVERIFY(r.html().contains(QStringLiteral("name=\"kmli\"")));
    QVERIFY(r.html().contains(QStringLiteral("id=\"to-login\"")));
    QVERIFY(!r.html().contains(QStringLiteral("<script")));
    QVERIFY(!r.html().contains(QStringLiteral("http://")));

    r = get(QStringLiteral("/auth/login?firstLogin=false&client_id=inappkit-demo"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.html().contains(QStringLiteral("id=\"login\"")));
    QVERIFY(r.html().contains(QStringLiteral("id=\"to-signup\"")));
    QVERIFY(r.html().contains(QStringLiteral("id=\"reset\"")));
    QVERIFY(r.html().contains(QStringLiteral("Keep me logged in")));
}

void TestSandboxBroker::loginScreenLanguageAndTheme()
{
    Reply r = get(QStringLiteral("/auth/login?firstLogin=false&client_id=inappkit-demo&lang=de&theme=dark"));
    QVERIFY(r.html().contains(QStringLiteral("<html lang=\"de\" data-theme=\"dark\"")));
    QVERIFY(r.html().contains(QStringLiteral("Angemeldet bleiben")));
    // The link to the other face keeps language and theme.
    QVERIFY(r.html().contains(QStringLiteral("lang=de")));
    r = get(QStringLiteral("/auth/login?firstLogin=false&client_id=inappkit-demo&lang=xx&theme=neon"));
    QVERIFY(r.html().contains(QStringLiteral("<html lang=\"en\" data-theme=\"light\"")));
    QVERIFY(r.html().contains(QStringLiteral("Keep me logged in")));
}

void TestSandboxBroker::loginRequiresRegisteredClient()
{
    const Reply r = get(QStringLiteral("/auth/login?firstLogin=false"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.html().contains(QStringLiteral("not registered")));
}

void TestSandboxBroker::wrongCredentialsShowAnError()
{
    QVERIFY(loginToken(false, QStringLiteral("alice@example.com"), QStringLiteral("wrong")).isEmpty());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("alice@example.com"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("wrong"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("inappkit-demo"));
    const Reply r = post(QStringLiteral("/auth/login"), form);
    QCOMPARE(r.status, 401);
    QVERIFY(r.location.isEmpty());
    QVERIFY(r.html().contains(QStringLiteral("id=\"error\"")));
    QVERIFY(r.html().contains(QStringLiteral("Wrong e-mail or password.")));
    QVERIFY(r.html().contains(QStringLiteral("value=\"alice@example.com\""))); // nothing typed is lost
    QCOMPARE(broker->requestCount(QStringLiteral("/callback/success")), 0);
}

void TestSandboxBroker::loginRedirectsWithFreshTokens()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("alice@example.com"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("password1"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("inappkit-demo"));
    const Reply r = post(QStringLiteral("/auth/login"), form);
    QCOMPARE(r.status, 302);
    QCOMPARE(r.location.adjusted(QUrl::RemoveQuery), broker->baseUrl().resolved(QUrl(QStringLiteral("/callback/success"))));
    const QString first = queryItem(r.location, "token");
    QVERIFY(first.size() >= 22); // >= 128 bits in base64url
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(first).hasMatch());

    const QString second = loginToken(false);
    broker->addUser(QStringLiteral("bob@example.com"), QStringLiteral("password2"));
    const QString bobs = loginToken(false, QStringLiteral("bob@example.com"), QStringLiteral("password2"));
    QVERIFY(!second.isEmpty() && !bobs.isEmpty());
    QVERIFY(first != second);
    QVERIFY(bobs != first && bobs != second);
    // Each token belongs to its own user.
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), bobs}}).json().value(QStringLiteral("userId")).toInteger(),
             broker->userIdOf(QStringLiteral("bob@example.com")).toLongLong());
}

void TestSandboxBroker::exchangeHonoursKeepMeLoggedIn()
{
    QJsonObject o = signIn(true);
    QCOMPARE(QString::number(o.value(QStringLiteral("userId")).toInteger()), userId);
    QVERIFY(!o.value(QStringLiteral("accessToken")).toString().isEmpty());
    QVERIFY(!o.value(QStringLiteral("sessionToken")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("accounts")).toArray().size(), 1);
    QCOMPARE(QString::number(o.value(QStringLiteral("accounts")).toArray().at(0).toObject().value(QStringLiteral("login")).toInteger()), account);
    // The account-link id is a number of its own, never the login.
    const QString link = QString::number(o.value(QStringLiteral("accounts")).toArray().at(0).toObject().value(QStringLiteral("ctidTraderAccountId")).toInteger());
    QCOMPARE(link, broker->traderAccountIdOf(account));
    QVERIFY(link != account);
    QCOMPARE(broker->accessTokensOf(userId).size(), 1);

    o = signIn(false);
    QVERIFY(!o.contains(QStringLiteral("accessToken")));
    QVERIFY(!o.value(QStringLiteral("sessionToken")).toString().isEmpty());
    QCOMPARE(broker->accessTokensOf(userId).size(), 1);
}

void TestSandboxBroker::oneTimeTokenIsSingleUse()
{
    const QString token = loginToken(false);
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), token}}).status, 200);
    const Reply again = postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), token}});
    QCOMPARE(again.status, 404);
    QCOMPARE(again.json().value(QStringLiteral("code")).toString(), QStringLiteral("CID_NON_EXISTED_TOKEN"));
}

void TestSandboxBroker::oneTimeTokenExpiresAfterSixtySeconds()
{
    const QString fresh = loginToken(false);
    const QString stale = loginToken(false);
    broker->advanceClock(SandboxBroker::OneTimeTokenLifetimeMs - 1000);
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), fresh}}).status, 200);
    broker->advanceClock(1001);
    const Reply r = postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), stale}});
    QCOMPARE(r.status, 410);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("CID_TOKEN_EXPIRED"));
    // Refused once, it stays refused.
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), stale}}).status, 404);
}

void TestSandboxBroker::exchangeErrors()
{
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), QStringLiteral("nope")}}).status, 404);
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {}).status, 400);
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), 5}}).status, 400);
    QNetworkRequest r = request(QStringLiteral("/session/exchange"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    Reply bad = finish(nam.post(r, QByteArrayLiteral("{not json")));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QCOMPARE(finish(nam.post(r, QByteArrayLiteral("{}"))).status, 400);
    QCOMPARE(get(QStringLiteral("/session/exchange")).status, 405);
    QCOMPARE(get(QStringLiteral("/session/nothing")).status, 404);
    // An InApp token cannot sign anyone in.
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    QCOMPARE(postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), inAppToken(session)}}).status, 404);
}

void TestSandboxBroker::signUpGoesThroughAccountCreation()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("carol@example.com"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("carolcarol"));
    form.addQueryItem(QStringLiteral("kmli"), QStringLiteral("1"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("inappkit-demo"));
    form.addQueryItem(QStringLiteral("partnerId"), QStringLiteral("partner-7"));
    form.addQueryItem(QStringLiteral("lang"), QStringLiteral("de"));
    Reply r = post(QStringLiteral("/auth/signup"), form);
    QCOMPARE(r.status, 302);
    QCOMPARE(r.location.path(), QStringLiteral("/account/create"));
    QCOMPARE(queryItem(r.location, "lang"), QStringLiteral("de"));
    const QString signUp = queryItem(r.location, "signup");
    QVERIFY(!signUp.isEmpty());

    r = get(r.location.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    QCOMPARE(r.status, 200);
    QVERIFY(r.html().contains(QStringLiteral("Handelskonto eröffnen")));
    QVERIFY(r.html().contains(QStringLiteral("id=\"account\"")));

    QUrlQuery create;
    create.addQueryItem(QStringLiteral("signup"), signUp);
    create.addQueryItem(QStringLiteral("currency"), QStringLiteral("EUR"));
    r = post(QStringLiteral("/account/create"), create);
    QCOMPARE(r.status, 302);
    const QString token = queryItem(r.location, "token");
    QVERIFY(!token.isEmpty());
    const QJsonObject o = postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), token}}).json();
    const QString carol = broker->userIdOf(QStringLiteral("carol@example.com"));
    QCOMPARE(QString::number(o.value(QStringLiteral("userId")).toInteger()), carol);
    QVERIFY(o.contains(QStringLiteral("accessToken")));
    QCOMPARE(o.value(QStringLiteral("accounts")).toArray().at(0).toObject().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    QCOMPARE(broker->partnerIdOf(carol), QStringLiteral("partner-7"));

    // The sign-up link is spent.
    QCOMPARE(post(QStringLiteral("/account/create"), create).status, 404);
}

void TestSandboxBroker::signUpRefusesBadInput()
{
    auto attempt = [this](const QString &email, const QString &password) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("email"), email);
        form.addQueryItem(QStringLiteral("password"), password);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("inappkit-demo"));
        return post(QStringLiteral("/auth/signup"), form);
    };
    Reply r = attempt(QStringLiteral("alice@example.com"), QStringLiteral("password1"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.html().contains(QStringLiteral("already exists")));
    QVERIFY(r.html().contains(QStringLiteral("id=\"signup\"")));
    r = attempt(QStringLiteral("dave@example.com"), QStringLiteral("short"));
    QVERIFY(r.html().contains(QStringLiteral("at least 8")));
    r = attempt(QStringLiteral("not-an-email"), QStringLiteral("longenough"));
    QVERIFY(r.html().contains(QStringLiteral("valid e-mail")));
    QVERIFY(broker->userIdOf(QStringLiteral("dave@example.com")).isEmpty());
}

void TestSandboxBroker::passwordReset()
{
    Reply r = get(QStringLiteral("/auth/reset?client_id=inappkit-demo"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.html().contains(QStringLiteral("id=\"reset\"")));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("alice@example.com"));
    r = post(QStringLiteral("/auth/reset"), form);
    QCOMPARE(r.status, 200);
    QVERIFY(r.html().contains(QStringLiteral("on its way")));
    QVERIFY(r.html().contains(QStringLiteral("id=\"back\"")));
}

void TestSandboxBroker::reloginAndRevocation()
{
    const QString accessToken = signIn(true).value(QStringLiteral("accessToken")).toString();
    Reply r = postJson(QStringLiteral("/session/relogin"), {{QStringLiteral("accessToken"), accessToken}});
    QCOMPARE(r.status, 200);
    QCOMPARE(QString::number(r.json().value(QStringLiteral("userId")).toInteger()), userId);
    QVERIFY(!r.json().contains(QStringLiteral("accessToken")));
    // Reusable until revoked.
    QCOMPARE(postJson(QStringLiteral("/session/relogin"), {{QStringLiteral("accessToken"), accessToken}}).status, 200);
    QVERIFY(broker->revokeAccessToken(accessToken));
    r = postJson(QStringLiteral("/session/relogin"), {{QStringLiteral("accessToken"), accessToken}});
    QCOMPARE(r.status, 404);
    QCOMPARE(postJson(QStringLiteral("/session/relogin"), {}).status, 400);
    signIn(true);
    signIn(true);
    QCOMPARE(broker->revokeAccessTokens(userId), 2);
}

void TestSandboxBroker::inAppTokenNeedsSession()
{
    QCOMPARE(postJson(QStringLiteral("/session/inapp-token"), {}).status, 403);
    QCOMPARE(postJson(QStringLiteral("/session/inapp-token"), {}, QStringLiteral("forged")).json().value(QStringLiteral("code")).toString(),
             QStringLiteral("CH_CLIENT_AUTH_FAILURE"));
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    const QString a = inAppToken(session);
    const QString b = inAppToken(session);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
}

void TestSandboxBroker::depositChangesBalance()
{
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    const QString token = inAppToken(session);
    Reply r = get(QStringLiteral("/inapp/deposit?token=%1&account=%2&lang=en&theme=dark&source=Desktop").arg(token, account));
    QCOMPARE(r.status, 200);
    QVERIFY(r.html().contains(QStringLiteral("data-theme=\"dark\"")));
    QVERIFY(r.html().contains(QStringLiteral("id=\"back\"")));
    QVERIFY(r.html().contains(QStringLiteral("status=cancelled")));
    QVERIFY(!r.html().contains(token)); // the page never echoes the token
    const QString key = formKey(r.html());
    QVERIFY(!key.isEmpty());

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("form"), key);
    form.addQueryItem(QStringLiteral("amount"), QStringLiteral("abc"));
    r = post(QStringLiteral("/inapp/deposit"), form);
    QCOMPARE(r.status, 422);
    QVERIFY(r.html().contains(QStringLiteral("greater than zero")));
    QCOMPARE(broker->balanceCents(account), 0);

    form.removeAllQueryItems(QStringLiteral("amount"));
    form.addQueryItem(QStringLiteral("amount"), QStringLiteral("250.50"));
    r = post(QStringLiteral("/inapp/deposit"), form);
    // The amount is set; the money comes through the payment provider's card frame.
    QCOMPARE(r.status, 200);
    const QString provider = broker->thirdParties()->paymentProviderUrl().toString();
    QVERIFY2(r.html().contains(QStringLiteral("id=\"cardFrame\" title=\"Pay by card\" src=\"") + provider), qPrintable(r.html()));
    const QString payment = QRegularExpression(QStringLiteral("psp/card\\?payment=([A-Za-z0-9_-]+)")).match(r.html()).captured(1);
    QVERIFY(!payment.isEmpty());
    QCOMPARE(broker->balanceCents(account), 0);

    // The provider's card form asks for 3-D Secure and tells the broker's page where to go.
    QUrlQuery card;
    card.addQueryItem(QStringLiteral("payment"), payment);
    card.addQueryItem(QStringLiteral("card"), QStringLiteral("4242 4242 4242 4242"));
    card.addQueryItem(QStringLiteral("expiry"), QStringLiteral("12/30"));
    card.addQueryItem(QStringLiteral("cvc"), QStringLiteral("123"));
    r = post(provider + QStringLiteral("psp/card"), card);
    QCOMPARE(r.status, 200);
    const QString paReq = QRegularExpression(QStringLiteral("paReq: \"([^\"]+)\"")).match(r.html()).captured(1);
    QVERIFY2(!paReq.isEmpty(), qPrintable(r.html()));
    QVERIFY(r.html().contains(QStringLiteral("type: 'threeDSecure'")));

    const QString acs = broker->thirdParties()->threeDSecureUrl().toString();
    QUrlQuery challenge;
    challenge.addQueryItem(QStringLiteral("PaReq"), paReq);
    challenge.addQueryItem(QStringLiteral("MD"), key);
    challenge.addQueryItem(QStringLiteral("TermUrl"), QStringLiteral("https://evil.example/steal"));
    QCOMPARE(post(acs + QStringLiteral("acs/challenge"), challenge).status, 404); // no open redirect
    challenge.removeAllQueryItems(QStringLiteral("TermUrl"));
    challenge.addQueryItem(QStringLiteral("TermUrl"), broker->baseUrl().resolved(QUrl(QStringLiteral("/inapp/deposit/3ds"))).toString());
    QVERIFY(post(acs + QStringLiteral("acs/challenge"), challenge).html().contains(QStringLiteral("id=\"otp\"")));
    QUrlQuery wrong = challenge;
    wrong.addQueryItem(QStringLiteral("otp"), QStringLiteral("0000"));
    QVERIFY(post(acs + QStringLiteral("acs/verify"), wrong).html().contains(QStringLiteral("not right")));
    QUrlQuery right = challenge;
    right.addQueryItem(QStringLiteral("otp"), QStringLiteral("1234"));
    r = post(acs + QStringLiteral("acs/verify"), right);
    const QString paRes = QRegularExpression(QStringLiteral("name=\"PaRes\" value=\"([^\"]+)\"")).match(r.html()).captured(1);
    QVERIFY2(!paRes.isEmpty(), qPrintable(r.html()));

    // A forged answer moves no money; the issuer's does, once.
    QUrlQuery back;
    back.addQueryItem(QStringLiteral("MD"), key);
    back.addQueryItem(QStringLiteral("PaRes"), QStringLiteral("forged"));
    QCOMPARE(post(QStringLiteral("/inapp/deposit/3ds"), back).status, 422);
    QCOMPARE(broker->balanceCents(account), 0);
    back.removeAllQueryItems(QStringLiteral("PaRes"));
    back.addQueryItem(QStringLiteral("PaRes"), paRes);
    r = post(QStringLiteral("/inapp/deposit/3ds"), back);
    QCOMPARE(r.status, 302);
    QCOMPARE(r.location.path(), QStringLiteral("/callback/success"));
    QCOMPARE(queryItem(r.location, "status"), QStringLiteral("done"));
    QCOMPARE(broker->balanceCents(account), 25050);
    const QJsonObject accounts = getJson(QStringLiteral("/session/accounts"), session).json();
    QCOMPARE(accounts.value(QStringLiteral("accounts")).toArray().at(0).toObject().value(QStringLiteral("balance")).toInteger(), 25050);
    // The form and the payment are spent.
    QCOMPARE(post(QStringLiteral("/inapp/deposit/3ds"), back).status, 404);
    QCOMPARE(post(QStringLiteral("/inapp/deposit"), form).status, 404);
    QCOMPARE(broker->balanceCents(account), 25050);
}

void TestSandboxBroker::withdrawChecksBalance()
{
    broker->addAccount(userId, QStringLiteral("EUR"), 10000);
    const QString rich = broker->accountsOf(userId).at(1);
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    const QString key = openScreen(QStringLiteral("withdraw"), session, rich);
    QVERIFY(!key.isEmpty());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("form"), key);
    form.addQueryItem(QStringLiteral("amount"), QStringLiteral("100.01"));
    Reply r = post(QStringLiteral("/inapp/withdraw"), form);
    QCOMPARE(r.status, 422);
    QVERIFY(r.html().contains(QStringLiteral("exceeds the balance")));
    form.removeAllQueryItems(QStringLiteral("amount"));
    form.addQueryItem(QStringLiteral("amount"), QStringLiteral("40"));
    QCOMPARE(post(QStringLiteral("/inapp/withdraw"), form).status, 302);
    QCOMPARE(broker->balanceCents(rich), 6000);
}

void TestSandboxBroker::inAppScreenRefusesBadTokens()
{
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    const QString kyc = QStringLiteral("/inapp/kyc?token=");
    Reply r = get(QStringLiteral("/inapp/kyc"));
    QCOMPARE(r.status, 400);
    QVERIFY(!r.html().contains(QStringLiteral("<form")));
    r = get(kyc + QStringLiteral("forged"));
    QCOMPARE(r.status, 404);
    QVERIFY(!r.html().contains(QStringLiteral("<form")));

    const QString token = inAppToken(session);
    QCOMPARE(get(kyc + token).status, 200);
    r = get(kyc + token);
    QCOMPARE(r.status, 404);
    QVERIFY(r.html().contains(QStringLiteral("already used")));
    QVERIFY(!r.html().contains(QStringLiteral("<form")));

    const QString stale = inAppToken(session);
    broker->advanceClock(SandboxBroker::OneTimeTokenLifetimeMs + 1);
    r = get(kyc + stale);
    QCOMPARE(r.status, 410);
    QVERIFY(r.html().contains(QStringLiteral("expired")));
    QVERIFY(!r.html().contains(QStringLiteral("<form")));

    // A login token does not open an InApp screen.
    QCOMPARE(get(kyc + loginToken(false)).status, 404);
}

void TestSandboxBroker::inAppScreenChecksAccount()
{
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    const QString token = inAppToken(session);
    Reply r = get(QStringLiteral("/inapp/deposit?token=") + token);
    QCOMPARE(r.status, 400);
    QVERIFY(r.html().contains(QStringLiteral("needs a trading account")));
    // The token was not spent by the refused call.
    const QString bob = broker->addUser(QStringLiteral("bob@example.com"), QStringLiteral("password2"));
    r = get(QStringLiteral("/inapp/deposit?token=%1&account=%2").arg(token, broker->accountsOf(bob).at(0)));
    QCOMPARE(r.status, 403);
    QVERIFY(!r.html().contains(QStringLiteral("<form")));
}

void TestSandboxBroker::everyInAppScreenCompletes()
{
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    auto submit = [this](const QString &screen, const QString &key, const QList<QPair<QString, QString>> &fields) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("form"), key);
        for (const auto &[k, v] : fields)
            form.addQueryItem(k, v);
        return post(QStringLiteral("/inapp/") + screen, form);
    };
    QSignalSpy completed(broker, &SandboxBroker::screenCompleted);

    // Verify identity: three steps.
    QString key = openScreen(QStringLiteral("kyc"), session);
    Reply r = submit(QStringLiteral("kyc"), key, {{QStringLiteral("fullName"), QStringLiteral("Alice A")}, {QStringLiteral("birthDate"), QStringLiteral("1990-01-01")}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.html().contains(QStringLiteral("Step 2 of 3")));
    // The document goes to the KYC vendor's frame, not to the broker.
    const QString kycSession = QRegularExpression(QStringLiteral("vendor/kyc\\?session=([A-Za-z0-9_-]+)")).match(r.html()).captured(1);
    QVERIFY(!kycSession.isEmpty());
    r = submit(QStringLiteral("kyc"), key, {{QStringLiteral("docType"), QStringLiteral("passport")}, {QStringLiteral("docNumber"), QStringLiteral("X123")}});
    QCOMPARE(r.status, 422);
    QVERIFY(r.html().contains(QStringLiteral("Upload your document first")));
    {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"document\"; filename=\"id.png\""));
        static const char bytes[] = "\x89PNG-document-bytes\0\r\n--"; // a NUL and a CRLF-dash inside
        const QByteArray document(bytes, sizeof bytes - 1);
        part.setBody(document);
        multipart->append(part);
        QNetworkRequest upload = request(broker->thirdParties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/kyc/upload?session=") + kycSession)).toString());
        QNetworkReply *reply = nam.post(upload, multipart);
        multipart->setParent(reply);
        const Reply uploaded = finish(reply);
        QCOMPARE(uploaded.status, 200);
        QVERIFY2(uploaded.html().contains(QStringLiteral("id.png (%1 bytes) received").arg(document.size())), qPrintable(uploaded.html()));
        QCOMPARE(broker->thirdParties()->kycDocument(kycSession), document);
    }
    r = submit(QStringLiteral("kyc"), key, {{QStringLiteral("docType"), QStringLiteral("passport")}, {QStringLiteral("docNumber"), QStringLiteral("X123")}});
    QVERIFY(r.html().contains(QStringLiteral("Step 3 of 3")));
    QVERIFY(r.html().contains(QStringLiteral("Alice A, X123")));
    r = submit(QStringLiteral("kyc"), key, {});
    QCOMPARE(r.status, 422);
    r = submit(QStringLiteral("kyc"), key, {{QStringLiteral("confirm"), QStringLiteral("1")}});
    QCOMPARE(r.status, 302);

    // Support chat: messages, then Done.
    key = openScreen(QStringLiteral("support"), session);
    r = submit(QStringLiteral("support"), key, {{QStringLiteral("message"), QStringLiteral("<b>hello</b>")}});
    QVERIFY(r.html().contains(QStringLiteral("&lt;b&gt;hello&lt;/b&gt;")));
    QVERIFY(r.html().contains(QStringLiteral("an agent will answer")));
    QCOMPARE(submit(QStringLiteral("support"), key, {{QStringLiteral("done"), QStringLiteral("1")}}).status, 302);

    key = openScreen(QStringLiteral("newAccount"), session);
    QCOMPARE(submit(QStringLiteral("newAccount"), key, {{QStringLiteral("currency"), QStringLiteral("GBP")}}).status, 302);
    QCOMPARE(broker->accountsOf(userId).size(), 2);

    key = openScreen(QStringLiteral("changePassword"), session);
    QCOMPARE(submit(QStringLiteral("changePassword"), key, {{QStringLiteral("currentPassword"), QStringLiteral("bad")}, {QStringLiteral("newPassword"), QStringLiteral("password9")}}).status, 422);
    QCOMPARE(submit(QStringLiteral("changePassword"), key, {{QStringLiteral("currentPassword"), QStringLiteral("password1")}, {QStringLiteral("newPassword"), QStringLiteral("password9")}}).status, 302);
    QVERIFY(loginToken(false).isEmpty());
    QVERIFY(!loginToken(false, QStringLiteral("alice@example.com"), QStringLiteral("password9")).isEmpty());

    key = openScreen(QStringLiteral("changeEmail"), session);
    QCOMPARE(submit(QStringLiteral("changeEmail"), key, {{QStringLiteral("newEmail"), QStringLiteral("alice@new.example")}}).status, 302);
    QCOMPARE(broker->emailOf(userId), QStringLiteral("alice@new.example"));

    key = openScreen(QStringLiteral("academy"), session);
    r = get(QStringLiteral("/inapp/academy?lang=de&token=") + inAppToken(session));
    QVERIFY(r.html().contains(QStringLiteral("Trading-Akademie")));
    QCOMPARE(submit(QStringLiteral("academy"), key, {}).status, 302);

    int inApp = 0;
    for (const auto &args : completed)
        inApp += args.at(0).toString() != QLatin1String("login");
    QCOMPARE(inApp, 6);
    // A form key of one screen does not drive another.
    key = openScreen(QStringLiteral("kyc"), session);
    QCOMPARE(submit(QStringLiteral("deposit"), key, {{QStringLiteral("amount"), QStringLiteral("5")}}).status, 404);
}

void TestSandboxBroker::logoutEndsSessionAndAccessToken()
{
    const QJsonObject o = signIn(true);
    const QString session = o.value(QStringLiteral("sessionToken")).toString();
    const QString accessToken = o.value(QStringLiteral("accessToken")).toString();
    QCOMPARE(postJson(QStringLiteral("/session/logout"), {{QStringLiteral("accessToken"), accessToken}}, session).status, 204);
    QCOMPARE(postJson(QStringLiteral("/session/inapp-token"), {}, session).status, 403);
    QCOMPARE(postJson(QStringLiteral("/session/relogin"), {{QStringLiteral("accessToken"), accessToken}}).status, 404);
    QCOMPARE(postJson(QStringLiteral("/session/logout"), {}, session).status, 403);
}

void TestSandboxBroker::ribbons()
{
    const QString session = signIn(false).value(QStringLiteral("sessionToken")).toString();
    QCOMPARE(getJson(QStringLiteral("/session/ribbons"), session).json().value(QStringLiteral("rules")).toObject()
                 .value(QStringLiteral("ribbons")).toArray().size(), 0);
    const QJsonObject ribbon{{QStringLiteral("color"), QStringLiteral("#ff33ee")},
                             {QStringLiteral("title"), QStringLiteral("Deposit now")},
                             {QStringLiteral("enabled"), true},
                             {QStringLiteral("closable"), true},
                             {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlinApp"), QString(broker->baseUrl().toString() + QStringLiteral("inapp/deposit"))}}},
                             {QStringLiteral("ctidTraderAccountId"), broker->traderAccountIdOf(account)}};
    broker->publishRibbon(userId, ribbon);
    const QJsonArray ribbons = getJson(QStringLiteral("/session/ribbons"), session).json().value(QStringLiteral("rules")).toObject()
                                   .value(QStringLiteral("ribbons")).toArray();
    QCOMPARE(ribbons.size(), 1);
    QCOMPARE(ribbons.at(0).toObject(), ribbon);
    QCOMPARE(getJson(QStringLiteral("/session/ribbons"), QStringLiteral("forged")).status, 403);
    QCOMPARE(postJson(QStringLiteral("/session/ribbons"), {}, session).status, 405);
    broker->clearRibbons(userId);
    QCOMPARE(getJson(QStringLiteral("/session/ribbons"), session).json().value(QStringLiteral("rules")).toObject()
                 .value(QStringLiteral("ribbons")).toArray().size(), 0);
}

void TestSandboxBroker::faults()
{
    const QString login = QStringLiteral("/auth/login?firstLogin=false&client_id=inappkit-demo");
    broker->setFault(QStringLiteral("/auth/login"), SandboxBroker::Fault::ServerError);
    QCOMPARE(get(login).status, 500);
    QCOMPARE(get(QStringLiteral("/auth/reset")).status, 200); // other paths unaffected

    broker->setFault(QStringLiteral("/auth/login"), SandboxBroker::Fault::DropConnection);
    Reply r = get(login);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);

    broker->setFaultDelayMs(1500);
    broker->setFault(QStringLiteral("/auth/login"), SandboxBroker::Fault::Slow);
    QElapsedTimer timer;
    timer.start();
    r = get(login);
    QCOMPARE(r.status, 200);
    QVERIFY(timer.elapsed() >= 1400); // a lower bound: the fault holds the answer back

    broker->setFault(QString(), SandboxBroker::Fault::ServerError);
    QCOMPARE(get(QStringLiteral("/auth/reset")).status, 500);
    broker->clearFaults();
    QCOMPARE(get(login).status, 200);
}

void TestSandboxBroker::counters()
{
    broker->resetCounters();
    QSignalSpy received(broker, &SandboxBroker::requestReceived);
    get(QStringLiteral("/auth/login?firstLogin=false&client_id=inappkit-demo"));
    get(QStringLiteral("/auth/login?firstLogin=true&client_id=inappkit-demo"));
    get(QStringLiteral("/nothing/here"));
    QCOMPARE(broker->requestCount(QStringLiteral("/auth/login")), 2);
    QCOMPARE(broker->requestCount(QStringLiteral("/nothing/here")), 1);
    QCOMPARE(broker->requestCount(QStringLiteral("/callback/success")), 0);
    QCOMPARE(broker->totalRequestCount(), 3);
    QCOMPARE(received.size(), 3);
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("GET"));
    QCOMPARE(received.at(0).at(1).toString(), QStringLiteral("/auth/login"));
    get(QStringLiteral("/callback/success?token=abc"));
    QCOMPARE(broker->requestCount(QStringLiteral("/callback/success")), 1);
    broker->resetCounters();
    QCOMPARE(broker->totalRequestCount(), 0);
    QVERIFY(broker->requestCounts().isEmpty());
}

void TestSandboxBroker::malformedRequests()
{
    auto statusOf = [](const QByteArray &answer) { return answer.mid(9, 3).toInt(); };
    QCOMPARE(statusOf(rawExchange("GARBAGE\r\n\r\n")), 400);
    QCOMPARE(statusOf(rawExchange("GET nopath HTTP/1.1\r\n\r\n")), 400);
    QCOMPARE(statusOf(rawExchange("GET / HTTP/1.1\r\nbad header line\r\n\r\n")), 400);
    QCOMPARE(statusOf(rawExchange("GET / HTTP/9.9\r\n\r\n")), 505);
    QCOMPARE(statusOf(rawExchange("GET / HTTP/1.1\r\nX: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n")), 431);
    QByteArray manyHeaders = "GET / HTTP/1.1\r\n";
    for (int i = 0; i < 100; ++i)
        manyHeaders += "X-" + QByteArray::number(i) + ": 1\r\n";
    QCOMPARE(statusOf(rawExchange(manyHeaders + "\r\n")), 431);
    QCOMPARE(statusOf(rawExchange("POST /session/exchange HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999\r\n\r\n")), 413);
    QCOMPARE(statusOf(rawExchange("POST /session/exchange HTTP/1.1\r\nHost: a\r\nContent-Length: -4\r\n\r\n")), 400);
    QCOMPARE(statusOf(rawExchange("POST /session/exchange HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")), 501);
    QCOMPARE(statusOf(rawExchange("DELETE /auth/login HTTP/1.1\r\nHost: a\r\n\r\n")), 405);
    // RFC 9112: Host exactly once in HTTP/1.1; Content-Length at most once, whatever its values.
    QCOMPARE(statusOf(rawExchange("GET /auth/login HTTP/1.1\r\n\r\n")), 400);
    QCOMPARE(statusOf(rawExchange("GET /auth/login HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")), 400);
    QCOMPARE(statusOf(rawExchange("POST /session/exchange HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}")), 400);
    QCOMPARE(statusOf(rawExchange("POST /session/exchange HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n{}")), 400);
    QCOMPARE(statusOf(rawExchange("GET /auth/login?client_id=inappkit-demo HTTP/1.0\r\n\r\n")), 200); // HTTP/1.0 needs none
    // HEAD: the headers of the GET, no body.
    const QByteArray head = rawExchange("HEAD /auth/login?client_id=inappkit-demo HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    QCOMPARE(statusOf(head), 200);
    QVERIFY(head.contains("Content-Length: "));
    QVERIFY(!head.contains("Content-Length: 0\r\n"));
    QVERIFY(head.endsWith("\r\n\r\n"));
    QCOMPARE(statusOf(rawExchange("GET /%zz HTTP/1.1\r\n\r\n")), 400);
    // A request target is a path, never an authority: "//host/path" is not "/path" (found by fuzzing).
    QCOMPARE(statusOf(rawExchange("GET //evil.example/auth/login?client_id=inappkit-demo HTTP/1.1\r\nHost: a\r\n\r\n")), 400);
    QCOMPARE(statusOf(rawExchange("GET /auth/login#frag HTTP/1.1\r\nHost: a\r\n\r\n")), 400);
    // The server is still fine afterwards.
    QCOMPARE(get(QStringLiteral("/auth/login?firstLogin=false&client_id=inappkit-demo")).status, 200);
}

// A client that pipelines requests and never reads the answers cannot make the server queue
// them without bound: it stops reading requests while its answers wait, and goes on when the
// client reads.
void TestSandboxBroker::pipeliningWithoutReadingIsBounded()
{
    constexpr int Requests = 8000; // tens of MiB of answers: more than the kernel buffers hold
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
    socket.setSslConfiguration(tls);
    socket.setReadBufferSize(16 * 1024); // the client's side does not read ahead either
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted); // the broker is in this thread: no blocking wait
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), broker->port());
    QVERIFY(encrypted.wait(10000));
    const QByteArray one = "GET /auth/login?client_id=inappkit-demo HTTP/1.1\r\nHost: a\r\n\r\n";
    QByteArray all;
    for (int i = 0; i < Requests; ++i)
        all += one;
    socket.write(all);
    const QString path = QStringLiteral("/auth/login");
    // Let the server work until it stops: no new request handled for a second.
    int handled = -1;
    for (int rounds = 0; rounds < 20 && handled != broker->requestCount(path); ++rounds) {
        handled = broker->requestCount(path);
        QTest::qWait(1000);
    }
    QVERIFY2(handled > 0 && handled < Requests * 3 / 4, qPrintable(QString::number(handled)));
    // The client reads: everything is answered.
    socket.setReadBufferSize(0);
    qint64 received = 0;
    connect(&socket, &QIODevice::readyRead, &socket, [&] { received += socket.readAll().size(); });
    received += socket.readAll().size();
    QTRY_COMPARE_WITH_TIMEOUT(broker->requestCount(path), Requests, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(received > qint64(Requests) * 1000, 30000);
}

// Slowloris: a client that sends its headers, or its body, a byte at a time gets 408 when the
// request time is up, however steadily it trickles; the server is fine afterwards.
void TestSandboxBroker::tricklingClientsTimeOut()
{
    broker->setRequestTimeoutMs(1500);
    for (const QByteArray &request : {QByteArray("GET /auth/login?client_id=inappkit-demo HTTP/1.1\r\nHost: a\r\nX-Slow: " + QByteArray(200, 'a')),
                                      QByteArray("POST /session/exchange HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{")}) {
        QSslSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
        socket.setSslConfiguration(tls);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), broker->port());
        QVERIFY(encrypted.wait(10000));
        QByteArray answer;
        connect(&socket, &QIODevice::readyRead, &socket, [&] { answer += socket.readAll(); });
        QElapsedTimer elapsed;
        elapsed.start();
        qsizetype sent = 0;
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, &socket, [&] {
            socket.write(sent < request.size() ? request.mid(sent++, 1) : QByteArray("a")); // never ends
        });
        trickle.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(answer.contains("\r\n\r\n"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.left(40).constData());
        QVERIFY(elapsed.elapsed() < 8000);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }
    QCOMPARE(get(QStringLiteral("/auth/login?firstLogin=false&client_id=inappkit-demo")).status, 200);
}

// Another local process that opens as many connections as it can gets at most
// MaxForeignConnections of them; this process (the demo's own web engine, in the demo) is still served.
void TestSandboxBroker::anotherProcessCannotTakeEveryConnection()
{
    QProcess flood;
    flood.start(QStringLiteral(INAPPKIT_CONNECTION_FLOOD), {QString::number(broker->port()), QString::number(InAppKit::Sandbox::SandboxHttpServer::MaxConnections + 20)});
    QVERIFY(flood.waitForStarted());
    const auto stop = qScopeGuard([&flood] {
        flood.kill();
        flood.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(flood.canReadLine(), 30000);
    const QByteArray line = flood.readLine().trimmed();
    QCOMPARE(line, QByteArray("held ") + QByteArray::number(InAppKit::Sandbox::SandboxHttpServer::MaxForeignConnections));
    // This process still gets its pages, on connections of its own.
    nam.clearConnectionCache();
    QCOMPARE(get(QStringLiteral("/auth/login?firstLogin=false&client_id=inappkit-demo")).status, 200);
}

void TestSandboxBroker::untrustedCertificate()
{
    SandboxBroker untrusted;
    QVERIFY(untrusted.start(0, SandboxBroker::Certificate::Untrusted));
    QNetworkRequest r(untrusted.baseUrl().resolved(QUrl(QStringLiteral("/auth/login"))));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
    r.setSslConfiguration(tls);
    const Reply reply = finish(nam.get(r));
    QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(untrusted.totalRequestCount(), 0);
}

void TestSandboxBroker::standaloneProgramWritesAValidProfile()
{
    QTemporaryDir dir;
    QProcess sandbox;
    sandbox.start(QStringLiteral(INAPPKIT_SANDBOX_EXECUTABLE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--write-profile"), dir.filePath(QStringLiteral("broker.json")),
                   QStringLiteral("--user"), QStringLiteral("erin@example.com:erinerin")});
    QVERIFY(sandbox.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sandbox.canReadLine(), 15000);
    const QString line = QString::fromUtf8(sandbox.readLine()).trimmed();
    QVERIFY2(line.startsWith(QStringLiteral("listening on https://127.0.0.1:")), qPrintable(line));

    InAppKit::BrokerProfileError error;
    const auto profile = InAppKit::BrokerProfile::fromFile(dir.filePath(QStringLiteral("broker.json")), &error);
    QVERIFY2(profile.isValid(), qPrintable(error.errorString()));
    QCOMPARE(profile.clientAreaUrl().toString(), line.mid(13));
    QCOMPARE(profile.caCertificates().size(), 1);
    QVERIFY(profile.isBrokerOrigin(profile.sessionServiceUrl()));
    QCOMPARE(profile.actions().size(), 8);
    QVERIFY(profile.warnings().isEmpty());

    // The seeded user can log in over TLS with the written CA.
    QNetworkRequest r(profile.loginUrl());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(profile.caCertificates());
    r.setSslConfiguration(tls);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    const Reply reply = finish(nam.post(r, "email=erin%40example.com&password=erinerin&client_id=inappkit-demo"));
    QCOMPARE(reply.status, 302);

    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);
}

// The broker CRM's side (specification 4.1 to 4.5), as the cTrader backend calls it and as the
// conformance tests 6.1.1 to 6.1.7 check it: status codes, fields, and no token where none is due.
void TestSandboxBroker::crmApi()
{
    // 4.1
    Reply r = postJson(QStringLiteral("/oauth2/crmApiToken"), {{QStringLiteral("password"), QStringLiteral("wrong")}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("CH_CLIENT_AUTH_FAILURE"));
    QVERIFY(!r.json().contains(QStringLiteral("crmApiToken")));
    r = postJson(QStringLiteral("/oauth2/crmApiToken"), {{QStringLiteral("password"), broker->crmPassword()}});
    QCOMPARE(r.status, 200);
    const QString crm = r.json().value(QStringLiteral("crmApiToken")).toString();
    QVERIFY(!crm.isEmpty());
    const QString withCrm = QStringLiteral("?crmApiToken=") + crm;
    const QString badCrm = QStringLiteral("?crmApiToken=forged");

    // 4.2: valid, invalid code, invalid crmApiToken, spent, expired.
    const QString code = loginToken(true);
    r = postJson(QStringLiteral("/oauth2/onetime/authorize") + badCrm, {{QStringLiteral("code"), code}});
    QCOMPARE(r.status, 403);
    r = postJson(QStringLiteral("/oauth2/onetime/authorize") + withCrm, {{QStringLiteral("code"), code}});
    QCOMPARE(r.status, 200);
    QCOMPARE(QString::number(r.json().value(QStringLiteral("userId")).toInteger()), userId);
    const QString accessToken = r.json().value(QStringLiteral("accessToken")).toString();
    const QString inappToken = r.json().value(QStringLiteral("inappToken")).toString();
    QVERIFY(!accessToken.isEmpty() && !inappToken.isEmpty());
    r = postJson(QStringLiteral("/oauth2/onetime/authorize") + withCrm, {{QStringLiteral("code"), code}});
    QCOMPARE(r.status, 404); // a one-time token is spent once
    QVERIFY(!r.json().contains(QStringLiteral("userId")) && !r.json().contains(QStringLiteral("accessToken")));
    r = postJson(QStringLiteral("/oauth2/onetime/authorize") + withCrm, {{QStringLiteral("code"), QStringLiteral("16chD7xeIxc3p387Cjdcnpax2er")}});
    QCOMPARE(r.status, 404);
    QVERIFY(!postJson(QStringLiteral("/oauth2/onetime/authorize") + withCrm, {{QStringLiteral("code"), loginToken(false)}})
                 .json().contains(QStringLiteral("accessToken"))); // no Keep Me Logged In, no access token
    const QString late = loginToken(false);
    broker->advanceClock(SandboxBroker::OneTimeTokenLifetimeMs + 1000);
    r = postJson(QStringLiteral("/oauth2/onetime/authorize") + withCrm, {{QStringLiteral("code"), late}});
    QCOMPARE(r.status, 410);
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("CID_TOKEN_EXPIRED"));

    // 4.3
    QCOMPARE(postJson(QStringLiteral("/oauth2/authorize") + badCrm, {{QStringLiteral("accessToken"), accessToken}}).status, 403);
    r = postJson(QStringLiteral("/oauth2/authorize") + withCrm, {{QStringLiteral("accessToken"), accessToken}});
    QCOMPARE(r.status, 200);
    QCOMPARE(QString::number(r.json().value(QStringLiteral("userId")).toInteger()), userId);
    QCOMPARE(postJson(QStringLiteral("/oauth2/authorize") + withCrm, {{QStringLiteral("accessToken"), QStringLiteral("unknown")}}).status, 404);

    // 4.4: a token for the user's InApp screen; the user's own inappToken only.
    const QJsonObject alice{{QStringLiteral("userId"), userId.toLongLong()}};
    QCOMPARE(postJson(QStringLiteral("/oauth2/onetime/generate") + badCrm, alice).status, 403);
    r = postJson(QStringLiteral("/oauth2/onetime/generate") + withCrm + QStringLiteral("&inappToken=") + inappToken, alice);
    QCOMPARE(r.status, 200);
    const QString screenToken = r.json().value(QStringLiteral("token")).toString();
    QVERIFY(!screenToken.isEmpty());
    QCOMPARE(get(QStringLiteral("/inapp/kyc?token=") + screenToken).status, 200); // it opens a screen
    QCOMPARE(postJson(QStringLiteral("/oauth2/onetime/generate") + withCrm, {{QStringLiteral("userId"), 99}}).status, 404);
    const QString bob = broker->addUser(QStringLiteral("bob@example.com"), QStringLiteral("password2"));
    r = postJson(QStringLiteral("/oauth2/onetime/generate") + withCrm + QStringLiteral("&inappToken=") + inappToken,
                 {{QStringLiteral("userId"), bob.toLongLong()}});
    QCOMPARE(r.status, 403); // alice's inappToken yields no token for bob
    QVERIFY(!r.json().contains(QStringLiteral("token")));

    // 4.5: the access token is revoked; 4.3 with it fails afterwards.
    r = postJson(QStringLiteral("/oauth2/logout") + withCrm + QStringLiteral("&userId=") + userId + QStringLiteral("&accessToken=") + accessToken, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(postJson(QStringLiteral("/oauth2/authorize") + withCrm, {{QStringLiteral("accessToken"), accessToken}}).status, 404);

    // Malformed calls: 400, never a token.
    QNetworkRequest plain = request(QStringLiteral("/oauth2/onetime/generate") + withCrm);
    plain.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QCOMPARE(finish(nam.post(plain, QByteArrayLiteral("userId=1"))).status, 400);
    QCOMPARE(postJson(QStringLiteral("/oauth2/onetime/authorize") + withCrm, {}).status, 400);
    QCOMPARE(get(QStringLiteral("/oauth2/crmApiToken")).status, 405);
}

// Every route of the table reaches its handler, whatever the handler then makes of the empty
// request (some answer 404 themselves, for a form or token they are not given: told apart from
// the table's 404 by their page); a path the table does not list is 404, and a listed path asked
// with a method the table does not list for it is 405 with Allow naming the listed ones.
void TestSandboxBroker::routeTable()
{
    using InAppKit::Sandbox::SandboxRoutes;
    const auto statusOf = [](const QByteArray &answer) { return answer.mid(9, 3).toInt(); };
    const auto bodyOf = [](const QByteArray &answer) { return answer.mid(answer.indexOf("\r\n\r\n") + 4); };
    broker->setForTests(true);
    QVERIFY(SandboxRoutes::table().size() >= 40);

    QHash<QString, QByteArrayList> methodsOf;
    QStringList paths;
    for (const SandboxRoutes::Route &route : SandboxRoutes::table()) {
        // A route for any method is asked with one that no route names.
        const QByteArray method = route.method == SandboxRoutes::AnyMethod ? QByteArrayLiteral("PUT") : route.method;
        const QByteArray listed = rawRequest(method, route.path);
        const QByteArray unlisted = rawRequest(method, route.path + QStringLiteral("-unlisted"));
        QCOMPARE(statusOf(unlisted), 404);
        QVERIFY2(statusOf(listed) != 405 && statusOf(listed) != 0 && (statusOf(listed) != 404 || bodyOf(listed) != bodyOf(unlisted)),
                 qPrintable(QString::fromLatin1(method) + u' ' + route.path + QStringLiteral(" was not routed: ") + QString::fromUtf8(listed.left(200))));
        if (!paths.contains(route.path))
            paths.append(route.path);
        methodsOf[route.path].append(route.method);
    }
    for (const QString &screen : {QStringLiteral("deposit"), QStringLiteral("kyc"), QStringLiteral("academy")}) // a few that must be there
        QVERIFY(methodsOf.contains(QStringLiteral("/inapp/") + screen));

    for (const QString &path : std::as_const(paths)) {
        const QByteArrayList methods = methodsOf.value(path);
        if (methods.contains(SandboxRoutes::AnyMethod))
            continue;
        const QByteArray answer = rawRequest("DELETE", path);
        QCOMPARE(statusOf(answer), 405);
        QVERIFY2(answer.contains(QByteArray("\r\nAllow: " + methods.join(", ") + "\r\n")), qPrintable(path + QStringLiteral(": ") + QString::fromUtf8(answer)));
    }

    // Unlisted paths in each area: the pages' 404 in HTML, the session service's and CRM API's in JSON.
    for (const char *path : {"/nothing", "/inapp/nothing", "/inapp/deposit/nothing", "/test/nothing", "/session/nothing", "/oauth2/nothing"}) {
        const QByteArray answer = rawRequest("GET", QString::fromLatin1(path));
        QCOMPARE(statusOf(answer), 404);
        QCOMPARE(answer.contains("Content-Type: application/json"), QByteArray(path).startsWith("/session/") || QByteArray(path).startsWith("/oauth2/"));
    }
    // Without test pages, their routes are unlisted paths.
    broker->setForTests(false);
    QCOMPARE(statusOf(rawRequest("PUT", QStringLiteral("/test/links"))), 404);
    QCOMPARE(statusOf(rawRequest("PUT", QStringLiteral("/callback/success"))), 200);
}

QTEST_GUILESS_MAIN(TestSandboxBroker)
#include "tst_sandboxbroker.moc"
