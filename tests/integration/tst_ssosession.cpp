// SPDX-License-Identifier: MIT
// SsoSession with HttpSessionBackend against the sandbox broker over TLS, and the access token in
// the real keychain (gnome-keyring in the test command's private D-Bus session).
// Over 500 lines: one test function per step of the session's life, sharing one fixture.
#include <InAppKit/httpsessionbackend.h>
#include <InAppKit/inmemorysecretstore.h>
#include <InAppKit/keychainsecretstore.h>
#include <InAppKit/ssosession.h>

#include "../common/jobutils.h"
#include "../common/sandboxfixture.h"
#include "../../src/ssosession_p.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>

using namespace InAppKit;
using InAppKit::Sandbox::SandboxBroker;
using State = SsoSession::State;

namespace {

// Every message the kit logs during the run, to prove that no token reaches a log.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    previousHandler(type, context, message);
}

} // namespace

class TestSsoSession : public QObject
{
    Q_OBJECT

private:
    Tests::SandboxFixture fixture;
    KeychainSecretStore keychain{QStringLiteral("InAppKitTest")};

    struct Stack {
        std::unique_ptr<HttpSessionBackend> backend;
        std::unique_ptr<SsoSession> session;
    };

    // A session as an application start would make it: a new backend, the same keychain.
    Stack start(SecretStore *secrets = nullptr)
    {
        Stack s;
        s.backend = std::make_unique<HttpSessionBackend>(fixture.profile);
        s.session = std::make_unique<SsoSession>(fixture.profile, s.backend.get(), secrets ? secrets : &keychain);
        return s;
    }

    QString loginToken(bool keepMeLoggedIn) { return fixture.loginToken(keepMeLoggedIn); }

    bool signIn(SsoSession *session, bool keepMeLoggedIn)
    {
        QSignalSpy signedIn(session, &SsoSession::signedIn);
        if (!session->completeSignIn(loginToken(keepMeLoggedIn)))
            return false;
        return signedIn.wait(15000);
    }

    // alice's keychain key for the fixture's broker.
    QString aliceKey() const { return savedLoginKey(fixture.profile, fixture.userId); }

    // The value of @p name in the session's settings (whatever the broker's group is called).
    QString setting(const QString &name) const
    {
        QSettings settings;
        for (const QString &key : settings.allKeys()) {
            if (key.startsWith(QLatin1String("InAppKit/")) && key.endsWith(u'/' + name))
                return settings.value(key).toString();
        }
        return QString();
    }

    // What the keychain holds for alice, read the way QtKeychain reads it.
    QString stored()
    {
        ReadSecretJob *job = keychain.read(aliceKey());
        QSignalSpy finished(job, &Job::result);
        job->start();
        if (!finished.wait(10000))
            return QStringLiteral("(no answer)");
        return job->error() == SecretJob::Error::NoError ? job->secret() : QString();
    }

    // The same entry through libsecret's command-line tool: a real keyring, not a mock.
    QString storedBySecretTool()
    {
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("InAppKitTest"),
                                                   QStringLiteral("user"), QStringLiteral("InAppKitTest:") + aliceKey()});
        if (!tool.waitForFinished(10000))
            return QStringLiteral("(secret-tool hung)");
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

    QString legacyKey() const { return QStringLiteral("Sandbox Markets/") + fixture.userId; }
    QString writeLegacyLogin();
    SecretJob::Error legacyEntry();

    QNetworkAccessManager nam;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signInWithKeepMeLoggedInStoresToken();
    void signInWithoutKeepMeLoggedInStoresNothing();
    void restartReloginsWithoutScreen();
    void reloginWithANewAccessTokenReplacesIt();
    void sameNameOtherBrokerSharesNothing();
    void legacyEntryDroppedUnread();
    void legacyEntryNeverReachesAnotherService();
    void restoreWithNothingStored();
    void hostTlsSettingsDoNotReachTheBackend();
    void profileCaJudgedLikeTheWebView_data();
    void profileCaJudgedLikeTheWebView();
    void profileCaOnlyForItsOrigins();
    void revokedTokenIsDeleted();
    void backendDownKeepsTokenAndRetries();
    void expiredOneTimeToken();
    void reusedOneTimeToken();
    void signInWhileBackendDown();
    void actionTokens();
    void logoutDeletesEntryAndRevokes();
    void logoutOffline();
    void exchangeRetriedOnceAfterNetworkFailure();
    void doubleCompleteSignIn();
    void logoutDuringSignIn();
    void logoutDuringRestore();
    void brokerEndsTheSession();
    void refreshNoticesRibbonsAndTheEnd();
    void abandonedSignInAnswers_data();
    void abandonedSignInAnswers();
    void keychainUnavailableInMemory();
    void backendTimeoutAndMalformedAnswer();
    void accountsAndCurrentAccount();
    void noTokenInFilesOrLogs();
};

void TestSsoSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InAppKitTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ssosession"));
    QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(fixture.start());
}

void TestSsoSession::init()
{
    QSettings().clear();
    SecretJob *job = keychain.remove(aliceKey());
    QSignalSpy finished(job, &Job::result);
    job->start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(job->error() == SecretJob::Error::NoError, qPrintable(job->errorString()));
    fixture.broker->clearFaults();
    fixture.broker->resetCounters();
    fixture.broker->revokeAccessTokens(fixture.userId); // each test starts with none
}

void TestSsoSession::cleanup()
{
    // No answer a fault held back may reach the next test.
    QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->pendingDelayedAnswers(), 0, 15000);
    fixture.broker->clearFaults();
}

void TestSsoSession::signInWithKeepMeLoggedInStoresToken()
{
    Stack s = start();
    QVERIFY(s.session->isFirstLogin());
    QSignalSpy states(s.session.get(), &SsoSession::stateChanged);
    QVERIFY(signIn(s.session.get(), true));
    QCOMPARE(states.at(0).at(0).value<State>(), State::SigningIn);
    QCOMPARE(s.session->state(), State::SignedIn);
    QCOMPARE(s.session->userId(), fixture.userId);
    QCOMPARE(s.session->email(), QStringLiteral("alice@example.com"));
    QVERIFY(!s.session->isFirstLogin());
    const QStringList tokens = fixture.broker->accessTokensOf(fixture.userId);
    QCOMPARE(tokens.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stored(), tokens.first(), 10000);
    QCOMPARE(storedBySecretTool(), tokens.first());
    QCOMPARE(setting(QStringLiteral("lastUserId")), fixture.userId);
}

void TestSsoSession::signInWithoutKeepMeLoggedInStoresNothing()
{
    {
        Stack s = start();
        QVERIFY(signIn(s.session.get(), true));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    }
    // Not ticked this time: the older token must not log in at the next start.
    Stack s = start();
    QVERIFY(signIn(s.session.get(), false));
    QTRY_COMPARE_WITH_TIMEOUT(stored(), QString(), 10000);
    QCOMPARE(storedBySecretTool(), QString());
}

void TestSsoSession::restartReloginsWithoutScreen()
{
    {
        Stack first = start();
        QVERIFY(signIn(first.session.get(), true));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    }
    const int exchanges = fixture.broker->requestCount(QStringLiteral("/session/exchange"));
    const int loginScreens = fixture.broker->requestCount(QStringLiteral("/auth/login"));
    Stack second = start();
    QSignalSpy finished(second.session.get(), &SsoSession::restoreFinished);
    second.session->restore();
    QCOMPARE(second.session->state(), State::Restoring);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(second.session->state(), State::SignedIn);
    QCOMPARE(second.session->userId(), fixture.userId);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/exchange")), exchanges);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/auth/login")), loginScreens);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/relogin")), 1);
    // The restored session works.
    InAppTokenJob *token = second.session->requestInAppToken();
    QVERIFY(Tests::runJob(token));
    QCOMPARE(token->error(), SessionJob::Error::NoError);
    QVERIFY(!token->oneTimeToken().isEmpty());
    fixture.broker->resetCounters();
}

// A broker that rotates access tokens: the relogin's new token replaces the stored one, and the
// next start signs in with it.
void TestSsoSession::reloginWithANewAccessTokenReplacesIt()
{
    {
        Stack first = start();
        QVERIFY(signIn(first.session.get(), true));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    }
    QString old = stored();
    fixture.broker->setRotateAccessTokens(true);
    const auto noRotation = qScopeGuard([this] { fixture.broker->setRotateAccessTokens(false); });
    // Each start signs in with the token the one before stored, and stores the one it got.
    for (int start = 0; start < 2; ++start) {
        const int relogins = fixture.broker->requestCount(QStringLiteral("/session/relogin"));
        Stack s = this->start();
        QSignalSpy finished(s.session.get(), &SsoSession::restoreFinished);
        s.session->restore();
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/relogin")), relogins + 1);
        const QStringList live = fixture.broker->accessTokensOf(fixture.userId);
        QCOMPARE(live.size(), 1);
        QVERIFY(live.first() != old); // rotated by this start, not only by the first
        QTRY_COMPARE_WITH_TIMEOUT(stored(), live.first(), 10000);
        QCOMPARE(storedBySecretTool(), live.first());
        old = live.first();
    }
}

// A UAT and a production broker of one display name: neither sees the other's saved login or
// first-login state, and neither sends the other's access token to its session service.
void TestSsoSession::sameNameOtherBrokerSharesNothing()
{
    Tests::SandboxFixture uat; // another client area and session service, the same brokerName
    QVERIFY(uat.start());
    QCOMPARE(uat.profile.brokerName(), fixture.profile.brokerName());
    {
        Stack production = start();
        QVERIFY(signIn(production.session.get(), true));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    }
    HttpSessionBackend uatBackend(uat.profile);
    SsoSession uatSession(uat.profile, &uatBackend, &keychain);
    QVERIFY(savedLoginKey(uat.profile, fixture.userId) != aliceKey());
    QVERIFY(uatSession.isFirstLogin());
    QSignalSpy finished(&uatSession, &SsoSession::restoreFinished);
    uatSession.restore();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(uat.broker->requestCount(QStringLiteral("/session/relogin")), 0);
    QVERIFY(!stored().isEmpty()); // production's login untouched
}

// A saved login of InAppKit 0.1 (keyed by the broker's display name, with no record of its session
// service) is written by hand the way 0.1 wrote it: a live access token under "Sandbox Markets/<user>".
QString TestSsoSession::writeLegacyLogin()
{
    const QString accessToken = fixture.exchange(fixture.loginToken(true)).value(QStringLiteral("accessToken")).toString();
    if (accessToken.isEmpty())
        return QString();
    if (!Tests::runJob(keychain.write(legacyKey(), accessToken), 10000))
        return QString();
    QSettings settings;
    settings.setValue(QStringLiteral("InAppKit/Sandbox%20Markets/hasLoggedIn"), true);
    settings.setValue(QStringLiteral("InAppKit/Sandbox%20Markets/lastUserId"), fixture.userId);
    return accessToken;
}

SecretJob::Error TestSsoSession::legacyEntry()
{
    ReadSecretJob *legacy = keychain.read(legacyKey());
    QSignalSpy answered(legacy, &Job::result);
    legacy->start();
    if (!answered.wait(10000))
        return SecretJob::Error::Failed;
    return legacy->error();
}

// No profile can prove that a 0.1 entry was written for its session service, so none receives
// it: the entry is deleted unread, the user is asked to log in, the first-login state stays.
void TestSsoSession::legacyEntryDroppedUnread()
{
    const QString accessToken = writeLegacyLogin();
    QVERIFY(!accessToken.isEmpty());
    QCOMPARE(legacyEntry(), SecretJob::Error::NoError);
    Stack s = start();
    QSignalSpy finished(s.session.get(), &SsoSession::restoreFinished);
    QSignalSpy failed(s.session.get(), &SsoSession::restoreFailed);
    s.session->restore();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::Rejected);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("log in again")));
    QCOMPARE(failed.at(0).at(2).toBool(), false); // nothing to retry
    QCOMPARE(s.session->state(), State::SignedOut);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/relogin")), 0);
    QTRY_COMPARE_WITH_TIMEOUT(legacyEntry(), SecretJob::Error::NotFound, 10000);
    QVERIFY(stored() != accessToken); // not moved to the identity's key either
    QCOMPARE(stored(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("InAppKit/Sandbox%20Markets/lastUserId")));
    QVERIFY(!s.session->isFirstLogin());
}

// The case that made it a rule: a profile of the same display name and another session service
// restores first. The old access token must not reach that service, nor rest under its key.
void TestSsoSession::legacyEntryNeverReachesAnotherService()
{
    Tests::SandboxFixture uat; // another client area and session service, the same brokerName
    QVERIFY(uat.start());
    QCOMPARE(uat.profile.brokerName(), fixture.profile.brokerName());
    const QString accessToken = writeLegacyLogin();
    QVERIFY(!accessToken.isEmpty());
    HttpSessionBackend uatBackend(uat.profile);
    SsoSession uatSession(uat.profile, &uatBackend, &keychain);
    QSignalSpy finished(&uatSession, &SsoSession::restoreFinished);
    uatSession.restore();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(uat.broker->requestCount(QStringLiteral("/session/relogin")), 0);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/relogin")), 0);
    QTRY_COMPARE_WITH_TIMEOUT(legacyEntry(), SecretJob::Error::NotFound, 10000);
    ReadSecretJob *moved = keychain.read(savedLoginKey(uat.profile, fixture.userId));
    QSignalSpy answered(moved, &Job::result);
    moved->start();
    QVERIFY(answered.wait(10000));
    QCOMPARE(moved->error(), SecretJob::Error::NotFound);
    QVERIFY(moved->secret() != accessToken);
}

// A host that switches peer verification off for the whole application (or lowers the
// protocol) does not switch it off for the broker's session service.
void TestSsoSession::hostTlsSettingsDoNotReachTheBackend()
{
    Tests::SandboxFixture untrusted;
    QVERIFY(untrusted.start(SandboxBroker::Certificate::Untrusted));
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    const auto restore = qScopeGuard([before] { QSslConfiguration::setDefaultConfiguration(before); });
    QSslConfiguration careless = before;
    careless.setPeerVerifyMode(QSslSocket::VerifyNone);
    careless.setProtocol(QSsl::AnyProtocol);
    QSslConfiguration::setDefaultConfiguration(careless);

    HttpSessionBackend backend(untrusted.profile);
    SessionJob *job = backend.exchangeOneTimeToken(QStringLiteral("any"));
    QSignalSpy finished(job, &Job::result);
    job->start();
    QVERIFY(finished.wait(15000));
    QCOMPARE(job->error(), SessionJob::Error::Unreachable);
    QVERIFY(job->errorString().contains(QStringLiteral("not secure")));
    QCOMPARE(untrusted.broker->requestCount(QStringLiteral("/session/exchange")), 0); // nothing was sent
}

// The profile's CA vouches for the session service by the web view's rules (CertificateTrust),
// not Qt's: a leaf without subjectAltName (Qt would take CN=localhost), for another host, out of
// date or for client authentication is refused, and nothing is sent.
void TestSsoSession::profileCaJudgedLikeTheWebView_data()
{
    QTest::addColumn<SandboxBroker::Certificate>("certificate");
    QTest::addColumn<bool>("reaches");
    QTest::newRow("good leaf") << SandboxBroker::Certificate::Trusted << true;
    QTest::newRow("no subjectAltName, CN=localhost") << SandboxBroker::Certificate::NoSubjectAltName << false;
    QTest::newRow("another host") << SandboxBroker::Certificate::WrongHost << false;
    QTest::newRow("expired") << SandboxBroker::Certificate::Expired << false;
    QTest::newRow("client authentication only") << SandboxBroker::Certificate::ClientPurpose << false;
}

void TestSsoSession::profileCaJudgedLikeTheWebView()
{
    QFETCH(SandboxBroker::Certificate, certificate);
    QFETCH(bool, reaches);
    // The session service named "localhost", which the CN-only leaf's common name is; the
    // profile lists that origin for its CA.
    Tests::SandboxFixture broker;
    QVERIFY(broker.start(certificate, [](QJsonObject &o) {
        QUrl service(o.value(QStringLiteral("sessionServiceUrl")).toString());
        service.setHost(QStringLiteral("localhost"));
        o.insert(QStringLiteral("sessionServiceUrl"), service.toString());
        o.insert(QStringLiteral("caCertificatesOrigins"),
                 QJsonArray{service.adjusted(QUrl::RemovePath).toString(QUrl::StripTrailingSlash)});
    }));
    QCOMPARE(broker.profile.sessionServiceUrl().host(), QStringLiteral("localhost"));
    QVERIFY(broker.profile.isCaTrustedOrigin(broker.profile.sessionServiceUrl()));

    HttpSessionBackend backend(broker.profile);
    SessionJob *job = backend.exchangeOneTimeToken(QStringLiteral("unknown"));
    QSignalSpy finished(job, &Job::result);
    job->start();
    QVERIFY(finished.wait(15000));
    if (reaches) {
        QCOMPARE(job->error(), SessionJob::Error::Rejected); // the service answered: no such token
        QCOMPARE(broker.broker->requestCount(QStringLiteral("/session/exchange")), 1);
    } else {
        QCOMPARE(job->error(), SessionJob::Error::Unreachable);
        QVERIFY(job->errorString().contains(QStringLiteral("not secure")));
        QCOMPARE(broker.broker->requestCount(QStringLiteral("/session/exchange")), 0);
    }
}

// A session service on an origin the profile's CA was not given for (neither the client area's
// nor in caCertificatesOrigins) is refused even with a certificate that CA signed properly.
void TestSsoSession::profileCaOnlyForItsOrigins()
{
    for (const bool listed : {false, true}) {
        Tests::SandboxFixture broker;
        QVERIFY(broker.start(SandboxBroker::Certificate::Trusted, [listed](QJsonObject &o) {
            QUrl service(o.value(QStringLiteral("sessionServiceUrl")).toString());
            service.setHost(QStringLiteral("localhost")); // 127.0.0.1's certificate names it too
            o.insert(QStringLiteral("sessionServiceUrl"), service.toString());
            if (listed)
                o.insert(QStringLiteral("caCertificatesOrigins"),
                         QJsonArray{service.adjusted(QUrl::RemovePath).toString(QUrl::StripTrailingSlash)});
        }));
        QCOMPARE(broker.profile.isCaTrustedOrigin(broker.profile.sessionServiceUrl()), listed);
        HttpSessionBackend backend(broker.profile);
        SessionJob *job = backend.exchangeOneTimeToken(QStringLiteral("unknown"));
        QSignalSpy finished(job, &Job::result);
        job->start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(job->error(), listed ? SessionJob::Error::Rejected : SessionJob::Error::Unreachable);
        QCOMPARE(broker.broker->requestCount(QStringLiteral("/session/exchange")), listed ? 1 : 0);
    }
}

void TestSsoSession::restoreWithNothingStored()
{
    Stack s = start();
    QSignalSpy finished(s.session.get(), &SsoSession::restoreFinished);
    QSignalSpy failed(s.session.get(), &SsoSession::restoreFailed);
    s.session->restore();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(s.session->state(), State::SignedOut);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/relogin")), 0);
}

void TestSsoSession::revokedTokenIsDeleted()
{
    {
        Stack first = start();
        QVERIFY(signIn(first.session.get(), true));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    }
    QCOMPARE(fixture.broker->revokeAccessTokens(fixture.userId), 1);
    Stack s = start();
    QSignalSpy failed(s.session.get(), &SsoSession::restoreFailed);
    QSignalSpy finished(s.session.get(), &SsoSession::restoreFinished);
    s.session->restore();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::Rejected);
    QCOMPARE(failed.at(0).at(2).toBool(), false); // nothing to retry
    QCOMPARE(s.session->state(), State::SignedOut);
    QTRY_COMPARE_WITH_TIMEOUT(stored(), QString(), 10000);
}

void TestSsoSession::backendDownKeepsTokenAndRetries()
{
    {
        Stack first = start();
        QVERIFY(signIn(first.session.get(), true));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    }
    const QString token = stored();
    // Down, on the same address: every connection dropped (restarting on a fixed port could race
    // another process for it).
    fixture.broker->setFault(QString(), SandboxBroker::Fault::DropConnection);
    Stack s = start();
    QSignalSpy failed(s.session.get(), &SsoSession::restoreFailed);
    QSignalSpy finished(s.session.get(), &SsoSession::restoreFinished);
    s.session->restore();
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::Unreachable);
    QCOMPARE(failed.at(0).at(2).toBool(), true);
    QCOMPARE(s.session->state(), State::SignedOut);
    QCOMPARE(stored(), token); // kept for the retry

    fixture.broker->clearFaults();
    s.session->restore();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.at(1).at(0).toBool(), true);
    QCOMPARE(s.session->state(), State::SignedIn);
}

void TestSsoSession::expiredOneTimeToken()
{
    Stack s = start();
    const QString token = loginToken(true);
    fixture.broker->advanceClock(SandboxBroker::OneTimeTokenLifetimeMs + 1);
    QSignalSpy failed(s.session.get(), &SsoSession::signInFailed);
    QVERIFY(s.session->completeSignIn(token));
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::Expired);
    QVERIFY(!failed.at(0).at(1).toString().isEmpty());
    QCOMPARE(s.session->state(), State::SignedOut);
    QCOMPARE(stored(), QString());
}

void TestSsoSession::reusedOneTimeToken()
{
    const QString token = loginToken(false);
    Stack first = start();
    QSignalSpy signedIn(first.session.get(), &SsoSession::signedIn);
    QVERIFY(first.session->completeSignIn(token));
    QVERIFY(signedIn.wait(15000));
    Stack second = start();
    QSignalSpy failed(second.session.get(), &SsoSession::signInFailed);
    QVERIFY(second.session->completeSignIn(token));
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::Rejected);
}

void TestSsoSession::signInWhileBackendDown()
{
    const QString token = loginToken(true);
    // Down, on the same address: every connection dropped (restarting on a fixed port could race
    // another process for it).
    fixture.broker->setFault(QString(), SandboxBroker::Fault::DropConnection);
    Stack s = start();
    QSignalSpy failed(s.session.get(), &SsoSession::signInFailed);
    QVERIFY(s.session->completeSignIn(token));
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::Unreachable);
    QCOMPARE(s.session->state(), State::SignedOut);
    fixture.broker->clearFaults();
}

// A network failure of the exchange does not cost the user the login: it is tried once more,
// and only once. (Qt's own resend of a dropped request happens below this and is not counted.)
void TestSsoSession::exchangeRetriedOnceAfterNetworkFailure()
{
    // The real backend, with its first @p failures exchanges lost on the way.
    class LossyBackend : public HttpSessionBackend
    {
    public:
        using HttpSessionBackend::HttpSessionBackend;
        int failures = 0;
        int calls = 0;
        SignInJob *exchangeOneTimeToken(const QString &oneTimeToken) override
        {
            if (++calls > failures)
                return HttpSessionBackend::exchangeOneTimeToken(oneTimeToken);
            auto *job = new SignInJob(this);
            finishWithError(job, SessionJob::Error::Unreachable, QStringLiteral("connection reset"));
            return job;
        }
    };
    for (int failures : {1, 2}) {
        LossyBackend backend(fixture.profile);
        backend.failures = failures;
        SsoSession session(fixture.profile, &backend, &keychain);
        QSignalSpy failed(&session, &SsoSession::signInFailed);
        QSignalSpy signedIn(&session, &SsoSession::signedIn);
        const int exchanges = fixture.broker->requestCount(QStringLiteral("/session/exchange"));
        QVERIFY(session.completeSignIn(loginToken(false)));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !signedIn.isEmpty(), 15000);
        // "Only once" is the absence of a later call, which no signal announces: the count is read
        // again after a while in which a late third attempt (a timer, a queued retry) would have
        // been made.
        QTest::qWait(1500);
        QCOMPARE(backend.calls, 2);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/exchange")), exchanges + (failures == 1 ? 1 : 0));
        QCOMPARE(signedIn.size(), failures == 1 ? 1 : 0);
        QCOMPARE(failed.size(), failures == 1 ? 0 : 1);
        if (failures == 2)
            QCOMPARE(failed.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::Unreachable);
        session.logout();
    }
}

void TestSsoSession::actionTokens()
{
    Stack s = start();
    InAppTokenJob *refused = s.session->requestInAppToken();
    QVERIFY(Tests::runJob(refused, 5000));
    QCOMPARE(refused->error(), SessionJob::Error::NotSignedIn);
    QVERIFY(!refused->errorString().isEmpty());
    QVERIFY(signIn(s.session.get(), false));

    // Each request is its holder's: two at once, each with its own token, told to no one else
    // (the session has no signal that carries a token).
    const int issued = fixture.broker->requestCount(QStringLiteral("/session/inapp-token"));
    std::unique_ptr<InAppTokenJob> deposit(s.session->requestInAppToken());
    std::unique_ptr<InAppTokenJob> kyc(s.session->requestInAppToken());
    deposit->setAutoDelete(false); // read after the spies' loops
    kyc->setAutoDelete(false);
    QSignalSpy depositResult(deposit.get(), &Job::result);
    QSignalSpy kycResult(kyc.get(), &Job::result);
    // Nothing goes on the wire before start(): a holder connects first.
    QCoreApplication::processEvents();
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), issued);
    deposit->start();
    kyc->start();
    QTRY_VERIFY_WITH_TIMEOUT(depositResult.size() == 1 && kycResult.size() == 1, 15000);
    QCOMPARE(deposit->error(), SessionJob::Error::NoError);
    QCOMPARE(kyc->error(), SessionJob::Error::NoError);
    QVERIFY(!deposit->oneTimeToken().isEmpty());
    QVERIFY(deposit->oneTimeToken() != kyc->oneTimeToken());
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), issued + 2);
    const QString token = kyc->oneTimeToken();

    // A killed request: no result, and its holder's screen is not opened with it.
    InAppTokenJob *killed = s.session->requestInAppToken();
    QPointer<InAppTokenJob> alive(killed);
    QSignalSpy killedResult(killed, &Job::result);
    killed->start();
    QVERIFY(killed->kill());
    QTRY_VERIFY(alive.isNull()); // deleted
    QVERIFY(Tests::runJob(s.session->requestInAppToken())); // the session still answers
    QCOMPARE(killedResult.size(), 0);
    // Killed before start: nothing is sent.
    const int before = fixture.broker->requestCount(QStringLiteral("/session/inapp-token"));
    InAppTokenJob *unstarted = s.session->requestInAppToken();
    QVERIFY(unstarted->kill());
    unstarted->start(); // too late: it is killed
    QVERIFY(Tests::runJob(s.session->requestInAppToken()));
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), before + 1);

    // Each token opens its screen once.
    QNetworkReply *reply = nam.get(fixture.request(QStringLiteral("/inapp/kyc?token=") + token));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestSsoSession::logoutDeletesEntryAndRevokes()
{
    Stack s = start();
    QVERIFY(signIn(s.session.get(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    const QString accessToken = stored();
    const qsizetype sessions = fixture.broker->sessionsOf(fixture.userId).size();
    QSignalSpy signedOut(s.session.get(), &SsoSession::signedOut);
    QSignalSpy incomplete(s.session.get(), &SsoSession::logoutIncomplete);
    s.session->logout();
    QCOMPARE(s.session->state(), State::SigningOut);
    QVERIFY(signedOut.wait(15000));
    QCOMPARE(incomplete.size(), 0);
    QCOMPARE(s.session->state(), State::SignedOut);
    QVERIFY(s.session->userId().isEmpty());
    QVERIFY(s.session->accounts().isEmpty());
    QCOMPARE(stored(), QString());
    QCOMPARE(storedBySecretTool(), QString());
    QVERIFY(fixture.broker->accessTokensOf(fixture.userId).isEmpty());
    // The stored access token no longer signs in, and the session is over on the broker too.
    const QJsonObject relogin = fixture.postJson(QStringLiteral("/session/relogin"), {{QStringLiteral("accessToken"), accessToken}});
    QCOMPARE(relogin.value(QStringLiteral("code")).toString(), QStringLiteral("CID_NON_EXISTED_TOKEN"));
    QCOMPARE(fixture.broker->sessionsOf(fixture.userId).size(), sessions - 1);
    QVERIFY(!s.backend->hasSession());
    // The next start finds nothing, and the broker still shows the log-in face (not sign-up).
    Stack next = start();
    QVERIFY(!next.session->isFirstLogin());
    QSignalSpy finished(next.session.get(), &SsoSession::restoreFinished);
    next.session->restore();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
}

void TestSsoSession::logoutOffline()
{
    Stack s = start();
    QVERIFY(signIn(s.session.get(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    // Down, on the same address: every connection dropped (restarting on a fixed port could race
    // another process for it).
    fixture.broker->setFault(QString(), SandboxBroker::Fault::DropConnection);
    QSignalSpy signedOut(s.session.get(), &SsoSession::signedOut);
    QSignalSpy incomplete(s.session.get(), &SsoSession::logoutIncomplete);
    s.session->logout();
    QVERIFY(signedOut.wait(20000));
    QCOMPARE(incomplete.size(), 1);
    QVERIFY(incomplete.at(0).at(0).value<SessionJob::Error>() != SessionJob::Error::NoError);
    QCOMPARE(s.session->state(), State::SignedOut);
    QCOMPARE(stored(), QString());
    fixture.broker->clearFaults();
}

void TestSsoSession::doubleCompleteSignIn()
{
    Stack s = start();
    const QString first = loginToken(false);
    const QString second = loginToken(false);
    const int exchanges = fixture.broker->requestCount(QStringLiteral("/session/exchange"));
    QSignalSpy signedIn(s.session.get(), &SsoSession::signedIn);
    QSignalSpy refused(s.session.get(), &SsoSession::signInRefused);
    QVERIFY(s.session->completeSignIn(first));
    QVERIFY(!s.session->completeSignIn(second)); // refused while the first runs
    QVERIFY(signedIn.wait(15000));
    QVERIFY(!s.session->completeSignIn(second)); // and while signed in
    QCOMPARE(signedIn.size(), 1);
    // Each refusal is reported, never dropped in silence.
    QTRY_COMPARE(refused.size(), 2);
    QCOMPARE(refused.at(1).at(0).value<SessionJob::Error>(), SessionJob::Error::InvalidState);
    QVERIFY(refused.at(1).at(1).toString().contains(QStringLiteral("already logged in")));
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/exchange")), exchanges + 1); // the second never left
}

void TestSsoSession::logoutDuringSignIn()
{
    fixture.broker->setFaultDelayMs(1000);
    fixture.broker->setFault(QStringLiteral("/session/exchange"), SandboxBroker::Fault::Slow);
    const int logoutsBefore = fixture.broker->requestCount(QStringLiteral("/session/logout"));
    const qsizetype sessionsBefore = fixture.broker->sessionsOf(fixture.userId).size(); // earlier tests' own
    Stack s = start();
    QSignalSpy signedIn(s.session.get(), &SsoSession::signedIn);
    QSignalSpy signedOut(s.session.get(), &SsoSession::signedOut);
    QVERIFY(s.session->completeSignIn(loginToken(true)));
    s.session->logout();
    QCOMPARE(s.session->state(), State::SignedOut);
    QCOMPARE(signedOut.size(), 1);
    // The session stays alive until the broker has answered: the exchange still completes there,
    // and the session that came out of it is logged out again, with its access token revoked.
    QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/session/logout")), logoutsBefore + 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->sessionsOf(fixture.userId).size(), sessionsBefore, 10000);
    QVERIFY(fixture.broker->accessTokensOf(fixture.userId).isEmpty());
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(s.session->state(), State::SignedOut);
    QVERIFY(!s.backend->hasSession());
    QCOMPARE(stored(), QString());
}

void TestSsoSession::logoutDuringRestore()
{
    {
        Stack first = start();
        QVERIFY(signIn(first.session.get(), true));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    }
    const QString token = stored();
    QVERIFY(fixture.broker->accessTokensOf(fixture.userId).contains(token));
    fixture.broker->setFaultDelayMs(1500);
    fixture.broker->setFault(QStringLiteral("/session/relogin"), SandboxBroker::Fault::Slow);
    QSignalSpy received(fixture.broker.get(), &SandboxBroker::requestReceived);
    Stack s = start();
    QSignalSpy signedIn(s.session.get(), &SsoSession::signedIn);
    QSignalSpy signedOut(s.session.get(), &SsoSession::signedOut);
    s.session->restore();
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000); // the relogin is on the broker now
    QCOMPARE(s.session->state(), State::Restoring);
    s.session->logout();
    QCOMPARE(s.session->state(), State::SignedOut);
    QCOMPARE(signedOut.size(), 1);
    // The saved login is gone at once; when the relogin answers, its session is ended and the
    // access token it used is revoked: the next start restores nothing.
    QTRY_COMPARE_WITH_TIMEOUT(stored(), QString(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->pendingDelayedAnswers(), 0, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/session/logout")), 1, 10000);
    QVERIFY(!fixture.broker->accessTokensOf(fixture.userId).contains(token));
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(s.session->state(), State::SignedOut);
    fixture.broker->clearFaults();
    Stack next = start();
    QSignalSpy finished(next.session.get(), &SsoSession::restoreFinished);
    next.session->restore();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
}

void TestSsoSession::brokerEndsTheSession()
{
    fixture.broker->endSessions(fixture.userId); // earlier tests' sessions
    Stack s = start();
    QVERIFY(signIn(s.session.get(), true));
    QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    QVERIFY(s.backend->hasSession());
    QCOMPARE(fixture.broker->endSessions(fixture.userId), 1); // broker-initiated log out
    // The next call learns it: the session ends here too, with words for the user, and the saved
    // login goes (it would sign in to a session the broker ended).
    QSignalSpy ended(s.session.get(), &SsoSession::sessionEnded);
    QSignalSpy signedOut(s.session.get(), &SsoSession::signedOut);
    InAppTokenJob *token = s.session->requestInAppToken();
    QVERIFY(Tests::runJob(token, 10000));
    QCOMPARE(token->error(), SessionJob::Error::Rejected);
    QCOMPARE(ended.size(), 1);
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::Rejected);
    QVERIFY(ended.at(0).at(1).toString().contains(QStringLiteral("Sandbox Markets")));
    QCOMPARE(s.session->state(), State::SignedOut);
    QVERIFY(s.session->accounts().isEmpty());
    QVERIFY(!s.backend->hasSession());
    QTRY_COMPARE_WITH_TIMEOUT(stored(), QString(), 10000);
    QVERIFY(setting(QStringLiteral("lastUserId")).isEmpty());
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), 1);
    // And no call goes out in the dead session any more.
    token = s.session->requestInAppToken();
    QVERIFY(Tests::runJob(token, 10000));
    QCOMPARE(token->error(), SessionJob::Error::NotSignedIn);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), 1);
    QCOMPARE(ended.size(), 1);
}

// With no call of the user's, the session's own refresh notices the end within its interval; and
// until then the refresh brings new ribbons and drops removed ones.
void TestSsoSession::refreshNoticesRibbonsAndTheEnd()
{
    fixture.broker->endSessions(fixture.userId);
    fixture.broker->clearRibbons(fixture.userId);
    QVERIFY(fixture.loadProfile([](QJsonObject &o) { o.insert(QStringLiteral("refreshIntervalSeconds"), 1); }));
    Stack s = start();
    QVERIFY(signIn(s.session.get(), false));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/session/ribbons")), 1, 10000);
    QVERIFY(s.session->ribbons().isEmpty());

    QSignalSpy changed(s.session.get(), &SsoSession::ribbonsChanged);
    fixture.broker->publishRibbon(fixture.userId, QJsonObject{{QStringLiteral("color"), QStringLiteral("#112233")},
                                                              {QStringLiteral("title"), QStringLiteral("New lessons")},
                                                              {QStringLiteral("enabled"), true},
                                                              {QStringLiteral("closable"), true},
                                                              {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlExternal"), QStringLiteral("https://example.com/")}}}});
    QVERIFY(changed.wait(5000));
    QCOMPARE(s.session->ribbons().size(), 1);
    // The same ribbons again: no change signalled (no flicker).
    const int fetches = fixture.broker->requestCount(QStringLiteral("/session/ribbons"));
    QTRY_VERIFY_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/session/ribbons")) > fetches, 5000);
    QCOMPARE(changed.size(), 1);
    fixture.broker->clearRibbons(fixture.userId); // removed by the broker: gone here too
    QVERIFY(changed.wait(5000));
    QVERIFY(s.session->ribbons().isEmpty());

    QSignalSpy ended(s.session.get(), &SsoSession::sessionEnded);
    QCOMPARE(fixture.broker->endSessions(fixture.userId), 1);
    QVERIFY(ended.wait(5000));
    QCOMPARE(s.session->state(), State::SignedOut);
    QVERIFY(fixture.loadProfile());
}

// Log out during a slow sign-in, sign in again, and let the two answers arrive in @p order: the
// late answer of the abandoned one neither replaces the live session nor ends it, and is itself
// ended on the broker.
void TestSsoSession::abandonedSignInAnswers_data()
{
    QTest::addColumn<bool>("abandonedAnswersFirst");
    QTest::newRow("the new sign-in answers first") << false;
    QTest::newRow("the abandoned sign-in answers first") << true;
}

void TestSsoSession::abandonedSignInAnswers()
{
    QFETCH(bool, abandonedAnswersFirst);
    Stack s = start();
    const QString first = loginToken(true);
    const QString second = loginToken(false);
    const qsizetype sessionsBefore = fixture.broker->sessionsOf(fixture.userId).size(); // earlier tests' own
    const int logoutsBefore = fixture.broker->requestCount(QStringLiteral("/session/logout"));
    QSignalSpy received(fixture.broker.get(), &SandboxBroker::requestReceived);
    QSignalSpy signedIn(s.session.get(), &SsoSession::signedIn);

    fixture.broker->setFaultDelayMs(1500);
    fixture.broker->setFault(QStringLiteral("/session/exchange"), SandboxBroker::Fault::Slow);
    QVERIFY(s.session->completeSignIn(first));
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty(), 10000); // the broker holds the first exchange now
    s.session->logout();
    if (abandonedAnswersFirst)
        fixture.broker->setFaultDelayMs(4000); // the second is slower still
    else
        fixture.broker->clearFaults();         // the second answers at once
    QVERIFY(s.session->completeSignIn(second));
    QVERIFY(signedIn.wait(15000));
    QCOMPARE(s.session->state(), State::SignedIn);

    // Both answers are in once the abandoned session has been logged out on the broker.
    QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/session/logout")), logoutsBefore + 1, 15000);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(s.session->state(), State::SignedIn);
    QVERIFY(s.backend->hasSession());
    // One live session on the broker, the second's; the first's 'Keep me logged in' token is revoked.
    QTRY_COMPARE(fixture.broker->sessionsOf(fixture.userId).size(), sessionsBefore + 1);
    QVERIFY(fixture.broker->accessTokensOf(fixture.userId).isEmpty());
    QCOMPARE(stored(), QString());
    // And the live session works.
    fixture.broker->clearFaults();
    InAppTokenJob *token = s.session->requestInAppToken();
    QVERIFY(Tests::runJob(token, 10000));
    QCOMPARE(token->error(), SessionJob::Error::NoError);
    // Its log out ends exactly that session.
    QSignalSpy signedOut(s.session.get(), &SsoSession::signedOut);
    s.session->logout();
    QVERIFY(signedOut.wait(10000));
    QTRY_COMPARE(fixture.broker->sessionsOf(fixture.userId).size(), sessionsBefore);
}

void TestSsoSession::keychainUnavailableInMemory()
{
    InMemorySecretStore broken;
    broken.setFailure(SecretJob::Error::Unavailable);
    Stack s = start(&broken);
    QSignalSpy kmliFailed(s.session.get(), &SsoSession::keepMeLoggedInFailed);
    QVERIFY(signIn(s.session.get(), true));
    QVERIFY(kmliFailed.wait(5000));
    QCOMPARE(kmliFailed.at(0).at(0).value<SecretJob::Error>(), SecretJob::Error::Unavailable);
    QVERIFY(kmliFailed.at(0).at(1).toString().contains(QStringLiteral("log in next time")));
    QCOMPARE(s.session->state(), State::SignedIn); // signing in still works for this run
    QVERIFY(broken.entries().isEmpty());
}

void TestSsoSession::backendTimeoutAndMalformedAnswer()
{
    HttpSessionBackend backend(fixture.profile);
    backend.setTimeoutMs(500);
    fixture.broker->setFaultDelayMs(3000);
    fixture.broker->setFault(QStringLiteral("/session/exchange"), SandboxBroker::Fault::Slow);
    SessionJob *job = backend.exchangeOneTimeToken(QStringLiteral("x"));
    QSignalSpy finished(job, &Job::result);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error(), SessionJob::Error::Timeout);

    fixture.broker->setFault(QStringLiteral("/session/exchange"), SandboxBroker::Fault::MalformedAnswer);
    job = backend.exchangeOneTimeToken(QStringLiteral("x"));
    QSignalSpy finished2(job, &Job::result);
    job->start();
    QVERIFY(finished2.wait(10000));
    QCOMPARE(job->error(), SessionJob::Error::MalformedAnswer);
    QVERIFY(!backend.hasSession());

    fixture.broker->setFault(QStringLiteral("/session/exchange"), SandboxBroker::Fault::ServerError);
    job = backend.exchangeOneTimeToken(QStringLiteral("x"));
    QSignalSpy finished3(job, &Job::result);
    job->start();
    QVERIFY(finished3.wait(10000));
    QCOMPARE(job->error(), SessionJob::Error::ServiceError);

    // No session yet: nothing goes on the wire.
    job = backend.issueInAppToken();
    QSignalSpy finished4(job, &Job::result);
    job->start();
    QVERIFY(finished4.wait(5000));
    QCOMPARE(job->error(), SessionJob::Error::Rejected);
    fixture.broker->clearFaults();
}

void TestSsoSession::accountsAndCurrentAccount()
{
    const QString second = fixture.broker->addAccount(fixture.userId, QStringLiteral("EUR"), 123456);
    Stack s = start();
    QVERIFY(signIn(s.session.get(), false));
    QVERIFY(s.session->accounts().size() >= 2);
    QCOMPARE(s.session->currentAccount(), s.session->accounts().first().login());
    QSignalSpy changed(s.session.get(), &SsoSession::currentAccountChanged);
    s.session->setCurrentAccount(QStringLiteral("999"));
    QCOMPARE(changed.size(), 0); // not one of the user's
    s.session->setCurrentAccount(second);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(s.session->currentAccount(), second);
    const auto accounts = s.session->accounts();
    const auto it = std::find_if(accounts.cbegin(), accounts.cend(), [&](const TradingAccount &a) { return a.login() == second; });
    QCOMPARE(it->formattedBalance(), QStringLiteral("1234.56"));
    QCOMPARE(it->currency(), QStringLiteral("EUR"));
}

void TestSsoSession::noTokenInFilesOrLogs()
{
    // Its own whole life first, so that it holds alone and in any order, not only after the tests
    // above: a kept login, a restart with a rotated token, an action token, a log out.
    const qsizetype issuedBefore = fixture.broker->issuedSecrets().size();
    {
        Stack first = start();
        QVERIFY(signIn(first.session.get(), true));
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
    }
    {
        fixture.broker->setRotateAccessTokens(true);
        const auto noRotation = qScopeGuard([this] { fixture.broker->setRotateAccessTokens(false); });
        Stack s = start();
        QSignalSpy finished(s.session.get(), &SsoSession::restoreFinished);
        s.session->restore();
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.at(0).at(0).toBool());
        InAppTokenJob *token = s.session->requestInAppToken();
        QVERIFY(Tests::runJob(token));
        QCOMPARE(token->error(), SessionJob::Error::NoError);
        QSignalSpy signedOut(s.session.get(), &SsoSession::signedOut);
        s.session->logout();
        QVERIFY(signedOut.wait(15000));
    }
    const QStringList secrets = fixture.broker->issuedSecrets();
    // At least the login's one-time token, its session and access token, the relogin's session and
    // rotated token, and the action's one-time token.
    QVERIFY2(secrets.size() >= issuedBefore + 6, qPrintable(QString::number(secrets.size() - issuedBefore)));
    QStringList roots = {QDir::homePath(), QDir::tempPath(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            // The keyring's own encrypted store is where the token must be; sockets and huge files are not ours.
            if (path.contains(QLatin1String("/keyrings/")) || QFileInfo(path).size() > 4 * 1024 * 1024)
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            ++files;
            for (const QString &secret : secrets)
                QVERIFY2(!content.contains(secret.toLatin1()), qPrintable(QStringLiteral("a token is in %1").arg(path)));
        }
    }
    QVERIFY(files > 0);
    QMutexLocker lock(&logMutex);
    QVERIFY(capturedLog.size() > 10);
    for (const QString &line : std::as_const(capturedLog)) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a token is in the log line: ") + line.left(80)));
    }
}

QTEST_GUILESS_MAIN(TestSsoSession)
#include "tst_ssosession.moc"
