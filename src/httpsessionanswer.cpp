// SPDX-License-Identifier: MIT
#include "httpsessionanswer_p.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace InAppKit::HttpSessionAnswer {

namespace {

bool accounts(const QJsonObject &o, QList<TradingAccount> *out)
{
    const QJsonValue value = o.value(QLatin1String("accounts"));
    if (!value.isArray())
        return false;
    for (const QJsonValue &entry : value.toArray()) {
        TradingAccount account;
        if (!entry.isObject() || !TradingAccount::fromJson(entry.toObject(), &account))
            return false;
        out->append(account);
    }
    return true;
}

} // namespace

bool parse(Kind kind, const QByteArray &body, Parsed *out)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return false;
    const QJsonObject o = document.object();
    Parsed p;
    switch (kind) {
    case Kind::SignIn: {
        const QJsonValue userId = o.value(QLatin1String("userId"));
        const QJsonValue accessToken = o.value(QLatin1String("accessToken"));
        p.sessionToken = o.value(QLatin1String("sessionToken")).toString();
        // A user id is what the keychain entry is named by: a whole number or a non-empty string.
        const bool wholeNumber = userId.isDouble() && userId.toDouble() >= 0 && userId.toDouble() == double(userId.toInteger());
        if (!(wholeNumber || (userId.isString() && !userId.toString().isEmpty())) || p.sessionToken.isEmpty()
            || !accounts(o, &p.accounts) || !(accessToken.isUndefined() || accessToken.isString()))
            return false;
        p.userId = userId.isString() ? userId.toString() : QString::number(userId.toInteger());
        p.email = o.value(QLatin1String("email")).toString();
        p.accessToken = accessToken.toString();
        break;
    }
    case Kind::OneTimeToken:
        p.oneTimeToken = o.value(QLatin1String("token")).toString();
        if (p.oneTimeToken.isEmpty())
            return false;
        break;
    case Kind::Ribbons: {
        const QJsonValue ribbons = o.value(QLatin1String("rules")).toObject().value(QLatin1String("ribbons"));
        if (!ribbons.isArray() && !ribbons.isUndefined())
            return false;
        p.ribbons = ribbons.toArray();
        break;
    }
    case Kind::Accounts:
        if (!accounts(o, &p.accounts))
            return false;
        p.email = o.value(QLatin1String("email")).toString();
        break;
    }
    *out = p;
    return true;
}

} // namespace InAppKit::HttpSessionAnswer
