// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SUCCESSURLMATCHER_H
#define INAPPKIT_SUCCESSURLMATCHER_H

#include <InAppKit/inappkitcore_export.h>

#include <QObject>
#include <QSharedDataPointer>
#include <QString>
#include <QUrl>

namespace InAppKit {

class SuccessUrlMatcherData;
class SuccessUrlMatchData;

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
    /// What a navigation turned out to be.
    enum class Outcome {
        NotSuccessUrl,   ///< Not the success URL: let the navigation go on.
        Token,           ///< The success URL with exactly one non-empty token.
        NoToken,         ///< The success URL without a token in its query (an InApp screen is done).
        AmbiguousToken,  ///< The success URL with the token parameter twice: refused.
        InvalidToken,    ///< The success URL with an empty token, or one with spaces or control characters.
        BrokerError,     ///< The success URL with an `error` query item: the broker reports a failure.
    };
    Q_ENUM(Outcome)

    /// What match() found: an implicitly shared value.
    class INAPPKITCORE_EXPORT Match
    {
    public:
        /// A match with @p outcome and what it carries.
        explicit Match(Outcome outcome = Outcome::NotSuccessUrl, const QString &token = QString(),
                       const QString &brokerError = QString(), const QString &brokerErrorDescription = QString());
        /// Copies share the data until one of them changes (implicit sharing).
        ///@{
        Match(const Match &other);
        Match(Match &&other) noexcept;
        Match &operator=(const Match &other);
        Match &operator=(Match &&other) noexcept;
        ///@}
        ~Match();

        /// What the navigation turned out to be.
        Outcome outcome() const;
        /// Set for Outcome::Token only.
        QString token() const;
        /// `error`, for Outcome::BrokerError.
        QString brokerError() const;
        /// `error_description`, if the broker sent one.
        QString brokerErrorDescription() const;
        /// True for every outcome but NotSuccessUrl: the navigation must not reach the network.
        bool isSuccessUrl() const;

    private:
        QSharedDataPointer<SuccessUrlMatchData> d;
    };

    /// The longest one-time token accepted, in characters.
    static constexpr int MaxTokenLength = 4096;

    /// A matcher for @p successUrl, the token in the @p tokenParameter query item.
    explicit SuccessUrlMatcher(const QUrl &successUrl, const QString &tokenParameter = QStringLiteral("token"));
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    SuccessUrlMatcher(const SuccessUrlMatcher &other);
    SuccessUrlMatcher(SuccessUrlMatcher &&other) noexcept;
    SuccessUrlMatcher &operator=(const SuccessUrlMatcher &other);
    SuccessUrlMatcher &operator=(SuccessUrlMatcher &&other) noexcept;
    ///@}
    ~SuccessUrlMatcher();

    /// The success URL matched against.
    QUrl successUrl() const;
    /// The query item that carries the token.
    QString tokenParameter() const;

    /// What @p url is: the success URL (with a token, none, or a broker error) or not.
    Match match(const QUrl &url) const;

    /// Whether @p url is the success URL, whatever its query.
    bool isSuccessUrl(const QUrl &url) const;

private:
    QSharedDataPointer<SuccessUrlMatcherData> d;
};

} // namespace InAppKit

#endif
