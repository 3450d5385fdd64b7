// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SECRETSTORE_H
#define INAPPKIT_SECRETSTORE_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/readsecretjob.h>
#include <InAppKit/secretjob.h>

#include <functional>
#include <memory>

namespace InAppKit {

class SecretStorePrivate;

/**
 * Where the 'Keep Me Logged In' access token rests: the operating system's keychain
 * (KeychainSecretStore), or memory in unit tests (InMemorySecretStore). There is no third place:
 * when the keychain cannot be used the token is simply not kept.
 *
 * Every operation returns a job that whoever asked holds and starts (Job::start()). An
 * implementation makes each job with `new SecretJob(this)` or `new ReadSecretJob(this)`, gives it
 * its work with whenStarted(), and ends it with one of the protected finishing functions. It grows
 * as SessionBackend does: its virtual functions never change, and an operation added later comes
 * through virtualHook(), whose default answers "not offered".
 */
class INAPPKITCORE_EXPORT SecretStore : public QObject
{
    Q_OBJECT
public:
    /// A store owned by @p parent.
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// Reads the secret stored under @p key; NotFound when there is none.
    virtual ReadSecretJob *read(const QString &key) = 0;
    /// Stores @p secret under @p key, replacing what was there.
    virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual SecretJob *remove(const QString &key) = 0;

protected:
    /// An operation the interface gained after this store was built (see SessionBackend::virtualHook()).
    virtual void virtualHook(int id, void *data);

    /// The work of @p job, done when its holder starts it. \since 0.3
    static void whenStarted(SecretJob *job, std::function<void()> work);
    /// Ends @p job with the @p secret it read.
    static void finishWithSecret(ReadSecretJob *job, const QString &secret);
    /// Ends @p job successfully, with nothing to return.
    static void finish(SecretJob *job);
    /// Ends @p job with @p error and a sentence for the user.
    static void finishWithError(SecretJob *job, SecretJob::Error error, const QString &errorString);

private:
    std::unique_ptr<SecretStorePrivate> d; // what the class needs in later versions
};

} // namespace InAppKit

#endif
