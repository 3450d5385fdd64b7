// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOX_SANDBOXSTATE_H
#define INAPPKIT_SANDBOX_SANDBOXSTATE_H

#include "sandboxbroker.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace InAppKit::Sandbox {

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

/**
 * What the sandbox broker knows: users, accounts, tokens, sessions and forms, the rules it
 * breaks on purpose, and its clock. Every area that answers requests (login screens, InApp
 * screens, session service, CRM API, test pages) reads and writes this one object; none keeps
 * state of its own.
 */
class SandboxState
{
public:
    explicit SandboxState(SandboxBroker *broker);

    SandboxBroker *const broker; // its URLs, its third parties, and the signals it emits

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
    QByteArrayList receivedInClear; // the requests to the CRM API over plain http (ApiOverHttp), as sent
    QSet<SandboxBroker::NonConformance> broken; // rules broken on purpose, for the conformance checker's tests
    bool rotateAccessTokens = false;
    bool forTests = false;
    QStringList sessionOrder; // session tokens, oldest first
    qint64 lastPrune = 0;
    static constexpr qint64 PruneEveryMs = 10 * 1000;
    static constexpr qint64 RememberSpentMs = 10 * 60 * 1000;
    static constexpr qsizetype MaxSessions = 10000;

    qint64 now() const { return clock.elapsed() + clockOffset; }
    bool breaks(SandboxBroker::NonConformance rule) const { return broken.contains(rule); }

    static QByteArray digest(const QString &accessToken) { return QCryptographicHash::hash(accessToken.toUtf8(), QCryptographicHash::Sha256); }
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
    int endSessions(const QString &userId);
    QString issueOneTimeToken(const QString &userId, OneTimeToken::Purpose purpose, bool keepMeLoggedIn);
    enum class TokenCheck { Ok, Missing, Unknown, Used, Expired, WrongPurpose };

    // Spends a one-time token: whatever the outcome, a token is never accepted twice.
    TokenCheck spendOneTimeToken(const QString &token, OneTimeToken::Purpose purpose, OneTimeToken *out);
    QUrl successUrl(const QList<QPair<QString, QString>> &items = {}) const;
    // Where an InApp screen's Cancel goes: the success URL, saying so.
    QString cancelUrl() const;
    QString createUser(const QString &email, const QString &password);
    QString createAccount(const QString &userId, const QString &currency, qint64 balance, const QString &brokerName);
    QJsonArray accountsJson(const QString &userId) const;

    // A user completed a screen: SandboxBroker::screenCompleted().
    void completed(const QString &screen, const QString &userId) const;
};

} // namespace InAppKit::Sandbox

#endif
