// SPDX-License-Identifier: MIT
#include "tradingaccount.h"

#include <QJsonObject>

namespace InAppKit {

QString TradingAccount::formattedBalance() const
{
    if (moneyDigits <= 0)
        return QString::number(balance);
    qint64 scale = 1;
    for (int i = 0; i < moneyDigits; ++i)
        scale *= 10;
    const qint64 whole = balance / scale;
    const qint64 fraction = (balance < 0 ? -balance : balance) % scale;
    const QString sign = balance < 0 && whole == 0 ? QStringLiteral("-") : QString();
    return sign + QString::number(whole) + u'.' + QStringLiteral("%1").arg(fraction, moneyDigits, 10, QLatin1Char('0'));
}

bool TradingAccount::fromJson(const QJsonObject &json, TradingAccount *account)
{
    const QJsonValue login = json.value(QLatin1String("login"));
    if (!(login.isDouble() && login.toDouble() > 0 && login.toDouble() == double(login.toInteger())) && !login.isString())
        return false;
    TradingAccount a;
    a.login = login.isString() ? login.toString() : QString::number(login.toInteger());
    if (a.login.isEmpty())
        return false;
    const QJsonValue link = json.value(QLatin1String("ctidTraderAccountId"));
    if (link.isDouble() && link.toDouble() > 0 && link.toDouble() == double(link.toInteger()))
        a.traderAccountId = QString::number(link.toInteger());
    else if (link.isString())
        a.traderAccountId = link.toString();
    else if (!link.isUndefined() && !link.isNull())
        return false;
    a.currency = json.value(QLatin1String("currency")).toString();
    a.balance = json.value(QLatin1String("balance")).toInteger();
    a.moneyDigits = int(json.value(QLatin1String("moneyDigits")).toInt(2));
    if (a.moneyDigits < 0 || a.moneyDigits > 10)
        return false;
    a.brokerName = json.value(QLatin1String("brokerName")).toString();
    *account = a;
    return true;
}

bool TradingAccount::operator==(const TradingAccount &other) const
{
    return login == other.login && traderAccountId == other.traderAccountId && currency == other.currency && balance == other.balance
        && moneyDigits == other.moneyDigits && brokerName == other.brokerName;
}

} // namespace InAppKit
