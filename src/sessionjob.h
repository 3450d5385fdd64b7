// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SESSIONJOB_H
#define INAPPKIT_SESSIONJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/job.h>

namespace InAppKit {

class SessionJobPrivate;

/**
 * One call to the session service (a SessionBackend), or a request of SsoSession. Its kind has
 * the results: SignInJob (exchange, relogin), InAppTokenJob, AccountsJob, RibbonsJob; a
 * SessionJob itself carries only the outcome (logout).
 *
 * A backend of the host's own makes jobs with the public constructors and ends them with
 * SessionBackend's finishing functions; whoever else holds a job can only start, kill and read it.
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
        NotSignedIn,     ///< the request needs a signed-in session (\since 0.3)
        InvalidState,    ///< the session's state cannot take the request now, e.g. a second sign-in (\since 0.3)
        KeychainError,   ///< the saved login could not be read from the keychain (\since 0.3)
    };
    Q_ENUM(Error)

    /// A job owned by @p parent that carries only its outcome; a SessionBackend makes it and ends it.
    explicit SessionJob(QObject *parent = nullptr);
    ~SessionJob() override;

    /// Why the call failed; NoError when it succeeded.
    Error error() const;

protected:
    /// For the typed kinds of session job.
    SessionJob(SessionJobPrivate &dd, QObject *parent);

private:
    Q_DECLARE_PRIVATE(SessionJob)
};

} // namespace InAppKit

#endif
