// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SESSIONBACKEND_H
#define INAPPKIT_SESSIONBACKEND_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/sessionjob.h>

#include <QObject>

namespace InAppKit {

/**
 * What the kit needs from the trading platform's backend: the client side of the specification's
 * server-to-server calls. Every call returns a SessionJob that finishes later.
 *
 * The kit ships HttpSessionBackend (docs/session-protocol.md); the cTrader desktop implements
 * this interface over its own connection. An implementation keeps whatever session credential
 * it needs itself: the kit never sees it. The session that counts is the one of the latest sign-in
 * asked for; an answer to an older one must not replace it (see abandonSignIn()).
 */
class INAPPKITCORE_EXPORT SessionBackend : public QObject
{
    Q_OBJECT
public:
    explicit SessionBackend(QObject *parent = nullptr);
    ~SessionBackend() override;

    /// Exchanges the one-time token of the success URL (it lives 60 s): signs the user in.
    virtual SessionJob *exchangeOneTimeToken(const QString &oneTimeToken) = 0;
    /// Signs in again with a stored 'Keep Me Logged In' access token.
    virtual SessionJob *relogin(const QString &accessToken) = 0;
    /// A fresh one-time token for opening one InApp screen.
    virtual SessionJob *issueInAppToken() = 0;
    /// Ends the session; @p accessToken (may be empty) is revoked.
    virtual SessionJob *logout(const QString &accessToken) = 0;
    /**
     * A sign-in (exchangeOneTimeToken() or relogin()) that answered after the kit had moved on:
     * the user logged out or signed in again meanwhile. Ends the session that @p signIn opened and
     * revokes its access token (an exchange's new one, or the one a relogin was made with), and
     * leaves the current session alone. @p signIn is alive for the
     * call. The default finishes at once and does nothing (the abandoned session then lives until
     * the broker expires it): a backend that can tell its sessions apart should override it.
     */
    virtual SessionJob *abandonSignIn(SessionJob *signIn);
    virtual SessionJob *fetchRibbons() = 0;
    virtual SessionJob *fetchAccounts() = 0;
};

} // namespace InAppKit

#endif
