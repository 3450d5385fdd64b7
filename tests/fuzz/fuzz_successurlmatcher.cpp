// SPDX-License-Identifier: MIT
// Arbitrary navigation URLs against a fixed success URL: a token is only ever extracted from a
// URL on the success URL's exact origin and path.
#include <InAppKit/successurlmatcher.h>

#include <QLoggingCategory>
#include <QUrlQuery>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const InAppKit::SuccessUrlMatcher matcher(QUrl(QStringLiteral("https://crm.acme.example/callback/success")));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QUrl url(text);
    const auto match = matcher.match(url);
    // Every outcome but NotSuccessUrl claims the success URL: exactly its scheme, host, port and
    // encoded path (not "%2F", not "/../", not a trailing slash), and no user info.
    if (match.isSuccessUrl()) {
        if (url.host() != QLatin1String("crm.acme.example") || url.scheme() != QLatin1String("https") || url.port(443) != 443
            || url.path(QUrl::FullyEncoded) != QLatin1String("/callback/success") || !url.userInfo().isEmpty())
            std::abort();
    }
    // A token comes only from exactly one `token` query item, and it is that item's value.
    if (match.outcome() == InAppKit::SuccessUrlMatcher::Outcome::Token) {
        const QStringList values = QUrlQuery(url).allQueryItemValues(QStringLiteral("token"), QUrl::FullyDecoded);
        if (match.token().isEmpty() || values.size() != 1 || values.constFirst() != match.token())
            std::abort();
    }
    if (match.outcome() != InAppKit::SuccessUrlMatcher::Outcome::Token && !match.token().isEmpty())
        std::abort();
    return 0;
}
