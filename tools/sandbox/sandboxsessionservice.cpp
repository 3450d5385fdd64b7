// SPDX-License-Identifier: MIT
// The session service (docs/session-protocol.md): exchange, relogin, InApp tokens, logout, ribbons, accounts.
#include "sandboxsessionservice.h"

#include "sandboxhelpers.h"

#include <QJsonDocument>

namespace InAppKit::Sandbox::SessionService {

namespace {

// The JSON object a POST carries; false, with the answer in @p refusal, if it carries none.
bool readBody(const HttpRequest &request, QJsonObject *body, HttpResponse *refusal)
{
    if (!request.header("content-type").startsWith("application/json")) {
        *refusal = jsonError({400, "INVALID_REQUEST", QStringLiteral("Content-Type must be application/json")});
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *refusal = jsonError({400, "INVALID_REQUEST", QStringLiteral("the body must be a JSON object")});
        return false;
    }
    *body = doc.object();
    return true;
}

QString sessionToken(const HttpRequest &request)
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer "))
        return QString();
    return QString::fromLatin1(auth.mid(7).trimmed());
}

// The user whose session token the request carries, empty if none.
QString bearerUser(const SandboxState &state, const HttpRequest &request)
{
    const QString token = sessionToken(request);
    return token.isEmpty() ? QString() : state.sessions.value(token);
}

HttpResponse noSession()
{
    return jsonError({403, "CH_CLIENT_AUTH_FAILURE", QStringLiteral("missing or unknown session")});
}

QJsonObject signedIn(SandboxState &state, const QString &userId, bool keepMeLoggedIn)
{
    QJsonObject o{{QStringLiteral("userId"), userId.toLongLong()},
                  {QStringLiteral("email"), state.users.value(userId).email},
                  {QStringLiteral("sessionToken"), state.issueSession(userId)},
                  {QStringLiteral("accounts"), state.accountsJson(userId)}};
    if (keepMeLoggedIn)
        o.insert(QStringLiteral("accessToken"), state.issueAccessToken(userId));
    return o;
}

} // namespace

HttpResponse notFound(const HttpRequest &)
{
    return jsonError({404, "NOT_FOUND", QStringLiteral("no such operation")});
}

HttpResponse notAllowed(const QByteArray &allow)
{
    HttpResponse r = jsonError({405, "INVALID_REQUEST", QStringLiteral("use %1").arg(QString::fromLatin1(allow))});
    r.headers.append({"Allow", allow});
    return r;
}

HttpResponse tokenRefused(SandboxState::TokenCheck check)
{
    if (check == SandboxState::TokenCheck::Expired)
        return jsonError({410, "CID_TOKEN_EXPIRED", QStringLiteral("the one-time token has expired")});
    return jsonError({404, "CID_NON_EXISTED_TOKEN", QStringLiteral("unknown one-time token")});
}

HttpResponse exchange(SandboxState &state, const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!readBody(request, &body, &refusal))
        return refusal;
    const QJsonValue token = body.value(QStringLiteral("token"));
    if (!token.isString() || token.toString().isEmpty())
        return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'token' is required")});
    OneTimeToken t;
    const SandboxState::TokenCheck check = state.spendOneTimeToken(token.toString(), OneTimeToken::Login, &t);
    if (check != SandboxState::TokenCheck::Ok)
        return tokenRefused(check);
    return jsonOk(signedIn(state, t.userId, t.keepMeLoggedIn));
}

HttpResponse relogin(SandboxState &state, const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!readBody(request, &body, &refusal))
        return refusal;
    const QJsonValue token = body.value(QStringLiteral("accessToken"));
    if (!token.isString() || token.toString().isEmpty())
        return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'accessToken' is required")});
    const QString userId = state.accessTokens.value(SandboxState::digest(token.toString()));
    if (userId.isEmpty())
        return jsonError({404, "CID_NON_EXISTED_TOKEN", QStringLiteral("unknown or revoked access token")});
    // Rotation: the presented token is spent and a new one comes back.
    if (state.rotateAccessTokens)
        state.removeAccessToken(token.toString());
    return jsonOk(signedIn(state, userId, state.rotateAccessTokens));
}

HttpResponse inAppToken(SandboxState &state, const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!readBody(request, &body, &refusal))
        return refusal;
    const QString userId = bearerUser(state, request);
    if (userId.isEmpty())
        return noSession();
    return jsonOk({{QStringLiteral("token"), state.issueOneTimeToken(userId, OneTimeToken::InApp, false)}});
}

HttpResponse logout(SandboxState &state, const HttpRequest &request)
{
    QJsonObject body;
    HttpResponse refusal;
    if (!readBody(request, &body, &refusal))
        return refusal;
    const QString userId = bearerUser(state, request);
    if (userId.isEmpty())
        return noSession();
    const QString accessToken = body.value(QStringLiteral("accessToken")).toString();
    if (!accessToken.isEmpty() && state.accessTokens.value(SandboxState::digest(accessToken)) == userId)
        state.removeAccessToken(accessToken);
    state.sessions.remove(sessionToken(request));
    return HttpResponse::json(204, QByteArray());
}

HttpResponse ribbons(SandboxState &state, const HttpRequest &request)
{
    const QString userId = bearerUser(state, request);
    if (userId.isEmpty())
        return noSession();
    QJsonArray list;
    for (const QJsonObject &ribbon : state.users.value(userId).ribbons)
        list.append(ribbon);
    return jsonOk({{QStringLiteral("rules"), QJsonObject{{QStringLiteral("ribbons"), list}}}});
}

HttpResponse accounts(SandboxState &state, const HttpRequest &request)
{
    const QString userId = bearerUser(state, request);
    if (userId.isEmpty())
        return noSession();
    return jsonOk({{QStringLiteral("email"), state.users.value(userId).email}, {QStringLiteral("accounts"), state.accountsJson(userId)}});
}

} // namespace InAppKit::Sandbox::SessionService
