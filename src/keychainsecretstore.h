// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_KEYCHAINSECRETSTORE_H
#define INAPPKIT_KEYCHAINSECRETSTORE_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/secretstore.h>

#include <memory>

namespace InAppKit {

class KeychainSecretStorePrivate;

/**
 * SecretStore over QtKeychain: the Secret Service (GNOME Keyring, KWallet) on Linux, the
 * Credential Manager on Windows, the Keychain on macOS. Never falls back to a plain file.
 *
 * Entries live under the service name (default "InAppKit") and their keys are prefixed with it
 * too, because the Windows Credential Manager does not separate services.
 */
class INAPPKITCORE_EXPORT KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// Windows refuses larger secrets; an access token is far smaller.
    static constexpr int MaxSecretBytes = 2048;

    /// A store whose entries live under @p serviceName in the operating system's keychain.
    explicit KeychainSecretStore(const QString &serviceName = QStringLiteral("InAppKit"), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    /// The keychain service name the entries live under.
    QString serviceName() const;

    /// Reads @p key from the keychain; may ask the user to unlock it.
    ReadSecretJob *read(const QString &key) override;
    /// Writes @p secret under @p key to the keychain; may ask the user to unlock it.
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;

private:
    friend class KeychainSecretStorePrivate; // it ends the jobs
    std::unique_ptr<KeychainSecretStorePrivate> d;
};

} // namespace InAppKit

#endif
