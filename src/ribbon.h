// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_RIBBON_H
#define INAPPKIT_RIBBON_H

#include <InAppKit/inappkitcore_export.h>

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

class QJsonObject;

namespace InAppKit {

/// A broker message shown in the trading application (the specification's `rules.ribbons`).
class INAPPKITCORE_EXPORT Ribbon
{
public:
    QString color; ///< "#rrggbb", lower case
    QString title;
    bool enabled = true;
    bool closable = false;
    QUrl inAppUrl;     ///< `action.urlinApp`: opens in the client area view
    QUrl externalUrl;  ///< `action.urlExternal`: opens in the system browser
    QString brokerName;          ///< only for sessions on this broker, when set
    QString traderAccountId;     ///< `ctidTraderAccountId`: only for this account, when set

    /// Stable identity for "closed until next launch".
    QString key() const;

    bool operator==(const Ribbon &other) const;
    bool operator!=(const Ribbon &other) const { return !(*this == other); }

    /// Reads one ribbon; false with @p error naming the field when it is malformed.
    static bool fromJson(const QJsonObject &json, Ribbon *ribbon, QString *error = nullptr);
    /// Reads every well-formed ribbon of @p array; the others are reported in @p errors and skipped.
    static QList<Ribbon> listFromJson(const QJsonArray &array, QStringList *errors = nullptr);

    /**
     * The ribbons to show, by the specification's precedence: those for @p traderAccountId (the
     * account's ctidTraderAccountId, not its login) if any, else those for @p brokerName if any,
     * else the user's own. Disabled ribbons never show.
     */
    static QList<Ribbon> select(const QList<Ribbon> &ribbons, const QString &traderAccountId, const QString &brokerName);
};

} // namespace InAppKit

#endif
