// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_HTTPSESSIONBACKEND_H
#define INAPPKIT_HTTPSESSIONBACKEND_H

#include <InAppKit/brokerprofile.h>
#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/sessionbackend.h>

#include <memory>

class QNetworkAccessManager;

namespace InAppKit {

class HttpSessionBackendPrivate;

/**
 * SessionBackend over HTTPS and JSON (docs/session-protocol.md), at the profile's
 * `sessionServiceUrl`. TLS is verified against the system's CAs plus the profile's own CA, for
 * these requests only. Session tokens live in this object's memory only.
 *
 * Each sign-in's answer belongs to that sign-in: only the latest one asked for becomes the current
 * session; an older one that answers late keeps its session to itself until abandonSignIn() ends
 * it on the broker. A refusal ends the session only if it was the one the refused call used.
 */
class INAPPKITCORE_EXPORT HttpSessionBackend : public SessionBackend
{
    Q_OBJECT
public:
    /// How long a call may take before it fails with SessionJob::Error::Timeout.
    static constexpr int DefaultTimeoutMs = 15000;

    /// A backend for the session service that @p profile names (`sessionServiceUrl`).
    explicit HttpSessionBackend(const BrokerProfile &profile, QObject *parent = nullptr);
    ~HttpSessionBackend() override;

    /// How long a call may take, in milliseconds.
    void setTimeoutMs(int ms);
    /// How long a call may take, in milliseconds.
    int timeoutMs() const;

    /// Whether a session token is held (after a successful exchange or relogin, until logout).
    bool hasSession() const;

    SignInJob *exchangeOneTimeToken(const QString &oneTimeToken) override;
    SignInJob *relogin(const QString &accessToken) override;
    InAppTokenJob *issueInAppToken() override;
    SessionJob *logout(const QString &accessToken) override;
    SessionJob *abandonSignIn(SignInJob *signIn) override;
    /// `GET ribbons` of the session protocol.
    RibbonsJob *fetchRibbons() override;
    /// `GET accounts` of the session protocol.
    AccountsJob *fetchAccounts() override;

private:
    friend class HttpSessionBackendPrivate; // it ends the jobs
    std::unique_ptr<HttpSessionBackendPrivate> d;
};

} // namespace InAppKit

#endif
