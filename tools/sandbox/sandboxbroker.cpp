// SPDX-License-Identifier: MIT
// The sandbox broker: its helpers, the dispatch of requests, and its public API.
#include "sandboxbroker_p.h"

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
            responder.respond(servedAsBroken(route(readAsBroken(request))));
        });
        return;
    case SandboxBroker::Fault::MalformedAnswer:
        responder.respond(HttpResponse::json(200, R"({"userId":[],"token":7,"accounts":"none","rules":{"ribbons":"x"}})"));
        return;
    case SandboxBroker::Fault::None:
        break;
    }
    responder.respond(servedAsBroken(route(readAsBroken(request))));
}

HttpResponse SandboxBrokerPrivate::route(const HttpRequest &request)
{
    const QString path = request.path();
    const QByteArray method = request.method;
    auto methods = [&](std::initializer_list<QByteArray> allowed) {
        for (const QByteArray &m : allowed) {
            if (m == method)
                return true;
        }
        return false;
    };
    auto notAllowed = [](const QByteArray &allow) {
        HttpResponse r = HttpResponse::json(405, R"({"error":"Method Not Allowed","code":"INVALID_REQUEST"})");
        r.headers.append({"Allow", allow});
        return r;
    };

    if (path == LoginPath) {
        if (method == "GET")
            return loginPage(request, QString());
        if (method == "POST")
            return submitLogin(request);
        return notAllowed("GET, POST");
    }
    if (path == QLatin1String("/auth/signup")) {
        if (method == "POST")
            return submitSignUp(request);
        return notAllowed("POST");
    }
    if (path == QLatin1String("/auth/reset")) {
        if (!methods({"GET", "POST"}))
            return notAllowed("GET, POST");
        return resetPage(request);
    }
    if (path == QLatin1String("/account/create")) {
        if (!methods({"GET", "POST"}))
            return notAllowed("GET, POST");
        return accountCreation(request);
    }
    if (path == SuccessPath) {
        // Reached only if a client let the success navigation through: the tests count this.
        const SandboxPages pages(request.query().queryItemValue(QStringLiteral("lang")), QString());
        HttpResponse r;
        r.body = pages.page(pages.text("success.title"), pages.notice(pages.text("success.body")));
        return r;
    }
    if (path == QLatin1String("/auth/login-spa")) {
        if (method == "GET")
            return spaLoginPage(request);
        return notAllowed("GET");
    }
    if (path == QLatin1String("/auth/api/login")) {
        if (method == "POST")
            return spaLogin(request);
        return notAllowed("POST");
    }
    if (path == QLatin1String("/inapp/deposit/3ds")) {
        if (method == "POST")
            return depositReturn(request);
        return notAllowed("POST");
    }
    if (path.startsWith(QLatin1String("/inapp/"))) {
        const QString screen = path.mid(7);
        for (const auto &s : inAppScreens()) {
            if (s.first == screen) {
                if (method == "GET")
                    return openInAppScreen(request, screen);
                if (method == "POST")
                    return submitInAppScreen(request, screen);
                return notAllowed("GET, POST");
            }
        }
    }
    if (path.startsWith(QLatin1String("/session/")))
        return sessionService(request, path.mid(9));
    if (path.startsWith(QLatin1String("/oauth2/")))
        return crmApi(request, path.mid(8));
    // Hostile and odd pages for the tests only: the demo's broker never serves them.
    if (forTests && path.startsWith(QLatin1String("/test/")))
        return testPage(path.mid(6));

    const SandboxPages pages(request.query().queryItemValue(QStringLiteral("lang")), QString());
    HttpResponse r;
    r.status = 404;
    r.body = pages.page(pages.text("notFound"), pages.error(pages.text("notFound")));
    return r;
}

SandboxBroker::SandboxBroker(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxBrokerPrivate>())
{
    d->q = this;
    d->clock.start();
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
                origins.append(SandboxBrokerPrivate::originOf(url));
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
