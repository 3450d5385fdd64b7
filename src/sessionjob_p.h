// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SESSIONJOB_P_H
#define INAPPKIT_SESSIONJOB_P_H

#include "accountsjob.h"
#include "inapptokenjob.h"
#include "job_p.h"
#include "ribbonsjob.h"
#include "signinjob.h"

namespace InAppKit {

// The results of the session jobs, written by the SessionBackend that ends them.
class SessionJobPrivate : public JobPrivate
{
};

class SignInJobPrivate : public SessionJobPrivate
{
public:
    ~SignInJobPrivate() override { accessToken.fill(u'\0'); } // no token lingers in freed memory
    QString userId;
    QString email;
    QList<TradingAccount> accounts;
    QString accessToken;
};

class InAppTokenJobPrivate : public SessionJobPrivate
{
public:
    ~InAppTokenJobPrivate() override { oneTimeToken.fill(u'\0'); }
    QString oneTimeToken;
};

class AccountsJobPrivate : public SessionJobPrivate
{
public:
    QList<TradingAccount> accounts;
    QString email;
};

class RibbonsJobPrivate : public SessionJobPrivate
{
public:
    QJsonArray ribbons;
};

} // namespace InAppKit

#endif
