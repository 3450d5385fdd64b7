// SPDX-License-Identifier: MIT
#include "secretstore.h"
#include "secretjob_p.h"

namespace InAppKit {

class SecretStorePrivate
{
};

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SecretStorePrivate>())
{
}

SecretStore::~SecretStore() = default;

void SecretStore::virtualHook(int id, void *data)
{
    Q_UNUSED(id)
    Q_UNUSED(data)
}

void SecretStore::whenStarted(SecretJob *job, std::function<void()> work)
{
    JobPrivate::get(job)->setWork(std::move(work));
}

void SecretStore::finishWithSecret(ReadSecretJob *job, const QString &secret)
{
    if (auto *d = JobPrivate::unfinished<ReadSecretJobPrivate>(job)) {
        d->secret = secret;
        d->finish(0, QString());
    }
}

void SecretStore::finish(SecretJob *job)
{
    JobPrivate::get(job)->finish(0, QString());
}

void SecretStore::finishWithError(SecretJob *job, SecretJob::Error error, const QString &errorString)
{
    JobPrivate::get(job)->finish(int(error), errorString);
}

} // namespace InAppKit
