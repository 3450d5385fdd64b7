// SPDX-License-Identifier: MIT
#include "brokerprofile_p.h"

#include <QDir>
#include <QFile>
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

using namespace BrokerProfileDetail;

bool BrokerProfileValidator::fail(Error kind, const QString &key, const QString &reason)
{
    error = BrokerProfileError(kind, printable(key), printable(reason));
    return false;
}

bool BrokerProfileValidator::run(const QJsonObject &root)
{
    static const QStringList knownKeys = {
        QStringLiteral("schema"), QStringLiteral("brokerName"), QStringLiteral("clientAreaUrl"),
        QStringLiteral("loginUrl"), QStringLiteral("successUrl"), QStringLiteral("tokenParameter"),
        QStringLiteral("loginQuery"), QStringLiteral("actions"), QStringLiteral("sessionServiceUrl"),
        QStringLiteral("allowedOrigins"), QStringLiteral("caCertificatesFile"), QStringLiteral("source"),
        QStringLiteral("pageLoadTimeoutMs"), QStringLiteral("restrictToAllowedOrigins"), QStringLiteral("refreshIntervalSeconds"),
        QStringLiteral("caCertificatesOrigins"), QStringLiteral("brokerOrigins"), QStringLiteral("thirdPartyOrigins"),
    };
    warnUnknownKeys(root, knownKeys, QString());

    // schema first: a newer profile must be refused for its version, not for a key it renamed.
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (schema.isUndefined())
        return fail(Error::MissingKey, QStringLiteral("schema"), QStringLiteral("missing required key"));
    if (!schema.isDouble())
        return fail(Error::WrongType, QStringLiteral("schema"), QStringLiteral("must be a number, not %1").arg(describe(schema)));
    if (schema.toDouble() != BrokerProfile::SchemaVersion) {
        return fail(Error::UnknownVersion, QStringLiteral("schema"),
                    QStringLiteral("unknown schema version %1 (this InAppKit reads version %2)")
                        .arg(schema.toDouble())
                        .arg(BrokerProfile::SchemaVersion));
    }

    if (!requiredString(root, QStringLiteral("brokerName"), &p->brokerName))
        return false;

    if (!url(root, QStringLiteral("clientAreaUrl"), Required, &p->clientAreaUrl))
        return false;
    if (!p->clientAreaUrl.hasQuery() && p->clientAreaUrl.path().isEmpty())
        p->clientAreaUrl.setPath(QStringLiteral("/"));

    // The origin lists before the screen URLs: brokerOrigins widen where those may live.
    if (!originList(root, QStringLiteral("brokerOrigins"), &p->brokerOrigins)
        || !originList(root, QStringLiteral("thirdPartyOrigins"), &p->thirdPartyOrigins)
        || !originList(root, QStringLiteral("allowedOrigins"), &legacyOrigins))
        return false;
    if (root.contains(QLatin1String("allowedOrigins"))
        && (root.contains(QLatin1String("brokerOrigins")) || root.contains(QLatin1String("thirdPartyOrigins")))) {
        return fail(Error::InvalidValue, QStringLiteral("allowedOrigins"),
                    QStringLiteral("replaced by brokerOrigins and thirdPartyOrigins; a profile uses those alone"));
    }
    if (root.contains(QLatin1String("restrictToAllowedOrigins"))) {
        const QJsonValue restrict = root.value(QLatin1String("restrictToAllowedOrigins"));
        if (!restrict.isBool()) {
            return fail(Error::WrongType, QStringLiteral("restrictToAllowedOrigins"),
                        QStringLiteral("must be true or false, not %1").arg(describe(restrict)));
        }
        p->restrictToAllowedOrigins = restrict.toBool();
    }

    if (!url(root, QStringLiteral("loginUrl"), Optional | Relative | BrokerOrigin, &p->loginUrl))
        return false;
    if (!url(root, QStringLiteral("successUrl"), Required | Relative | BrokerOrigin, &p->successUrl))
        return false;
    if (p->successUrl.hasFragment())
        return fail(Error::InvalidValue, QStringLiteral("successUrl"), QStringLiteral("must not have a fragment"));

    if (root.contains(QLatin1String("tokenParameter"))) {
        if (!requiredString(root, QStringLiteral("tokenParameter"), &p->tokenParameter))
            return false;
        if (p->tokenParameter.contains(QRegularExpression(QStringLiteral("[\\s&=#]"))))
            return fail(Error::InvalidValue, QStringLiteral("tokenParameter"), QStringLiteral("must not contain spaces, '&', '=' or '#'"));
    }
    if (QUrlQuery(p->successUrl).hasQueryItem(p->tokenParameter)) {
        return fail(Error::InvalidValue, QStringLiteral("successUrl"),
                    QStringLiteral("must not itself carry the token parameter '%1'").arg(p->tokenParameter));
    }

    if (!loginQuery(root) || !actions(root))
        return false;

    if (!url(root, QStringLiteral("sessionServiceUrl"), Optional, &p->sessionServiceUrl))
        return false;

    if (root.contains(QLatin1String("source"))) {
        static const QStringList sources = {QStringLiteral("Desktop"), QStringLiteral("MacOS"),
                                            QStringLiteral("Web"), QStringLiteral("Android"),
                                            QStringLiteral("iOS")};
        if (!requiredString(root, QStringLiteral("source"), &p->source))
            return false;
        if (!sources.contains(p->source)) {
            return fail(Error::InvalidValue, QStringLiteral("source"),
                        QStringLiteral("'%1' is not one of %2").arg(p->source, sources.join(QStringLiteral(", "))));
        }
    }

    if (!wholeNumber(root, QStringLiteral("pageLoadTimeoutMs"), 1, 600000, QStringLiteral("milliseconds"), &p->pageLoadTimeoutMs))
        return false;
    if (!wholeNumber(root, QStringLiteral("refreshIntervalSeconds"), 0, 86400, QStringLiteral("seconds"), &p->refreshIntervalSeconds))
        return false;

    if (root.contains(QLatin1String("allowedOrigins")))
        sortOutLegacyOrigins();
    return caCertificates(root);
}

void BrokerProfileValidator::sortOutLegacyOrigins()
{
    // One list used to mean both the broker's origins and the third parties it frames. An origin
    // that hosts one of the profile's own URLs is the broker's (checkUrl() moved those); the
    // rest are taken for third parties, which can never finish a flow: the safe reading.
    p->thirdPartyOrigins = legacyOrigins;
    p->warnings.append(QStringLiteral("allowedOrigins: replaced by brokerOrigins (the broker's own origins) and thirdPartyOrigins "
                                      "(payment providers and vendors, which never finish a sign-in); read as brokerOrigins [%1] "
                                      "and thirdPartyOrigins [%2]: write those keys instead")
                           .arg(promotedOrigins.join(QStringLiteral(", ")), toStrings(legacyOrigins).join(QStringLiteral(", "))));
    legacyOrigins.clear();
}

void BrokerProfileValidator::warnUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &prefix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            p->warnings.append(printable(prefix + it.key()) + QStringLiteral(": unknown key, ignored"));
    }
}

bool BrokerProfileValidator::wholeNumber(const QJsonObject &root, const QString &key, int min, int max, const QString &unit, int *out)
{
    if (!root.contains(key))
        return true;
    const QJsonValue v = root.value(key);
    if (!v.isDouble())
        return fail(Error::WrongType, key, QStringLiteral("must be a number, not %1").arg(describe(v)));
    const double n = v.toDouble();
    if (n != std::floor(n))
        return fail(Error::InvalidValue, key, QStringLiteral("must be a whole number of %1").arg(unit));
    if (n < min || n > max)
        return fail(Error::InvalidValue, key, QStringLiteral("must be from %1 to %2 %3, not %4").arg(min).arg(max).arg(unit).arg(n));
    *out = int(n);
    return true;
}

bool BrokerProfileValidator::requiredString(const QJsonObject &object, const QString &key, QString *out, const QString &path)
{
    const QString fullKey = path + key;
    const QJsonValue v = object.value(key);
    if (v.isUndefined())
        return fail(Error::MissingKey, fullKey, QStringLiteral("missing required key"));
    if (!v.isString())
        return fail(Error::WrongType, fullKey, QStringLiteral("must be a string, not %1").arg(describe(v)));
    *out = v.toString().trimmed();
    if (out->isEmpty())
        return fail(Error::InvalidValue, fullKey, QStringLiteral("must not be empty"));
    return true;
}

bool BrokerProfileValidator::checkUrl(const QString &key, const QString &text, int rules, QUrl *out)
{
    QUrl u(text, QUrl::StrictMode);
    if (!u.isValid())
        return fail(Error::InvalidValue, key, QStringLiteral("malformed URL '%1': %2").arg(text, u.errorString()));
    if (u.isRelative()) {
        if (!(rules & Relative))
            return fail(Error::InvalidValue, key, QStringLiteral("'%1' must be an absolute URL").arg(text));
        if (!text.startsWith(u'/') || text.startsWith(QLatin1String("//")))
            return fail(Error::InvalidValue, key, QStringLiteral("'%1': a relative URL must start with a single '/'").arg(text));
        u = p->clientAreaUrl.resolved(u);
    }
    const QString scheme = u.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(Error::InvalidValue, key, QStringLiteral("scheme '%1' is not allowed; use https").arg(scheme));
    if (u.host().isEmpty())
        return fail(Error::InvalidValue, key, QStringLiteral("'%1' has no host").arg(text));
    if (!UrlPolicy::isSecureOrLoopback(u))
        return fail(Error::InvalidValue, key, QStringLiteral("'http' is accepted only for loopback hosts; use https for '%1'").arg(u.host()));
    if (!u.userInfo().isEmpty())
        return fail(Error::InvalidValue, key, QStringLiteral("must not contain user info"));
    if ((rules & BrokerOrigin) && !isBrokerOrigin(*p, u)) {
        // An older profile's allowedOrigins entry that hosts this URL is the broker's own.
        const auto legacy = std::find_if(legacyOrigins.cbegin(), legacyOrigins.cend(),
                                         [&u](const OriginPattern &pattern) { return pattern.matches(u); });
        if (legacy == legacyOrigins.cend()) {
            return fail(Error::InvalidValue, key, QStringLiteral("'%1' is outside the client area's origin (%2) and brokerOrigins")
                                 .arg(UrlPolicy::origin(u), UrlPolicy::origin(p->clientAreaUrl)));
        }
        p->brokerOrigins.append(*legacy);
        promotedOrigins.append(legacy->toString());
        legacyOrigins.erase(legacy);
    }
    *out = u;
    return true;
}

bool BrokerProfileValidator::url(const QJsonObject &object, const QString &key, int rules, QUrl *out, const QString &path)
{
    const QString fullKey = path + key;
    const QJsonValue v = object.value(key);
    if (v.isUndefined()) {
        if (rules & Required)
            return fail(Error::MissingKey, fullKey, QStringLiteral("missing required key"));
        return true;
    }
    QString text;
    if (!requiredString(object, key, &text, path))
        return false;
    return checkUrl(fullKey, text, rules, out);
}

bool BrokerProfileValidator::originList(const QJsonObject &root, const QString &key, QList<OriginPattern> *out)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(Error::WrongType, key, QStringLiteral("must be an array of origins, not %1").arg(describe(v)));
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemKey = key + u'[' + QString::number(i) + u']';
        if (!array.at(i).isString())
            return fail(Error::WrongType, itemKey, QStringLiteral("must be a string, not %1").arg(describe(array.at(i))));
        OriginPattern pattern;
        if (!originPattern(itemKey, array.at(i).toString().trimmed(), &pattern))
            return false;
        out->append(pattern);
    }
    return true;
}

bool BrokerProfileValidator::originPattern(const QString &key, QString text, OriginPattern *out)
{
    // "https://*.psp.example": QUrl refuses '*' in a host, so the wildcard label is taken off first.
    static const QRegularExpression wildcard(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*://)\\*\\.(.*)$"));
    const QRegularExpressionMatch m = wildcard.match(text);
    if (m.hasMatch())
        text = m.captured(1) + m.captured(2);
    else if (text.contains(u'*'))
        return fail(Error::InvalidValue, key, QStringLiteral("a wildcard must be the whole first label of the host, as in 'https://*.psp.example'"));
    QUrl origin;
    if (!checkUrl(key, text, 0, &origin))
        return false;
    if ((!origin.path().isEmpty() && origin.path() != QLatin1String("/")) || origin.hasQuery() || origin.hasFragment())
        return fail(Error::InvalidValue, key, QStringLiteral("must be an origin (scheme://host[:port]) without a path"));
    out->scheme = origin.scheme();
    out->host = UrlPolicy::normalizedHost(origin);
    out->port = origin.port(UrlPolicy::defaultPort(out->scheme));
    out->wildcard = m.hasMatch();
    if (out->wildcard) {
        if (!QHostAddress(out->host).isNull())
            return fail(Error::InvalidValue, key, QStringLiteral("a wildcard cannot stand for part of an IP address"));
        if (UrlPolicy::isPublicSuffix(out->host)) {
            return fail(Error::InvalidValue, key, QStringLiteral("'*.%1' would cover every site under the public suffix '%1'; name the provider's own domain")
                                 .arg(out->host));
        }
    }
    return true;
}

bool BrokerProfileValidator::loginQuery(const QJsonObject &root)
{
    const QString key = QStringLiteral("loginQuery");
    const QJsonValue v = root.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isObject())
        return fail(Error::WrongType, key, QStringLiteral("must be an object of strings, not %1").arg(describe(v)));
    const QJsonObject object = v.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString itemKey = key + u'.' + it.key();
        if (it.key().isEmpty())
            return fail(Error::InvalidValue, key, QStringLiteral("a query item name must not be empty"));
        if (!it.value().isString())
            return fail(Error::WrongType, itemKey, QStringLiteral("must be a string, not %1").arg(describe(it.value())));
        if (kitLoginParameters().contains(it.key()) || it.key() == p->tokenParameter)
            return fail(Error::InvalidValue, itemKey, QStringLiteral("'%1' is set by InAppKit and cannot be fixed here").arg(it.key()));
        p->loginQuery.append({it.key(), it.value().toString()});
    }
    return true;
}

bool BrokerProfileValidator::titles(const QJsonObject &object, const QString &path, InAppAction *action)
{
    const QString key = path + QStringLiteral("title");
    const QJsonValue v = object.value(QLatin1String("title"));
    QMap<QString, QString> map;
    if (v.isString()) {
        if (v.toString().trimmed().isEmpty())
            return fail(Error::InvalidValue, key, QStringLiteral("must not be empty"));
        map.insert(QString(), v.toString().trimmed());
    } else if (v.isObject()) {
        static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2}$"));
        const QJsonObject byLanguage = v.toObject();
        if (byLanguage.isEmpty())
            return fail(Error::InvalidValue, key, QStringLiteral("must name at least one language"));
        for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
            if (!languageCode.match(it.key()).hasMatch())
                return fail(Error::InvalidValue, key + u'.' + it.key(), QStringLiteral("is not a two-letter ISO 639-1 language code"));
            if (!it.value().isString())
                return fail(Error::WrongType, key + u'.' + it.key(), QStringLiteral("must be a string, not %1").arg(describe(it.value())));
            if (it.value().toString().trimmed().isEmpty())
                return fail(Error::InvalidValue, key + u'.' + it.key(), QStringLiteral("must not be empty"));
            map.insert(it.key(), it.value().toString().trimmed());
        }
    } else if (!v.isUndefined()) {
        return fail(Error::WrongType, key, QStringLiteral("must be a string or an object of strings by language, not %1").arg(describe(v)));
    } else if (!action->isWellKnown()) {
        return fail(Error::MissingKey, key, QStringLiteral("missing required key (a custom action '%1' needs a title)").arg(action->id()));
    }
    action->setTitles(map);
    return true;
}

bool BrokerProfileValidator::actions(const QJsonObject &root)
{
    const QString key = QStringLiteral("actions");
    const QJsonValue v = root.value(key);
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(Error::WrongType, key, QStringLiteral("must be an array, not %1").arg(describe(v)));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,63}$"));
    static const QStringList knownKeys = {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("title"),
                                          QStringLiteral("icon"), QStringLiteral("requiresAccount")};
    QHash<QString, qsizetype> seen;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = key + u'[' + QString::number(i) + QStringLiteral("].");
        if (!array.at(i).isObject())
            return fail(Error::WrongType, path.chopped(1), QStringLiteral("must be an object, not %1").arg(describe(array.at(i))));
        const QJsonObject object = array.at(i).toObject();
        warnUnknownKeys(object, knownKeys, path);

        InAppAction action;
        QString id;
        if (!requiredString(object, QStringLiteral("id"), &id, path))
            return false;
        if (!idPattern.match(id).hasMatch()) {
            return fail(Error::InvalidValue, path + QStringLiteral("id"),
                        QStringLiteral("'%1' must start with a letter and hold only letters, digits, '_', '.' or '-'").arg(id));
        }
        if (seen.contains(id)) {
            return fail(Error::InvalidValue, path + QStringLiteral("id"),
                        QStringLiteral("duplicate action id '%1' (first at actions[%2])").arg(id).arg(seen.value(id)));
        }
        seen.insert(id, i);
        action.setId(id);

        QUrl actionUrl;
        if (!url(object, QStringLiteral("url"), Required | Relative | BrokerOrigin, &actionUrl, path))
            return false;
        action.setUrl(actionUrl);

        if (!titles(object, path, &action))
            return false;

        if (object.contains(QLatin1String("icon"))) {
            QString icon;
            if (!requiredString(object, QStringLiteral("icon"), &icon, path))
                return false;
            action.setIcon(icon);
        }
        if (object.contains(QLatin1String("requiresAccount"))) {
            const QJsonValue r = object.value(QLatin1String("requiresAccount"));
            if (!r.isBool())
                return fail(Error::WrongType, path + QStringLiteral("requiresAccount"), QStringLiteral("must be a boolean, not %1").arg(describe(r)));
            action.setRequiresAccount(r.toBool());
            if (!r.toBool() && action.requiresAccount()) {
                return fail(Error::InvalidValue, path + QStringLiteral("requiresAccount"),
                            QStringLiteral("'%1' always requires an account").arg(id));
            }
        }
        p->actions.append(action);
    }
    return true;
}

bool BrokerProfileValidator::caCertificates(const QJsonObject &root)
{
    const QString key = QStringLiteral("caCertificatesFile");
    if (!originList(root, QStringLiteral("caCertificatesOrigins"), &p->caCertificatesOrigins))
        return false;
    if (!root.contains(key)) {
        if (!p->caCertificatesOrigins.isEmpty())
            return fail(Error::InvalidValue, QStringLiteral("caCertificatesOrigins"), QStringLiteral("needs caCertificatesFile"));
        return true;
    }
    QString file;
    if (!requiredString(root, key, &file))
        return false;
    const QDir folder(baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory);
    const QString path = QDir::cleanPath(folder.absoluteFilePath(file));
    // A relative path stays in the profile's folder; a file elsewhere is named by an absolute path.
    if (QDir::isRelativePath(file) && !path.startsWith(QDir::cleanPath(folder.absolutePath()) + u'/'))
        return fail(Error::InvalidValue, key, QStringLiteral("'%1' leaves the profile's folder; write an absolute path for a file elsewhere").arg(file));
    QByteArray pem;
    QString why;
    if (!readRegularFile(path, MaxCaFileSize, &pem, &why))
        return fail(Error::FileError, key, QStringLiteral("'%1': %2").arg(QDir::toNativeSeparators(path), why));
    p->caCertificatesFile = path;
    p->caCertificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (p->caCertificates.isEmpty())
        return fail(Error::FileError, key, QStringLiteral("'%1' holds no PEM certificate").arg(p->caCertificatesFile));
    return true;
}

} // namespace InAppKit
