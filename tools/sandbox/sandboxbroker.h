// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOXBROKER_H
#define INAPPKIT_SANDBOXBROKER_H

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace InAppKit::Sandbox {

class SandboxBrokerPrivate;
class SandboxThirdParties;

/**
 * The sandbox broker: a strict, in-memory broker on loopback HTTPS that plays both the broker's
 * client area (login/sign-up, account creation, InApp screens) and the session service that
 * HttpSessionBackend speaks (docs/session-protocol.md).
 *
 * It follows the specification's rules: one-time tokens are random (256 bits), single-use and
 * expire after 60 s; access tokens are issued only when 'Keep me logged in' was ticked and can be
 * revoked; errors carry the specification's status codes. Tests control it through this class:
 * seed users, publish ribbons, revoke tokens, advance the clock, inject faults, read counters.
 */
class SandboxBroker : public QObject
{
    Q_OBJECT
public:
    enum class Certificate {
        Trusted,   ///< signed by the sandbox CA that the sandbox profile names
        Untrusted, ///< signed by another CA that nothing trusts: for certificate-error tests
        WrongHost, ///< signed by the sandbox CA, but for another host (wrong.example)
        Expired,   ///< signed by the sandbox CA for the right hosts, but out of date
        WeakKey,   ///< signed by the sandbox CA, a 1024-bit RSA key
        Sha1,      ///< signed by the sandbox CA with SHA-1
        NoSubjectAltName, ///< signed by the sandbox CA, CN=localhost and no subjectAltName
        ClientPurpose,    ///< signed by the sandbox CA, for client authentication only
    };
    Q_ENUM(Certificate)

    enum class Fault {
        None,
        ServerError,    ///< answer 500
        DropConnection, ///< close the connection without an answer
        Slow,           ///< answer after faultDelayMs()
        MalformedAnswer, ///< answer 200 with JSON the protocol does not allow
    };
    Q_ENUM(Fault)

    static constexpr int OneTimeTokenLifetimeMs = 60000;

    explicit SandboxBroker(QObject *parent = nullptr);
    ~SandboxBroker() override;

    /// Listens on 127.0.0.1:@p port (0: any free port).
    bool start(quint16 port = 0, Certificate certificate = Certificate::Trusted, QString *errorString = nullptr);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    /// https://127.0.0.1:PORT/, or the name setHostName() gave.
    QUrl baseUrl() const;
    /// The name the broker's URLs and profile give it (it still listens on 127.0.0.1): one the
    /// sandbox certificate names, crm.broker.test, for tests where only a proxy (or Chromium's
    /// --host-resolver-rules) knows where it is, as a proxy has to for a name that is not loopback's.
    void setHostName(const QString &name);

    /// The payment provider, 3-D Secure and vendor origins this broker's pages use (started with it).
    SandboxThirdParties *thirdParties() const;

    /// The broker profile (JSON) for this instance; @p caFile is written into `caCertificatesFile`.
    QByteArray profileJson(const QString &caFile) const;
    /// Writes the profile to @p profileFile and the sandbox CA beside it (sandbox-ca.pem).
    bool writeProfile(const QString &profileFile, QString *errorString = nullptr) const;
    /// The PEM of the CA that signed the trusted certificate.
    static QByteArray caCertificatePem();
    static QByteArray untrustedCaCertificatePem();

    // --- test control ---------------------------------------------------------------
    /// Adds a user with one trading account; returns the user id. Username is the login e-mail.
    QString addUser(const QString &username, const QString &password);
    /// Adds a trading account (login number) to @p userId; returns the login.
    QString addAccount(const QString &userId, const QString &currency = QStringLiteral("USD"),
                       qint64 balanceCents = 0, const QString &brokerName = QString());
    QString userIdOf(const QString &username) const;
    QStringList accountsOf(const QString &userId) const;
    /// Adds @p cents to @p login's balance, as a payment made elsewhere would.
    void creditCents(const QString &login, qint64 cents);
    /// Balance in cents of @p login, -1 if unknown.
    qint64 balanceCents(const QString &login) const;
    QString emailOf(const QString &userId) const;
    QString partnerIdOf(const QString &userId) const;
    /// The `ctidTraderAccountId` of the account @p login: what a ribbon names to target it.
    QString traderAccountIdOf(const QString &login) const;
    /// What the user's sign-up carried: `partnerId`, `utm_*`, `gclid`, by name.
    QHash<QString, QString> attributionOf(const QString &userId) const;

    /// Publishes a ribbon (rules.ribbons shape) for @p userId.
    void publishRibbon(const QString &userId, const QJsonObject &ribbon);
    void clearRibbons(const QString &userId);

    /// Revokes every access token of @p userId; returns how many.
    int revokeAccessTokens(const QString &userId);
    /// Started for tests: serves the pages under `/test/` (hostile frames, pop-ups, redirect
    /// loops…) and remembers every secret it issues (issuedSecrets(), for the leak scans). Off by
    /// default, so the demo's broker does neither.
    void setForTests(bool enabled);
    /// For tests: how long a connection may take to send a whole request (30 s by default).
    void setRequestTimeoutMs(int ms);
    /// When on, `relogin` spends the access token it is given and answers with a new one.
    void setRotateAccessTokens(bool rotate);
    bool revokeAccessToken(const QString &accessToken);
    /// One rule of the specification the sandbox can be told to break, so that the conformance
    /// checker's tests see each of its checks fail for the reason it names.
    enum class NonConformance {
        ReusableOneTimeToken,    ///< a one-time token redeems more than once
        EverlastingOneTimeToken, ///< a one-time token never expires
        WrongStatusCode,         ///< 4.1 answers a wrong password with 401 instead of 403
        IgnoreLanguage,          ///< the screens ignore `lang`
        IgnoreTheme,             ///< the screens ignore `theme`
        InsecureResource,        ///< every screen loads an image over http
        ForbiddenWords,          ///< every screen says "cTrader ID"
        Alert,                   ///< every screen shows a JavaScript alert
        TokenInFragment,         ///< the success redirect carries the token in the fragment
        AccessTokenWithoutKeepMeLoggedIn, ///< 4.2 gives an access token whether the box was ticked or not
        AuthorizeIgnoresCrmApiToken,      ///< 4.3 answers whatever crmApiToken comes with it
        GenerateForUnknownUser,           ///< 4.4 gives a one-time token for a userId it does not know
        LogoutKeepsAccessToken,           ///< 4.5 answers 200 and leaves the access token valid
        RepeatedLoginToken,      ///< a login is given the user's earlier one-time token while it is unspent
        SharedLoginToken,        ///< a login is given another user's unspent one-time token
        ExpiredAsServerError,    ///< an expired one-time token gets 500, not 410
        ApiOverHttp,             ///< the CRM API answers over plain http too, at httpUrl()
        IgnoreFirstLogin,        ///< the login screen shows the login face whatever firstLogin says
        ResetLinkOffBroker,      ///< the login screen's reset link is file:///etc/passwd
        NoLoginLinkOnSignUp,     ///< the sign-up face has no link to the login
        DropPartnerId,           ///< the sign-up face redirects to itself without the partnerId
        WideScreens,             ///< every screen is 1500 px wide
        RefuseInAppTokens,       ///< the InApp screens refuse the one-time tokens 4.4 gave
        LoginOnForeignOrigin,    ///< the login screen redirects to a third party's page
    };
    Q_ENUM(NonConformance)
    /// Breaks (or keeps again) @p rule.
    void setNonConformance(NonConformance rule, bool broken = true);
    /// While ApiOverHttp is broken: the plain http address (another port) where the CRM API answers.
    QUrl httpUrl() const;
    /// The requests the CRM API received in clear at httpUrl(), as sent.
    QByteArrayList receivedInClear() const;

    /// The password the broker CRM's `POST /oauth2/crmApiToken` (specification 4.1) takes, which
    /// Spotware would have generated; "sandbox-crm-password" by default.
    void setCrmPassword(const QString &password);
    QString crmPassword() const;
    /// Live (not revoked) access tokens of @p userId.
    QStringList accessTokensOf(const QString &userId) const;

    /**
     * What a broker keeps between runs: users (with salted password digests), accounts, balances,
     * ribbons, and the SHA-256 digests of live access tokens; never a one-time token, a session or
     * an access token itself. The demo keeps it in its data folder so that 'Keep me logged in'
     * holds across restarts.
     */
    QJsonObject saveState() const;
    /// Replaces users, accounts and access tokens with @p state; false if it is not one saveState() wrote.
    bool restoreState(const QJsonObject &state);
    /// Ends every session of @p userId on the broker's side (the specification's broker-initiated
    /// log out); returns how many.
    int endSessions(const QString &userId);
    /// Live session tokens of @p userId (session service), oldest first.
    QStringList sessionsOf(const QString &userId) const;
    /// Every secret this broker issued (one-time, access and session tokens) when started for
    /// tests (setForTests()): for leak scans.
    QStringList issuedSecrets() const;
    /// How many entries its short-lived tables hold ("oneTimeTokens", "spentOneTimeTokens",
    /// "sessions", "forms", "signUps"): for tests of their pruning.
    QHash<QString, int> tableSizes() const;

    /// Moves the broker's clock forward (expiry of one-time tokens).
    void advanceClock(qint64 ms);

    /// Makes requests whose path is @p path (exact) fail; an empty path means every path. With
    /// @p times, only that many requests fail.
    void setFault(const QString &path, Fault fault, int times = -1);
    void clearFaults();
    void setFaultDelayMs(int ms);
    int faultDelayMs() const;
    /// Answers that a Slow fault holds back and has not sent yet: a test waits for none before it ends.
    int pendingDelayedAnswers() const;

    /// The Cookie header of the last request for @p path (empty if it sent none).
    QByteArray lastCookieHeader(const QString &path) const;
    /// Requests received per path (whatever their answer), since start or resetCounters().
    int requestCount(const QString &path) const;
    QHash<QString, int> requestCounts() const;
    int totalRequestCount() const;
    void resetCounters();

Q_SIGNALS:
    void requestReceived(const QString &method, const QString &path);
    /// A user completed a screen (login, signUp, deposit, ...): for tests and the demo's log.
    void screenCompleted(const QString &screen, const QString &userId);

private:
    std::unique_ptr<SandboxBrokerPrivate> d;
};

} // namespace InAppKit::Sandbox

#endif
