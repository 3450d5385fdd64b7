// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SESSIONJOB_P_H
#define INAPPKIT_SESSIONJOB_P_H

#include <InAppKit/sessionjob.h>

namespace InAppKit {

// A job's results, written by the SessionBackend that ends it.
class SessionJobPrivate
{
public:
    QString userId;
    QString email;
    QList<TradingAccount> accounts;
    QString accessToken;
    QString oneTimeToken;
    QJsonArray ribbons;
};

} // namespace InAppKit

#endif
