// SPDX-License-Identifier: MIT
// Shared by the integration and UI suites: a running sandbox broker, its profile, and a
// signed-in session obtained over the session protocol (no UI), so a test can open InApp screens.
#ifndef INAPPKIT_TESTS_SANDBOXFIXTURE_H
#define INAPPKIT_TESTS_SANDBOXFIXTURE_H

#include <InAppKit/brokerprofile.h>
#include "sandboxbroker.h"
#include "sandboxthirdparties.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace InAppKit::Tests {

class SandboxFixture
{
public:
    std::unique_ptr<Sandbox::SandboxBroker> broker;
    std::unique_ptr<QProcess> process; // or the broker in a process of its own
    QUrl baseUrl;
    QTemporaryDir dir;
    BrokerProfile profile;
    QString userId;
    QString account;
    /// The payment provider, the card issuer and the vendor on sites of their own (*.test names,
    /// which the test maps to loopback for Chromium), as real ones are; set before start().
    bool crossSite = false;

    /// Starts a broker with alice@example.com / password1 and loads its profile, adjusted by @p edit.
    bool start(Sandbox::SandboxBroker::Certificate certificate = Sandbox::SandboxBroker::Certificate::Trusted,
               const std::function<void(QJsonObject &)> &edit = {})
    {
        broker = std::make_unique<Sandbox::SandboxBroker>();
        broker->setForTests(true);
        if (!broker->start(0, certificate))
            return false;
        if (crossSite)
            broker->thirdParties()->useCrossSiteNames();
        baseUrl = broker->baseUrl();
        userId = broker->addUser(QStringLiteral("alice@example.com"), QStringLiteral("password1"));
        account = broker->accountsOf(userId).value(0);
        return loadProfile(edit);
    }

    /// Starts @p program (inappkit-sandbox) with alice, as a real broker is: far from the host,
    /// its work not sharing the host's event loop. broker stays null; userId and account are empty.
    bool startProcess(const QString &program)
    {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString path = dir.filePath(QStringLiteral("broker.json"));
        process->start(program, {QStringLiteral("--write-profile"), path, QStringLiteral("--user"),
                                 QStringLiteral("alice@example.com:password1")});
        // It prints "listening on URL" once the profile is written.
        while (!process->canReadLine()) {
            if (!process->waitForReadyRead(15000))
                return false;
        }
        baseUrl = QUrl(QString::fromUtf8(process->readLine()).section(u' ', 2).trimmed());
        BrokerProfileError error;
        profile = BrokerProfile::fromFile(path, &error);
        return baseUrl.isValid() && profile.isValid();
    }

    ~SandboxFixture()
    {
        if (process) {
            process->terminate();
            process->waitForFinished(5000);
        }
    }

    bool loadProfile(const std::function<void(QJsonObject &)> &edit = {})
    {
        const QString path = dir.filePath(QStringLiteral("broker.json"));
        if (!broker->writeProfile(path))
            return false;
        if (edit) {
            QFile f(path);
            if (!f.open(QIODevice::ReadWrite))
                return false;
            QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            edit(o);
            f.resize(0);
            f.write(QJsonDocument(o).toJson());
        }
        BrokerProfileError error;
        profile = BrokerProfile::fromFile(path, &error);
        if (!profile.isValid())
            qWarning("%s", qPrintable(error.errorString()));
        return profile.isValid();
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest r(baseUrl.resolved(QUrl(path)));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(Sandbox::SandboxBroker::caCertificatePem()));
        r.setSslConfiguration(tls);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return r;
    }

    QJsonObject postJson(const QString &path, const QJsonObject &body, const QString &session = QString())
    {
        QNetworkRequest r = request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!session.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + session.toLatin1());
        QNetworkReply *reply = nam.post(r, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(15000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    /// Exchanges @p oneTimeToken; the answer of the session service.
    QJsonObject exchange(const QString &oneTimeToken)
    {
        return postJson(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), oneTimeToken}});
    }

    /// The one-time token of alice's login on the broker's form, without any UI (the client area
    /// view's part is tested on its own).
    QString loginToken(bool keepMeLoggedIn = false)
    {
        QNetworkRequest r = request(QStringLiteral("/auth/login"));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QByteArray body = "email=alice%40example.com&password=password1&client_id=inappkit-demo";
        if (keepMeLoggedIn)
            body += "&kmli=1";
        QNetworkReply *reply = nam.post(r, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            return QString();
        reply->deleteLater();
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        return QUrlQuery(location).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    }

    /// A session token for alice, signed in through the form without any UI.
    QString signIn()
    {
        return exchange(loginToken()).value(QStringLiteral("sessionToken")).toString();
    }

    QString inAppToken(const QString &session)
    {
        return postJson(QStringLiteral("/session/inapp-token"), {}, session).value(QStringLiteral("token")).toString();
    }

private:
    QNetworkAccessManager nam;
};

} // namespace InAppKit::Tests

#endif
