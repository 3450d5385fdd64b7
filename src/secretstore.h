// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SECRETSTORE_H
#define INAPPKIT_SECRETSTORE_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/job.h>

#include <memory>

namespace InAppKit {

class SecretJobPrivate;

/// One asynchronous keychain operation; finishes once, later, then deletes itself. Only the
/// SecretStore that made it ends it.
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
    /// What read() found.
    QString secret() const;

Q_SIGNALS:
    /// The job has its outcome; emitted once, from the event loop.
    void finished(InAppKit::SecretJob *job);

protected:
    void emitFinished() override;

private:
    friend class SecretStore; // the only one that ends a job
    std::unique_ptr<SecretJobPrivate> d;
};

/**
 * Where the 'Keep Me Logged In' access token rests: the operating system's keychain
 * (KeychainSecretStore), or memory in unit tests (InMemorySecretStore). There is no third place:
 * when the keychain cannot be used the token is simply not kept.
 *
 * An implementation makes each job with `new SecretJob(this)` and ends it with one of the protected
 * finishing functions. It grows as SessionBackend does: its virtual functions never change, and an
 * operation added later comes through virtualHook(), whose default answers "not offered".
 */
class INAPPKITCORE_EXPORT SecretStore : public QObject
{
    Q_OBJECT
public:
    /// A store owned by @p parent.
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// Reads the secret stored under @p key; NotFound when there is none.
    virtual SecretJob *read(const QString &key) = 0;
    /// Stores @p secret under @p key, replacing what was there.
    virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual SecretJob *remove(const QString &key) = 0;

protected:
    /// An operation the interface gained after this store was built (see SessionBackend::virtualHook()).
    virtual void virtualHook(int id, void *data);

    /// Ends @p job with the @p secret it read.
    static void finishWithSecret(SecretJob *job, const QString &secret);
    /// Ends @p job successfully, with nothing to return.
    static void finish(SecretJob *job);
    /// Ends @p job with @p error and a sentence for the user.
    static void finishWithError(SecretJob *job, SecretJob::Error error, const QString &errorString);
};

} // namespace InAppKit

#endif
