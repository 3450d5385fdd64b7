// SPDX-License-Identifier: MIT
// The broker CRM's side of the specification (4.1 to 4.5): what the cTrader backend calls on the
// broker, at the specification's paths and status codes. It shares the sandbox's tables with the
// screens and the session service: a one-time token from the login screen redeems here too.
#include "sandboxbroker_p.h"

namespace InAppKit::Sandbox {

namespace {
constexpr qint64 CrmApiTokenLifetimeMs = 7LL * 24 * 60 * 60 * 1000; // "valid at least a week"
constexpr qsizetype MaxCrmApiTokens = 100;
} // namespace

QString SandboxBrokerPrivate::issueCrmApiToken()
{
    const qint64 t = now();
    crmApiTokens.removeIf([t](const auto &it) { return it.value() <= t; });
    while (crmApiTokens.size() >= MaxCrmApiTokens) // the oldest goes first
        crmApiTokens.erase(std::min_element(crmApiTokens.begin(), crmApiTokens.end()));
    const QString token = randomSecret();
    crmApiTokens.insert(token, t + CrmApiTokenLifetimeMs);
    remember(token);
    return token;
}

bool SandboxBrokerPrivate::validCrmApiToken(const HttpRequest &request) const
{
    const QString token = request.query().queryItemValue(QStringLiteral("crmApiToken"), QUrl::FullyDecoded);
    return !token.isEmpty() && crmApiTokens.value(token, 0) > now();
}

HttpResponse SandboxBrokerPrivate::crmApi(const HttpRequest &request, const QString &operation)
{
    static const QStringList operations = {QStringLiteral("crmApiToken"), QStringLiteral("onetime/authorize"),
                                           QStringLiteral("authorize"), QStringLiteral("onetime/generate"),
                                           QStringLiteral("logout")};
    if (!operations.contains(operation))
        return jsonError({404, "NOT_FOUND", QStringLiteral("no such operation")});
    if (request.method != "POST") {
        HttpResponse r = jsonError({405, "INVALID_REQUEST", QStringLiteral("use POST")});
        r.headers.append({QByteArray("Allow"), QByteArray("POST")});
        return r;
    }
    QJsonObject body;
    if (operation != QLatin1String("logout")) { // 4.5 carries its parameters in the query
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!request.header("content-type").startsWith("application/json") || parseError.error != QJsonParseError::NoError
            || !doc.isObject())
            return jsonError({400, "INVALID_REQUEST", QStringLiteral("the body must be a JSON object (application/json)")});
        body = doc.object();
    }

    // 4.1: the password Spotware generated for the broker, for a token the other calls carry.
    if (operation == QLatin1String("crmApiToken")) {
        if (!body.value(QStringLiteral("password")).isString())
            return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'password' is required")});
        if (body.value(QStringLiteral("password")).toString() != crmPassword)
            return jsonError({broken.contains(SandboxBroker::NonConformance::WrongStatusCode) ? 401 : 403, "CH_CLIENT_AUTH_FAILURE",
                              QStringLiteral("wrong password")});
        return jsonOk({{QStringLiteral("crmApiToken"), issueCrmApiToken()}});
    }
    const bool crmApiTokenIgnored = operation == QLatin1String("authorize") && broken.contains(SandboxBroker::NonConformance::AuthorizeIgnoresCrmApiToken);
    if (!validCrmApiToken(request) && !crmApiTokenIgnored)
        return jsonError({403, "CH_CLIENT_AUTH_FAILURE", QStringLiteral("missing or unknown crmApiToken")});

    // 4.2: the one-time token of a login, for the user (and an access token with Keep Me Logged In).
    if (operation == QLatin1String("onetime/authorize")) {
        const QJsonValue code = body.value(QStringLiteral("code"));
        if (!code.isString() || code.toString().isEmpty())
            return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'code' is required")});
        OneTimeToken t;
        const TokenCheck check = spendOneTimeToken(code.toString(), OneTimeToken::Login, &t);
        if (check == TokenCheck::Expired && broken.contains(SandboxBroker::NonConformance::ExpiredAsServerError))
            return jsonError({500, "UNKNOWN_ERROR", QStringLiteral("internal error")});
        if (check != TokenCheck::Ok)
            return jsonTokenRefused(check);
        QJsonObject o{{QStringLiteral("userId"), t.userId.toLongLong()}, {QStringLiteral("inappToken"), issueSession(t.userId)}};
        if (t.keepMeLoggedIn || broken.contains(SandboxBroker::NonConformance::AccessTokenWithoutKeepMeLoggedIn))
            o.insert(QStringLiteral("accessToken"), issueAccessToken(t.userId));
        return jsonOk(o);
    }
    // 4.3: a saved access token, for the user.
    if (operation == QLatin1String("authorize")) {
        const QJsonValue accessToken = body.value(QStringLiteral("accessToken"));
        if (!accessToken.isString() || accessToken.toString().isEmpty())
            return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'accessToken' is required")});
        const QString userId = accessTokens.value(digest(accessToken.toString()));
        if (userId.isEmpty())
            return jsonError({404, "CID_NON_EXISTED_TOKEN", QStringLiteral("unknown or revoked access token")});
        return jsonOk({{QStringLiteral("userId"), userId.toLongLong()}, {QStringLiteral("inappToken"), issueSession(userId)}});
    }
    // 4.4: a one-time token for an InApp screen of the user; an inappToken, when given, must be the user's.
    if (operation == QLatin1String("onetime/generate")) {
        const QJsonValue id = body.value(QStringLiteral("userId"));
        const QString userId = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
        if (userId.isEmpty() || userId == QLatin1String("0"))
            return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'userId' is required")});
        if (!users.contains(userId) && !broken.contains(SandboxBroker::NonConformance::GenerateForUnknownUser))
            return jsonError({404, "NOT_FOUND", QStringLiteral("unknown userId")});
        const QString inappToken = request.query().queryItemValue(QStringLiteral("inappToken"), QUrl::FullyDecoded);
        if (!inappToken.isEmpty() && sessions.value(inappToken) != userId)
            return jsonError({403, "CH_CLIENT_AUTH_FAILURE", QStringLiteral("the inappToken is not the user's")});
        return jsonOk({{QStringLiteral("token"), issueOneTimeToken(userId, OneTimeToken::InApp, false)}});
    }
    // 4.5: the user logs out of cTrader: the access token is revoked and the user's InApp sessions end.
    const QUrlQuery query = request.query();
    const QString userId = query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
    if (userId.isEmpty())
        return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'userId' is required")});
    if (!users.contains(userId))
        return jsonError({404, "NOT_FOUND", QStringLiteral("unknown userId")});
    const QString accessToken = query.queryItemValue(QStringLiteral("accessToken"), QUrl::FullyDecoded);
    if (!accessToken.isEmpty() && accessTokens.value(digest(accessToken)) == userId
        && !broken.contains(SandboxBroker::NonConformance::LogoutKeepsAccessToken))
        removeAccessToken(accessToken);
    q->endSessions(userId);
    return jsonOk({});
}

void SandboxBrokerPrivate::serveCrmInClear(bool on)
{
    if (!on) {
        crmInClear.reset();
        return;
    }
    if (crmInClear)
        return;
    crmInClear = std::make_unique<QTcpServer>();
    if (!crmInClear->listen(QHostAddress::LocalHost)) {
        qCWarning(lcSandbox) << "cannot serve the CRM API in clear:" << crmInClear->errorString();
        return;
    }
    QObject::connect(crmInClear.get(), &QTcpServer::newConnection, crmInClear.get(), [this] {
        while (QTcpSocket *socket = crmInClear->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                HttpRequest request;
                qsizetype consumed = 0;
                int status = 400;
                bool closeAfter = true;
                HttpResponse r;
                switch (HttpRequestParser::parse(*buffer, &request, &consumed, &status, &closeAfter)) {
                case HttpRequestParser::Result::Incomplete:
                    return;
                case HttpRequestParser::Result::Invalid:
                    r = jsonError({status, "INVALID_REQUEST", QStringLiteral("malformed request")});
                    break;
                case HttpRequestParser::Result::Complete:
                    r = request.path().startsWith(QLatin1String("/oauth2/")) ? crmApi(request, request.path().mid(8))
                                                                           : jsonError({404, "NOT_FOUND", QStringLiteral("no such operation")});
                    break;
                }
                receivedInClear.append(*buffer);
                socket->write(QStringLiteral("HTTP/1.1 %1 %2\r\nContent-Type: %3\r\nContent-Length: %4\r\nConnection: close\r\n\r\n")
                                  .arg(r.status)
                                  .arg(r.status == 200 ? QStringLiteral("OK") : QStringLiteral("Error"), QString::fromLatin1(r.contentType))
                                  .arg(r.body.size())
                                  .toLatin1()
                              + r.body);
                socket->disconnectFromHost();
            });
        }
    });
}

void SandboxBroker::setNonConformance(NonConformance rule, bool broken)
{
    if (broken)
        d->broken.insert(rule);
    else
        d->broken.remove(rule);
    if (rule == NonConformance::ApiOverHttp)
        d->serveCrmInClear(broken);
}

QUrl SandboxBroker::httpUrl() const
{
    if (!d->crmInClear || !d->crmInClear->isListening())
        return QUrl();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(d->crmInClear->serverPort()));
}

QByteArrayList SandboxBroker::receivedInClear() const
{
    return d->receivedInClear;
}

void SandboxBroker::setCrmPassword(const QString &password)
{
    d->crmPassword = password;
    d->crmApiTokens.clear(); // a new password: the tokens of the old one go
}

QString SandboxBroker::crmPassword() const
{
    return d->crmPassword;
}

} // namespace InAppKit::Sandbox
