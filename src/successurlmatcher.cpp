// SPDX-License-Identifier: MIT
#include "successurlmatcher.h"

#include "loggingcategories_p.h"
#include "urlpolicy_p.h"

#include <QUrlQuery>

namespace InAppKit {

SuccessUrlMatcher::SuccessUrlMatcher(const QUrl &successUrl, const QString &tokenParameter)
    : m_successUrl(successUrl)
    , m_tokenParameter(tokenParameter)
    , m_origin(UrlPolicy::origin(successUrl))
    , m_path(successUrl.path(QUrl::FullyEncoded))
{
    if (m_path.isEmpty())
        m_path = QStringLiteral("/");
}

bool SuccessUrlMatcher::isSuccessUrl(const QUrl &url) const
{
    if (!url.isValid() || !m_successUrl.isValid() || url.isRelative() || !url.userInfo().isEmpty())
        return false;
    if (UrlPolicy::origin(url) != m_origin)
        return false;
    // The encoded path must be identical: "%2F", "/../" or a trailing "/" make another resource.
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    return path == m_path;
}

SuccessUrlMatcher::Match SuccessUrlMatcher::match(const QUrl &url) const
{
    Match result;
    if (!isSuccessUrl(url))
        return result;

    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("error"))) {
        result.outcome = Outcome::BrokerError;
        result.brokerError = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        result.brokerErrorDescription = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        qCInfo(lcInAppKitRedirect) << "success URL reached with a broker error";
        return result;
    }

    const QStringList tokens = query.allQueryItemValues(m_tokenParameter, QUrl::FullyDecoded);
    if (tokens.isEmpty()) {
        // A token only in the fragment does not count: the specification carries it in the query.
        result.outcome = Outcome::NoToken;
    } else if (tokens.size() > 1) {
        result.outcome = Outcome::AmbiguousToken;
    } else {
        const QString &token = tokens.constFirst();
        const bool clean = !token.isEmpty() && token.size() <= MaxTokenLength
            && std::none_of(token.cbegin(), token.cend(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
        if (clean) {
            result.outcome = Outcome::Token;
            result.token = token;
        } else {
            result.outcome = Outcome::InvalidToken;
        }
    }
    // Never the token itself, nor the URL that carries it.
    qCInfo(lcInAppKitRedirect) << "success URL reached:" << result.outcome;
    return result;
}

} // namespace InAppKit
