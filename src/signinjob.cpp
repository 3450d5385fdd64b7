// SPDX-License-Identifier: MIT
#include "signinjob.h"
#include "sessionjob_p.h"

namespace InAppKit {

SignInJob::SignInJob(QObject *parent)
    : SessionJob(*new SignInJobPrivate, parent)
{
}

SignInJob::~SignInJob() = default;

QString SignInJob::userId() const
{
    Q_D(const SignInJob);
    return d->userId;
}

QString SignInJob::email() const
{
    Q_D(const SignInJob);
    return d->email;
}

QList<TradingAccount> SignInJob::accounts() const
{
    Q_D(const SignInJob);
    return d->accounts;
}

QString SignInJob::accessToken() const
{
    Q_D(const SignInJob);
    return d->accessToken;
}

} // namespace InAppKit
