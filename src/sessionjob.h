// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SESSIONJOB_H
#define INAPPKIT_SESSIONJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/job.h>
#include <InAppKit/tradingaccount.h>

#include <QJsonArray>

namespace InAppKit {

class SessionJobPrivate;

/**
 * One asynchronous call to a SessionBackend. It emits finished() exactly once, later (never from
 * the call that made it), and deletes itself after that unless setAutoDelete(false).
 *
 * A backend of the host's own makes jobs with the public constructor and ends them with
 * SessionBackend's finishing functions; whoever else holds the job can only read it.
 */
class INAPPKITCORE_EXPORT SessionJob : public Job
{
    Q_OBJECT
public:
    /// Why a call failed.
    enum class Error {
        NoError,
        Rejected,        ///< the token or session is unknown, used or revoked (404, 403)
        Expired,         ///< the one-time token is older than its 60 s (410)
        Unreachable,     ///< no answer: network down, connection refused, TLS refused
        Timeout,         ///< no answer in time
        MalformedAnswer, ///< an answer the protocol does not allow
        ServiceError,    ///< the service failed (5xx) or refused the request as malformed (400)
        ProxyAuthenticationRequired, ///< a proxy on the way wants credentials it was not given or refused (\since 0.2)
    };
    Q_ENUM(Error)

    /// A job owned by @p parent; a SessionBackend makes it and ends it.
    explicit SessionJob(QObject *parent = nullptr);
    ~SessionJob() override;

    /// Why the call failed; NoError when it succeeded.
    Error error() const;

    // Results, depending on the call.
    /// The signed-in user's id (sign-in only).
    QString userId() const;
    /// The signed-in user's e-mail (sign-in, and accounts when the answer names it).
    QString email() const;
    /// The user's trading accounts (sign-in and fetchAccounts()).
    QList<TradingAccount> accounts() const;
    /// The 'Keep Me Logged In' token, when the user ticked it (exchange only).
    QString accessToken() const;
    /// A one-time token for an InApp screen (issueInAppToken only).
    QString oneTimeToken() const;
    /// The user's ribbons, `rules.ribbons` shape (fetchRibbons only).
    QJsonArray ribbons() const;

Q_SIGNALS:
    /// The job has its outcome; emitted once, from the event loop.
    void finished(InAppKit::SessionJob *job);

protected:
    void emitFinished() override;

private:
    friend class SessionBackend; // the only one that ends a job
    std::unique_ptr<SessionJobPrivate> d;
};

} // namespace InAppKit

#endif
