// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_ATTRIBUTION_H
#define INAPPKIT_ATTRIBUTION_H

#include <InAppKit/inappkitcore_export.h>

#include <QList>
#include <QSharedDataPointer>
#include <QString>

#include <utility>

namespace InAppKit {

class AttributionData;

/**
 * Marketing attribution, as a cTrader Invite or a campaign link carries it: the login and sign-up
 * screens send it to the broker when set. An implicitly shared value.
 */
class INAPPKITCORE_EXPORT Attribution
{
public:
    Attribution();
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    Attribution(const Attribution &other);
    Attribution(Attribution &&other) noexcept;
    Attribution &operator=(const Attribution &other);
    Attribution &operator=(Attribution &&other) noexcept;
    ///@}
    ~Attribution();
    /// Swaps this attribution with @p other, fast.
    void swap(Attribution &other) noexcept { d.swap(other.d); }

    /// The partner the sign-up is attributed to (cTrader Invite), sent as `partnerId`.
    ///@{
    QString partnerId() const;
    void setPartnerId(const QString &partnerId);
    ///@}
    /// Sent as `utm_source`.
    ///@{
    QString utmSource() const;
    void setUtmSource(const QString &utmSource);
    ///@}
    /// Sent as `utm_medium`.
    ///@{
    QString utmMedium() const;
    void setUtmMedium(const QString &utmMedium);
    ///@}
    /// Sent as `utm_campaign`.
    ///@{
    QString utmCampaign() const;
    void setUtmCampaign(const QString &utmCampaign);
    ///@}
    /// Sent as `utm_term`.
    ///@{
    QString utmTerm() const;
    void setUtmTerm(const QString &utmTerm);
    ///@}
    /// Sent as `utm_content`.
    ///@{
    QString utmContent() const;
    void setUtmContent(const QString &utmContent);
    ///@}
    /// The Google click identifier, sent as `gclid` (the name the specification lost, presumed).
    ///@{
    QString clickId() const;
    void setClickId(const QString &clickId);
    ///@}

    /// Whether no item is set.
    bool isEmpty() const;
    /// The query items a login screen carries, in the specification's names; empty ones left out.
    QList<std::pair<QString, QString>> queryItems() const;

    /// Whether both carry the same items.
    bool operator==(const Attribution &other) const;
    /// Whether the items differ.
    bool operator!=(const Attribution &other) const { return !(*this == other); }

private:
    QSharedDataPointer<AttributionData> d;
};

} // namespace InAppKit

Q_DECLARE_SHARED(InAppKit::Attribution)

#endif
