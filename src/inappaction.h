// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_INAPPACTION_H
#define INAPPKIT_INAPPACTION_H

#include <InAppKit/inappkitcore_export.h>

#include <QMap>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace InAppKit {

class InAppActionPrivate;

/**
 * One InApp action of a broker profile: a broker screen (deposit, withdraw, KYC, ...)
 * that opens with a fresh one-time token.
 */
class INAPPKITCORE_EXPORT InAppAction
{
public:
    /// The ids with a meaning (and a built-in title, tooltip and icon) of their own; any other id
    /// is a custom action. wellKnownIds() lists them all.
    static constexpr const char *Deposit = "deposit";
    /// The well-known id of the Withdraw screen.
    static constexpr const char *Withdraw = "withdraw";
    /// The well-known id of the identity verification (KYC) screen.
    static constexpr const char *VerifyIdentity = "kyc";
    /// The well-known id of the support (chat) screen.
    static constexpr const char *Support = "support";
    /// The well-known id of the New Account screen.
    static constexpr const char *NewAccount = "newAccount";
    /// The well-known id of the Change Password screen.
    static constexpr const char *ChangePassword = "changePassword";
    /// The well-known id of the Change E-mail screen.
    static constexpr const char *ChangeEmail = "changeEmail";

    InAppAction();
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    InAppAction(const InAppAction &other);
    InAppAction &operator=(const InAppAction &other);
    ///@}
    ~InAppAction();

    /// Whether the action has an id and a URL.
    bool isValid() const;

    /// The action's id: a well-known one (deposit, withdraw, …) or the profile's own.
    ///@{
    QString id() const;
    void setId(const QString &id);
    ///@}

    /// Absolute URL of the screen (relative URLs of the profile are already resolved).
    ///@{
    QUrl url() const;
    void setUrl(const QUrl &url);
    ///@}

    /// Titles by ISO 639-1 code; the key "" holds a title for every language.
    ///@{
    QMap<QString, QString> titles() const;
    void setTitles(const QMap<QString, QString> &titles);
    ///@}
    /// The title for @p language, else the language-neutral title, else English, else empty
    /// (the widgets then show defaultTitle() for the well-known ids).
    QString title(const QString &language) const;

    /// Icon name or path from the profile, empty for the built-in icon.
    ///@{
    QString icon() const;
    void setIcon(const QString &icon);
    ///@}

    /// Whether the screen needs the trading account (`account` query item). Deposit and withdraw always do.
    ///@{
    bool requiresAccount() const;
    void setRequiresAccount(bool required);
    ///@}

    /// True for the ids listed above.
    bool isWellKnown() const;
    /// Whether @p id is one of the specification's well-known actions.
    static bool isWellKnownId(const QString &id);

    /**
     * The well-known ids (Deposit, Withdraw, VerifyIdentity, Support, NewAccount, ChangePassword,
     * ChangeEmail), in the order the kit presents them.
     * \since 0.3
     */
    static QStringList wellKnownIds();
    /**
     * The kit's title for the well-known action @p id ("Deposit"), translated into the language
     * Translations::install() set; empty for any other id. The widgets show it when the profile
     * gives the action no title.
     * \since 0.3
     */
    static QString defaultTitle(const QString &id);
    /**
     * The kit's tooltip for the well-known action @p id ("Add money to the selected trading
     * account"), translated; empty for any other id.
     * \since 0.3
     */
    static QString defaultToolTip(const QString &id);
    /**
     * The name of the kit's icon for the well-known action @p id (InAppControlsBar::icon() draws
     * it when the profile names no icon the kit has); empty for any other id.
     * \since 0.3
     */
    static QString defaultIconName(const QString &id);
    /**
     * Whether the well-known action @p id needs the trading account whatever the profile says
     * (deposit and withdraw: money moves on one account). requiresAccount() is true for these.
     * \since 0.3
     */
    static bool alwaysRequiresAccount(const QString &id);

private:
    QSharedDataPointer<InAppActionPrivate> d;
};

} // namespace InAppKit

#endif
