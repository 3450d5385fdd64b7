// SPDX-License-Identifier: MIT
#include "proxyauthenticator.h"

#include "keychainsecretstore.h"
#include "loggingcategories_p.h"
#include "proxyauthenticator_p.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace InAppKit {

using ProxyAuthentication::Credentials;

namespace {
// A consumer asking for the same proxy more than this often within the window is in a loop.
constexpr int LoopAsks = 5;
constexpr qint64 LoopWindowMs = 10000;

// Set as InAppKit::Widgets loads, before any application object (and so any instance) exists.
ProxyAuthentication::Prompt &installedPrompt()
{
    static ProxyAuthentication::Prompt prompt;
    return prompt;
}
} // namespace

class ProxyAuthenticatorPrivate
{
public:
    bool promptEnabled = true;
    QHash<QString, Credentials> known;                       // by proxy host: the last answer not refused
    struct Given
    {
        Credentials credentials;
        int asks = 0;        // asked again since, within the window
        QElapsedTimer window;
    };
    QHash<QObject *, QHash<QString, Given>> given;           // by consumer, by proxy host: what it was given
    QSet<QString> declined;                                  // proxy hosts the person would not answer
    QSet<QString> refusedHosts;                              // proxy hosts that refused what they were last given
    QHash<QString, QList<QPointer<QEventLoop>>> asking;      // proxy hosts whose dialog is open: who waits
    QElapsedTimer lastQuestionEnded;
    QSet<QString> lookedUp;                                  // proxy hosts already looked for in the keychain
    KeychainSecretStore *keychain = nullptr;                 // made on first need

    static QString keychainKey(const QString &host) { return QStringLiteral("proxy/") + host; }

    KeychainSecretStore *store(QObject *owner)
    {
        if (!keychain)
            keychain = new KeychainSecretStore(QStringLiteral("InAppKit"), owner);
        return keychain;
    }

    // What the person asked to keep for @p host, once per process: the keychain answers
    // asynchronously (it may ask to be unlocked), and the proxy waits meanwhile.
    Credentials remembered(const QString &host, QObject *owner)
    {
        if (lookedUp.contains(host))
            return {};
        lookedUp.insert(host);
        ReadSecretJob *job = store(owner)->read(keychainKey(host));
        QEventLoop loop;
        QString secret;
        QObject::connect(job, &Job::result, &loop, [&] {
            secret = job->secret();
            loop.quit();
        });
        job->start();
        loop.exec();
        const QJsonObject entry = QJsonDocument::fromJson(secret.toUtf8()).object();
        secret.fill(u'\0');
        return {entry.value(QStringLiteral("user")).toString(), entry.value(QStringLiteral("password")).toString(), true};
    }

    void keep(const QString &host, const Credentials &credentials, QObject *owner)
    {
        const QJsonObject entry{{QStringLiteral("user"), credentials.user}, {QStringLiteral("password"), credentials.password}};
        SecretJob *job = store(owner)->write(keychainKey(host), QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
        QObject::connect(job, &Job::result, owner, [job] {
            if (job->error() != SecretJob::Error::NoError)
                qCWarning(lcInAppKitProxy) << "the proxy's credentials could not be kept in the keychain:" << job->errorString();
        });
        job->start();
    }

    void forgetRefused(const QString &host, const Credentials &credentials, QObject *owner)
    {
        known.remove(host);
        refusedHosts.insert(host);
        if (credentials.remember)
            store(owner)->remove(keychainKey(host))->start();
    }

    static ProxyAuthenticatorPrivate *get() { return ProxyAuthenticator::instance()->d.get(); }
    static QString key(const QNetworkProxy &proxy) { return proxy.hostName().toLower(); }

    void forgetConsumer(QObject *consumer) { given.remove(consumer); }

    // One dialog per proxy, however many requests wait for it: each waits in an event loop of its
    // own until the answer comes (the dialog cannot return from a nested loop before those inside it).
    Credentials ask(const QNetworkProxy &proxy, const QString &realm, bool refusedBefore, QObject *context)
    {
        const QString host = key(proxy);
        if (!asking.contains(host)) {
            asking.insert(host, {});
            qCInfo(lcInAppKitProxy) << "asking the person for the credentials of proxy" << ProxyAuthentication::displayName(proxy);
            installedPrompt()(proxy, realm, refusedBefore, context, [this, host](const Credentials &answer) {
                qCDebug(lcInAppKitProxy) << "the person" << (answer.isEmpty() ? "declined" : "answered");
                lastQuestionEnded.start();
                if (answer.isEmpty()) {
                    declined.insert(host);
                } else {
                    known.insert(host, answer);
                    if (answer.remember)
                        keep(host, answer, ProxyAuthenticator::instance());
                }
                for (const QPointer<QEventLoop> &loop : asking.take(host)) {
                    if (loop)
                        loop->quit();
                }
            });
        }
        if (asking.contains(host)) { // the dialog may have answered at once
            QEventLoop loop;
            asking[host].append(&loop);
            loop.exec();
        }
        return known.value(host);
    }
};

ProxyAuthenticator::ProxyAuthenticator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ProxyAuthenticatorPrivate>())
{
}

ProxyAuthenticator::~ProxyAuthenticator() = default;

ProxyAuthenticator *ProxyAuthenticator::instance()
{
    // Owned by the application object, so that it goes before Qt Network does.
    static QPointer<ProxyAuthenticator> self;
    if (!self) {
        Q_ASSERT(QCoreApplication::instance());
        self = new ProxyAuthenticator(QCoreApplication::instance());
    }
    return self;
}

bool ProxyAuthenticator::isPromptEnabled() const
{
    return d->promptEnabled;
}

void ProxyAuthenticator::setPromptEnabled(bool enabled)
{
    d->promptEnabled = enabled;
}

void ProxyAuthenticator::forgetCredentials()
{
    d->known.clear();
    d->declined.clear();
    d->lookedUp.clear();
}

namespace ProxyAuthentication {

void setPrompt(Prompt prompt)
{
    installedPrompt() = std::move(prompt);
}

bool answer(const QNetworkProxy &proxy, QObject *consumer, QAuthenticator *authenticator, QObject *context)
{
    ProxyAuthenticator *q = ProxyAuthenticator::instance();
    ProxyAuthenticatorPrivate *d = ProxyAuthenticatorPrivate::get();
    const QString host = ProxyAuthenticatorPrivate::key(proxy);
    qCDebug(lcInAppKitProxy) << "proxy" << displayName(proxy) << "asks" << consumer->metaObject()->className() << consumer
                             << "for credentials; known:" << d->known.contains(host) << "tried:" << !authenticator->user().isEmpty();

    // What the proxy refused. A consumer asks again for requests that were on their way when it
    // was answered, so asking again is no refusal: refusals are told by refused(), from the failed
    // request, or by Qt Network's authenticator, which keeps what it tried. Only a consumer asking
    // again and again, a loop, has surely been refused.
    QList<Credentials> refused;
    if (!d->given.contains(consumer))
        QObject::connect(consumer, &QObject::destroyed, q, [d, consumer] { d->forgetConsumer(consumer); });
    if (auto it = d->given[consumer].find(host); it != d->given[consumer].end()) {
        if (!it->window.isValid() || it->window.elapsed() > LoopWindowMs) {
            it->window.start();
            it->asks = 0;
        }
        if (++it->asks > LoopAsks)
            refused.append(d->given[consumer].take(host).credentials);
    }
    const Credentials tried{authenticator->user(), authenticator->password()};
    if (!tried.isEmpty())
        refused.append(tried);
    bool refusedBefore = d->refusedHosts.contains(host);
    if (d->known.contains(host) && refused.contains(d->known.value(host))) {
        qCInfo(lcInAppKitProxy) << "proxy" << displayName(proxy) << "refused the credentials it was given";
        d->forgetRefused(host, d->known.value(host), q);
        refusedBefore = true;
    }

    Credentials credentials = d->known.value(host);
    const Credentials configured{proxy.user(), proxy.password()};
    if (credentials.isEmpty() && !configured.isEmpty() && !refused.contains(configured))
        credentials = configured;
    if (credentials.isEmpty() && !d->declined.contains(host) && !refusedBefore) {
        const Credentials kept = d->remembered(host, q);
        if (!kept.isEmpty() && !refused.contains(kept))
            credentials = kept;
    }
    if (credentials.isEmpty() && !d->declined.contains(host)) {
        // The host first: a slot that fills the authenticator answers.
        authenticator->setUser(QString());
        authenticator->setPassword(QString());
        Q_EMIT q->credentialsRequired(proxy, authenticator);
        const Credentials fromHost{authenticator->user(), authenticator->password()};
        if (!fromHost.isEmpty() && !refused.contains(fromHost))
            credentials = fromHost;
    }
    // The keychain and the host's slot may have run an event loop, in which another request's
    // question may have been answered.
    if (credentials.isEmpty() && d->known.contains(host) && !refused.contains(d->known.value(host)))
        credentials = d->known.value(host);
    if (credentials.isEmpty() && !d->declined.contains(host) && d->promptEnabled && installedPrompt())
        credentials = d->ask(proxy, authenticator->realm(), refusedBefore || !refused.isEmpty(), context);

    if (credentials.isEmpty()) {
        qCInfo(lcInAppKitProxy) << "proxy" << displayName(proxy) << "asks for credentials and none are given";
        authenticator->setUser(QString());
        authenticator->setPassword(QString());
        return false;
    }
    d->known.insert(host, credentials);
    d->refusedHosts.remove(host);
    if (d->given[consumer].value(host).credentials != credentials)
        d->given[consumer].insert(host, {credentials, 0, {}});
    authenticator->setUser(credentials.user);
    authenticator->setPassword(credentials.password);
    return true;
}

bool refused(const QNetworkProxy &proxy, QObject *consumer)
{
    ProxyAuthenticatorPrivate *d = ProxyAuthenticatorPrivate::get();
    const QString host = ProxyAuthenticatorPrivate::key(proxy);
    if (!d->given.contains(consumer) || !d->given[consumer].contains(host))
        return false;
    const Credentials refusedCredentials = d->given[consumer].take(host).credentials;
    if (d->known.value(host) == refusedCredentials) {
        qCInfo(lcInAppKitProxy) << "proxy" << displayName(proxy) << "refused the credentials it was given";
        d->forgetRefused(host, d->known.value(host), ProxyAuthenticator::instance());
    }
    return true;
}

QNetworkProxy proxyFor(const QUrl &url, const QString &host)
{
    // Chromium names the proxy "host" (Qt 6.4) or "host:port" (Qt 6.8).
    const QUrl named(QStringLiteral("//") + host);
    const QString hostName = host.isEmpty() || named.host().isEmpty() ? host : named.host();
    const int port = host.isEmpty() ? -1 : named.port();
    // Only where the request goes is asked about: its path and query may carry a token.
    const QNetworkProxyQuery query(url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
    QList<QNetworkProxy> candidates{QNetworkProxy::applicationProxy()};
    candidates += QNetworkProxyFactory::proxyForQuery(query);
    candidates += QNetworkProxyFactory::systemProxyForQuery(query);
    for (const QNetworkProxy &proxy : std::as_const(candidates)) {
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy
            && (hostName.isEmpty() || proxy.hostName().compare(hostName, Qt::CaseInsensitive) == 0)
            && (port < 0 || proxy.port() == port))
            return proxy;
    }
    if (hostName.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    return QNetworkProxy(QNetworkProxy::HttpProxy, hostName, quint16(std::max(port, 0)));
}

QString displayName(const QNetworkProxy &proxy)
{
    return proxy.port() ? QStringLiteral("%1:%2").arg(proxy.hostName()).arg(proxy.port()) : proxy.hostName();
}

void askAgain()
{
    ProxyAuthenticatorPrivate::get()->declined.clear();
}

int extraTimeMs(int periodMs)
{
    const ProxyAuthenticatorPrivate *d = ProxyAuthenticatorPrivate::get();
    if (!d->asking.isEmpty())
        return periodMs;
    if (!d->lastQuestionEnded.isValid())
        return 0;
    return int(std::max<qint64>(0, periodMs - d->lastQuestionEnded.elapsed()));
}

} // namespace ProxyAuthentication
} // namespace InAppKit
