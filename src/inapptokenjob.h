// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_INAPPTOKENJOB_H
#define INAPPKIT_INAPPTOKENJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/sessionjob.h>


namespace InAppKit {

class InAppTokenJobPrivate;

/**
 * A fresh one-time token for opening one InApp screen or broker page (it lives 60 s). It goes only to whoever holds the job: SsoSession::requestInAppToken().
 *
 * \since 0.3
 */
class INAPPKITCORE_EXPORT InAppTokenJob : public SessionJob
{
    Q_OBJECT
public:
    /// A job owned by @p parent; a SessionBackend makes it and ends it.
    explicit InAppTokenJob(QObject *parent = nullptr);
    ~InAppTokenJob() override;

    /// The one-time token; never logged.
    QString oneTimeToken() const;

private:
    Q_DECLARE_PRIVATE(InAppTokenJob)
};

} // namespace InAppKit

#endif
