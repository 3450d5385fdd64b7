// SPDX-License-Identifier: MIT
#include "sessionbackend.h"
#include "sessionjob_p.h"

namespace InAppKit {

class SessionBackendPrivate
{
};

SessionBackend::SessionBackend(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SessionBackendPrivate>())
{
}

SessionBackend::~SessionBackend() = default;

SessionJob *SessionBackend::abandonSignIn(SignInJob *signIn)
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

void SessionBackend::whenStarted(SessionJob *job, std::function<void()> work)
{
    JobPrivate::get(job)->setWork(std::move(work));
}

void SessionBackend::finishWithSignIn(SignInJob *job, const QString &userId, const QString &email,
                                      const QList<TradingAccount> &accounts, const QString &accessToken)
{
    if (auto *d = JobPrivate::unfinished<SignInJobPrivate>(job)) {
        d->userId = userId;
        d->email = email;
        d->accounts = accounts;
        d->accessToken = accessToken;
        d->finish(0, QString());
    }
}

void SessionBackend::finishWithOneTimeToken(InAppTokenJob *job, const QString &token)
{
    if (auto *d = JobPrivate::unfinished<InAppTokenJobPrivate>(job)) {
        d->oneTimeToken = token;
        d->finish(0, QString());
    }
}

void SessionBackend::finishWithRibbons(RibbonsJob *job, const QJsonArray &ribbons)
{
    if (auto *d = JobPrivate::unfinished<RibbonsJobPrivate>(job)) {
        d->ribbons = ribbons;
        d->finish(0, QString());
    }
}

void SessionBackend::finishWithAccounts(AccountsJob *job, const QList<TradingAccount> &accounts, const QString &email)
{
    if (auto *d = JobPrivate::unfinished<AccountsJobPrivate>(job)) {
        d->accounts = accounts;
        d->email = email;
        d->finish(0, QString());
    }
}

void SessionBackend::finish(SessionJob *job)
{
    JobPrivate::get(job)->finish(0, QString());
}

void SessionBackend::finishWithError(SessionJob *job, SessionJob::Error error, const QString &errorString)
{
    JobPrivate::get(job)->finish(int(error), errorString);
}

} // namespace InAppKit
