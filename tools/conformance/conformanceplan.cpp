// SPDX-License-Identifier: MIT
#include "conformanceplan.h"

#include "regularfile_p.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace InAppKit::Conformance {

namespace {
constexpr qint64 MaxPlanSize = 1024 * 1024; // the plan and each script it names
} // namespace

QString ConformancePlan::defaultLoginScript()
{
    return QStringLiteral(
        "(function(email, password, kmli) {"
        "  var user = document.querySelector('input[type=email], input[name*=mail i], input[type=text]');"
        "  var pass = document.querySelector('input[type=password]');"
        "  if (!user || !pass) return 'no e-mail and password fields on the login screen';"
        "  user.value = email; pass.value = password;"
        "  var keep = document.querySelector('input[type=checkbox][name*=kmli i], input[type=checkbox][name*=keep i], input[type=checkbox][name*=remember i]');"
        "  if (keep) keep.checked = kmli;"
        "  var form = pass.form;"
        "  if (form && form.requestSubmit) form.requestSubmit(); else if (form) form.submit();"
        "  return form ? 'submitted' : 'no form around the password field';"
        "})(%EMAIL%, %PASSWORD%, %KMLI%)");
}

ConformancePlan ConformancePlan::fromFile(const QString &path, BrokerProfileError *error)
{
    ConformancePlan plan;
    using Error = BrokerProfileError::Error;
    auto refuse = [&](Error kind, const QString &key, const QString &reason) {
        if (error) {
            *error = BrokerProfileError(kind, key, reason);
            error->setSource(QDir::toNativeSeparators(path));
        }
        return ConformancePlan();
    };
    QByteArray bytes;
    QString why;
    if (!readRegularFile(path, MaxPlanSize, &bytes, &why))
        return refuse(Error::FileError, QString(), QStringLiteral("cannot read the plan: %1").arg(why));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(Error::SyntaxError, QString(), QStringLiteral("not valid JSON: %1 (at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return refuse(Error::WrongType, QString(), QStringLiteral("the plan must be a JSON object"));
    const QJsonObject root = document.object();
    const QDir folder = QFileInfo(path).absoluteDir();
    plan.m_path = QFileInfo(path).absoluteFilePath();

    static const QStringList known = {QStringLiteral("profile"), QStringLiteral("users"), QStringLiteral("loginScript"),
                                      QStringLiteral("crm"), QStringLiteral("languages"), QStringLiteral("screenLoadRuns"),
                                      QStringLiteral("screenScripts")};
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            return refuse(Error::InvalidValue, it.key(), QStringLiteral("unknown key (known: %1)").arg(known.join(QStringLiteral(", "))));
    }

    const QJsonValue profile = root.value(QLatin1String("profile"));
    if (!profile.isString() || profile.toString().isEmpty())
        return refuse(profile.isUndefined() ? Error::MissingKey : Error::InvalidValue, QStringLiteral("profile"), QStringLiteral("required: the path of the broker profile"));
    BrokerProfileError profileError;
    plan.m_profile = BrokerProfile::fromFile(folder.absoluteFilePath(profile.toString()), &profileError);
    if (!plan.m_profile.isValid())
        return refuse(profileError.error(), QStringLiteral("profile"), QStringLiteral("the broker profile is refused: %1").arg(profileError.errorString()));

    const QJsonValue users = root.value(QLatin1String("users"));
    if (!users.isArray() || users.toArray().isEmpty())
        return refuse(users.isUndefined() ? Error::MissingKey : Error::InvalidValue, QStringLiteral("users"), QStringLiteral("required: at least one test user {\"email\", \"password\"}"));
    const QJsonArray list = users.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject user = list.at(i).toObject();
        const QString key = QStringLiteral("users[%1]").arg(i);
        if (!list.at(i).isObject())
            return refuse(Error::WrongType, key, QStringLiteral("must be an object {\"email\", \"password\"}"));
        const QString email = user.value(QLatin1String("email")).toString();
        const QString password = user.value(QLatin1String("password")).toString();
        if (email.isEmpty() || !email.contains(u'@'))
            return refuse(Error::MissingKey, key + QStringLiteral(".email"), QStringLiteral("required: the test user's e-mail address"));
        if (password.isEmpty())
            return refuse(Error::MissingKey, key + QStringLiteral(".password"), QStringLiteral("required: the test user's password"));
        const QJsonValue account = user.value(QLatin1String("account"));
        if (!account.isUndefined() && !account.isString() && !account.isDouble())
            return refuse(Error::WrongType, key + QStringLiteral(".account"), QStringLiteral("the account number, as a string"));
        plan.m_users.append({email, password, account.isDouble() ? QString::number(account.toInteger()) : account.toString()});
    }

    const QJsonValue script = root.value(QLatin1String("loginScript"));
    if (script.isUndefined()) {
        plan.m_loginScript = defaultLoginScript();
    } else {
        QByteArray text;
        if (!script.isString() || !readRegularFile(folder.absoluteFilePath(script.toString()), MaxPlanSize, &text, &why))
            return refuse(script.isString() ? Error::FileError : Error::WrongType, QStringLiteral("loginScript"), script.isString() ? why : QStringLiteral("must be the path of a JavaScript file"));
        plan.m_loginScript = QString::fromUtf8(text);
        if (!plan.m_loginScript.contains(QLatin1String("%EMAIL%")) || !plan.m_loginScript.contains(QLatin1String("%PASSWORD%")))
            return refuse(Error::InvalidValue, QStringLiteral("loginScript"), QStringLiteral("must use %EMAIL% and %PASSWORD% (and may use %KMLI%)"));
    }

    const QJsonValue crm = root.value(QLatin1String("crm"));
    if (!crm.isUndefined()) {
        const QJsonObject o = crm.toObject();
        const QUrl base(o.value(QLatin1String("baseUrl")).toString(), QUrl::StrictMode);
        if (!crm.isObject() || !base.isValid() || base.scheme() != QLatin1String("https") || base.host().isEmpty())
            return refuse(Error::InvalidValue, QStringLiteral("crm.baseUrl"), QStringLiteral("required with \"crm\": the CRM's https base URL"));
        if (o.value(QLatin1String("password")).toString().isEmpty())
            return refuse(Error::MissingKey, QStringLiteral("crm.password"), QStringLiteral("required with \"crm\": the password of POST /oauth2/crmApiToken"));
        plan.m_crmBaseUrl = base.path().endsWith(u'/') ? base : QUrl(base.toString() + u'/');
        plan.m_crmPassword = o.value(QLatin1String("password")).toString();
        // Where the API would answer in clear: by default the base URL with http, on http's own
        // port when the base uses https's (a CRM behind 443 usually has a listener on 80).
        const QJsonValue http = o.value(QLatin1String("httpUrl"));
        if (http.isUndefined()) {
            plan.m_crmHttpUrl = plan.m_crmBaseUrl;
            plan.m_crmHttpUrl.setScheme(QStringLiteral("http"));
            if (plan.m_crmBaseUrl.port(443) == 443)
                plan.m_crmHttpUrl.setPort(-1);
        } else {
            const QUrl url(http.toString(), QUrl::StrictMode);
            if (!http.isString() || !url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
                return refuse(Error::InvalidValue, QStringLiteral("crm.httpUrl"), QStringLiteral("the http URL where the CRM's API would answer in clear"));
            plan.m_crmHttpUrl = url.path().endsWith(u'/') ? url : QUrl(url.toString() + u'/');
        }
    }

    const QJsonValue languages = root.value(QLatin1String("languages"));
    static const QRegularExpression code(QStringLiteral("^[a-z]{2}$"));
    for (const QJsonValue &language : languages.toArray()) {
        if (!language.isString() || !code.match(language.toString()).hasMatch())
            return refuse(Error::InvalidValue, QStringLiteral("languages"), QStringLiteral("ISO 639-1 codes such as \"de\""));
        plan.m_languages.append(language.toString());
    }
    if (!languages.isUndefined() && !languages.isArray())
        return refuse(Error::WrongType, QStringLiteral("languages"), QStringLiteral("must be an array of ISO 639-1 codes"));

    const QJsonValue runs = root.value(QLatin1String("screenLoadRuns"));
    if (!runs.isUndefined()) {
        if (!runs.isDouble() || runs.toInt() < 1 || runs.toInt() > 20 || runs.toDouble() != runs.toInt())
            return refuse(Error::InvalidValue, QStringLiteral("screenLoadRuns"), QStringLiteral("a whole number from 1 to 20"));
        plan.m_screenLoadRuns = runs.toInt();
    }
    const QJsonValue scripts = root.value(QLatin1String("screenScripts"));
    if (!scripts.isUndefined() && !scripts.isObject())
        return refuse(Error::WrongType, QStringLiteral("screenScripts"), QStringLiteral("an object: action id → script file"));
    const QJsonObject screenScripts = scripts.toObject();
    for (auto it = screenScripts.begin(); it != screenScripts.end(); ++it) {
        const QString key = QStringLiteral("screenScripts.") + it.key();
        QByteArray text;
        if (!plan.m_profile.action(it.key()).isValid())
            return refuse(Error::InvalidValue, key, QStringLiteral("the profile has no action '%1'").arg(it.key()));
        if (!it.value().isString() || !readRegularFile(folder.absoluteFilePath(it.value().toString()), MaxPlanSize, &text, &why))
            return refuse(it.value().isString() ? Error::FileError : Error::WrongType, key, it.value().isString() ? why : QStringLiteral("must be the path of a JavaScript file"));
        plan.m_screenScripts.insert(it.key(), QString::fromUtf8(text));
    }
    plan.m_valid = true;
    if (error)
        *error = BrokerProfileError();
    return plan;
}

} // namespace InAppKit::Conformance
