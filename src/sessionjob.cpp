// SPDX-License-Identifier: MIT
#include "sessionjob.h"

#include <QTimer>

namespace InAppKit {

class SessionJobPrivate
{
public:
    bool finished = false;
    bool autoDelete = true;
    SessionJob::Error error = SessionJob::Error::NoError;
    QString errorString;
    QString userId;
    QString email;
    QList<TradingAccount> accounts;
    QString accessToken;
    QString oneTimeToken;
    QJsonArray ribbons;
};

SessionJob::SessionJob(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SessionJobPrivate>())
{
}

SessionJob::~SessionJob()
{
    // Tokens do not linger in freed memory longer than needed.
    d->accessToken.fill(u'\0');
    d->oneTimeToken.fill(u'\0');
}

bool SessionJob::isFinished() const
{
    return d->finished;
}

SessionJob::Error SessionJob::error() const
{
    return d->error;
}

QString SessionJob::errorString() const
{
    return d->errorString;
}

void SessionJob::setAutoDelete(bool autoDelete)
{
    d->autoDelete = autoDelete;
}

bool SessionJob::autoDelete() const
{
    return d->autoDelete;
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

void SessionJob::finishWithSignIn(const QString &userId, const QString &email, const QList<TradingAccount> &accounts,
                                  const QString &accessToken)
{
    d->userId = userId;
    d->email = email;
    d->accounts = accounts;
    d->accessToken = accessToken;
    emitFinished();
}

void SessionJob::finishWithOneTimeToken(const QString &token)
{
    d->oneTimeToken = token;
    emitFinished();
}

void SessionJob::finishWithRibbons(const QJsonArray &ribbons)
{
    d->ribbons = ribbons;
    emitFinished();
}

void SessionJob::finishWithAccounts(const QList<TradingAccount> &accounts, const QString &email)
{
    d->accounts = accounts;
    d->email = email;
    emitFinished();
}

void SessionJob::finish()
{
    emitFinished();
}

void SessionJob::finishWithError(Error error, const QString &errorString)
{
    d->error = error;
    d->errorString = errorString;
    emitFinished();
}

void SessionJob::emitFinished()
{
    if (d->finished)
        return;
    d->finished = true;
    // Always asynchronous, so that a caller can connect after starting the job.
    QTimer::singleShot(0, this, [this] {
        Q_EMIT finished(this);
        if (d->autoDelete)
            deleteLater();
    });
}

} // namespace InAppKit
