// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_ACCOUNTSJOB_H
#define INAPPKIT_ACCOUNTSJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/sessionjob.h>
#include <InAppKit/tradingaccount.h>
#include <QList>

namespace InAppKit {

class AccountsJobPrivate;

/**
 * The signed-in user's trading accounts, and the e-mail when the answer names it.
 *
 * \since 0.3
 */
class INAPPKITCORE_EXPORT AccountsJob : public SessionJob
{
    Q_OBJECT
public:
    /// A job owned by @p parent; a SessionBackend makes it and ends it.
    explicit AccountsJob(QObject *parent = nullptr);
    ~AccountsJob() override;

    /// The user's trading accounts.
    QList<TradingAccount> accounts() const;
    /// The user's e-mail when the answer names it (it may have changed), else empty.
    QString email() const;

private:
    Q_DECLARE_PRIVATE(AccountsJob)
};

} // namespace InAppKit

#endif
