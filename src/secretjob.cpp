// SPDX-License-Identifier: MIT
#include "secretjob.h"
#include "secretjob_p.h"

namespace InAppKit {

SecretJob::SecretJob(QObject *parent)
    : Job(*new SecretJobPrivate, parent)
{
}

SecretJob::SecretJob(SecretJobPrivate &dd, QObject *parent)
    : Job(dd, parent)
{
}

SecretJob::~SecretJob() = default;

SecretJob::Error SecretJob::error() const
{
    return static_cast<Error>(Job::error());
}

} // namespace InAppKit
