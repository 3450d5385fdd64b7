// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SECRETSTORE_H
#define INAPPKIT_SECRETSTORE_H

#include <InAppKit/inappkitcore_export.h>

#include <QObject>

#include <memory>

namespace InAppKit {

class SecretJobPrivate;

/// One asynchronous keychain operation; finishes once, later, then deletes itself.
class INAPPKITCORE_EXPORT SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        NoError,
        NotFound,     ///< no such entry (not an error for remove())
        Unavailable,  ///< no keychain: no Secret Service, no D-Bus, no backend on this system
        AccessDenied, ///< the keychain is locked and the user refused to unlock it, or access was denied
        Failed,       ///< anything else the keychain reported
    };
    Q_ENUM(Error)

    explicit SecretJob(QObject *parent = nullptr);
    ~SecretJob() override;

    Error error() const;
    QString errorString() const;
    /// What read() found.
    QString secret() const;

    void finishWithSecret(const QString &secret);
    void finish();
    void finishWithError(Error error, const QString &errorString);

Q_SIGNALS:
    void finished(InAppKit::SecretJob *job);

private:
    void emitFinished();
    std::unique_ptr<SecretJobPrivate> d;
};

/**
 * Where the 'Keep Me Logged In' access token rests: the operating system's keychain
 * (KeychainSecretStore), or memory in unit tests (InMemorySecretStore). There is no third place:
 * when the keychain cannot be used the token is simply not kept.
 */
class INAPPKITCORE_EXPORT SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual SecretJob *remove(const QString &key) = 0;
};

} // namespace InAppKit

#endif
