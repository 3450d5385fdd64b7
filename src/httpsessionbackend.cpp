// SPDX-License-Identifier: MIT
#include "httpsessionbackend.h"

#include "certificatetrust_p.h"
#include "httpsessionanswer_p.h"
#include "loggingcategories_p.h"
#include "proxyauthenticator_p.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>

#include <functional>
#include <optional>

namespace InAppKit {

class HttpSessionBackendPrivate
{
    Q_DECLARE_TR_FUNCTIONS(InAppKit::HttpSessionBackend)
public:
    HttpSessionBackend *q;
    BrokerProfile profile;
    QNetworkAccessManager *nam;
    QString sessionToken;                   // the current session's
    QPointer<SignInJob> latestSignIn;      // the only sign-in whose answer may become current
    QHash<SessionJob *, QString> signInSessions; // each answered sign-in's own session token
    QHash<SessionJob *, QString> reloginTokens;  // the access token each relogin was made with
    int timeoutMs = HttpSessionBackend::DefaultTimeoutMs;
    QSslConfiguration tls;
    bool tlsReady = false;

    // The backend's own TLS settings, not the application's default: whatever a host sets globally
    // (no peer verification, an old protocol, another CA list) does not reach the broker's tokens.
    // The profile's CA is never added to it: a chain to that CA fails Qt's check as "unknown
    // issuer" and is then judged by acceptProfileCa(), as the web view judges it.
    const QSslConfiguration &tlsConfiguration()
    {
        if (!tlsReady) {
            tls = QSslConfiguration();
            tls.setProtocol(QSsl::TlsV1_2OrLater);
            tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
            tlsReady = true;
        }
        return tls;
    }

    // The errors Qt reports for a chain that ends at a CA outside its list, and nothing else: an
    // expired, revoked or mismatched certificate stays refused whatever CA signed it.
    static bool onlyUnknownIssuer(const QList<QSslError> &errors)
    {
        for (const QSslError &error : errors) {
            switch (error.error()) {
            case QSslError::UnableToGetIssuerCertificate:
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::SelfSignedCertificateInChain:
                break;
            default:
                return false;
            }
        }
        return !errors.isEmpty();
    }

    // The same rule as the web view's (BrokerWebProfile): the profile's CA vouches only for the
    // client area's origin and caCertificatesOrigins, and the leaf must pass CertificateTrust (host
    // in subjectAltName only, security level 2, a server certificate within its dates), not Qt's
    // default checks, which fall back to the common name.
    void acceptProfileCa(QNetworkReply *reply, const QList<QSslError> &errors)
    {
        const QUrl url = reply->url();
        const bool trusted = onlyUnknownIssuer(errors) && profile.isCaTrustedOrigin(url)
            && CertificateTrust::verifiesAgainst(reply->sslConfiguration().peerCertificateChain(), profile.caCertificates(), url.host());
        if (trusted) {
            qCDebug(lcInAppKitSession) << "certificate of" << url.host() << "verified against the broker profile's CA";
            reply->ignoreSslErrors(errors);
        } else {
            qCWarning(lcInAppKitSession) << "certificate of" << url.host() << "refused:" << errors.value(0).error();
        }
    }

    // What went wrong on the way through the proxy @p reply used, naming it; empty without a proxy,
    // or when the broker answered.
    QString proxyError(QNetworkReply *reply, SessionJob::Error *error) const
    {
        const QNetworkProxy proxy = ProxyAuthentication::proxyFor(reply->url());
        if (proxy.type() == QNetworkProxy::NoProxy)
            return QString();
        const QString name = ProxyAuthentication::displayName(proxy);
        *error = SessionJob::Error::ProxyAuthenticationRequired;
        switch (reply->error()) {
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::UnknownNetworkError: // how Qt Network ends a tunnel whose credentials were refused
            if (ProxyAuthentication::refused(proxy, nam)) {
                nam->clearAccessCache(); // its own copy of them, which it would send again unasked
                return tr("The proxy %1 did not let the connection through: it may not have accepted the user name and "
                          "password. Try again to enter them, or ask your network administrator.").arg(name);
            }
            if (reply->error() == QNetworkReply::ProxyAuthenticationRequiredError)
                return tr("The proxy %1 wants a user name and password to reach %2, and was given none. Try again to "
                          "enter them, or ask your network administrator.").arg(name, profile.brokerName());
            break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
        case QNetworkReply::SslHandshakeFailedError:
            return QString(); // not the proxy's doing
        default:
            break;
        }
        *error = SessionJob::Error::Unreachable;
        return tr("%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.")
            .arg(profile.brokerName(), name);
    }

    QNetworkRequest request(const QString &operation, const QString &bearer)
    {
        QNetworkRequest r(profile.sessionServiceUrl().resolved(QUrl(operation)));
        r.setSslConfiguration(tlsConfiguration());
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        r.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        if (!bearer.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
        return r;
    }

    // A call whose answer ends @p job: @p kind says how the answer is read (none for a call that
    // returns nothing) and @p deliver ends the job with what was read. @p bearer: the session the
    // call is made in (empty: none); the answer is handled with it, so that a late answer acts on
    // its own session, never on a newer one. Nothing is sent before the job is started.
    template<typename J>
    J *call(const QByteArray &method, const QString &operation, const QJsonObject &body,
            std::optional<HttpSessionAnswer::Kind> kind, std::function<void(J *, const HttpSessionAnswer::Parsed &)> deliver,
            bool needsSession = false, const QString &bearer = QString())
    {
        auto *job = new J(q);
        if (!profile.sessionServiceUrl().isValid()) {
            HttpSessionBackend::finishWithError(job, SessionJob::Error::ServiceError, tr("The broker profile names no session service."));
            return job;
        }
        if (needsSession && bearer.isEmpty()) {
            HttpSessionBackend::finishWithError(job, SessionJob::Error::Rejected, tr("You are not signed in."));
            return job;
        }
        HttpSessionBackend::whenStarted(job, [=] { send(method, operation, body, job, kind, deliver, bearer); });
        return job;
    }

    template<typename J>
    void send(const QByteArray &method, const QString &operation, const QJsonObject &body, J *job,
              std::optional<HttpSessionAnswer::Kind> kind, std::function<void(J *, const HttpSessionAnswer::Parsed &)> deliver,
              const QString &bearer)
    {
        QNetworkRequest r = request(operation, bearer);
        QNetworkReply *reply;
        if (method == "POST") {
            r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            reply = nam->post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
        } else {
            reply = nam->get(r);
        }
        // A job its holder killed is deleted: its request goes with it. The reply is cut off from
        // the job first: aborting it emits finished() at once, while the job is half destroyed.
        QObject::connect(job, &QObject::destroyed, reply, [reply] {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        });
        // The call's time limit, on our own timer rather than Qt's transfer timeout: the person's
        // time in a proxy's question (ProxyAuthenticator) is not the broker's.
        auto *limit = new QTimer(reply);
        limit->setSingleShot(true);
        QObject::connect(limit, &QTimer::timeout, reply, [reply, limit, period = timeoutMs] {
            if (const int more = ProxyAuthentication::extraTimeMs(period))
                limit->start(more);
            else
                reply->abort();
        });
        limit->start(timeoutMs);
        QObject::connect(reply, &QNetworkReply::sslErrors, job, [this, reply](const QList<QSslError> &errors) {
            acceptProfileCa(reply, errors);
        });
        QObject::connect(reply, &QNetworkReply::finished, job, [this, reply, job, kind, deliver, operation, bearer] {
            reply->deleteLater();
            HttpSessionAnswer::Parsed answer;
            if (handle(reply, job, kind, operation, bearer, &answer))
                deliver(job, answer);
        });
    }

    // Ends @p job with the failure @p reply tells of and returns false, or reads the answer into
    // @p answer and returns true.
    bool handle(QNetworkReply *reply, SessionJob *job, std::optional<HttpSessionAnswer::Kind> kind, const QString &operation,
                const QString &bearer, HttpSessionAnswer::Parsed *answer)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        qCDebug(lcInAppKitSession) << operation << "answered" << status << reply->error();
        SessionJob::Error proxyFailure = SessionJob::Error::NoError;
        if (const QString message = status ? QString() : proxyError(reply, &proxyFailure); !message.isEmpty()) {
            HttpSessionBackend::finishWithError(job, proxyFailure, message);
            return false;
        }
        if (status == 0) {
            if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
                HttpSessionBackend::finishWithError(job, SessionJob::Error::Timeout, tr("%1 did not answer in time.").arg(profile.brokerName()));
            } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
                HttpSessionBackend::finishWithError(job, SessionJob::Error::Unreachable,
                                     tr("The connection to %1 is not secure: its certificate was refused.").arg(profile.brokerName()));
            } else {
                HttpSessionBackend::finishWithError(job, SessionJob::Error::Unreachable, tr("%1 cannot be reached.").arg(profile.brokerName()));
            }
            return false;
        }
        switch (status) {
        case 200:
        case 201:
        case 204:
            break;
        case 403:
        case 404:
        case 417:
            if (!bearer.isEmpty() && bearer == sessionToken)
                sessionToken.clear(); // the session ended on the other side
            HttpSessionBackend::finishWithError(job, SessionJob::Error::Rejected, tr("%1 did not accept the sign-in.").arg(profile.brokerName()));
            return false;
        case 410:
            HttpSessionBackend::finishWithError(job, SessionJob::Error::Expired, tr("The sign-in took too long and expired."));
            return false;
        default:
            HttpSessionBackend::finishWithError(job, SessionJob::Error::ServiceError, tr("%1 had a problem (HTTP %2).").arg(profile.brokerName()).arg(status));
            return false;
        }
        if (kind && !HttpSessionAnswer::parse(*kind, bytes, answer)) {
            HttpSessionBackend::finishWithError(job, SessionJob::Error::MalformedAnswer, tr("%1 sent an answer InAppKit does not understand.").arg(profile.brokerName()));
            return false;
        }
        return true;
    }

    SignInJob *signIn(const QString &operation, const QJsonObject &body)
    {
        SignInJob *job = call<SignInJob>("POST", operation, body, HttpSessionAnswer::Kind::SignIn,
                                         [this](SignInJob *j, const HttpSessionAnswer::Parsed &answer) {
                                             signInSessions.insert(j, answer.sessionToken);
                                             if (j == latestSignIn)
                                                 sessionToken = answer.sessionToken;
                                             HttpSessionBackend::finishWithSignIn(j, answer.userId, answer.email, answer.accounts, answer.accessToken);
                                         });
        // The latest sign-in asked for, even before it is started: an older one's answer is not current.
        latestSignIn = job;
        QObject::connect(job, &QObject::destroyed, q, [this, job] {
            signInSessions.remove(job);
            reloginTokens.remove(job);
        });
        return job;
    }

    SessionJob *logoutCall(const QString &accessToken, const QString &session)
    {
        QJsonObject body;
        if (!accessToken.isEmpty())
            body.insert(QStringLiteral("accessToken"), accessToken);
        return call<SessionJob>("POST", QStringLiteral("logout"), body, std::nullopt,
                                [](SessionJob *j, const HttpSessionAnswer::Parsed &) { HttpSessionBackend::finish(j); }, true, session);
    }
};

HttpSessionBackend::HttpSessionBackend(const BrokerProfile &profile, QObject *parent)
    : SessionBackend(parent)
    , d(std::make_unique<HttpSessionBackendPrivate>())
{
    d->q = this;
    d->profile = profile;
    d->nam = new QNetworkAccessManager(this);
    d->nam->setCookieJar(nullptr);
    d->nam->setCache(nullptr);
    // The same answer as the web views': ProxyAuthenticator.
    connect(d->nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
                ProxyAuthentication::answer(proxy, d->nam, authenticator);
            });
}

HttpSessionBackend::~HttpSessionBackend()
{
    d->sessionToken.fill(u'\0');
    for (QString &session : d->signInSessions)
        session.fill(u'\0');
    for (QString &token : d->reloginTokens)
        token.fill(u'\0');
}

void HttpSessionBackend::setTimeoutMs(int ms)
{
    d->timeoutMs = ms;
}

int HttpSessionBackend::timeoutMs() const
{
    return d->timeoutMs;
}

bool HttpSessionBackend::hasSession() const
{
    return !d->sessionToken.isEmpty();
}

SignInJob *HttpSessionBackend::exchangeOneTimeToken(const QString &oneTimeToken)
{
    return d->signIn(QStringLiteral("exchange"), {{QStringLiteral("token"), oneTimeToken}});
}

SignInJob *HttpSessionBackend::relogin(const QString &accessToken)
{
    SignInJob *job = d->signIn(QStringLiteral("relogin"), {{QStringLiteral("accessToken"), accessToken}});
    d->reloginTokens.insert(job, accessToken);
    return job;
}

InAppTokenJob *HttpSessionBackend::issueInAppToken()
{
    return d->call<InAppTokenJob>("POST", QStringLiteral("inapp-token"), {}, HttpSessionAnswer::Kind::OneTimeToken,
                                  [](InAppTokenJob *j, const HttpSessionAnswer::Parsed &answer) { finishWithOneTimeToken(j, answer.oneTimeToken); },
                                  true, d->sessionToken);
}

SessionJob *HttpSessionBackend::logout(const QString &accessToken)
{
    SessionJob *job = d->logoutCall(accessToken, d->sessionToken);
    // Locally the session ends now, whatever the service answers; a sign-in still on its way
    // belongs to the session that ended and must not become current.
    d->sessionToken.clear();
    d->latestSignIn = nullptr;
    return job;
}

SessionJob *HttpSessionBackend::abandonSignIn(SignInJob *signIn)
{
    const QString session = d->signInSessions.take(signIn);
    // An exchange's new access token, or the one a relogin was made with: the user left it.
    const QString accessToken = signIn->accessToken().isEmpty() ? d->reloginTokens.take(signIn) : signIn->accessToken();
    if (d->latestSignIn == signIn)
        d->latestSignIn = nullptr;
    if (session.isEmpty())
        return SessionBackend::abandonSignIn(signIn); // it opened no session
    if (session == d->sessionToken)
        d->sessionToken.clear();
    return d->logoutCall(accessToken, session);
}

RibbonsJob *HttpSessionBackend::fetchRibbons()
{
    return d->call<RibbonsJob>("GET", QStringLiteral("ribbons"), {}, HttpSessionAnswer::Kind::Ribbons,
                               [](RibbonsJob *j, const HttpSessionAnswer::Parsed &answer) { finishWithRibbons(j, answer.ribbons); },
                               true, d->sessionToken);
}

AccountsJob *HttpSessionBackend::fetchAccounts()
{
    return d->call<AccountsJob>("GET", QStringLiteral("accounts"), {}, HttpSessionAnswer::Kind::Accounts,
                                [](AccountsJob *j, const HttpSessionAnswer::Parsed &answer) { finishWithAccounts(j, answer.accounts, answer.email); },
                                true, d->sessionToken);
}

} // namespace InAppKit
