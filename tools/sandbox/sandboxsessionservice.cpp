// SPDX-License-Identifier: MIT
// The session service (docs/session-protocol.md): exchange, relogin, InApp tokens, logout, ribbons, accounts.
#include "sandboxbroker_p.h"

namespace InAppKit::Sandbox {

HttpResponse SandboxBrokerPrivate::jsonError(const JsonError &e)
{
    static const QHash<int, QString> names = {{400, QStringLiteral("Bad Request")}, {401, QStringLiteral("Unauthorized")}, {403, QStringLiteral("Forbidden")},
                                              {404, QStringLiteral("Not Found")}, {405, QStringLiteral("Method Not Allowed")},
                                              {410, QStringLiteral("Gone")}};
    return HttpResponse::json(e.status, QJsonDocument(QJsonObject{{QStringLiteral("error"), names.value(e.status)},
                                                                  {QStringLiteral("code"), QString::fromLatin1(e.code)},
                                                                  {QStringLiteral("message"), e.message}})
                                            .toJson(QJsonDocument::Compact));
}

HttpResponse SandboxBrokerPrivate::jsonTokenRefused(TokenCheck check)
{
    if (check == TokenCheck::Expired)
        return jsonError({410, "CID_TOKEN_EXPIRED", QStringLiteral("the one-time token has expired")});
    return jsonError({404, "CID_NON_EXISTED_TOKEN", QStringLiteral("unknown one-time token")});
}

HttpResponse SandboxBrokerPrivate::jsonOk(const QJsonObject &o)
{
    return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString SandboxBrokerPrivate::bearerUser(const HttpRequest &request) const
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer "))
        return QString();
    return sessions.value(QString::fromLatin1(auth.mid(7).trimmed()));
}

QJsonObject SandboxBrokerPrivate::signedIn(const QString &userId, bool keepMeLoggedIn)
{
    QJsonObject o{{QStringLiteral("userId"), userId.toLongLong()},
                  {QStringLiteral("email"), users.value(userId).email},
                  {QStringLiteral("sessionToken"), issueSession(userId)},
                  {QStringLiteral("accounts"), accountsJson(userId)}};
    if (keepMeLoggedIn)
        o.insert(QStringLiteral("accessToken"), issueAccessToken(userId));
    return o;
}

HttpResponse SandboxBrokerPrivate::sessionService(const HttpRequest &request, const QString &operation)
{
    static const QHash<QString, QByteArray> methodOf = {
        {QStringLiteral("exchange"), "POST"}, {QStringLiteral("relogin"), "POST"}, {QStringLiteral("inapp-token"), "POST"},
        {QStringLiteral("logout"), "POST"},   {QStringLiteral("ribbons"), "GET"},  {QStringLiteral("accounts"), "GET"},
    };
    if (!methodOf.contains(operation))
        return jsonError({404, "NOT_FOUND", QStringLiteral("no such operation")});
    if (request.method != methodOf.value(operation)) {
        HttpResponse r = jsonError({405, "INVALID_REQUEST", QStringLiteral("use %1").arg(QString::fromLatin1(methodOf.value(operation)))});
        r.headers.append({"Allow", methodOf.value(operation)});
        return r;
    }
    QJsonObject body;
    if (request.method == "POST") {
        if (!request.header("content-type").startsWith("application/json"))
            return jsonError({400, "INVALID_REQUEST", QStringLiteral("Content-Type must be application/json")});
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return jsonError({400, "INVALID_REQUEST", QStringLiteral("the body must be a JSON object")});
        body = doc.object();
    }

    if (operation == QLatin1String("exchange")) {
        const QJsonValue token = body.value(QStringLiteral("token"));
        if (!token.isString() || token.toString().isEmpty())
            return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'token' is required")});
        OneTimeToken t;
        const TokenCheck check = spendOneTimeToken(token.toString(), OneTimeToken::Login, &t);
        if (check != TokenCheck::Ok)
            return jsonTokenRefused(check);
        return jsonOk(signedIn(t.userId, t.keepMeLoggedIn));
    }
    if (operation == QLatin1String("relogin")) {
        const QJsonValue token = body.value(QStringLiteral("accessToken"));
        if (!token.isString() || token.toString().isEmpty())
            return jsonError({400, "MISSING_REQUIRED_PARAMETER", QStringLiteral("'accessToken' is required")});
        const QString userId = accessTokens.value(digest(token.toString()));
        if (userId.isEmpty())
            return jsonError({404, "CID_NON_EXISTED_TOKEN", QStringLiteral("unknown or revoked access token")});
        // Rotation: the presented token is spent and a new one comes back.
        if (rotateAccessTokens)
            removeAccessToken(token.toString());
        return jsonOk(signedIn(userId, rotateAccessTokens));
    }

    const QString userId = bearerUser(request);
    if (userId.isEmpty())
        return jsonError({403, "CH_CLIENT_AUTH_FAILURE", QStringLiteral("missing or unknown session")});

    if (operation == QLatin1String("inapp-token"))
        return jsonOk({{QStringLiteral("token"), issueOneTimeToken(userId, OneTimeToken::InApp, false)}});
    if (operation == QLatin1String("logout")) {
        const QString accessToken = body.value(QStringLiteral("accessToken")).toString();
        if (!accessToken.isEmpty() && accessTokens.value(digest(accessToken)) == userId)
            removeAccessToken(accessToken);
        sessions.remove(QString::fromLatin1(request.header("authorization").mid(7).trimmed()));
        HttpResponse r = HttpResponse::json(204, QByteArray());
        return r;
    }
    if (operation == QLatin1String("ribbons")) {
        QJsonArray ribbons;
        for (const QJsonObject &ribbon : users.value(userId).ribbons)
            ribbons.append(ribbon);
        return jsonOk({{QStringLiteral("rules"), QJsonObject{{QStringLiteral("ribbons"), ribbons}}}});
    }
    return jsonOk({{QStringLiteral("email"), users.value(userId).email}, {QStringLiteral("accounts"), accountsJson(userId)}});
}

} // namespace InAppKit::Sandbox
