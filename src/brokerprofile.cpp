// SPDX-License-Identifier: MIT
#include "brokerprofile.h"
#include "brokerprofile_p.h"

#include "loggingcategories_p.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>

namespace InAppKit {

namespace BrokerProfileDetail {

QString printable(const QString &text)
{
    constexpr qsizetype MaxLength = 200;
    QString out;
    for (const QChar c : QStringView(text).left(MaxLength)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (text.size() > MaxLength)
        out += QStringLiteral("…");
    return out;
}

const QStringList &kitLoginParameters()
{
    static const QStringList names = {
        QStringLiteral("firstLogin"), QStringLiteral("lang"), QStringLiteral("source"), QStringLiteral("theme"),
        QStringLiteral("partnerId"), QStringLiteral("utm_source"), QStringLiteral("utm_medium"),
        QStringLiteral("utm_campaign"), QStringLiteral("utm_term"), QStringLiteral("utm_content"),
    };
    return names;
}

bool matchesAny(const QList<OriginPattern> &patterns, const QUrl &url)
{
    return std::any_of(patterns.cbegin(), patterns.cend(), [&url](const OriginPattern &p) { return p.matches(url); });
}

QStringList toStrings(const QList<OriginPattern> &patterns)
{
    QStringList strings;
    for (const OriginPattern &pattern : patterns)
        strings.append(pattern.toString());
    return strings;
}

bool isClientAreaOrigin(const BrokerProfilePrivate &p, const QUrl &url)
{
    return url.isValid() && url.userInfo().isEmpty() && UrlPolicy::origin(url) == UrlPolicy::origin(p.clientAreaUrl);
}

bool isBrokerOrigin(const BrokerProfilePrivate &p, const QUrl &url)
{
    return isClientAreaOrigin(p, url) || matchesAny(p.brokerOrigins, url);
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

} // namespace BrokerProfileDetail

using namespace BrokerProfileDetail;

BrokerProfile::BrokerProfile()
    : d(new BrokerProfilePrivate)
{
}

BrokerProfile::BrokerProfile(const BrokerProfile &other) = default;
BrokerProfile &BrokerProfile::operator=(const BrokerProfile &other) = default;
BrokerProfile::~BrokerProfile() = default;

BrokerProfile BrokerProfile::fromJson(const QByteArray &json, BrokerProfileError *error, const QString &baseDirectory)
{
    BrokerProfileError result;
    BrokerProfile profile;
    auto refuse = [&](const BrokerProfileError &e) {
        if (error)
            *error = e;
        qCDebug(lcInAppKitProfile) << "profile refused:" << e.errorString();
        return BrokerProfile();
    };

    if (json.size() > MaxProfileSize)
        return refuse(BrokerProfileError(BrokerProfileError::Error::FileError, QString(), QStringLiteral("larger than 1 MiB; not a broker profile")));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column of the offending byte, as an editor shows them.
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), json.size());
        const QByteArray before = json.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
        BrokerProfileError e(BrokerProfileError::Error::SyntaxError, QString(), QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
        e.setLocation(line, column, offset);
        return refuse(e);
    }
    if (!document.isObject())
        return refuse(BrokerProfileError(BrokerProfileError::Error::WrongType, QString(), QStringLiteral("the profile must be a JSON object")));

    BrokerProfileValidator validator(profile.d.data(), baseDirectory);
    if (!validator.run(document.object()))
        return refuse(validator.error);

    profile.d->valid = true;
    for (const QString &warning : std::as_const(profile.d->warnings))
        qCWarning(lcInAppKitProfile).noquote() << "broker profile:" << warning;
    if (error)
        *error = BrokerProfileError();
    return profile;
}

BrokerProfile BrokerProfile::fromFile(const QString &path, BrokerProfileError *error)
{
    BrokerProfileError e;
    BrokerProfile profile;
    QByteArray json;
    QString why;
    if (!readRegularFile(path, MaxProfileSize, &json, &why))
        e = BrokerProfileError(BrokerProfileError::Error::FileError, QString(), QStringLiteral("cannot read the profile: %1").arg(why));
    else
        profile = fromJson(json, &e, QFileInfo(path).absolutePath());
    e.setSource(QDir::toNativeSeparators(path));
    if (error)
        *error = profile.isValid() ? BrokerProfileError() : e;
    return profile;
}

bool BrokerProfile::isValid() const
{
    return d->valid;
}

QStringList BrokerProfile::warnings() const
{
    return d->warnings;
}

QString BrokerProfile::brokerName() const
{
    return d->brokerName;
}

QUrl BrokerProfile::clientAreaUrl() const
{
    return d->clientAreaUrl;
}

QUrl BrokerProfile::loginUrl() const
{
    return d->loginUrl;
}

bool BrokerProfile::isLightIdentity() const
{
    return d->valid && d->loginUrl.isEmpty();
}

QUrl BrokerProfile::successUrl() const
{
    return d->successUrl;
}

QString BrokerProfile::tokenParameter() const
{
    return d->tokenParameter;
}

QList<QPair<QString, QString>> BrokerProfile::loginQuery() const
{
    return d->loginQuery;
}

QList<InAppAction> BrokerProfile::actions() const
{
    return d->actions;
}

InAppAction BrokerProfile::action(const QString &id) const
{
    for (const InAppAction &action : std::as_const(d->actions)) {
        if (action.id() == id)
            return action;
    }
    return InAppAction();
}

QUrl BrokerProfile::sessionServiceUrl() const
{
    return d->sessionServiceUrl;
}

QStringList BrokerProfile::brokerOrigins() const
{
    return toStrings(d->brokerOrigins);
}

QStringList BrokerProfile::thirdPartyOrigins() const
{
    return toStrings(d->thirdPartyOrigins);
}

QStringList BrokerProfile::allowedOrigins() const
{
    return toStrings(d->brokerOrigins) + toStrings(d->thirdPartyOrigins);
}

bool BrokerProfile::isThirdPartyOrigin(const QUrl &url) const
{
    return d->valid && !InAppKit::isBrokerOrigin(*d, url) && matchesAny(d->thirdPartyOrigins, url);
}

bool BrokerProfile::restrictsToAllowedOrigins() const
{
    return d->restrictToAllowedOrigins;
}

QStringList BrokerProfile::caCertificatesOrigins() const
{
    return toStrings(d->caCertificatesOrigins);
}

bool BrokerProfile::isCaTrustedOrigin(const QUrl &url) const
{
    return d->valid && !d->caCertificates.isEmpty()
        && (InAppKit::isClientAreaOrigin(*d, url) || matchesAny(d->caCertificatesOrigins, url));
}

bool BrokerProfile::isClientAreaOrigin(const QUrl &url) const
{
    return d->valid && InAppKit::isClientAreaOrigin(*d, url);
}

QString BrokerProfile::caCertificatesFile() const
{
    return d->caCertificatesFile;
}

QList<QSslCertificate> BrokerProfile::caCertificates() const
{
    return d->caCertificates;
}

QString BrokerProfile::platformSource()
{
#ifdef Q_OS_MACOS
    return QStringLiteral("MacOS");
#else
    return QStringLiteral("Desktop");
#endif
}

QString BrokerProfile::source() const
{
    return d->source;
}

int BrokerProfile::pageLoadTimeoutMs() const
{
    return d->pageLoadTimeoutMs;
}

int BrokerProfile::refreshIntervalSeconds() const
{
    return d->refreshIntervalSeconds;
}

bool BrokerProfile::isBrokerOrigin(const QUrl &url) const
{
    return d->valid && InAppKit::isBrokerOrigin(*d, url);
}

} // namespace InAppKit
