// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SCREENURLBUILDER_H
#define INAPPKIT_SCREENURLBUILDER_H

#include <InAppKit/brokerprofile.h>
#include <InAppKit/attribution.h>
#include <InAppKit/inappkitcore_export.h>

#include <QLocale>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace InAppKit {

class ScreenUrlBuilderPrivate;

/**
 * Builds the URLs of the broker's screens with the query items of the specification:
 * the login/signup screen (`firstLogin`, `lang`, `source`, `theme`, `partnerId`, `utm_*` and the
 * profile's `loginQuery`) and the InApp action screens (`token`, `account`, `lang`, `source`, `theme`).
 *
 * Query items already in the configured URL are kept; an item the kit sets replaces one of the
 * same name. Every value is percent-encoded, `+` included, so that a broker decoding form-style
 * does not turn it into a space.
 */
class INAPPKITCORE_EXPORT ScreenUrlBuilder
{
    Q_GADGET
public:
    /// The client area's colour theme (`theme=light` or `theme=dark`).
    enum class Theme { Light, Dark };
    Q_ENUM(Theme)

    /// Why actionUrl() built no URL. \since 0.3
    enum class Error {
        NoError,
        UnknownAction, ///< the profile lists no such action
        NoToken,       ///< no one-time token was given
        NoAccount,     ///< the action needs a trading account and none was given
    };
    Q_ENUM(Error)

    /// A builder for the screens of @p profile.
    explicit ScreenUrlBuilder(const BrokerProfile &profile);
    /// Copies are independent: each copy holds its own settings (a deep copy; the builder is small).
    ///@{
    ScreenUrlBuilder(const ScreenUrlBuilder &other);
    ScreenUrlBuilder &operator=(const ScreenUrlBuilder &other);
    ///@}
    ~ScreenUrlBuilder();

    /// The profile the URLs are built for.
    BrokerProfile profile() const;

    /// `lang`: the ISO 639-1 code of @p locale ("en" for the C locale).
    void setLocale(const QLocale &locale);
    /// The language code sent as `lang`.
    QString language() const;

    /// The theme sent as `theme` (light by default).
    void setTheme(Theme theme);
    /// The theme sent as `theme`.
    Theme theme() const;

    /// `firstLogin=true` shows the broker's sign-up face, `false` its log-in face.
    void setFirstLogin(bool firstLogin);
    /// Whether the login screen opens on sign-up (`firstLogin=true`).
    bool firstLogin() const;

    /// The attribution the login and sign-up screens carry.
    void setAttribution(const Attribution &attribution);
    /// The attribution the login and sign-up screens carry.
    Attribution attribution() const;

    /// The login/signup URL; empty for a light-identity profile, which has none.
    QUrl loginUrl() const;

    /**
     * The URL of the InApp action @p actionId, opened with the one-time @p token (on the client
     * area's own origin only, as brokerUrl()).
     * Returns an empty URL when the action is unknown, the token is empty, or the action requires
     * an account and @p account is empty; error() and errorString() then say why (until the next call).
     * \since 0.3 without the `QString *errorString` argument: see error() and errorString().
     */
    QUrl actionUrl(const QString &actionId, const QString &token, const QString &account = QString()) const;

    /// Why the last actionUrl() built no URL; NoError after one that did. \since 0.3
    Error error() const;
    /// What the last actionUrl() failed on, translated; empty after one that succeeded. \since 0.3
    QString errorString() const;

    /**
     * A broker URL from elsewhere (a ribbon's `urlinApp`) opened with a one-time @p token, `lang`,
     * `source` and `theme`, and `account` when given. The token and the account are added on the
     * client area's own origin only: a URL on another listed origin gets neither.
     */
    QUrl brokerUrl(const QUrl &url, const QString &token, const QString &account = QString()) const;

    /// ISO 639-1 code of @p locale; "en" when the locale has none.
    static QString languageCode(const QLocale &locale);
    /// The query value for @p theme: `light` or `dark`.
    static QString themeName(Theme theme);

private:
    std::unique_ptr<ScreenUrlBuilderPrivate> d;
};

} // namespace InAppKit

#endif
