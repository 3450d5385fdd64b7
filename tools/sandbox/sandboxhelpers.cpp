// SPDX-License-Identifier: MIT
#include "sandboxhelpers.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSandbox, "inappkit.sandbox", QtInfoMsg)

namespace InAppKit::Sandbox {

const QList<QPair<QString, const char *>> &inAppScreens()
{
    static const QList<QPair<QString, const char *>> screens = {
        {QStringLiteral("deposit"), "deposit.title"},
        {QStringLiteral("withdraw"), "withdraw.title"},
        {QStringLiteral("kyc"), "kyc.title"},
        {QStringLiteral("support"), "support.title"},
        {QStringLiteral("newAccount"), "newAccount.title"},
        {QStringLiteral("changePassword"), "changePassword.title"},
        {QStringLiteral("changeEmail"), "changeEmail.title"},
        {QStringLiteral("academy"), "academy.title"},
    };
    return screens;
}

bool screenNeedsAccount(const QString &screen)
{
    return screen == QLatin1String("deposit") || screen == QLatin1String("withdraw");
}

QByteArray resource(const QString &name)
{
    QFile f(QStringLiteral(":/inappkit-sandbox/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sandbox resource %s is missing", qPrintable(name));
    return f.readAll();
}

QString randomSecret()
{
    // 256 bits from the system's CSPRNG, base64url: far beyond the specification's 128.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool validEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 254 && re.match(email).hasMatch();
}

qint64 parseAmount(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})(?:[.,](\\d{1,2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 cents = m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toLongLong();
    return cents > 0 ? cents : -1;
}

QString formatCents(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString jsString(const QString &s)
{
    QString quoted = QString::fromUtf8(QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact));
    return quoted.mid(1, quoted.size() - 2).replace(QLatin1String("</"), QLatin1String("<\\/"));
}

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

HttpResponse jsonError(const JsonError &e)
{
    static const QHash<int, QString> names = {{400, QStringLiteral("Bad Request")}, {401, QStringLiteral("Unauthorized")}, {403, QStringLiteral("Forbidden")},
                                              {404, QStringLiteral("Not Found")}, {405, QStringLiteral("Method Not Allowed")},
                                              {410, QStringLiteral("Gone")}};
    return HttpResponse::json(e.status, QJsonDocument(QJsonObject{{QStringLiteral("error"), names.value(e.status)},
                                                                  {QStringLiteral("code"), QString::fromLatin1(e.code)},
                                                                  {QStringLiteral("message"), e.message}})
                                            .toJson(QJsonDocument::Compact));
}

HttpResponse jsonOk(const QJsonObject &o)
{
    return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace InAppKit::Sandbox
