// SPDX-License-Identifier: MIT
// What the session service answers, as the kit reads it: the ribbons (spec 3.9 `rules.ribbons`)
// and the accounts. Arbitrary JSON: no crash, and what is accepted keeps its promises: a ribbon
// has a colour "#rrggbb", a title, exactly one action URL of http(s); the precedence never shows
// a disabled ribbon nor one for another account; an account has a login.
#include "httpsessionanswer_p.h"
#include <InAppKit/ribbon.h>
#include <InAppKit/tradingaccount.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QJsonObject root = doc.object();
    const QJsonArray array = doc.isArray() ? doc.array() : root.value(QLatin1String("ribbons")).toArray();

    static const QRegularExpression colour(QStringLiteral("^#[0-9a-f]{6}$"));
    QList<InAppKit::BrokerProfileError> errors;
    const QList<InAppKit::Ribbon> ribbons = InAppKit::Ribbon::listFromJson(array, &errors);
    for (const InAppKit::Ribbon &r : ribbons) {
        const bool oneAction = r.inAppUrl().isValid() != r.externalUrl().isValid();
        const QUrl action = r.inAppUrl().isValid() ? r.inAppUrl() : r.externalUrl();
        const bool web = action.scheme() == QLatin1String("https") || action.scheme() == QLatin1String("http");
        if (!colour.match(r.color()).hasMatch() || r.title().isEmpty() || !oneAction || !web || r != r)
            std::abort();
    }
    const QString account = root.value(QLatin1String("account")).toString();
    const QString broker = root.value(QLatin1String("broker")).toString();
    for (const InAppKit::Ribbon &r : InAppKit::Ribbon::select(ribbons, account, broker)) {
        if (!r.isEnabled() || (!r.traderAccountId().isEmpty() && r.traderAccountId() != account))
            std::abort();
    }
    // Each answer of the session protocol, as HttpSessionBackend reads it.
    using InAppKit::HttpSessionAnswer::Kind;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (Kind kind : {Kind::SignIn, Kind::OneTimeToken, Kind::Ribbons, Kind::Accounts}) {
        InAppKit::HttpSessionAnswer::Parsed answer;
        if (!InAppKit::HttpSessionAnswer::parse(kind, bytes, &answer))
            continue;
        if (kind == Kind::SignIn && (answer.userId.isEmpty() || answer.sessionToken.isEmpty()))
            std::abort();
        if (kind == Kind::OneTimeToken && answer.oneTimeToken.isEmpty())
            std::abort();
        for (const InAppKit::TradingAccount &a : std::as_const(answer.accounts)) {
            if (a.login().isEmpty())
                std::abort();
        }
    }
    for (const QJsonValue &v : root.value(QLatin1String("accounts")).toArray()) {
        InAppKit::TradingAccount a;
        if (InAppKit::TradingAccount::fromJson(v.toObject(), &a) && a.login().isEmpty())
            std::abort();
        a.formattedBalance();
    }
    return 0;
}
