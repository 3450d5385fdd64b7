// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CONFORMANCE_CONFORMANCERUNNER_H
#define INAPPKIT_CONFORMANCE_CONFORMANCERUNNER_H

#include "conformanceplan.h"
#include "conformancereport.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace InAppKit {
class BrokerWebProfile;
class ClientAreaView;
} // namespace InAppKit

namespace InAppKit::Conformance {

/**
 * Runs the conformance checks of a plan, one after the other, on the kit itself: the screens open
 * in a ClientAreaView on a BrokerWebProfile, the one-time tokens are the ones the kit captures, the
 * CRM is called over the network. A tool, not a library: it waits in nested event loops.
 *
 * The one-minute wait of the expiry check (6.1.7) overlaps the others: its token is taken first
 * and redeemed last, so a run takes little more than its longest part.
 */
class ConformanceRunner : public QObject
{
    Q_OBJECT
public:
    ConformanceRunner(const ConformancePlan &plan, const QString &outputFolder, QObject *parent = nullptr);
    ~ConformanceRunner() override;

    /// Runs only the checks whose id starts with one of @p prefixes ("api.", "design.lang"…).
    void setOnly(const QStringList &prefixes);
    /// Windows are not shown (under Xvfb or offscreen); screenshots are still taken.
    void setHeadless(bool headless);
    /// For the tool's own tests: certificates that count as the system's (a sandbox's CA).
    void setSystemTrustForTests(const QList<QSslCertificate> &certificates);
    /// For tests: how the runner waits for what is left of a one-time token's minute (real time by
    /// default), for example by moving a sandbox's clock.
    void setWaitForTests(std::function<void(int ms)> wait);
    /// How long a one-time token is kept before the expiry check redeems it: 61 s, a second past
    /// the specification's minute.
    static constexpr int ExpiryWaitMs = 61000;

    ConformanceReport run();

Q_SIGNALS:
    /// A line for the person watching: which check runs, its verdict, how long the expiry wait
    /// has left.
    void progress(const QString &line);

private:
    // The kit's answer to an authenticating proxy (ProxyAuthenticator), for the calls of @p network.
    static void answerProxies(QNetworkAccessManager *network);
    struct HttpAnswer {
        int status = 0;
        QJsonObject json;
        QString networkError; ///< empty when an HTTP answer came
        QString describe() const;
        /// The answer's `userId`, a number or a string, as text; empty when it has none.
        QString userId() const;
        /// What the answer says of `userId`: "userId 10345533", "userId null", "no userId".
        QString describeUserId() const;
    };

    /// @p text as a JavaScript string literal.
    static QString jsString(const QString &text);
    bool wanted(const QString &id) const;
    /// Tells the person watching that @p id runs now (with what is left of the expiry wait).
    void announce(const QString &id);
    void record(CheckResult result);
    /// Whether @p url is a page of the broker: on its client area's or login screen's origin, or
    /// one the profile lists as the broker's, and https (http only where the profile's own
    /// client area is http, on loopback).
    bool isBrokerPage(const QUrl &url) const;
    void wait(int ms);
    bool waitFor(const std::function<bool()> &done, int timeoutMs);

    HttpAnswer crmPost(const QString &path, const QJsonObject &body, const QUrlQuery &query = {}, bool overHttp = false,
                       bool systemTrustOnly = false);
    /// A screen as the desktop application opens one, in a fresh private web session; a page's
    /// alert() is silenced there (the design checks report it).
    std::unique_ptr<ClientAreaView> newScreen();
    /// Saves what @p view shows as @p name in the report's folder; returns @p name.
    QString screenshot(QWidget *view, const QString &name);
    /// Logs @p user in through the broker's login screen, as a person does, in a fresh web session;
    /// the one-time token the kit captured, or empty with @p why.
    QString loginOneTimeToken(const TestUser &user, bool keepMeLoggedIn, QString *why, const QString &screenshotName = QString());

    /// The first test user's id as the CRM knows it (a login, then 4.1 and 4.2), cached; empty with @p why.
    QString crmUserId(QString *why);
    /// A one-time token for an InApp screen of @p userId (4.4).
    QString crmInAppToken(const QString &userId);

    void apiChecks();
    /// 6.1.7: logs in for the token whose minute the expiry check waits out, then lets the other
    /// checks run; finishExpiry() waits for what is left and redeems it.
    void startExpiry(const QString &crmApiToken);
    void finishExpiry();
    void designChecks();
    void functionalChecks();

    ConformancePlan m_plan;
    QString m_output;
    QStringList m_only;
    bool m_headless = false;
    std::function<void(int ms)> m_waitForTests;
    QElapsedTimer m_runClock;
    CheckResult m_expiry;           ///< the expiry check, until its wait is over
    QString m_expiryToken;          ///< its one-time token, unspent
    QString m_expiryCrmApiToken;
    QElapsedTimer m_expiryClock;    ///< since the token was captured
    QList<QSslCertificate> m_testTrust;
    ConformanceReport m_report;
    QNetworkAccessManager m_network;
    std::unique_ptr<BrokerWebProfile> m_webProfile;
    QString m_crmApiToken;
    QString m_crmUserId;
};

} // namespace InAppKit::Conformance

#endif
