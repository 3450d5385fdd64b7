// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SIGNINJOB_H
#define INAPPKIT_SIGNINJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/sessionjob.h>
#include <InAppKit/tradingaccount.h>
#include <QList>

namespace InAppKit {

class SignInJobPrivate;

/**
 * A sign-in: the one-time token's exchange, or a relogin with the 'Keep Me Logged In' access token.
 *
 * \since 0.3
 */
class INAPPKITCORE_EXPORT SignInJob : public SessionJob
{
    Q_OBJECT
public:
    /// A job owned by @p parent; a SessionBackend makes it and ends it.
    explicit SignInJob(QObject *parent = nullptr);
    ~SignInJob() override;

    /// The signed-in user's id.
    QString userId() const;
    /// The signed-in user's e-mail, when the answer names it.
    QString email() const;
    /// The user's trading accounts.
    QList<TradingAccount> accounts() const;
    /// The 'Keep Me Logged In' access token, when the user ticked it (an exchange), or a rotated one (a relogin); never logged.
    QString accessToken() const;

private:
    Q_DECLARE_PRIVATE(SignInJob)
};

} // namespace InAppKit

#endif
