// SPDX-License-Identifier: MIT
#include "ribbon.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace InAppKit {

class RibbonData : public QSharedData
{
public:
    QString color;
    QString title;
    bool enabled = true;
    bool closable = false;
    QUrl inAppUrl;
    QUrl externalUrl;
    QString brokerName;
    QString traderAccountId;
};

Ribbon::Ribbon()
    : d(new RibbonData)
{
}

Ribbon::Ribbon(const Ribbon &other) = default;

Ribbon::Ribbon(Ribbon &&other) noexcept = default;

Ribbon &Ribbon::operator=(const Ribbon &other) = default;

Ribbon &Ribbon::operator=(Ribbon &&other) noexcept = default;

Ribbon::~Ribbon() = default;

QString Ribbon::color() const
{
    return d->color;
}

void Ribbon::setColor(const QString &color)
{
    d->color = color;
}

QString Ribbon::title() const
{
    return d->title;
}

void Ribbon::setTitle(const QString &title)
{
    d->title = title;
}

bool Ribbon::isEnabled() const
{
    return d->enabled;
}

void Ribbon::setEnabled(bool enabled)
{
    d->enabled = enabled;
}

bool Ribbon::isClosable() const
{
    return d->closable;
}

void Ribbon::setClosable(bool closable)
{
    d->closable = closable;
}

QUrl Ribbon::inAppUrl() const
{
    return d->inAppUrl;
}

void Ribbon::setInAppUrl(const QUrl &inAppUrl)
{
    d->inAppUrl = inAppUrl;
}

QUrl Ribbon::externalUrl() const
{
    return d->externalUrl;
}

void Ribbon::setExternalUrl(const QUrl &externalUrl)
{
    d->externalUrl = externalUrl;
}

QString Ribbon::brokerName() const
{
    return d->brokerName;
}

void Ribbon::setBrokerName(const QString &brokerName)
{
    d->brokerName = brokerName;
}

QString Ribbon::traderAccountId() const
{
    return d->traderAccountId;
}

void Ribbon::setTraderAccountId(const QString &traderAccountId)
{
    d->traderAccountId = traderAccountId;
}

QString Ribbon::key() const
{
    return d->title + u'\x1f' + d->inAppUrl.toString() + u'\x1f' + d->externalUrl.toString() + u'\x1f' + d->traderAccountId
        + u'\x1f' + d->brokerName;
}

bool Ribbon::operator==(const Ribbon &other) const
{
    return key() == other.key() && d->color == other.d->color && d->enabled == other.d->enabled && d->closable == other.d->closable;
}

bool Ribbon::fromJson(const QJsonObject &json, Ribbon *ribbon, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    Ribbon r;
    static const QRegularExpression hex(QStringLiteral("^#?[0-9A-Fa-f]{6}$"));
    const QString color = json.value(QLatin1String("color")).toString();
    if (!hex.match(color).hasMatch())
        return refuse(QStringLiteral("color: '%1' is not a 6-digit hex colour").arg(color.left(20)));
    r.setColor((color.startsWith(u'#') ? color : QString(u'#' + color)).toLower());
    r.setTitle(json.value(QLatin1String("title")).toString().simplified());
    if (r.title().isEmpty())
        return refuse(QStringLiteral("title: missing or empty"));
    if (!json.value(QLatin1String("enabled")).isBool() || !json.value(QLatin1String("closable")).isBool())
        return refuse(QStringLiteral("enabled and closable must be booleans"));
    r.setEnabled(json.value(QLatin1String("enabled")).toBool());
    r.setClosable(json.value(QLatin1String("closable")).toBool());
    const QJsonObject action = json.value(QLatin1String("action")).toObject();
    const QString inApp = action.value(QLatin1String("urlinApp")).toString();
    const QString external = action.value(QLatin1String("urlExternal")).toString();
    if (inApp.isEmpty() == external.isEmpty())
        return refuse(QStringLiteral("action: exactly one of urlinApp and urlExternal is needed"));
    const QUrl url(inApp.isEmpty() ? external : inApp, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return refuse(QStringLiteral("action: not an http(s) URL"));
    if (inApp.isEmpty())
        r.setExternalUrl(url);
    else
        r.setInAppUrl(url);
    r.setBrokerName(json.value(QLatin1String("brokerName")).toString());
    const QJsonValue account = json.value(QLatin1String("ctidTraderAccountId"));
    r.setTraderAccountId(account.isDouble() ? QString::number(account.toInteger()) : account.toString());
    *ribbon = r;
    return true;
}

QList<Ribbon> Ribbon::listFromJson(const QJsonArray &array, QStringList *errors)
{
    QList<Ribbon> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        Ribbon r;
        QString error;
        if (array.at(i).isObject() && fromJson(array.at(i).toObject(), &r, &error))
            list.append(r);
        else if (errors)
            errors->append(QStringLiteral("ribbons[%1]: %2").arg(i).arg(error.isEmpty() ? QStringLiteral("not an object") : error));
    }
    return list;
}

QList<Ribbon> Ribbon::select(const QList<Ribbon> &ribbons, const QString &traderAccountId, const QString &brokerName)
{
    QList<Ribbon> byAccount, byBroker, byUser;
    for (const Ribbon &r : ribbons) {
        if (!r.isEnabled())
            continue;
        if (!r.traderAccountId().isEmpty()) {
            if (!traderAccountId.isEmpty() && r.traderAccountId() == traderAccountId)
                byAccount.append(r);
        } else if (!r.brokerName().isEmpty()) {
            if (!brokerName.isEmpty() && r.brokerName() == brokerName)
                byBroker.append(r);
        } else {
            byUser.append(r);
        }
    }
    if (!byAccount.isEmpty())
        return byAccount;
    if (!byBroker.isEmpty())
        return byBroker;
    return byUser;
}

} // namespace InAppKit
