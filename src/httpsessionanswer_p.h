// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_HTTPSESSIONANSWER_P_H
#define INAPPKIT_HTTPSESSIONANSWER_P_H

#include <InAppKit/tradingaccount.h>

#include <QJsonArray>
#include <QList>
#include <QString>

namespace InAppKit::HttpSessionAnswer {

// What HttpSessionBackend reads from a successful answer of the session protocol
// (docs/session-protocol.md), apart from the network code so that it can be fuzzed.
enum class Kind { SignIn, OneTimeToken, Ribbons, Accounts };

struct Parsed {
    QString userId;
    QString email;
    QString sessionToken;
    QString accessToken;
    QString oneTimeToken;
    QList<TradingAccount> accounts;
    QJsonArray ribbons;
};

/// Reads the body of a 2xx answer of @p kind into @p out; false if the protocol does not allow it.
bool parse(Kind kind, const QByteArray &body, Parsed *out);

} // namespace InAppKit::HttpSessionAnswer

#endif
