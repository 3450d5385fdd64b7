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

template<typename J>
J *InMemorySecretStore::job(std::function<void(J *)> work)
{
    auto *job = new J(this);
    // A failure set now applies to this job even if it is started later.
    if (d->failure != SecretJob::Error::NoError)
        finishWithError(job, d->failure, QStringLiteral("simulated keychain failure"));
    else
        whenStarted(job, [job, work] { work(job); });
    return job;
}

ReadSecretJob *InMemorySecretStore::read(const QString &key)
{
    return job<ReadSecretJob>([this, key](ReadSecretJob *job) {
        if (d->entries.contains(key))
            finishWithSecret(job, d->entries.value(key));
        else
            finishWithError(job, SecretJob::Error::NotFound, QStringLiteral("not found"));
    });
}

SecretJob *InMemorySecretStore::write(const QString &key, const QString &secret)
{
    return job<SecretJob>([this, key, secret](SecretJob *job) {
        d->entries.insert(key, secret);
        finish(job);
    });
}

SecretJob *InMemorySecretStore::remove(const QString &key)
{
    return job<SecretJob>([this, key](SecretJob *job) {
        d->entries.remove(key);
        finish(job);
    });
}

} // namespace InAppKit
