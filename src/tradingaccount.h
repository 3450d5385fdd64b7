// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_TRADINGACCOUNT_H
#define INAPPKIT_TRADINGACCOUNT_H

#include <InAppKit/inappkitcore_export.h>

#include <QList>
#include <QMetaType>
#include <QString>

class QJsonObject;

namespace InAppKit {

/// A trading account of the signed-in user, as the session service describes it.
class INAPPKITCORE_EXPORT TradingAccount
{
    Q_GADGET
    Q_PROPERTY(QString login MEMBER login)
    Q_PROPERTY(QString traderAccountId MEMBER traderAccountId)
    Q_PROPERTY(QString currency MEMBER currency)
    Q_PROPERTY(qint64 balance MEMBER balance)
    Q_PROPERTY(int moneyDigits MEMBER moneyDigits)
    Q_PROPERTY(QString brokerName MEMBER brokerName)
public:
    QString login;           ///< the account number, sent as `account`
    QString traderAccountId; ///< `ctidTraderAccountId`, the user-account link: what ribbons target; may be empty
    QString currency;
    qint64 balance = 0; ///< scaled by 10^moneyDigits, as the specification's money fields
    int moneyDigits = 2;
    QString brokerName;

    /// The balance as a decimal string, "2345.12".
    QString formattedBalance() const;

    /// Reads one entry of the session protocol's `accounts`; false if it is malformed.
    static bool fromJson(const QJsonObject &json, TradingAccount *account);

    bool operator==(const TradingAccount &other) const;
};

} // namespace InAppKit

Q_DECLARE_METATYPE(InAppKit::TradingAccount)

#endif
