// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_RIBBON_H
#define INAPPKIT_RIBBON_H

#include <InAppKit/brokerprofileerror.h>
#include <InAppKit/inappkitcore_export.h>

#include <QJsonArray>
#include <QSharedDataPointer>
#include <QList>
#include <QString>
#include <QUrl>

class QJsonObject;

namespace InAppKit {

class RibbonData;

/// A broker message shown in the trading application (the specification's `rules.ribbons`).
/// An implicitly shared value.
class INAPPKITCORE_EXPORT Ribbon
{
public:
    Ribbon();
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    Ribbon(const Ribbon &other);
    Ribbon(Ribbon &&other) noexcept;
    Ribbon &operator=(const Ribbon &other);
    Ribbon &operator=(Ribbon &&other) noexcept;
    ///@}
    ~Ribbon();
    /// Swaps this ribbon with @p other, fast.
    void swap(Ribbon &other) noexcept { d.swap(other.d); }

    /// "#rrggbb", lower case
    ///@{
    QString color() const;
    void setColor(const QString &color);
    ///@}
    /// The message, as one line of plain text.
    ///@{
    QString title() const;
    void setTitle(const QString &title);
    ///@}
    /// Disabled ribbons never show.
    ///@{
    bool isEnabled() const;
    void setEnabled(bool enabled);
    ///@}
    /// Whether the user may close it (until the next launch).
    ///@{
    bool isClosable() const;
    void setClosable(bool closable);
    ///@}
    /// `action.urlinApp`: opens in the client area view
    ///@{
    QUrl inAppUrl() const;
    void setInAppUrl(const QUrl &inAppUrl);
    ///@}
    /// `action.urlExternal`: opens in the system browser
    ///@{
    QUrl externalUrl() const;
    void setExternalUrl(const QUrl &externalUrl);
    ///@}
    /// Only for sessions on this broker, when set.
    ///@{
    QString brokerName() const;
    void setBrokerName(const QString &brokerName);
    ///@}
    /// `ctidTraderAccountId`: only for this account, when set.
    ///@{
    QString traderAccountId() const;
    void setTraderAccountId(const QString &traderAccountId);
    ///@}

    /// Stable identity for "closed until next launch".
    QString key() const;

    /// Whether both show the same message the same way.
    bool operator==(const Ribbon &other) const;
    /// Whether the ribbons differ.
    bool operator!=(const Ribbon &other) const { return !(*this == other); }

    /**
     * Whether the ribbon can be shown: it has a colour, a title and exactly one action URL.
     * A default-constructed ribbon is not valid; one fromJson() accepted is.
     * \since 0.3
     */
    bool isValid() const;

    /**
     * Reads one ribbon. A malformed one gives an invalid ribbon, and @p error (when given) says
     * what is wrong and where (its key() relative to the ribbon, e.g. `action.urlinApp`); on
     * success @p error is set to no error.
     * \since 0.3
     */
    static Ribbon fromJson(const QJsonObject &json, BrokerProfileError *error = nullptr);
    /**
     * Reads every well-formed ribbon of @p array (the service's `ribbons`); the others are skipped,
     * each reported in @p errors (when given) with its path, e.g. `ribbons[2].title`.
     * \since 0.3
     */
    static QList<Ribbon> listFromJson(const QJsonArray &array, QList<BrokerProfileError> *errors = nullptr);

    /**
     * The ribbons to show, by the specification's precedence: those for @p traderAccountId (the
     * account's ctidTraderAccountId, not its login) if any, else those for @p brokerName if any,
     * else the user's own. Disabled ribbons never show.
     */
    static QList<Ribbon> select(const QList<Ribbon> &ribbons, const QString &traderAccountId, const QString &brokerName);

private:
    QSharedDataPointer<RibbonData> d;
};

} // namespace InAppKit

Q_DECLARE_SHARED(InAppKit::Ribbon)

#endif
