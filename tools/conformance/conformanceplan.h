// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CONFORMANCE_CONFORMANCEPLAN_H
#define INAPPKIT_CONFORMANCE_CONFORMANCEPLAN_H

#include <InAppKit/BrokerProfile>
#include <InAppKit/BrokerProfileError>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace InAppKit::Conformance {

/// A test user of the broker's UAT: the checks log in and sign up as them.
struct TestUser {
    QString email;
    QString password;
    QString account; ///< a trading account of the user, for the deposit and withdrawal screens (optional)
};

/**
 * What a broker writes to run the conformance checks against its UAT (a JSON file):
 *
 *     { "profile": "broker.json",
 *       "users": [{"email": "...", "password": "...", "account": "8003098"}, …],
 *       "loginScript": "login.js",
 *       "crm": {"baseUrl": "https://crm.uat.example/", "password": "…", "httpUrl": "http://crm.uat.example/"},
 *       "languages": ["de", "es"],
 *       "screenScripts": {"withdraw": "withdraw.js"},
 *       "screenLoadRuns": 3 }
 *
 * Paths are relative to the plan's folder. Only "profile" and "users" are required; without "crm"
 * the API checks are skipped; without "loginScript" the login form is filled by its first e-mail
 * (or text) and password fields.
 */
class ConformancePlan
{
public:
    /// Reads @p path; an unusable plan leaves the plan invalid and @p error naming the key.
    static ConformancePlan fromFile(const QString &path, BrokerProfileError *error);

    bool isValid() const { return m_valid; }
    QString path() const { return m_path; }
    BrokerProfile profile() const { return m_profile; }
    QList<TestUser> users() const { return m_users; }
    /// The script that fills the broker's login form; `%EMAIL%`, `%PASSWORD%` and `%KMLI%` (true or
    /// false) are replaced by JSON strings and a boolean.
    QString loginScript() const { return m_loginScript; }
    QUrl crmBaseUrl() const { return m_crmBaseUrl; }
    QString crmPassword() const { return m_crmPassword; }
    /// Where the CRM's API is asked over http (6.1.8): "crm.httpUrl", or the base URL with http.
    QUrl crmHttpUrl() const { return m_crmHttpUrl; }
    bool hasCrm() const { return m_crmBaseUrl.isValid(); }
    QStringList languages() const { return m_languages; }
    int screenLoadRuns() const { return m_screenLoadRuns; }
    /// Scripts that complete an InApp screen (fill the amount, submit…), by action id: each page of
    /// the screen runs it until the screen reaches the success URL.
    QHash<QString, QString> screenScripts() const { return m_screenScripts; }

    /// The login script used when the plan names none: the first e-mail/text and password fields
    /// are filled, a 'keep me logged in' checkbox set as asked, and the form submitted.
    static QString defaultLoginScript();

private:
    bool m_valid = false;
    QString m_path;
    BrokerProfile m_profile;
    QList<TestUser> m_users;
    QString m_loginScript;
    QUrl m_crmBaseUrl;
    QString m_crmPassword;
    QUrl m_crmHttpUrl;
    QStringList m_languages;
    int m_screenLoadRuns = 3;
    QHash<QString, QString> m_screenScripts;
};

} // namespace InAppKit::Conformance

#endif
