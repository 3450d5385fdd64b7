// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SECRETJOB_H
#define INAPPKIT_SECRETJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/job.h>

namespace InAppKit {

class SecretJobPrivate;

/**
 * One keychain operation of a SecretStore (write, remove; ReadSecretJob for read). Whoever asked
 * holds it and starts it; only the SecretStore that made it ends it.
 */
class INAPPKITCORE_EXPORT SecretJob : public Job
{
    Q_OBJECT
public:
    /// Why a keychain operation failed.
    enum class Error {
        NoError,
        NotFound,     ///< no such entry (not an error for remove())
        Unavailable,  ///< no keychain: no Secret Service, no D-Bus, no backend on this system
        AccessDenied, ///< the keychain is locked and the user refused to unlock it, or access was denied
        Failed,       ///< anything else the keychain reported
    };
    Q_ENUM(Error)

    /// A job owned by @p parent; a SecretStore makes it and ends it.
    explicit SecretJob(QObject *parent = nullptr);
    ~SecretJob() override;

    /// Why the operation failed; NoError when it succeeded.
    Error error() const;

protected:
    /// For ReadSecretJob.
    SecretJob(SecretJobPrivate &dd, QObject *parent);

private:
    Q_DECLARE_PRIVATE(SecretJob)
};

} // namespace InAppKit

#endif
