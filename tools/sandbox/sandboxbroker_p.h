// SPDX-License-Identifier: MIT
// The sandbox broker's inside, shared by the files that implement it by concern: its state
// (sandboxstate.cpp), dispatch and public API (sandboxbroker.cpp), the login and sign-up screens
// (sandboxloginscreens.cpp), the InApp screens and their partners (sandboxinappscreens.cpp), the
// session service (sandboxsessionservice.cpp), and the pages and controls for tests
// (sandboxtestcontrol.cpp).
#ifndef INAPPKIT_SANDBOX_SANDBOXBROKER_P_H
#define INAPPKIT_SANDBOX_SANDBOXBROKER_P_H

#include "sandboxbroker.h"
#include "sandboxhttpserver.h"
#include "sandboxpages.h"
#include "sandboxthirdparties.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace InAppKit::Sandbox {

inline const QString SuccessPath = QStringLiteral("/callback/success");
inline const QString LoginPath = QStringLiteral("/auth/login");
inline const QString ClientId = QStringLiteral("inappkit-demo");
inline constexpr qint64 FormLifetimeMs = 30 * 60 * 1000;

// The InApp screens the sandbox serves: id → title key. "academy" is the profile's custom action.
const QList<QPair<QString, const char *>> &inAppScreens();

bool screenNeedsAccount(const QString &screen);

QByteArray resource(const QString &name);

QString randomSecret();

bool validEmail(const QString &email);

// "12.5" → 1250 cents; -1 if not a positive amount with at most two decimals.
qint64 parseAmount(const QString &text);

QString formatCents(qint64 cents);

struct JsonError {
    int status;
    const char *code;
    QString message;
};

struct Account {
    QString login;           ///< the trading account number
    QString traderAccountId; ///< ctidTraderAccountId: the user-account link (specification 3.4), not the login
    QString userId;
    QString currency;
    QString brokerName;
    qint64 balanceCents = 0;
};

struct User {
    QString userId;
    QString email;
    QByteArray passwordSalt;   // a broker keeps no password, only a salted digest of it
    QByteArray passwordDigest;
    QHash<QString, QString> attribution; // partnerId, utm_*, gclid of the sign-up
    QString language;
    QStringList accounts;
    QList<QJsonObject> ribbons;
    bool identityVerified = false;
};

struct OneTimeToken {
    enum Purpose { Login, InApp };
    QString userId;
    Purpose purpose = Login;
    bool keepMeLoggedIn = false;
    qint64 expiresAt = 0;
};

// An InApp screen after its one-time token was spent: the form's own short-lived key.
struct FormSession {
    QString userId;
    QString screen;
    QString account;
    int step = 1;
    QStringList chat;
    QJsonObject data;
    qint64 expiresAt = 0;
};

struct PendingSignUp {
    QString userId;
    bool keepMeLoggedIn = false;
    qint64 expiresAt = 0;
};

class SandboxBrokerPrivate
{
public:
    SandboxBroker *q;
    std::unique_ptr<SandboxHttpServer> server;
    std::unique_ptr<SandboxThirdParties> thirdParties;
    QString hostName = QStringLiteral("127.0.0.1"); // what its URLs call it (it listens on loopback)
    QElapsedTimer clock;
    qint64 clockOffset = 0;
    int nextUserId = 10345533;
    int nextLogin = 8003098;
    qint64 nextTraderAccountId = 30417001;

    QHash<QString, User> users;           // by userId
    QHash<QString, QString> userByEmail;  // lower-cased e-mail → userId
    QHash<QString, Account> accounts;     // by login
    QHash<QString, OneTimeToken> oneTimeTokens;
    QHash<QString, qint64> usedOneTimeTokens; // token → when it was spent, so reuse is told apart from unknown
    // Access tokens are kept as a broker's database would: by their SHA-256 digest (→ userId), so
    // that the saved state holds none; the tokens themselves only in memory, for the tests.
    QHash<QByteArray, QString> accessTokens;
    QHash<QByteArray, QString> accessTokenText;
    QHash<QString, QString> sessions;     // session token → userId
    QHash<QString, FormSession> forms;
    QHash<QString, PendingSignUp> signUps;
    QStringList issued;
    QString crmPassword = QStringLiteral("sandbox-crm-password");
    QHash<QString, qint64> crmApiTokens; // token → when it expires
    QSet<SandboxBroker::NonConformance> broken; // rules broken on purpose, for the conformance checker's tests
    std::unique_ptr<QTcpServer> crmInClear;       // the CRM API over plain http (ApiOverHttp)
    QByteArrayList receivedInClear;

    QHash<QString, SandboxBroker::Fault> faults;
    QHash<QString, int> faultsLeft; // for faults of a limited count, by path
    int faultDelayMs = 3000;
    bool rotateAccessTokens = false;
    bool forTests = false;
    QStringList sessionOrder; // session tokens, oldest first
    qint64 lastPrune = 0;
    static constexpr qint64 PruneEveryMs = 10 * 1000;
    static constexpr qint64 RememberSpentMs = 10 * 60 * 1000;
    static constexpr qsizetype MaxSessions = 10000;
    int delayedAnswers = 0;
    QHash<QString, int> counters;
    QHash<QString, QByteArray> cookies; // the last Cookie header per path
    int total = 0;

    qint64 now() const { return clock.elapsed() + clockOffset; }

    static QByteArray digest(const QString &accessToken) { return QCryptographicHash::hash(accessToken.toUtf8(), QCryptographicHash::Sha256); }

    // sandboxstate.cpp: users, accounts, tokens and sessions.
    static QByteArray passwordDigest(const QString &password, const QByteArray &salt);
    static void setPassword(User &user, const QString &password);
    bool checkPassword(const QString &userId, const QString &password) const;
    QString issueAccessToken(const QString &userId);
    void removeAccessToken(const QString &token);

    // Every secret issued, for the tests' leak scans; only when started for tests, since the list
    // only grows.
    void remember(const QString &secret);
    QString issue(QHash<QString, QString> &table, const QString &userId);

    // The tables of short-lived things are pruned as new ones are made, so that a client that signs
    // in or opens screens in a loop cannot grow the process without bound. Spent and expired
    // one-time tokens are remembered for a while (a late one is told "expired" or "used", not
    // "unknown"); sessions are capped, the oldest going first.
    void prune();
    QString issueSession(const QString &userId);
    QString issueOneTimeToken(const QString &userId, OneTimeToken::Purpose purpose, bool keepMeLoggedIn);
    enum class TokenCheck { Ok, Missing, Unknown, Used, Expired, WrongPurpose };

    // Spends a one-time token: whatever the outcome, a token is never accepted twice.
    TokenCheck spendOneTimeToken(const QString &token, OneTimeToken::Purpose purpose, OneTimeToken *out);
    QUrl successUrl(const QList<QPair<QString, QString>> &items = {}) const;
    QString createUser(const QString &email, const QString &password);
    QString createAccount(const QString &userId, const QString &currency, qint64 balance, const QString &brokerName);
    QJsonArray accountsJson(const QString &userId) const;

    // sandboxbroker.cpp: the dispatch of requests.

    void handle(const HttpRequest &request, const HttpResponder &responder);
    HttpResponse route(const HttpRequest &request);

    // sandboxloginscreens.cpp: login, sign-up, password reset.

    static QList<QPair<QString, QString>> carried(const QUrlQuery &q);
    static QString withItems(const QString &path, const QList<QPair<QString, QString>> &items);
    // A login screen asked for by a client the broker does not know: 400 and a page saying so;
    // false when @p query names the sandbox's client.
    static bool refuseUnknownClient(const QUrlQuery &query, const SandboxPages &pages, HttpResponse *refusal);
    HttpResponse loginPage(const HttpRequest &request, const QString &errorText, const QUrlQuery *submitted = nullptr, bool signUpFace = false);
    HttpResponse submitLogin(const HttpRequest &request);
    HttpResponse submitSignUp(const HttpRequest &request);
    HttpResponse accountCreation(const HttpRequest &request);
    HttpResponse resetPage(const HttpRequest &request);

    // sandboxinappscreens.cpp: the InApp screens and their partners' steps.

    QString cancelUrl() const;
    HttpResponse tokenRefused(const SandboxPages &pages, TokenCheck check);
    HttpResponse openInAppScreen(const HttpRequest &request, const QString &screen);
    HttpResponse renderInApp(const SandboxPages &pages, const QString &key, const FormSession &form, const QString &errorText);
    HttpResponse submitInAppScreen(const HttpRequest &request, const QString &screen);

    // sandboxsessionservice.cpp: the session service (docs/session-protocol.md).

    static HttpResponse jsonError(const JsonError &e);
    static HttpResponse jsonOk(const QJsonObject &o);
    // The JSON answer to a login one-time token that cannot be spent (session service and CRM API).
    static HttpResponse jsonTokenRefused(TokenCheck check);
    QString bearerUser(const HttpRequest &request) const;
    QJsonObject signedIn(const QString &userId, bool keepMeLoggedIn);
    HttpResponse sessionService(const HttpRequest &request, const QString &operation);

    // sandboxcrmapi.cpp: the broker CRM's side of the specification (4.1 to 4.5).
    QString issueCrmApiToken();
    bool validCrmApiToken(const HttpRequest &request) const;
    HttpResponse crmApi(const HttpRequest &request, const QString &operation);
    // ApiOverHttp: the same API on a plain TCP port, one request per connection.
    void serveCrmInClear(bool on);

    // Payment provider, 3-D Secure, chat and KYC vendor steps (sandboxinappscreens.cpp).

    static QString jsString(const QString &s);
    static QString originOf(const QUrl &url);

    // The card form is the provider's iframe; 3-D Secure takes the whole window by a form POST;
    // the wallet is the provider's pop-up, which posts back to this page.
    QString paymentStep(const SandboxPages &pages, const QString &key, const FormSession &form) const;
    bool capturePayment(FormSession &form);

    // 3-D Secure comes back by a form POST carrying the issuer's answer and our form key (MD).
    HttpResponse depositReturn(const HttpRequest &request);
    QString kycUploadFrame(const SandboxPages &pages, const FormSession &form) const;
    QString chatFrame(const SandboxPages &pages) const;

    // sandboxtestcontrol.cpp: fixture pages for the embedded view's policy tests.
    // A single-page login: fetch() signs in, then the script sends the page to the success URL.
    HttpResponse spaLoginPage(const HttpRequest &request);
    HttpResponse spaLogin(const HttpRequest &request);
    HttpResponse testPage(const QString &name);
    // The rules broken on purpose (setNonConformance()): the request as the broken broker reads it,
    // and the page as it serves it.
    HttpRequest readAsBroken(const HttpRequest &request) const;
    HttpResponse servedAsBroken(HttpResponse response) const;
};

} // namespace InAppKit::Sandbox

#endif
