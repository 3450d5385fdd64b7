// SPDX-License-Identifier: MIT
#include "sessionjob.h"
#include "sessionjob_p.h"

namespace InAppKit {

SessionJob::SessionJob(QObject *parent)
    : Job(parent)
    , d(std::make_unique<SessionJobPrivate>())
{
}

SessionJob::~SessionJob()
{
    // Tokens do not linger in freed memory longer than needed.
    d->accessToken.fill(u'\0');
    d->oneTimeToken.fill(u'\0');
}

SessionJob::Error SessionJob::error() const
{
    return static_cast<Error>(errorCode());
}

QString SessionJob::userId() const
{
    return d->userId;
}

QString SessionJob::email() const
{
    return d->email;
}

QList<TradingAccount> SessionJob::accounts() const
{
    return d->accounts;
}

QString SessionJob::accessToken() const
{
    return d->accessToken;
}

QString SessionJob::oneTimeToken() const
{
    return d->oneTimeToken;
}

QJsonArray SessionJob::ribbons() const
{
    return d->ribbons;
}

void SessionJob::emitFinished()
{
    Q_EMIT finished(this);
}

} // namespace InAppKit
