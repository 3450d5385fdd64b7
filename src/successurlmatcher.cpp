// SPDX-License-Identifier: MIT
#include "successurlmatcher.h"

#include "loggingcategories_p.h"
#include "urlpolicy_p.h"

#include <QUrlQuery>

namespace InAppKit {

class SuccessUrlMatcherData : public QSharedData
{
public:
    QUrl successUrl;
    QString tokenParameter;
    QString origin;
    QString path;
};

class SuccessUrlMatchData : public QSharedData
{
public:
    SuccessUrlMatcher::Outcome outcome = SuccessUrlMatcher::Outcome::NotSuccessUrl;
    QString token;
    QString brokerError;
    QString brokerErrorDescription;
};

SuccessUrlMatcher::Match::Match(Outcome outcome, const QString &token, const QString &brokerError, const QString &brokerErrorDescription)
    : d(new SuccessUrlMatchData)
{
    d->outcome = outcome;
    d->token = token;
    d->brokerError = brokerError;
    d->brokerErrorDescription = brokerErrorDescription;
}

SuccessUrlMatcher::Match::Match(const Match &other) = default;
SuccessUrlMatcher::Match::Match(Match &&other) noexcept = default;
SuccessUrlMatcher::Match &SuccessUrlMatcher::Match::operator=(const Match &other) = default;
SuccessUrlMatcher::Match &SuccessUrlMatcher::Match::operator=(Match &&other) noexcept = default;
SuccessUrlMatcher::Match::~Match() = default;

SuccessUrlMatcher::Outcome SuccessUrlMatcher::Match::outcome() const
{
    return d->outcome;
}

QString SuccessUrlMatcher::Match::token() const
{
    return d->token;
}

QString SuccessUrlMatcher::Match::brokerError() const
{
    return d->brokerError;
}

QString SuccessUrlMatcher::Match::brokerErrorDescription() const
{
    return d->brokerErrorDescription;
}

bool SuccessUrlMatcher::Match::isSuccessUrl() const
{
    return d->outcome != Outcome::NotSuccessUrl;
}

SuccessUrlMatcher::SuccessUrlMatcher(const QUrl &successUrl, const QString &tokenParameter)
    : d(new SuccessUrlMatcherData)
{
    d->successUrl = successUrl;
    d->tokenParameter = tokenParameter;
    d->origin = UrlPolicy::origin(successUrl);
    d->path = successUrl.path(QUrl::FullyEncoded);
    if (d->path.isEmpty())
        d->path = QStringLiteral("/");
}

SuccessUrlMatcher::SuccessUrlMatcher(const SuccessUrlMatcher &other) = default;
SuccessUrlMatcher::SuccessUrlMatcher(SuccessUrlMatcher &&other) noexcept = default;
SuccessUrlMatcher &SuccessUrlMatcher::operator=(const SuccessUrlMatcher &other) = default;
SuccessUrlMatcher &SuccessUrlMatcher::operator=(SuccessUrlMatcher &&other) noexcept = default;
SuccessUrlMatcher::~SuccessUrlMatcher() = default;

QUrl SuccessUrlMatcher::successUrl() const
{
    return d->successUrl;
}

QString SuccessUrlMatcher::tokenParameter() const
{
    return d->tokenParameter;
}

bool SuccessUrlMatcher::isSuccessUrl(const QUrl &url) const
{
    if (!url.isValid() || !d->successUrl.isValid() || url.isRelative() || !url.userInfo().isEmpty())
        return false;
    if (UrlPolicy::origin(url) != d->origin)
        return false;
    // The encoded path must be identical: "%2F", "/../" or a trailing "/" make another resource.
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    return path == d->path;
}

SuccessUrlMatcher::Match SuccessUrlMatcher::match(const QUrl &url) const
{
    if (!isSuccessUrl(url))
        return Match();

    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("error"))) {
        qCInfo(lcInAppKitRedirect) << "success URL reached with a broker error";
        return Match(Outcome::BrokerError, QString(), query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                     query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded));
    }

    Outcome outcome = Outcome::InvalidToken;
    QString captured;
    const QStringList tokens = query.allQueryItemValues(d->tokenParameter, QUrl::FullyDecoded);
    if (tokens.isEmpty()) {
        // A token only in the fragment does not count: the specification carries it in the query.
        outcome = Outcome::NoToken;
    } else if (tokens.size() > 1) {
        outcome = Outcome::AmbiguousToken;
    } else {
        const QString &token = tokens.constFirst();
        const bool clean = !token.isEmpty() && token.size() <= MaxTokenLength
            && std::none_of(token.cbegin(), token.cend(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
        if (clean) {
            outcome = Outcome::Token;
            captured = token;
        }
    }
    // Never the token itself, nor the URL that carries it.
    qCInfo(lcInAppKitRedirect) << "success URL reached:" << outcome;
    return Match(outcome, captured);
}

} // namespace InAppKit
