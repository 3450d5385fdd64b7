// SPDX-License-Identifier: MIT
// BrokerProfile's inside: its data, the helpers its reading and its queries share, and the
// validator (brokerprofilevalidator.cpp) that reads a profile key by key.
#ifndef INAPPKIT_BROKERPROFILE_P_H
#define INAPPKIT_BROKERPROFILE_P_H

#include "brokerprofile.h"
#include "brokerprofileerror.h"
#include "regularfile_p.h"
#include "urlpolicy_p.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSharedData>
#include <QSslCertificate>

namespace InAppKit {

// One entry of brokerOrigins, thirdPartyOrigins or caCertificatesOrigins: an exact origin, or "*.suffix" for every
// subdomain of suffix (not suffix itself).
struct OriginPattern {
    QString scheme;
    QString host; // normalized; the suffix without "*." when wildcard
    int port = -1;
    bool wildcard = false;

    bool matches(const QUrl &url) const
    {
        if (!url.isValid() || !url.userInfo().isEmpty() || url.scheme() != scheme)
            return false;
        if (url.port(UrlPolicy::defaultPort(scheme)) != port)
            return false;
        const QString h = UrlPolicy::normalizedHost(url);
        return wildcard ? h.endsWith(u'.' + host) : h == host;
    }
    QString toString() const
    {
        return scheme + QStringLiteral("://") + (wildcard ? QStringLiteral("*.") : QString()) + host + u':' + QString::number(port);
    }
};

class BrokerProfilePrivate : public QSharedData
{
public:
    bool valid = false;
    QStringList warnings;
    QString brokerName;
    QUrl clientAreaUrl;
    QUrl loginUrl;
    QUrl successUrl;
    QString tokenParameter = QStringLiteral("token");
    QList<QPair<QString, QString>> loginQuery;
    QList<InAppAction> actions;
    QUrl sessionServiceUrl;
    QList<OriginPattern> brokerOrigins;     // the broker's own: screens live there, flows finish there
    QList<OriginPattern> thirdPartyOrigins; // permitted others: frame, pop up, take the window, nothing more
    QList<OriginPattern> caCertificatesOrigins;
    bool restrictToAllowedOrigins = false;
    QString caCertificatesFile;
    QList<QSslCertificate> caCertificates;
    QString source = BrokerProfile::platformSource();
    int pageLoadTimeoutMs = BrokerProfile::DefaultPageLoadTimeoutMs;
    int refreshIntervalSeconds = BrokerProfile::DefaultRefreshIntervalSeconds;
};

namespace BrokerProfileDetail {

inline constexpr qsizetype MaxProfileSize = 1024 * 1024;
inline constexpr qsizetype MaxCaFileSize = 256 * 1024;

// Text from a profile on its way to a message or a log: control characters (a newline in a key
// would forge a log line) are written as escapes, and an overlong text is cut.
QString printable(const QString &text);

// The query items the kit itself sets on the login URL; a profile may not pin them.
const QStringList &kitLoginParameters();
bool matchesAny(const QList<OriginPattern> &patterns, const QUrl &url);
QStringList toStrings(const QList<OriginPattern> &patterns);
bool isClientAreaOrigin(const BrokerProfilePrivate &p, const QUrl &url);
bool isBrokerOrigin(const BrokerProfilePrivate &p, const QUrl &url);
QString describe(const QJsonValue &value);

} // namespace BrokerProfileDetail

// Validates one profile; stops at the first error, which it records with its key.
class BrokerProfileValidator
{
public:
    BrokerProfileValidator(BrokerProfilePrivate *profile, const QString &directory)
        : p(profile)
        , baseDirectory(directory)
    {
    }

    using Error = BrokerProfileError::Error;
    BrokerProfileError error;
    bool fail(Error kind, const QString &key, const QString &reason);
    bool run(const QJsonObject &root);

private:
    enum UrlRule { Required = 0x1, Optional = 0x2, Relative = 0x4, BrokerOrigin = 0x8 };
    BrokerProfilePrivate *p;
    QString baseDirectory;
    QList<OriginPattern> legacyOrigins; // allowedOrigins of an older profile, sorted out by the URLs they host
    QStringList promotedOrigins;        // those of them that host one of the profile's URLs
    void warnUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &prefix);

    // An optional whole number in [min, max]; @p unit names it in the error.
    bool wholeNumber(const QJsonObject &root, const QString &key, int min, int max, const QString &unit, int *out);
    bool requiredString(const QJsonObject &object, const QString &key, QString *out, const QString &path = {});
    bool checkUrl(const QString &key, const QString &text, int rules, QUrl *out);
    bool url(const QJsonObject &object, const QString &key, int rules, QUrl *out, const QString &path = {});
    bool originList(const QJsonObject &root, const QString &key, QList<OriginPattern> *out);
    bool originPattern(const QString &key, QString text, OriginPattern *out);
    bool loginQuery(const QJsonObject &root);
    bool titles(const QJsonObject &object, const QString &path, InAppAction *action);
    bool actions(const QJsonObject &root);
    bool caCertificates(const QJsonObject &root);
    void sortOutLegacyOrigins();
};

} // namespace InAppKit

#endif
