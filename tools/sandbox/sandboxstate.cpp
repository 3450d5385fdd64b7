// SPDX-License-Identifier: MIT
// The sandbox broker's state: users, accounts, tokens and sessions, pruned; saved and restored; and the
// public API of SandboxBroker that reads and writes it.
#include "sandboxstate.h"

#include "sandboxbroker_p.h"
#include "sandboxhelpers.h"

#include <QPasswordDigestor>

namespace InAppKit::Sandbox {

SandboxState::SandboxState(SandboxBroker *owner)
    : broker(owner)
{
    clock.start();
}

QByteArray SandboxState::passwordDigest(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 10000, 32);
}

void SandboxState::setPassword(User &user, const QString &password)
{
    user.passwordSalt = randomSecret().toLatin1();
    user.passwordDigest = passwordDigest(password, user.passwordSalt);
}

bool SandboxState::checkPassword(const QString &userId, const QString &password) const
{
    const auto it = users.constFind(userId);
    return it != users.constEnd() && !password.isEmpty() && passwordDigest(password, it->passwordSalt) == it->passwordDigest;
}

QString SandboxState::issueAccessToken(const QString &userId)
{
    const QString token = randomSecret();
    accessTokens.insert(digest(token), userId);
    accessTokenText.insert(digest(token), token);
    remember(token);
    return token;
}

void SandboxState::removeAccessToken(const QString &token)
{
    accessTokens.remove(digest(token));
    accessTokenText.remove(digest(token));
}

void SandboxState::remember(const QString &secret)
{
    if (forTests)
        issued.append(secret);
}

QString SandboxState::issue(QHash<QString, QString> &table, const QString &userId)
{
    const QString token = randomSecret();
    table.insert(token, userId);
    remember(token);
    return token;
}

void SandboxState::prune()
{
    const qint64 t = now();
    if (lastPrune != 0 && t - lastPrune < PruneEveryMs && sessionOrder.size() <= MaxSessions)
        return;
    lastPrune = t;
    oneTimeTokens.removeIf([t](const auto &it) { return it.value().expiresAt + RememberSpentMs <= t; });
    usedOneTimeTokens.removeIf([t](const auto &it) { return it.value() + RememberSpentMs <= t; });
    forms.removeIf([t](const auto &it) { return it.value().expiresAt <= t; });
    signUps.removeIf([t](const auto &it) { return it.value().expiresAt <= t; });
    sessionOrder.removeIf([this](const QString &s) { return !sessions.contains(s); });
    while (sessionOrder.size() > MaxSessions)
        sessions.remove(sessionOrder.takeFirst());
}

QString SandboxState::issueSession(const QString &userId)
{
    prune();
    const QString token = issue(sessions, userId);
    sessionOrder.append(token);
    return token;
}

int SandboxState::endSessions(const QString &userId)
{
    int ended = 0;
    for (auto it = sessions.begin(); it != sessions.end();) {
        if (it.value() == userId) {
            it = sessions.erase(it);
            ++ended;
        } else {
            ++it;
        }
    }
    return ended;
}

QString SandboxState::issueOneTimeToken(const QString &userId, OneTimeToken::Purpose purpose, bool keepMeLoggedIn)
{
    prune();
    // Broken on purpose: a login is given an unspent token again, the user's own or another's.
    const bool repeat = broken.contains(SandboxBroker::NonConformance::RepeatedLoginToken);
    const bool share = broken.contains(SandboxBroker::NonConformance::SharedLoginToken);
    if (purpose == OneTimeToken::Login && (repeat || share)) {
        auto latest = oneTimeTokens.end();
        for (auto it = oneTimeTokens.begin(); it != oneTimeTokens.end(); ++it) {
            const bool fits = it->purpose == OneTimeToken::Login && it->expiresAt > now() && (repeat ? it->userId == userId : it->userId != userId);
            if (fits && (latest == oneTimeTokens.end() || it->expiresAt > latest->expiresAt))
                latest = it;
        }
        if (latest != oneTimeTokens.end()) {
            *latest = {userId, purpose, keepMeLoggedIn, latest->expiresAt};
            return latest.key();
        }
    }
    const QString token = randomSecret();
    oneTimeTokens.insert(token, {userId, purpose, keepMeLoggedIn, now() + SandboxBroker::OneTimeTokenLifetimeMs});
    remember(token);
    return token;
}

SandboxState::TokenCheck SandboxState::spendOneTimeToken(const QString &token, OneTimeToken::Purpose purpose, OneTimeToken *out)
{
    if (token.isEmpty())
        return TokenCheck::Missing;
    if (usedOneTimeTokens.contains(token))
        return TokenCheck::Used;
    const auto it = oneTimeTokens.constFind(token);
    if (it == oneTimeTokens.constEnd())
        return TokenCheck::Unknown;
    const OneTimeToken t = *it;
    if (!broken.contains(SandboxBroker::NonConformance::ReusableOneTimeToken)) {
        oneTimeTokens.erase(it);
        usedOneTimeTokens.insert(token, now());
    }
    if (t.expiresAt <= now() && !broken.contains(SandboxBroker::NonConformance::EverlastingOneTimeToken))
        return TokenCheck::Expired;
    if (t.purpose != purpose)
        return TokenCheck::WrongPurpose;
    if (purpose == OneTimeToken::InApp && broken.contains(SandboxBroker::NonConformance::RefuseInAppTokens))
        return TokenCheck::Unknown;
    *out = t;
    return TokenCheck::Ok;
}

QUrl SandboxState::successUrl(const QList<QPair<QString, QString>> &items) const
{
    QUrl url = broker->baseUrl().resolved(QUrl(SuccessPath));
    QUrlQuery query;
    for (const auto &[k, v] : items)
        query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    if (query.isEmpty())
        return url;
    if (broken.contains(SandboxBroker::NonConformance::TokenInFragment))
        url.setFragment(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    else
        url.setQuery(query);
    return url;
}

QString SandboxState::cancelUrl() const
{
    return successUrl({{QStringLiteral("status"), QStringLiteral("cancelled")}}).toString(QUrl::FullyEncoded);
}

void SandboxState::completed(const QString &screen, const QString &userId) const
{
    Q_EMIT broker->screenCompleted(screen, userId);
}

QString SandboxState::createUser(const QString &email, const QString &password)
{
    User user;
    user.userId = QString::number(nextUserId++);
    user.email = email;
    setPassword(user, password);
    users.insert(user.userId, user);
    userByEmail.insert(email.toLower(), user.userId);
    return user.userId;
}

QString SandboxState::createAccount(const QString &userId, const QString &currency, qint64 balance, const QString &brokerName)
{
    Account a;
    a.login = QString::number(nextLogin++);
    a.traderAccountId = QString::number(nextTraderAccountId++);
    a.userId = userId;
    a.currency = currency;
    a.balanceCents = balance;
    a.brokerName = brokerName.isEmpty() ? QStringLiteral("Sandbox Markets") : brokerName;
    accounts.insert(a.login, a);
    users[userId].accounts.append(a.login);
    return a.login;
}

QJsonArray SandboxState::accountsJson(const QString &userId) const
{
    QJsonArray array;
    for (const QString &login : users.value(userId).accounts) {
        const Account &a = accounts[login];
        array.append(QJsonObject{{QStringLiteral("login"), a.login.toLongLong()},
                                 {QStringLiteral("ctidTraderAccountId"), a.traderAccountId.toLongLong()},
                                 {QStringLiteral("currency"), a.currency},
                                 {QStringLiteral("balance"), a.balanceCents},
                                 {QStringLiteral("moneyDigits"), 2},
                                 {QStringLiteral("brokerName"), a.brokerName}});
    }
    return array;
}

void SandboxBroker::creditCents(const QString &login, qint64 cents)
{
    if (d->state.accounts.contains(login))
        d->state.accounts[login].balanceCents += cents;
}

QString SandboxBroker::addUser(const QString &username, const QString &password)
{
    const QString userId = d->state.createUser(username, password);
    d->state.createAccount(userId, QStringLiteral("USD"), 0, QString());
    return userId;
}

QString SandboxBroker::addAccount(const QString &userId, const QString &currency, qint64 balanceCents, const QString &brokerName)
{
    if (!d->state.users.contains(userId))
        return QString();
    return d->state.createAccount(userId, currency, balanceCents, brokerName);
}

QString SandboxBroker::userIdOf(const QString &username) const
{
    return d->state.userByEmail.value(username.toLower());
}

QStringList SandboxBroker::accountsOf(const QString &userId) const
{
    return d->state.users.value(userId).accounts;
}

qint64 SandboxBroker::balanceCents(const QString &login) const
{
    const auto it = d->state.accounts.constFind(login);
    return it == d->state.accounts.constEnd() ? -1 : it->balanceCents;
}

QString SandboxBroker::emailOf(const QString &userId) const
{
    return d->state.users.value(userId).email;
}

QString SandboxBroker::partnerIdOf(const QString &userId) const
{
    return d->state.users.value(userId).attribution.value(QStringLiteral("partnerId"));
}

QString SandboxBroker::traderAccountIdOf(const QString &login) const
{
    return d->state.accounts.value(login).traderAccountId;
}

QHash<QString, QString> SandboxBroker::attributionOf(const QString &userId) const
{
    return d->state.users.value(userId).attribution;
}

void SandboxBroker::publishRibbon(const QString &userId, const QJsonObject &ribbon)
{
    if (d->state.users.contains(userId))
        d->state.users[userId].ribbons.append(ribbon);
}

void SandboxBroker::clearRibbons(const QString &userId)
{
    if (d->state.users.contains(userId))
        d->state.users[userId].ribbons.clear();
}

int SandboxBroker::revokeAccessTokens(const QString &userId)
{
    d->state.accessTokenText.removeIf([&](const auto &it) { return d->state.accessTokens.value(it.key()) == userId; });
    return int(d->state.accessTokens.removeIf([&](const auto &it) { return it.value() == userId; }));
}

bool SandboxBroker::revokeAccessToken(const QString &accessToken)
{
    const bool known = d->state.accessTokens.contains(SandboxState::digest(accessToken));
    d->state.removeAccessToken(accessToken);
    return known;
}

QStringList SandboxBroker::accessTokensOf(const QString &userId) const
{
    QStringList tokens;
    for (auto it = d->state.accessTokens.cbegin(); it != d->state.accessTokens.cend(); ++it) {
        if (it.value() == userId)
            tokens.append(d->state.accessTokenText.value(it.key(), QStringLiteral("(issued by an earlier run)")));
    }
    return tokens;
}

QJsonObject SandboxBroker::saveState() const
{
    QJsonArray users;
    for (const User &u : std::as_const(d->state.users)) {
        QJsonObject attribution;
        for (auto it = u.attribution.cbegin(); it != u.attribution.cend(); ++it)
            attribution.insert(it.key(), it.value());
        QJsonArray ribbons;
        for (const QJsonObject &r : u.ribbons)
            ribbons.append(r);
        users.append(QJsonObject{{QStringLiteral("userId"), u.userId},
                                 {QStringLiteral("email"), u.email},
                                 {QStringLiteral("passwordSalt"), QString::fromLatin1(u.passwordSalt.toBase64())},
                                 {QStringLiteral("passwordDigest"), QString::fromLatin1(u.passwordDigest.toBase64())},
                                 {QStringLiteral("attribution"), attribution},
                                 {QStringLiteral("language"), u.language},
                                 {QStringLiteral("accounts"), QJsonArray::fromStringList(u.accounts)},
                                 {QStringLiteral("ribbons"), ribbons},
                                 {QStringLiteral("identityVerified"), u.identityVerified}});
    }
    QJsonArray accounts;
    for (const Account &a : std::as_const(d->state.accounts)) {
        accounts.append(QJsonObject{{QStringLiteral("login"), a.login},
                                    {QStringLiteral("traderAccountId"), a.traderAccountId},
                                    {QStringLiteral("userId"), a.userId},
                                    {QStringLiteral("currency"), a.currency},
                                    {QStringLiteral("brokerName"), a.brokerName},
                                    {QStringLiteral("balanceCents"), a.balanceCents}});
    }
    QJsonObject accessTokens; // digests only: the tokens live in the users' keychains
    for (auto it = d->state.accessTokens.cbegin(); it != d->state.accessTokens.cend(); ++it)
        accessTokens.insert(QString::fromLatin1(it.key().toBase64()), it.value());
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("port"), baseUrl().port()},
            {QStringLiteral("nextUserId"), d->state.nextUserId},
            {QStringLiteral("nextLogin"), d->state.nextLogin},
            {QStringLiteral("nextTraderAccountId"), d->state.nextTraderAccountId},
            {QStringLiteral("users"), users},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("accessTokenDigests"), accessTokens}};
}

bool SandboxBroker::restoreState(const QJsonObject &state)
{
    if (state.value(QStringLiteral("version")).toInt() != 1)
        return false;
    d->state.users.clear();
    d->state.userByEmail.clear();
    d->state.accounts.clear();
    d->state.accessTokens.clear();
    d->state.accessTokenText.clear();
    d->state.nextUserId = state.value(QStringLiteral("nextUserId")).toInt(d->state.nextUserId);
    d->state.nextLogin = state.value(QStringLiteral("nextLogin")).toInt(d->state.nextLogin);
    d->state.nextTraderAccountId = state.value(QStringLiteral("nextTraderAccountId")).toInteger(d->state.nextTraderAccountId);
    for (const QJsonValue &v : state.value(QStringLiteral("users")).toArray()) {
        const QJsonObject o = v.toObject();
        User u;
        u.userId = o.value(QStringLiteral("userId")).toString();
        u.email = o.value(QStringLiteral("email")).toString();
        u.passwordSalt = QByteArray::fromBase64(o.value(QStringLiteral("passwordSalt")).toString().toLatin1());
        u.passwordDigest = QByteArray::fromBase64(o.value(QStringLiteral("passwordDigest")).toString().toLatin1());
        const QJsonObject attribution = o.value(QStringLiteral("attribution")).toObject();
        for (auto it = attribution.constBegin(); it != attribution.constEnd(); ++it)
            u.attribution.insert(it.key(), it.value().toString());
        u.language = o.value(QStringLiteral("language")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("accounts")).toArray())
            u.accounts.append(a.toString());
        for (const QJsonValue &r : o.value(QStringLiteral("ribbons")).toArray())
            u.ribbons.append(r.toObject());
        u.identityVerified = o.value(QStringLiteral("identityVerified")).toBool();
        if (u.userId.isEmpty() || u.email.isEmpty())
            return false;
        d->state.userByEmail.insert(u.email.toLower(), u.userId);
        d->state.users.insert(u.userId, u);
    }
    for (const QJsonValue &v : state.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject o = v.toObject();
        Account a;
        a.login = o.value(QStringLiteral("login")).toString();
        a.traderAccountId = o.value(QStringLiteral("traderAccountId")).toString();
        a.userId = o.value(QStringLiteral("userId")).toString();
        a.currency = o.value(QStringLiteral("currency")).toString();
        a.brokerName = o.value(QStringLiteral("brokerName")).toString();
        a.balanceCents = o.value(QStringLiteral("balanceCents")).toInteger();
        if (a.login.isEmpty() || !d->state.users.contains(a.userId))
            return false;
        d->state.accounts.insert(a.login, a);
    }
    const QJsonObject digests = state.value(QStringLiteral("accessTokenDigests")).toObject();
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
        d->state.accessTokens.insert(QByteArray::fromBase64(it.key().toLatin1()), it.value().toString());
    return true;
}

int SandboxBroker::endSessions(const QString &userId)
{
    return d->state.endSessions(userId);
}

QStringList SandboxBroker::sessionsOf(const QString &userId) const
{
    QStringList live;
    for (auto it = d->state.sessions.cbegin(); it != d->state.sessions.cend(); ++it) {
        if (it.value() == userId)
            live.append(it.key());
    }
    return live;
}

} // namespace InAppKit::Sandbox
