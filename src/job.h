// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_JOB_H
#define INAPPKIT_JOB_H

#include <InAppKit/inappkitcore_export.h>

#include <QObject>

#include <memory>

namespace InAppKit {

class JobPrivate;

/**
 * What SessionJob and SecretJob share: one asynchronous operation that finishes exactly once,
 * later than the call that made it (so a caller can connect after starting it), and then deletes
 * itself unless autoDelete is off.
 *
 * Whoever holds a job can only read it: ending it is the business of the SessionBackend or the
 * SecretStore that made it.
 */
class INAPPKITCORE_EXPORT Job : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool autoDelete READ autoDelete WRITE setAutoDelete)
public:
    ~Job() override;

    /// Whether the job has its outcome (its finished signal may still be on its way).
    bool isFinished() const;
    /// A sentence for the user when the job failed, else empty; never a token.
    QString errorString() const;

    /// Whether the job deletes itself once finished has been emitted (the default).
    void setAutoDelete(bool autoDelete);
    /// Whether the job deletes itself once finished has been emitted.
    bool autoDelete() const;

protected:
    /// A job owned by @p parent; only subclasses make jobs.
    explicit Job(QObject *parent);
    /// The outcome: @p error 0 means success. Later calls are ignored.
    void setResult(int error, const QString &errorString);
    /// The outcome's error code, 0 for success; subclasses turn it into their Error enum.
    int errorCode() const;
    /// Emits the subclass's finished signal; called once, from the event loop.
    virtual void emitFinished() = 0;

private:
    std::unique_ptr<JobPrivate> d;
};

} // namespace InAppKit

#endif
