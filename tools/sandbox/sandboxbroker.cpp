// SPDX-License-Identifier: MIT
// The sandbox broker: its public API, its start, and the handling of each request it receives.
#include "sandboxbroker_p.h"

#include "sandboxbrokenrules.h"
#include "sandboxhelpers.h"
#include "sandboxpages.h"
#include "sandboxroutes.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

namespace InAppKit::Sandbox {

SandboxBrokerPrivate::SandboxBrokerPrivate(SandboxBroker *broker)
    : q(broker)
    , state(broker)
{
}

void SandboxBrokerPrivate::handle(const HttpRequest &request, const HttpResponder &responder)
{
    const QString path = request.path();
    ++total;
    ++counters[path];
    cookies.insert(path, request.header("cookie"));
    Q_EMIT q->requestReceived(QString::fromLatin1(request.method), path);
    // Only the path is logged: the query carries tokens.
    qCDebug(lcSandbox).noquote() << request.method << path;

    const QString faultPath = faults.contains(path) ? path : QString();
    const SandboxBroker::Fault fault = faults.value(faultPath, SandboxBroker::Fault::None);
    if (fault != SandboxBroker::Fault::None && faultsLeft.contains(faultPath) && --faultsLeft[faultPath] <= 0) {
        faults.remove(faultPath);
        faultsLeft.remove(faultPath);
    }
    switch (fault) {
    case SandboxBroker::Fault::ServerError: {
        HttpResponse r;
        r.status = 500;
        r.body = SandboxPages(request.query().queryItemValue(QStringLiteral("lang")), QString())
                     .errorPage(SandboxPages(QString(), QString()).text("serverError"));
        responder.respond(r);
        return;
    }
    case SandboxBroker::Fault::DropConnection:
        responder.drop();
        return;
    case SandboxBroker::Fault::Slow:
        ++delayedAnswers;
        QTimer::singleShot(faultDelayMs, q, [this, request, responder] {
            --delayedAnswers;
            responder.respond(answer(request));
        });
        return;
    case SandboxBroker::Fault::MalformedAnswer:
        responder.respond(HttpResponse::json(200, R"({"userId":[],"token":7,"accounts":"none","rules":{"ribbons":"x"}})"));
        return;
    case SandboxBroker::Fault::None:
        break;
    }
    responder.respond(answer(request));
}

HttpResponse SandboxBrokerPrivate::answer(const HttpRequest &request)
{
    return BrokenRules::served(state, SandboxRoutes::answer(state, BrokenRules::read(state, request)));
}

SandboxBroker::SandboxBroker(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxBrokerPrivate>(this))
{
}

SandboxBroker::~SandboxBroker() = default;

bool SandboxBroker::start(quint16 port, Certificate certificate, QString *errorString)
{
    QString leaf;
    switch (certificate) {
    case Certificate::Trusted: leaf = QStringLiteral("sandbox-server"); break;
    case Certificate::Untrusted: leaf = QStringLiteral("untrusted-server"); break;
    case Certificate::WrongHost: leaf = QStringLiteral("sandbox-wronghost"); break;
    case Certificate::Expired: leaf = QStringLiteral("sandbox-expired"); break;
    case Certificate::WeakKey: leaf = QStringLiteral("sandbox-weakkey"); break;
    case Certificate::Sha1: leaf = QStringLiteral("sandbox-sha1"); break;
    case Certificate::NoSubjectAltName: leaf = QStringLiteral("sandbox-nosan"); break;
    case Certificate::ClientPurpose: leaf = QStringLiteral("sandbox-clientpurpose"); break;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromData(resource(leaf + QStringLiteral(".pem"))));
    const QByteArray key = resource(leaf + QStringLiteral(".key"));
    tls.setPrivateKey(QSslKey(key, key.contains("BEGIN RSA") || QSslKey(key, QSsl::Ec).isNull() ? QSsl::Rsa : QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    d->server = std::make_unique<SandboxHttpServer>(tls);
    d->server->setHandler([this](const HttpRequest &request, const HttpResponder &responder) { d->handle(request, responder); });
    if (!d->server->listen(QHostAddress::LocalHost, port, errorString)) {
        d->server.reset();
        return false;
    }
    if (!d->thirdParties) {
        // The other companies always present the sandbox CA's certificate, whatever the broker's.
        QSslConfiguration trusted = tls;
        trusted.setLocalCertificateChain(QSslCertificate::fromData(resource(QStringLiteral("sandbox-server.pem"))));
        trusted.setPrivateKey(QSslKey(resource(QStringLiteral("sandbox-server.key")), QSsl::Ec));
        d->thirdParties = std::make_unique<SandboxThirdParties>();
        if (!d->thirdParties->start(trusted, errorString)) {
            d->thirdParties.reset();
            d->server.reset();
            return false;
        }
    }
    qCInfo(lcSandbox).noquote() << "sandbox broker listening on" << baseUrl().toString();
    return true;
}

void SandboxBroker::stop()
{
    d->server.reset();
}

SandboxThirdParties *SandboxBroker::thirdParties() const
{
    return d->thirdParties.get();
}

bool SandboxBroker::isRunning() const
{
    return d->server != nullptr;
}

quint16 SandboxBroker::port() const
{
    return d->server ? d->server->port() : 0;
}

void SandboxBroker::setHostName(const QString &name)
{
    d->hostName = name;
}

QUrl SandboxBroker::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(d->hostName);
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

QByteArray SandboxBroker::profileJson(const QString &caFile) const
{
    const QString base = baseUrl().toString();
    QJsonArray actions;
    for (const auto &[id, titleKey] : inAppScreens()) {
        QJsonObject action{{QStringLiteral("id"), id}, {QStringLiteral("url"), QString(QStringLiteral("/inapp/") + id)}};
        if (id == QLatin1String("academy")) {
            action.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), SandboxPages(QStringLiteral("en"), {}).text(titleKey)},
                                                               {QStringLiteral("de"), SandboxPages(QStringLiteral("de"), {}).text(titleKey)}});
            action.insert(QStringLiteral("icon"), QStringLiteral("academy"));
        }
        if (screenNeedsAccount(id))
            action.insert(QStringLiteral("requiresAccount"), true);
        actions.append(action);
    }
    QJsonObject profile{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("brokerName"), QStringLiteral("Sandbox Markets")},
        {QStringLiteral("clientAreaUrl"), base},
        {QStringLiteral("loginUrl"), QString(base + QStringLiteral("auth/login"))},
        {QStringLiteral("successUrl"), QString(base + QStringLiteral("callback/success"))},
        {QStringLiteral("sessionServiceUrl"), QString(base + QStringLiteral("session/"))},
        {QStringLiteral("loginQuery"), QJsonObject{{QStringLiteral("client_id"), ClientId}}},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("pageLoadTimeoutMs"), 20000},
    };
    if (!caFile.isEmpty()) {
        profile.insert(QStringLiteral("caCertificatesFile"), caFile);
        // The sandbox CA signs the third parties' certificates too; real ones are publicly trusted.
        if (d->thirdParties) {
            QJsonArray origins;
            for (const QUrl &url : {d->thirdParties->paymentProviderUrl(), d->thirdParties->threeDSecureUrl(), d->thirdParties->vendorUrl()})
                origins.append(originOf(url));
            profile.insert(QStringLiteral("caCertificatesOrigins"), origins);
        }
    }
    return QJsonDocument(profile).toJson();
}

bool SandboxBroker::writeProfile(const QString &profileFile, QString *errorString) const
{
    const QFileInfo info(profileFile);
    auto write = [errorString](const QString &path, const QByteArray &data) {
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit())
            return true;
        if (errorString)
            *errorString = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    };
    const QString caFile = info.absoluteDir().filePath(QStringLiteral("sandbox-ca.pem"));
    return write(caFile, caCertificatePem()) && write(info.absoluteFilePath(), profileJson(QStringLiteral("sandbox-ca.pem")));
}

QByteArray SandboxBroker::caCertificatePem()
{
    return resource(QStringLiteral("sandbox-ca.pem"));
}

QByteArray SandboxBroker::untrustedCaCertificatePem()
{
    return resource(QStringLiteral("untrusted-ca.pem"));
}

} // namespace InAppKit::Sandbox
