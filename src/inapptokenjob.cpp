// SPDX-License-Identifier: MIT
#include "inapptokenjob.h"
#include "sessionjob_p.h"

namespace InAppKit {

InAppTokenJob::InAppTokenJob(QObject *parent)
    : SessionJob(*new InAppTokenJobPrivate, parent)
{
}

InAppTokenJob::~InAppTokenJob() = default;

QString InAppTokenJob::oneTimeToken() const
{
    Q_D(const InAppTokenJob);
    return d->oneTimeToken;
}

} // namespace InAppKit
