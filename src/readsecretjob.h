// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_READSECRETJOB_H
#define INAPPKIT_READSECRETJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/secretjob.h>

namespace InAppKit {

class ReadSecretJobPrivate;

/**
 * A SecretStore's read: the secret stored under a key, or SecretJob::Error::NotFound.
 *
 * \since 0.3
 */
class INAPPKITCORE_EXPORT ReadSecretJob : public SecretJob
{
    Q_OBJECT
public:
    /// A job owned by @p parent; a SecretStore makes it and ends it.
    explicit ReadSecretJob(QObject *parent = nullptr);
    ~ReadSecretJob() override;

    /// What was read; never logged.
    QString secret() const;

private:
    Q_DECLARE_PRIVATE(ReadSecretJob)
};

} // namespace InAppKit

#endif
