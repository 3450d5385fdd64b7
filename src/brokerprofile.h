// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_BROKERPROFILE_H
#define INAPPKIT_BROKERPROFILE_H

#include <InAppKit/brokerprofileerror.h>
#include <InAppKit/inappaction.h>
#include <InAppKit/inappkitcore_export.h>

#include <QList>
#include <QPair>
#include <QSharedDataPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

namespace InAppKit {

class BrokerProfilePrivate;

/**
 * One broker, as its profile (a JSON file, schema 1) describes it: the one place where URLs live.
 *
 * A profile is validated as a whole when it is loaded. An invalid profile is refused with a
 * BrokerProfileError that says what kind of error it is, names the key and gives the reason;
 * nothing is guessed. Unknown keys are kept as warnings(). A default-constructed profile is invalid.
 *
 * @code
 * InAppKit::BrokerProfileError error;
 * const auto profile = InAppKit::BrokerProfile::fromFile(path, &error);
 * if (!profile.isValid())
 *     qFatal("%s", qPrintable(error.errorString()));
 * @endcode
 */
class INAPPKITCORE_EXPORT BrokerProfile
{
public:
    /// The profile schema this version reads (`"schema": 1`).
    static constexpr int SchemaVersion = 1;
    /// `pageLoadTimeoutMs` when the profile does not set it.
    static constexpr int DefaultPageLoadTimeoutMs = 30000;
    /// `refreshIntervalSeconds` when the profile does not set it.
    static constexpr int DefaultRefreshIntervalSeconds = 300;

    BrokerProfile();
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    BrokerProfile(const BrokerProfile &other);
    BrokerProfile &operator=(const BrokerProfile &other);
    ///@}
    ~BrokerProfile();

    /// Parses and validates @p json. A relative `caCertificatesFile` is resolved against
    /// @p baseDirectory (the current directory when empty).
    static BrokerProfile fromJson(const QByteArray &json, BrokerProfileError *error = nullptr,
                                  const QString &baseDirectory = QString());
    /// Reads @p path and validates it; `caCertificatesFile` is relative to the profile's folder.
    static BrokerProfile fromFile(const QString &path, BrokerProfileError *error = nullptr);

    /// Whether the profile was read and validated; a default-constructed one is not.
    bool isValid() const;

    /// Non-fatal findings, such as unknown keys ("unknownKey: unknown key, ignored").
    QStringList warnings() const;

    /// The broker's name, as the user knows it (`brokerName`).
    QString brokerName() const;
    /// The base of every broker screen (`clientAreaUrl`).
    QUrl clientAreaUrl() const;
    /// The one login/signup screen; empty in light identity mode.
    QUrl loginUrl() const;
    /// True when the profile has no login screen: the host is the identity provider and only
    /// InApp actions are offered (the specification's one-time-token hand-off).
    bool isLightIdentity() const;
    /// The URL the client area redirects to when a flow is done (`successUrl`).
    QUrl successUrl() const;
    /// The query item that carries the one-time token on the success URL (`tokenParameter`, default `token`).
    QString tokenParameter() const;
    /// Fixed extra query items for the login URL, in the profile's order.
    QList<QPair<QString, QString>> loginQuery() const;
    /// The InApp actions the broker offers, in the profile's order.
    QList<InAppAction> actions() const;
    /// The action with @p id, or an invalid action.
    InAppAction action(const QString &id) const;
    /// The session service HttpSessionBackend talks to (`sessionServiceUrl`); invalid when not set.
    QUrl sessionServiceUrl() const;
    /// The broker's own other origins (`brokerOrigins`), as "scheme://host:port" or
    /// "scheme://*.domain:port" (every subdomain of domain): screens may live there, pages there
    /// count as the broker's and may finish a flow.
    QStringList brokerOrigins() const;
    /**
     * The third parties the broker works with (`thirdPartyOrigins`): payment providers, 3-D Secure
     * issuers, chat and identity vendors. Pages there may be framed, open pop-ups and take the
     * window (3-D Secure), even when restrictsToAllowedOrigins(); they never finish a flow and are
     * always shown as away from the broker.
     */
    QStringList thirdPartyOrigins() const;
    /// brokerOrigins() and thirdPartyOrigins() together.
    /// \deprecated Profiles of schema 1 had one `allowedOrigins` list for both; use the two lists.
    QStringList allowedOrigins() const;
    /// When true, foreign sub-frames and top-level pages are refused unless brokerOrigins() or
    /// thirdPartyOrigins() lists them; by default any https origin may be framed or visited
    /// (payment providers, 3-D Secure).
    bool restrictsToAllowedOrigins() const;
    /// Origins besides the client area's whose certificates may chain to caCertificatesFile().
    QStringList caCertificatesOrigins() const;
    /// Absolute path of the extra trusted CA file, empty if none.
    QString caCertificatesFile() const;
    /// The certificates of caCertificatesFile(), loaded when the profile was.
    QList<QSslCertificate> caCertificates() const;
    /// The screens' `source`: the profile's, or platformSource() when it names none.
    QString source() const;
    /// The platform's `source` value: "MacOS" on macOS, "Desktop" elsewhere.
    static QString platformSource();
    /// How long a screen may take to load before it fails with a timeout (`pageLoadTimeoutMs`).
    int pageLoadTimeoutMs() const;
    /// How often a signed-in session fetches its accounts and ribbons again (and so notices a
    /// session the broker ended); 0: only at sign-in, account switch and window activation.
    int refreshIntervalSeconds() const;

    /// Whether @p url is on the client area's origin or matches brokerOrigins() (scheme, host and
    /// effective port all equal; a wildcard covers subdomains only).
    bool isBrokerOrigin(const QUrl &url) const;
    /// Whether @p url matches thirdPartyOrigins() (and is not the broker's).
    bool isThirdPartyOrigin(const QUrl &url) const;
    /// Whether @p url is on the client area's own origin: the only one a one-time token goes to.
    bool isClientAreaOrigin(const QUrl &url) const;
    /// Whether a certificate of @p url may chain to caCertificates(): the client area's origin and
    /// caCertificatesOrigins(), and only when the profile names a CA.
    bool isCaTrustedOrigin(const QUrl &url) const;

private:
    QSharedDataPointer<BrokerProfilePrivate> d;
    friend class BrokerProfilePrivate;
};

} // namespace InAppKit

#endif
