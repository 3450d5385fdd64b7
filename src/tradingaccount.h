// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_TRADINGACCOUNT_H
#define INAPPKIT_TRADINGACCOUNT_H

#include <InAppKit/inappkitcore_export.h>

#include <QList>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>

class QJsonObject;

namespace InAppKit {

class TradingAccountData;

/// A trading account of the signed-in user, as the session service describes it. An implicitly
/// shared value.
class INAPPKITCORE_EXPORT TradingAccount
{
    Q_GADGET
    Q_PROPERTY(QString login READ login WRITE setLogin)
    Q_PROPERTY(QString traderAccountId READ traderAccountId WRITE setTraderAccountId)
    Q_PROPERTY(QString currency READ currency WRITE setCurrency)
    Q_PROPERTY(qint64 balance READ balance WRITE setBalance)
    Q_PROPERTY(int moneyDigits READ moneyDigits WRITE setMoneyDigits)
    Q_PROPERTY(QString brokerName READ brokerName WRITE setBrokerName)
public:
    TradingAccount();
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    TradingAccount(const TradingAccount &other);
    TradingAccount(TradingAccount &&other) noexcept;
    TradingAccount &operator=(const TradingAccount &other);
    TradingAccount &operator=(TradingAccount &&other) noexcept;
    ///@}
    ~TradingAccount();
    /// Swaps this account with @p other, fast.
    void swap(TradingAccount &other) noexcept { d.swap(other.d); }

    /// The account number, sent as `account`.
    ///@{
    QString login() const;
    void setLogin(const QString &login);
    ///@}
    /// `ctidTraderAccountId`, the user-account link: what ribbons target; may be empty.
    ///@{
    QString traderAccountId() const;
    void setTraderAccountId(const QString &traderAccountId);
    ///@}
    /// The account's deposit currency, an ISO 4217 code.
    ///@{
    QString currency() const;
    void setCurrency(const QString &currency);
    ///@}
    /// Scaled by 10^moneyDigits(), as the specification's money fields.
    ///@{
    qint64 balance() const;
    void setBalance(qint64 balance);
    ///@}
    /// How many decimal digits the money fields carry (balance() is scaled by 10^moneyDigits).
    ///@{
    int moneyDigits() const;
    void setMoneyDigits(int moneyDigits);
    ///@}
    /// The broker the account is with (a user may hold accounts with several).
    ///@{
    QString brokerName() const;
    void setBrokerName(const QString &brokerName);
    ///@}

    /// The balance as a decimal string, "2345.12".
    QString formattedBalance() const;

    /// Reads one entry of the session protocol's `accounts`; false if it is malformed.
    static bool fromJson(const QJsonObject &json, TradingAccount *account);

    /// Whether every field is the same.
    bool operator==(const TradingAccount &other) const;
    /// Whether any field differs.
    bool operator!=(const TradingAccount &other) const { return !(*this == other); }

private:
    QSharedDataPointer<TradingAccountData> d;
};

} // namespace InAppKit

Q_DECLARE_SHARED(InAppKit::TradingAccount)

Q_DECLARE_METATYPE(InAppKit::TradingAccount)

#endif
