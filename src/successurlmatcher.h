// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SUCCESSURLMATCHER_H
#define INAPPKIT_SUCCESSURLMATCHER_H

#include <InAppKit/inappkitcore_export.h>

#include <QObject>
#include <QString>
#include <QUrl>

namespace InAppKit {

/**
 * Decides whether a navigation is the broker's success URL and takes the one-time token from it.
 *
 * A URL is the success URL only when its scheme, host (case-insensitive, after IDNA), effective
 * port and path are exactly those of the configured success URL, and it has no user info.
 * Anything else, however close, is NotSuccessUrl. This is a pure function of its inputs.
 */
class INAPPKITCORE_EXPORT SuccessUrlMatcher
{
    Q_GADGET
public:
    enum class Outcome {
        NotSuccessUrl,   ///< Not the success URL: let the navigation go on.
        Token,           ///< The success URL with exactly one non-empty token.
        NoToken,         ///< The success URL without a token in its query (an InApp screen is done).
        AmbiguousToken,  ///< The success URL with the token parameter twice: refused.
        InvalidToken,    ///< The success URL with an empty token, or one with spaces or control characters.
        BrokerError,     ///< The success URL with an `error` query item: the broker reports a failure.
    };
    Q_ENUM(Outcome)

    struct Match {
        Outcome outcome = Outcome::NotSuccessUrl;
        QString token;             ///< Set for Outcome::Token only.
        QString brokerError;       ///< `error`, for Outcome::BrokerError.
        QString brokerErrorDescription; ///< `error_description`, if the broker sent one.

        /// True for every outcome but NotSuccessUrl: the navigation must not reach the network.
        bool isSuccessUrl() const { return outcome != Outcome::NotSuccessUrl; }
    };

    static constexpr int MaxTokenLength = 4096;

    SuccessUrlMatcher(const QUrl &successUrl, const QString &tokenParameter = QStringLiteral("token"));

    QUrl successUrl() const { return m_successUrl; }
    QString tokenParameter() const { return m_tokenParameter; }

    Match match(const QUrl &url) const;

    /// Whether @p url is the success URL, whatever its query.
    bool isSuccessUrl(const QUrl &url) const;

private:
    QUrl m_successUrl;
    QString m_tokenParameter;
    QString m_origin;
    QString m_path;
};

} // namespace InAppKit

#endif
