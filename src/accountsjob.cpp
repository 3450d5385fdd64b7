// SPDX-License-Identifier: MIT
#include "accountsjob.h"
#include "sessionjob_p.h"

namespace InAppKit {

AccountsJob::AccountsJob(QObject *parent)
    : SessionJob(*new AccountsJobPrivate, parent)
{
}

AccountsJob::~AccountsJob() = default;

QList<TradingAccount> AccountsJob::accounts() const
{
    Q_D(const AccountsJob);
    return d->accounts;
}

QString AccountsJob::email() const
{
    Q_D(const AccountsJob);
    return d->email;
}

} // namespace InAppKit
