// SPDX-License-Identifier: MIT
#include "readsecretjob.h"
#include "secretjob_p.h"

namespace InAppKit {

ReadSecretJob::ReadSecretJob(QObject *parent)
    : SecretJob(*new ReadSecretJobPrivate, parent)
{
}

ReadSecretJob::~ReadSecretJob() = default;

QString ReadSecretJob::secret() const
{
    Q_D(const ReadSecretJob);
    return d->secret;
}

} // namespace InAppKit
