// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SECRETJOB_P_H
#define INAPPKIT_SECRETJOB_P_H

#include "job_p.h"
#include "readsecretjob.h"

namespace InAppKit {

class SecretJobPrivate : public JobPrivate
{
};

class ReadSecretJobPrivate : public SecretJobPrivate
{
public:
    ~ReadSecretJobPrivate() override { secret.fill(u'\0'); } // a token does not linger in freed memory
    QString secret;
};

} // namespace InAppKit

#endif
