// SPDX-License-Identifier: MIT
#include "sessionbackend.h"
#include "sessionjob_p.h"

namespace InAppKit {

SessionBackend::SessionBackend(QObject *parent)
    : QObject(parent)
{
}

SessionBackend::~SessionBackend() = default;

SessionJob *SessionBackend::abandonSignIn(SessionJob *signIn)
{
    Q_UNUSED(signIn)
    auto *job = new SessionJob(this);
    finish(job);
    return job;
}

void SessionBackend::virtualHook(int id, void *data)
{
    Q_UNUSED(id)
    Q_UNUSED(data)
}

void SessionBackend::finishWithSignIn(SessionJob *job, const QString &userId, const QString &email,
                                      const QList<TradingAccount> &accounts, const QString &accessToken)
{
    if (job->isFinished())
        return;
    job->d->userId = userId;
    job->d->email = email;
    job->d->accounts = accounts;
    job->d->accessToken = accessToken;
    job->setResult(0, QString());
}

void SessionBackend::finishWithOneTimeToken(SessionJob *job, const QString &token)
{
    if (job->isFinished())
        return;
    job->d->oneTimeToken = token;
    job->setResult(0, QString());
}

void SessionBackend::finishWithRibbons(SessionJob *job, const QJsonArray &ribbons)
{
    if (job->isFinished())
        return;
    job->d->ribbons = ribbons;
    job->setResult(0, QString());
}

void SessionBackend::finishWithAccounts(SessionJob *job, const QList<TradingAccount> &accounts, const QString &email)
{
    if (job->isFinished())
        return;
    job->d->accounts = accounts;
    job->d->email = email;
    job->setResult(0, QString());
}

void SessionBackend::finish(SessionJob *job)
{
    job->setResult(0, QString());
}

void SessionBackend::finishWithError(SessionJob *job, SessionJob::Error error, const QString &errorString)
{
    job->setResult(int(error), errorString);
}

} // namespace InAppKit
