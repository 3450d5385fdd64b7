// SPDX-License-Identifier: MIT
#include "urlpolicy_p.h"

#include <QHostAddress>
#include <QNetworkCookie>
#include <QNetworkCookieJar>

namespace InAppKit::UrlPolicy {

namespace {
// QNetworkCookieJar holds Qt's copy of the public suffix list; validateCookie() consults it.
class SuffixProbe : public QNetworkCookieJar
{
public:
    bool acceptsDomainCookie(const QString &domain) const
    {
        QNetworkCookie cookie("probe", "1");
        cookie.setDomain(u'.' + domain);
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("probe.") + domain);
        return validateCookie(cookie, url);
    }
};
} // namespace

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

bool isPublicSuffix(const QString &domain)
{
    // A cookie may not be set for a whole public suffix ("com", "co.uk", "github.io"): the same
    // rule keeps a wildcard origin from covering everyone's sites.
    return !domain.contains(u'.') || !SuffixProbe().acceptsDomainCookie(domain);
}

QString normalizedHost(const QUrl &url)
{
    // QUrl keeps hosts in Unicode form; toAce applies IDNA (nameprep + punycode) as a resolver would.
    const QString host = url.host(QUrl::FullyDecoded);
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty())
        return host.toLower();
    return QString::fromLatin1(ace).toLower();
}

bool isLoopback(const QUrl &url)
{
    const QString host = normalizedHost(url);
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isSecureOrLoopback(const QUrl &url)
{
    const QString scheme = url.scheme();
    return scheme == QLatin1String("https") || (scheme == QLatin1String("http") && isLoopback(url));
}

QString origin(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + normalizedHost(url) + u':'
        + QString::number(url.port(defaultPort(url.scheme())));
}

QString redactedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace InAppKit::UrlPolicy
