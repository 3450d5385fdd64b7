// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SESSIONBACKEND_H
#define INAPPKIT_SESSIONBACKEND_H

#include "inappkitcore_export.h"
#include "sessionjob.h"

#include <QObject>

namespace InAppKit {

/**
 * What the kit needs from the trading platform's backend: the client side of the specification's
 * server-to-server calls. Every call returns a SessionJob that finishes later.
 *
 * The kit ships HttpSessionBackend (docs/session-protocol.md); the cTrader desktop implements
 * this interface over its own connection. An implementation keeps whatever session credential
 * it needs itself: the kit never sees it.
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
    virtual SessionJob *fetchRibbons() = 0;
    virtual SessionJob *fetchAccounts() = 0;
};

} // namespace InAppKit

#endif
