// SPDX-License-Identifier: MIT
#include "inmemorysecretstore.h"

namespace InAppKit {

InMemorySecretStore::InMemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

InMemorySecretStore::~InMemorySecretStore() = default;

void InMemorySecretStore::setFailure(SecretJob::Error error)
{
    m_failure = error;
}

QHash<QString, QString> InMemorySecretStore::entries() const
{
    return m_entries;
}

SecretJob *InMemorySecretStore::failed()
{
    auto *job = new SecretJob(this);
    job->finishWithError(m_failure, QStringLiteral("simulated keychain failure"));
    return job;
}

SecretJob *InMemorySecretStore::read(const QString &key)
{
    if (m_failure != SecretJob::Error::NoError)
        return failed();
    auto *job = new SecretJob(this);
    if (m_entries.contains(key))
        job->finishWithSecret(m_entries.value(key));
    else
        job->finishWithError(SecretJob::Error::NotFound, QStringLiteral("not found"));
    return job;
}

SecretJob *InMemorySecretStore::write(const QString &key, const QString &secret)
{
    if (m_failure != SecretJob::Error::NoError)
        return failed();
    m_entries.insert(key, secret);
    auto *job = new SecretJob(this);
    job->finish();
    return job;
}

SecretJob *InMemorySecretStore::remove(const QString &key)
{
    if (m_failure != SecretJob::Error::NoError)
        return failed();
    m_entries.remove(key);
    auto *job = new SecretJob(this);
    job->finish();
    return job;
}

} // namespace InAppKit
