// SPDX-License-Identifier: MIT
#include "attribution.h"

namespace InAppKit {

class AttributionData : public QSharedData
{
public:
    QString partnerId;
    QString utmSource;
    QString utmMedium;
    QString utmCampaign;
    QString utmTerm;
    QString utmContent;
    QString clickId;
};

Attribution::Attribution()
    : d(new AttributionData)
{
}

Attribution::Attribution(const Attribution &other) = default;

Attribution::Attribution(Attribution &&other) noexcept = default;

Attribution &Attribution::operator=(const Attribution &other) = default;

Attribution &Attribution::operator=(Attribution &&other) noexcept = default;

Attribution::~Attribution() = default;

QString Attribution::partnerId() const
{
    return d->partnerId;
}

void Attribution::setPartnerId(const QString &partnerId)
{
    d->partnerId = partnerId;
}

QString Attribution::utmSource() const
{
    return d->utmSource;
}

void Attribution::setUtmSource(const QString &utmSource)
{
    d->utmSource = utmSource;
}

QString Attribution::utmMedium() const
{
    return d->utmMedium;
}

void Attribution::setUtmMedium(const QString &utmMedium)
{
    d->utmMedium = utmMedium;
}

QString Attribution::utmCampaign() const
{
    return d->utmCampaign;
}

void Attribution::setUtmCampaign(const QString &utmCampaign)
{
    d->utmCampaign = utmCampaign;
}

QString Attribution::utmTerm() const
{
    return d->utmTerm;
}

void Attribution::setUtmTerm(const QString &utmTerm)
{
    d->utmTerm = utmTerm;
}

QString Attribution::utmContent() const
{
    return d->utmContent;
}

void Attribution::setUtmContent(const QString &utmContent)
{
    d->utmContent = utmContent;
}

QString Attribution::clickId() const
{
    return d->clickId;
}

void Attribution::setClickId(const QString &clickId)
{
    d->clickId = clickId;
}

bool Attribution::isEmpty() const
{
    return queryItems().isEmpty();
}

QList<std::pair<QString, QString>> Attribution::queryItems() const
{
    const std::pair<const char *, const QString *> named[] = {
        {"partnerId", &d->partnerId},     {"utm_source", &d->utmSource}, {"utm_medium", &d->utmMedium},
        {"utm_campaign", &d->utmCampaign}, {"utm_term", &d->utmTerm},     {"utm_content", &d->utmContent},
        {"gclid", &d->clickId},
    };
    QList<std::pair<QString, QString>> items;
    for (const auto &[name, value] : named) {
        if (!value->isEmpty())
            items.append({QString::fromLatin1(name), *value});
    }
    return items;
}

bool Attribution::operator==(const Attribution &other) const
{
    return d == other.d || queryItems() == other.queryItems();
}

} // namespace InAppKit
