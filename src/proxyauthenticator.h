// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_PROXYAUTHENTICATOR_H
#define INAPPKIT_PROXYAUTHENTICATOR_H

#include <InAppKit/inappkitcore_export.h>

#include <QObject>

#include <memory>

class QAuthenticator;
class QNetworkProxy;

namespace InAppKit {

class ProxyAuthenticatorPrivate;

/**
 * The user names and passwords of the proxies between this application and its broker, shared by
 * the kit's session service (Qt Network) and its web views (Qt WebEngine) for the life of the
 * process. A proxy that asks is answered, in this order, with:
 *
 * 1. the credentials it was last answered with in this process, by either side;
 * 2. the credentials of its configuration: the application proxy's user and password
 *    (QNetworkProxy::setApplicationProxy()), or those in a proxy URL of the environment
 *    (`https_proxy=http://user:password@proxy:3128`);
 * 3. a slot connected to credentialsRequired() (the host's own dialog or single sign-on);
 * 4. in an application with widgets, the kit's dialog, which names the proxy; the person is asked
 *    once for both sides, and again only if the proxy refuses the answer.
 *
 * Credentials a proxy refuses are forgotten. Nothing is written to disk, a log or the network
 * beyond the proxy that asked; only if the person ticks "Remember in the keychain" is the answer
 * kept in the operating system's keychain (KeychainSecretStore, key `proxy/<host>`), where step 2
 * finds it in later runs, before step 3.
 *
 * There is one instance, as there is one application proxy.
 * \since 0.2
 */
class INAPPKITCORE_EXPORT ProxyAuthenticator : public QObject
{
    Q_OBJECT
    /// Whether the kit's own dialog may ask the person (in an application with widgets): on by default.
    Q_PROPERTY(bool promptEnabled READ isPromptEnabled WRITE setPromptEnabled)
public:
    /// The application's one instance; made on first use, in the thread of the application object.
    static ProxyAuthenticator *instance();

    ~ProxyAuthenticator() override;

    /// Whether the kit's dialog may ask the person when nothing else answers.
    bool isPromptEnabled() const;
    /// Off: a proxy that nothing else answers is refused, and the screen or call that needed it
    /// fails with a message that names the proxy (a host that asks in its own way, or runs unattended).
    void setPromptEnabled(bool enabled);

    /// Forgets every answer given in this process, and who declined to answer: the next proxy that
    /// asks is answered afresh (the keychain read again). The application proxy's own credentials are the host's and stay, and
    /// a connection already authenticated stays so until it closes.
    void forgetCredentials();

Q_SIGNALS:
    /**
     * @p proxy (its host name and port) asks for credentials that the kit does not know, or refused
     * the ones it had. A slot that knows them sets the user and password of @p authenticator,
     * directly (Qt::DirectConnection), and the kit's dialog is not shown; a slot that leaves it
     * empty lets the next one, then the dialog, answer. @p authenticator carries the proxy's realm.
     */
    void credentialsRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);

private:
    explicit ProxyAuthenticator(QObject *parent = nullptr);
    friend class ProxyAuthenticatorPrivate;
    std::unique_ptr<ProxyAuthenticatorPrivate> d;
};

} // namespace InAppKit

#endif
