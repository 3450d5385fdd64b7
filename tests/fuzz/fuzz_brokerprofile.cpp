// SPDX-License-Identifier: MIT
// Arbitrary bytes as a broker profile: never a crash, a hang or a leak; either a valid profile or
// an error that names a reason. What a valid profile promises is recomputed here from its URLs,
// not with the profile's own checks.
#include <InAppKit/brokerprofile.h>

#include <QLoggingCategory>
#include <QUrlQuery>

#include <cstdint>
#include <cstdlib>

namespace {

// https with a host, or http on a loopback host; never user info.
bool secure(const QUrl &url)
{
    if (!url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return !url.host().isEmpty();
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host().toLower();
    return host == QLatin1String("localhost") || host == QLatin1String("::1") || host.startsWith(QLatin1String("127."))
        || host.startsWith(QLatin1String("::ffff:127.")); // IPv4-mapped loopback
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    InAppKit::BrokerProfileError error;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const InAppKit::BrokerProfile profile = InAppKit::BrokerProfile::fromJson(bytes, &error, QStringLiteral("/nonexistent"));
    if (profile.isValid() == !error.isNull())
        std::abort(); // exactly one of the two
    if (!profile.isValid())
        return 0;

    QList<QUrl> urls = {profile.clientAreaUrl(), profile.successUrl()};
    if (!profile.loginUrl().isEmpty())
        urls.append(profile.loginUrl());
    if (!profile.sessionServiceUrl().isEmpty())
        urls.append(profile.sessionServiceUrl());
    for (const auto &action : profile.actions())
        urls.append(action.url());
    for (const QUrl &url : std::as_const(urls)) {
        if (!secure(url))
            std::abort();
    }
    // The success URL never carries the token parameter itself.
    if (QUrlQuery(profile.successUrl()).hasQueryItem(profile.tokenParameter()))
        std::abort();
    // A wildcard origin never stands for a single-label domain.
    for (const QString &origin : profile.allowedOrigins()) {
        const qsizetype star = origin.indexOf(QLatin1String("://*."));
        if (star >= 0 && !origin.mid(star + 5).section(u':', 0, 0).contains(u'.'))
            std::abort();
    }
    return 0;
}
