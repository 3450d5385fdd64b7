// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_INMEMORYSECRETSTORE_H
#define INAPPKIT_INMEMORYSECRETSTORE_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/secretstore.h>

#include <QHash>

#include <memory>

namespace InAppKit {

class InMemorySecretStorePrivate;

/// A SecretStore in memory, for tests: it can play an unavailable or locked keychain.
class INAPPKITCORE_EXPORT InMemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    /// An empty store.
    explicit InMemorySecretStore(QObject *parent = nullptr);
    ~InMemorySecretStore() override;

    /// Every later call fails with @p error (NoError: works again).
    void setFailure(SecretJob::Error error);
    /// Everything stored, by key (for tests).
    QHash<QString, QString> entries() const;

    /// Reads @p key from memory.
    ReadSecretJob *read(const QString &key) override;
    /// Stores @p secret under @p key in memory.
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;

private:
    template<typename J>
    J *job(std::function<void(J *)> work);
    std::unique_ptr<InMemorySecretStorePrivate> d;
};

} // namespace InAppKit

#endif
