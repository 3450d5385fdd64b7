// SPDX-License-Identifier: MIT
#include "sessionjob.h"
#include "sessionjob_p.h"

namespace InAppKit {

SessionJob::SessionJob(QObject *parent)
    : Job(*new SessionJobPrivate, parent)
{
}

SessionJob::SessionJob(SessionJobPrivate &dd, QObject *parent)
    : Job(dd, parent)
{
}

SessionJob::~SessionJob() = default;

SessionJob::Error SessionJob::error() const
{
    return static_cast<Error>(Job::error());
}

} // namespace InAppKit
