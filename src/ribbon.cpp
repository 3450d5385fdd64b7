// SPDX-License-Identifier: MIT
#include "ribbon.h"

#include "brokerprofile_p.h" // printable(), describe(): what a broker sends reaches a log escaped

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

bool Ribbon::isValid() const
{
    return !d->color.isEmpty() && !d->title.isEmpty() && d->inAppUrl.isValid() != d->externalUrl.isValid();
}

namespace {

// Reads @p json into @p r; false with @p error (its key relative to the ribbon) when it is malformed.
bool readRibbon(const QJsonObject &json, Ribbon *r, BrokerProfileError *error)
{
    using Error = BrokerProfileError::Error;
    auto refuse = [error](Error kind, const QString &key, const QString &why) {
        *error = BrokerProfileError(kind, key, why);
        return false;
    };
    static const QRegularExpression hex(QStringLiteral("^#?[0-9A-Fa-f]{6}$"));
    const QJsonValue color = json.value(QLatin1String("color"));
    if (color.isUndefined())
        return refuse(Error::MissingKey, QStringLiteral("color"), QStringLiteral("missing required key"));
    if (!color.isString())
        return refuse(Error::WrongType, QStringLiteral("color"), QStringLiteral("must be a string, not %1").arg(BrokerProfileDetail::describe(color)));
    if (!hex.match(color.toString()).hasMatch()) {
        return refuse(Error::InvalidValue, QStringLiteral("color"),
                      QStringLiteral("'%1' is not a 6-digit hex colour").arg(BrokerProfileDetail::printable(color.toString().left(20))));
    }
    r->setColor((color.toString().startsWith(u'#') ? color.toString() : QString(u'#' + color.toString())).toLower());

    const QJsonValue title = json.value(QLatin1String("title"));
    if (title.isUndefined())
        return refuse(Error::MissingKey, QStringLiteral("title"), QStringLiteral("missing required key"));
    if (!title.isString())
        return refuse(Error::WrongType, QStringLiteral("title"), QStringLiteral("must be a string, not %1").arg(BrokerProfileDetail::describe(title)));
    r->setTitle(title.toString().simplified());
    if (r->title().isEmpty())
        return refuse(Error::InvalidValue, QStringLiteral("title"), QStringLiteral("must not be empty"));

    for (const QString &key : {QStringLiteral("enabled"), QStringLiteral("closable")}) {
        const QJsonValue flag = json.value(key);
        if (flag.isUndefined())
            return refuse(Error::MissingKey, key, QStringLiteral("missing required key"));
        if (!flag.isBool())
            return refuse(Error::WrongType, key, QStringLiteral("must be true or false, not %1").arg(BrokerProfileDetail::describe(flag)));
    }
    r->setEnabled(json.value(QLatin1String("enabled")).toBool());
    r->setClosable(json.value(QLatin1String("closable")).toBool());

    const QJsonValue actionValue = json.value(QLatin1String("action"));
    if (actionValue.isUndefined())
        return refuse(Error::MissingKey, QStringLiteral("action"), QStringLiteral("missing required key"));
    if (!actionValue.isObject())
        return refuse(Error::WrongType, QStringLiteral("action"), QStringLiteral("must be an object, not %1").arg(BrokerProfileDetail::describe(actionValue)));
    // An empty URL counts as none: a service may send both keys, one of them "".
    const QJsonObject action = actionValue.toObject();
    const QString inApp = action.value(QLatin1String("urlinApp")).toString();
    const QString external = action.value(QLatin1String("urlExternal")).toString();
    const bool hasInApp = !inApp.isEmpty();
    if (hasInApp == !external.isEmpty()) {
        return refuse(hasInApp ? Error::InvalidValue : Error::MissingKey, QStringLiteral("action"),
                      QStringLiteral("exactly one of urlinApp and urlExternal is needed"));
    }
    // The URL itself is not echoed: the broker's links may carry what belongs in no log.
    const QUrl url(hasInApp ? inApp : external, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
        return refuse(Error::InvalidValue, hasInApp ? QStringLiteral("action.urlinApp") : QStringLiteral("action.urlExternal"),
                      QStringLiteral("not an http(s) URL"));
    if (hasInApp)
        r->setInAppUrl(url);
    else
        r->setExternalUrl(url);
    r->setBrokerName(json.value(QLatin1String("brokerName")).toString());
    const QJsonValue account = json.value(QLatin1String("ctidTraderAccountId"));
    r->setTraderAccountId(account.isDouble() ? QString::number(account.toInteger()) : account.toString());
    return true;
}

} // namespace

Ribbon Ribbon::fromJson(const QJsonObject &json, BrokerProfileError *error)
{
    Ribbon r;
    BrokerProfileError e;
    if (!readRibbon(json, &r, &e))
        r = Ribbon();
    if (error)
        *error = e;
    return r;
}

QList<Ribbon> Ribbon::listFromJson(const QJsonArray &array, QList<BrokerProfileError> *errors)
{
    using Error = BrokerProfileError::Error;
    QList<Ribbon> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("ribbons[%1]").arg(i);
        if (!array.at(i).isObject()) {
            if (errors) {
                errors->append(BrokerProfileError(Error::WrongType, path,
                                                  QStringLiteral("must be an object, not %1").arg(BrokerProfileDetail::describe(array.at(i)))));
            }
            continue;
        }
        BrokerProfileError error;
        const Ribbon r = fromJson(array.at(i).toObject(), &error);
        if (error.isNull())
            list.append(r);
        else if (errors)
            errors->append(BrokerProfileError(error.error(), path + u'.' + error.key(), error.reason()));
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
