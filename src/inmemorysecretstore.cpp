// SPDX-License-Identifier: MIT
#include "inmemorysecretstore.h"

namespace InAppKit {

class InMemorySecretStorePrivate
{
public:
    QHash<QString, QString> entries;
    SecretJob::Error failure = SecretJob::Error::NoError;
};

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : SecretStore(parent)
    , d(std::make_unique<InMemorySecretStorePrivate>())
{
}

InMemorySecretStore::~InMemorySecretStore() = default;

void InMemorySecretStore::setFailure(SecretJob::Error error)
{
    d->failure = error;
}

QHash<QString, QString> InMemorySecretStore::entries() const
{
    return d->entries;
}

SecretJob *InMemorySecretStore::failed()
{
    auto *job = new SecretJob(this);
    finishWithError(job, d->failure, QStringLiteral("simulated keychain failure"));
    return job;
}

SecretJob *InMemorySecretStore::read(const QString &key)
{
    if (d->failure != SecretJob::Error::NoError)
        return failed();
    auto *job = new SecretJob(this);
    if (d->entries.contains(key))
        finishWithSecret(job, d->entries.value(key));
    else
        finishWithError(job, SecretJob::Error::NotFound, QStringLiteral("not found"));
    return job;
}

SecretJob *InMemorySecretStore::write(const QString &key, const QString &secret)
{
    if (d->failure != SecretJob::Error::NoError)
        return failed();
    d->entries.insert(key, secret);
    auto *job = new SecretJob(this);
    finish(job);
    return job;
}

SecretJob *InMemorySecretStore::remove(const QString &key)
{
    if (d->failure != SecretJob::Error::NoError)
        return failed();
    d->entries.remove(key);
    auto *job = new SecretJob(this);
    finish(job);
    return job;
}

} // namespace InAppKit
