// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <QTimer>

namespace InAppKit {

class SecretJobPrivate
{
public:
    bool finished = false;
    SecretJob::Error error = SecretJob::Error::NoError;
    QString errorString;
    QString secret;
};

SecretJob::SecretJob(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SecretJobPrivate>())
{
}

SecretJob::~SecretJob()
{
    d->secret.fill(u'\0');
}

SecretJob::Error SecretJob::error() const
{
    return d->error;
}

QString SecretJob::errorString() const
{
    return d->errorString;
}

QString SecretJob::secret() const
{
    return d->secret;
}

void SecretJob::finishWithSecret(const QString &secret)
{
    d->secret = secret;
    emitFinished();
}

void SecretJob::finish()
{
    emitFinished();
}

void SecretJob::finishWithError(Error error, const QString &errorString)
{
    d->error = error;
    d->errorString = errorString;
    emitFinished();
}

void SecretJob::emitFinished()
{
    if (d->finished)
        return;
    d->finished = true;
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(this);
        deleteLater();
    });
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

} // namespace InAppKit
