// SPDX-License-Identifier: MIT
#include "ribbonsjob.h"
#include "sessionjob_p.h"

namespace InAppKit {

RibbonsJob::RibbonsJob(QObject *parent)
    : SessionJob(*new RibbonsJobPrivate, parent)
{
}

RibbonsJob::~RibbonsJob() = default;

QJsonArray RibbonsJob::ribbons() const
{
    Q_D(const RibbonsJob);
    return d->ribbons;
}

} // namespace InAppKit
