// SPDX-License-Identifier: MIT
#include "tradingaccount.h"

#include <QJsonObject>

namespace InAppKit {

class TradingAccountData : public QSharedData
{
public:
    QString login;
    QString traderAccountId;
    QString currency;
    qint64 balance = 0;
    int moneyDigits = 2;
    QString brokerName;
};

TradingAccount::TradingAccount()
    : d(new TradingAccountData)
{
}

TradingAccount::TradingAccount(const TradingAccount &other) = default;

TradingAccount::TradingAccount(TradingAccount &&other) noexcept = default;

TradingAccount &TradingAccount::operator=(const TradingAccount &other) = default;

TradingAccount &TradingAccount::operator=(TradingAccount &&other) noexcept = default;

TradingAccount::~TradingAccount() = default;

QString TradingAccount::login() const
{
    return d->login;
}

void TradingAccount::setLogin(const QString &login)
{
    d->login = login;
}

QString TradingAccount::traderAccountId() const
{
    return d->traderAccountId;
}

void TradingAccount::setTraderAccountId(const QString &traderAccountId)
{
    d->traderAccountId = traderAccountId;
}

QString TradingAccount::currency() const
{
    return d->currency;
}

void TradingAccount::setCurrency(const QString &currency)
{
    d->currency = currency;
}

qint64 TradingAccount::balance() const
{
    return d->balance;
}

void TradingAccount::setBalance(qint64 balance)
{
    d->balance = balance;
}

int TradingAccount::moneyDigits() const
{
    return d->moneyDigits;
}

void TradingAccount::setMoneyDigits(int moneyDigits)
{
    d->moneyDigits = moneyDigits;
}

QString TradingAccount::brokerName() const
{
    return d->brokerName;
}

void TradingAccount::setBrokerName(const QString &brokerName)
{
    d->brokerName = brokerName;
}

QString TradingAccount::formattedBalance() const
{
    const qint64 balance = d->balance;
    const int digits = d->moneyDigits;
    if (digits <= 0)
        return QString::number(balance);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 whole = balance / scale;
    const qint64 fraction = (balance < 0 ? -balance : balance) % scale;
    const QString sign = balance < 0 && whole == 0 ? QStringLiteral("-") : QString();
    return sign + QString::number(whole) + u'.' + QStringLiteral("%1").arg(fraction, digits, 10, QLatin1Char('0'));
}

bool TradingAccount::fromJson(const QJsonObject &json, TradingAccount *account)
{
    const QJsonValue login = json.value(QLatin1String("login"));
    if (!(login.isDouble() && login.toDouble() > 0 && login.toDouble() == double(login.toInteger())) && !login.isString())
        return false;
    TradingAccount a;
    a.d->login = login.isString() ? login.toString() : QString::number(login.toInteger());
    if (a.d->login.isEmpty())
        return false;
    const QJsonValue link = json.value(QLatin1String("ctidTraderAccountId"));
    if (link.isDouble() && link.toDouble() > 0 && link.toDouble() == double(link.toInteger()))
        a.d->traderAccountId = QString::number(link.toInteger());
    else if (link.isString())
        a.d->traderAccountId = link.toString();
    else if (!link.isUndefined() && !link.isNull())
        return false;
    a.d->currency = json.value(QLatin1String("currency")).toString();
    a.d->balance = json.value(QLatin1String("balance")).toInteger();
    a.d->moneyDigits = int(json.value(QLatin1String("moneyDigits")).toInt(2));
    if (a.d->moneyDigits < 0 || a.d->moneyDigits > 10)
        return false;
    a.d->brokerName = json.value(QLatin1String("brokerName")).toString();
    *account = a;
    return true;
}

bool TradingAccount::operator==(const TradingAccount &other) const
{
    return d->login == other.d->login && d->traderAccountId == other.d->traderAccountId && d->currency == other.d->currency
        && d->balance == other.d->balance && d->moneyDigits == other.d->moneyDigits && d->brokerName == other.d->brokerName;
}

} // namespace InAppKit
