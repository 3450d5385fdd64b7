// SPDX-License-Identifier: MIT
// The sandbox broker's state: users, accounts, tokens and sessions, pruned; saved and restored.
#include "sandboxbroker_p.h"

namespace InAppKit::Sandbox {

QByteArray SandboxBrokerPrivate::passwordDigest(const QString &password, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, 10000, 32);
}

void SandboxBrokerPrivate::setPassword(User &user, const QString &password)
{
    user.passwordSalt = randomSecret().toLatin1();
    user.passwordDigest = passwordDigest(password, user.passwordSalt);
}

bool SandboxBrokerPrivate::checkPassword(const QString &userId, const QString &password) const
{
    const auto it = users.constFind(userId);
    return it != users.constEnd() && !password.isEmpty() && passwordDigest(password, it->passwordSalt) == it->passwordDigest;
}

QString SandboxBrokerPrivate::issueAccessToken(const QString &userId)
{
    const QString token = randomSecret();
    accessTokens.insert(digest(token), userId);
    accessTokenText.insert(digest(token), token);
    remember(token);
    return token;
}

void SandboxBrokerPrivate::removeAccessToken(const QString &token)
{
    accessTokens.remove(digest(token));
    accessTokenText.remove(digest(token));
}

void SandboxBrokerPrivate::remember(const QString &secret)
{
    if (forTests)
        issued.append(secret);
}

QString SandboxBrokerPrivate::issue(QHash<QString, QString> &table, const QString &userId)
{
    const QString token = randomSecret();
    table.insert(token, userId);
    remember(token);
    return token;
}

void SandboxBrokerPrivate::prune()
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

QString SandboxBrokerPrivate::issueSession(const QString &userId)
{
    prune();
    const QString token = issue(sessions, userId);
    sessionOrder.append(token);
    return token;
}

QString SandboxBrokerPrivate::issueOneTimeToken(const QString &userId, OneTimeToken::Purpose purpose, bool keepMeLoggedIn)
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

SandboxBrokerPrivate::TokenCheck SandboxBrokerPrivate::spendOneTimeToken(const QString &token, OneTimeToken::Purpose purpose, OneTimeToken *out)
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

QUrl SandboxBrokerPrivate::successUrl(const QList<QPair<QString, QString>> &items) const
{
    QUrl url = q->baseUrl().resolved(QUrl(SuccessPath));
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

QString SandboxBrokerPrivate::createUser(const QString &email, const QString &password)
{
    User user;
    user.userId = QString::number(nextUserId++);
    user.email = email;
    setPassword(user, password);
    users.insert(user.userId, user);
    userByEmail.insert(email.toLower(), user.userId);
    return user.userId;
}

QString SandboxBrokerPrivate::createAccount(const QString &userId, const QString &currency, qint64 balance, const QString &brokerName)
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

QJsonArray SandboxBrokerPrivate::accountsJson(const QString &userId) const
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
    if (d->accounts.contains(login))
        d->accounts[login].balanceCents += cents;
}

QString SandboxBroker::addUser(const QString &username, const QString &password)
{
    const QString userId = d->createUser(username, password);
    d->createAccount(userId, QStringLiteral("USD"), 0, QString());
    return userId;
}

QString SandboxBroker::addAccount(const QString &userId, const QString &currency, qint64 balanceCents, const QString &brokerName)
{
    if (!d->users.contains(userId))
        return QString();
    return d->createAccount(userId, currency, balanceCents, brokerName);
}

QString SandboxBroker::userIdOf(const QString &username) const
{
    return d->userByEmail.value(username.toLower());
}

QStringList SandboxBroker::accountsOf(const QString &userId) const
{
    return d->users.value(userId).accounts;
}

qint64 SandboxBroker::balanceCents(const QString &login) const
{
    const auto it = d->accounts.constFind(login);
    return it == d->accounts.constEnd() ? -1 : it->balanceCents;
}

QString SandboxBroker::emailOf(const QString &userId) const
{
    return d->users.value(userId).email;
}

QString SandboxBroker::partnerIdOf(const QString &userId) const
{
    return d->users.value(userId).attribution.value(QStringLiteral("partnerId"));
}

QString SandboxBroker::traderAccountIdOf(const QString &login) const
{
    return d->accounts.value(login).traderAccountId;
}

QHash<QString, QString> SandboxBroker::attributionOf(const QString &userId) const
{
    return d->users.value(userId).attribution;
}

void SandboxBroker::publishRibbon(const QString &userId, const QJsonObject &ribbon)
{
    if (d->users.contains(userId))
        d->users[userId].ribbons.append(ribbon);
}

void SandboxBroker::clearRibbons(const QString &userId)
{
    if (d->users.contains(userId))
        d->users[userId].ribbons.clear();
}

int SandboxBroker::revokeAccessTokens(const QString &userId)
{
    d->accessTokenText.removeIf([&](const auto &it) { return d->accessTokens.value(it.key()) == userId; });
    return int(d->accessTokens.removeIf([&](const auto &it) { return it.value() == userId; }));
}

bool SandboxBroker::revokeAccessToken(const QString &accessToken)
{
    const bool known = d->accessTokens.contains(SandboxBrokerPrivate::digest(accessToken));
    d->removeAccessToken(accessToken);
    return known;
}

QStringList SandboxBroker::accessTokensOf(const QString &userId) const
{
    QStringList tokens;
    for (auto it = d->accessTokens.cbegin(); it != d->accessTokens.cend(); ++it) {
        if (it.value() == userId)
            tokens.append(d->accessTokenText.value(it.key(), QStringLiteral("(issued by an earlier run)")));
    }
    return tokens;
}

QJsonObject SandboxBroker::saveState() const
{
    QJsonArray users;
    for (const User &u : std::as_const(d->users)) {
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
    for (const Account &a : std::as_const(d->accounts)) {
        accounts.append(QJsonObject{{QStringLiteral("login"), a.login},
                                    {QStringLiteral("traderAccountId"), a.traderAccountId},
                                    {QStringLiteral("userId"), a.userId},
                                    {QStringLiteral("currency"), a.currency},
                                    {QStringLiteral("brokerName"), a.brokerName},
                                    {QStringLiteral("balanceCents"), a.balanceCents}});
    }
    QJsonObject accessTokens; // digests only: the tokens live in the users' keychains
    for (auto it = d->accessTokens.cbegin(); it != d->accessTokens.cend(); ++it)
        accessTokens.insert(QString::fromLatin1(it.key().toBase64()), it.value());
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("port"), baseUrl().port()},
            {QStringLiteral("nextUserId"), d->nextUserId},
            {QStringLiteral("nextLogin"), d->nextLogin},
            {QStringLiteral("nextTraderAccountId"), d->nextTraderAccountId},
            {QStringLiteral("users"), users},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("accessTokenDigests"), accessTokens}};
}

bool SandboxBroker::restoreState(const QJsonObject &state)
{
    if (state.value(QStringLiteral("version")).toInt() != 1)
        return false;
    d->users.clear();
    d->userByEmail.clear();
    d->accounts.clear();
    d->accessTokens.clear();
    d->accessTokenText.clear();
    d->nextUserId = state.value(QStringLiteral("nextUserId")).toInt(d->nextUserId);
    d->nextLogin = state.value(QStringLiteral("nextLogin")).toInt(d->nextLogin);
    d->nextTraderAccountId = state.value(QStringLiteral("nextTraderAccountId")).toInteger(d->nextTraderAccountId);
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
        d->userByEmail.insert(u.email.toLower(), u.userId);
        d->users.insert(u.userId, u);
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
        if (a.login.isEmpty() || !d->users.contains(a.userId))
            return false;
        d->accounts.insert(a.login, a);
    }
    const QJsonObject digests = state.value(QStringLiteral("accessTokenDigests")).toObject();
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
        d->accessTokens.insert(QByteArray::fromBase64(it.key().toLatin1()), it.value().toString());
    return true;
}

int SandboxBroker::endSessions(const QString &userId)
{
    int ended = 0;
    for (auto it = d->sessions.begin(); it != d->sessions.end();) {
        if (it.value() == userId) {
            it = d->sessions.erase(it);
            ++ended;
        } else {
            ++it;
        }
    }
    return ended;
}

QStringList SandboxBroker::sessionsOf(const QString &userId) const
{
    QStringList live;
    for (auto it = d->sessions.cbegin(); it != d->sessions.cend(); ++it) {
        if (it.value() == userId)
            live.append(it.key());
    }
    return live;
}

} // namespace InAppKit::Sandbox
