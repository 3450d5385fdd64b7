// SPDX-License-Identifier: MIT
// The broker CRM's side of the specification (4.1 to 4.5): what the cTrader backend calls on the
// broker, at the specification's paths and status codes. It shares the sandbox's tables with the
// screens and the session service: a one-time token from the login screen redeems here too.
#include "sandboxcrmapi.h"

#include "sandboxhelpers.h"
#include "sandboxroutes.h"
#include "sandboxsessionservice.h"
#include "sandboxstate.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace InAppKit::Sandbox::CrmApi {

namespace {

constexpr qint64 CrmApiTokenLifetimeMs = 7LL * 24 * 60 * 60 * 1000; // "valid at least a week"
constexpr qsizetype MaxCrmApiTokens = 100;

QString issueCrmApiToken(SandboxState &state)
{
    const qint64 t = state.now();
    state.crmApiTokens.removeIf([t](const auto &it) { return it.value() <= t; });
    while (state.crmApiTokens.size() >= MaxCrmApiTokens) // the oldest goes first
        state.crmApiTokens.erase(std::min_element(state.crmApiTokens.begin(), state.crmApiTokens.end()));
    const QString token = randomSecret();
    state.crmApiTokens.insert(token, t + CrmApiTokenLifetimeMs);
    state.remember(token);
    return token;
}

bool validCrmApiToken(const SandboxState &state, const HttpRequest &request)
{
    const QString token = request.query().queryItemValue(QStringLiteral("crmApiToken"), QUrl::FullyDecoded);
    return !token.isEmpty() && state.crmApiTokens.value(token, 0) > state.now();
}

// 4.1 to 4.4 carry a JSON object; false, with the answer in @p refusal, if one does not.
bool readBody(const HttpRequest &request, QJsonObject *body, HttpResponse *refusal)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!request.header("content-type").startsWith("application/json") || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal = jsonError({400, "INVALID_REQUEST", QStringLiteral("the body must be a JSON object (application/json)")});
        return false;
    }
    *body = doc.object();
    return true;
}

HttpResponse unknownCrmApiToken()
{
    return jsonError({403, "CH_CLIENT_AUTH_FAILURE", QStringLiteral("missing or unknown crmApiToken")});
}

} // namespace

HttpResponse notFound(const HttpRequest &)
{
    return jsonError({404, "NOT_FOUND", QStringLiteral("no such operation")});
}

HttpResponse notAllowed(const QByteArray &allow)
{
    HttpResponse r = jsonError({405, "INVALID_REQUEST", QStringLiteral("use %1").arg(QString::fromLatin1(allow))});
    r.headers.append({QByteArray("Allow"), allow});
    return r;
}

// 4.1: the password Spotware generated for the broker, for a token the other calls carry.
HttpResponse crmApiToken(SandboxState &state, const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!readBody(request, &body, &refusal))
        return refusal;
    if (!body.value(QStringLiteral("password")).isString())
        return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'password' is required")});
    if (body.value(QStringLiteral("password")).toString() != state.crmPassword)
        return jsonError({state.breaks(SandboxBroker::NonConformance::WrongStatusCode) ? 401 : 403, "CH_CLIENT_AUTH_FAILURE",
                          QStringLiteral("wrong password")});
    return jsonOk({{QStringLiteral("crmApiToken"), issueCrmApiToken(state)}});
}

// 4.2: the one-time token of a login, for the user (and an access token with Keep Me Logged In).
HttpResponse oneTimeAuthorize(SandboxState &state, const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!readBody(request, &body, &refusal))
        return refusal;
    if (!validCrmApiToken(state, request))
        return unknownCrmApiToken();
    const QJsonValue code = body.value(QStringLiteral("code"));
    if (!code.isString() || code.toString().isEmpty())
        return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'code' is required")});
    OneTimeToken t;
    const SandboxState::TokenCheck check = state.spendOneTimeToken(code.toString(), OneTimeToken::Login, &t);
    if (check == SandboxState::TokenCheck::Expired && state.breaks(SandboxBroker::NonConformance::ExpiredAsServerError))
        return jsonError({500, "UNKNOWN_ERROR", QStringLiteral("internal error")});
    if (check != SandboxState::TokenCheck::Ok)
        return SessionService::tokenRefused(check);
    QJsonObject o{{QStringLiteral("userId"), t.userId.toLongLong()}, {QStringLiteral("inappToken"), state.issueSession(t.userId)}};
    if (t.keepMeLoggedIn || state.breaks(SandboxBroker::NonConformance::AccessTokenWithoutKeepMeLoggedIn))
        o.insert(QStringLiteral("accessToken"), state.issueAccessToken(t.userId));
    return jsonOk(o);
}

// 4.3: a saved access token, for the user.
HttpResponse authorize(SandboxState &state, const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!readBody(request, &body, &refusal))
        return refusal;
    if (!validCrmApiToken(state, request) && !state.breaks(SandboxBroker::NonConformance::AuthorizeIgnoresCrmApiToken))
        return unknownCrmApiToken();
    const QJsonValue accessToken = body.value(QStringLiteral("accessToken"));
    if (!accessToken.isString() || accessToken.toString().isEmpty())
        return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'accessToken' is required")});
    const QString userId = state.accessTokens.value(SandboxState::digest(accessToken.toString()));
    if (userId.isEmpty())
        return jsonError({404, "CID_NON_EXISTED_TOKEN", QStringLiteral("unknown or revoked access token")});
    return jsonOk({{QStringLiteral("userId"), userId.toLongLong()}, {QStringLiteral("inappToken"), state.issueSession(userId)}});
}

// 4.4: a one-time token for an InApp screen of the user; an inappToken, when given, must be the user's.
HttpResponse oneTimeGenerate(SandboxState &state, const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!readBody(request, &body, &refusal))
        return refusal;
    if (!validCrmApiToken(state, request))
        return unknownCrmApiToken();
    const QJsonValue id = body.value(QStringLiteral("userId"));
    const QString userId = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    if (userId.isEmpty() || userId == QLatin1String("0"))
        return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'userId' is required")});
    if (!state.users.contains(userId) && !state.breaks(SandboxBroker::NonConformance::GenerateForUnknownUser))
        return jsonError({404, "NOT_FOUND", QStringLiteral("unknown userId")});
    const QString inappToken = request.query().queryItemValue(QStringLiteral("inappToken"), QUrl::FullyDecoded);
    if (!inappToken.isEmpty() && state.sessions.value(inappToken) != userId)
        return jsonError({403, "CH_CLIENT_AUTH_FAILURE", QStringLiteral("the inappToken is not the user's")});
    return jsonOk({{QStringLiteral("token"), state.issueOneTimeToken(userId, OneTimeToken::InApp, false)}});
}

// 4.5: the user logs out of cTrader: the access token is revoked and the user's InApp sessions
// end. Its parameters come in the query.
HttpResponse logout(SandboxState &state, const HttpRequest &request)
{
    if (!validCrmApiToken(state, request))
        return unknownCrmApiToken();
    const QUrlQuery query = request.query();
    const QString userId = query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded);
    if (userId.isEmpty())
        return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'userId' is required")});
    if (!state.users.contains(userId))
        return jsonError({404, "NOT_FOUND", QStringLiteral("unknown userId")});
    const QString accessToken = query.queryItemValue(QStringLiteral("accessToken"), QUrl::FullyDecoded);
    if (!accessToken.isEmpty() && state.accessTokens.value(SandboxState::digest(accessToken)) == userId
        && !state.breaks(SandboxBroker::NonConformance::LogoutKeepsAccessToken))
        state.removeAccessToken(accessToken);
    state.endSessions(userId);
    return jsonOk({});
}

std::unique_ptr<QTcpServer> serveInClear(SandboxState &state)
{
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(QHostAddress::LocalHost)) {
        qCWarning(lcSandbox) << "cannot serve the CRM API in clear:" << server->errorString();
        return server;
    }
    QTcpServer *listening = server.get();
    QObject::connect(listening, &QTcpServer::newConnection, listening, [&state, listening] {
        while (QTcpSocket *socket = listening->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&state, socket, buffer] {
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
                    // The CRM API's routes only: the screens are not served in clear.
                    r = request.path().startsWith(QLatin1String("/oauth2/")) ? SandboxRoutes::answer(state, request) : notFound(request);
                    break;
                }
                state.receivedInClear.append(*buffer);
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
    return server;
}

} // namespace InAppKit::Sandbox::CrmApi
