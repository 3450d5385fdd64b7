// SPDX-License-Identifier: MIT
#include "secretstore.h"

namespace InAppKit {

class SecretJobPrivate
{
public:
    QString secret;
};

SecretJob::SecretJob(QObject *parent)
    : Job(parent)
    , d(std::make_unique<SecretJobPrivate>())
{
}

SecretJob::~SecretJob()
{
    d->secret.fill(u'\0'); // a token does not linger in freed memory
}

SecretJob::Error SecretJob::error() const
{
    return static_cast<Error>(errorCode());
}

QString SecretJob::secret() const
{
    return d->secret;
}

void SecretJob::emitFinished()
{
    Q_EMIT finished(this);
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

void SecretStore::virtualHook(int id, void *data)
{
    Q_UNUSED(id)
    Q_UNUSED(data)
}

void SecretStore::finishWithSecret(SecretJob *job, const QString &secret)
{
    if (job->isFinished())
        return;
    job->d->secret = secret;
    job->setResult(0, QString());
}

void SecretStore::finish(SecretJob *job)
{
    job->setResult(0, QString());
}

void SecretStore::finishWithError(SecretJob *job, SecretJob::Error error, const QString &errorString)
{
    job->setResult(int(error), errorString);
}

} // namespace InAppKit
