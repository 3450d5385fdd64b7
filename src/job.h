// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_JOB_H
#define INAPPKIT_JOB_H

#include <InAppKit/inappkitcore_export.h>

#include <QObject>

#include <memory>

namespace InAppKit {

class JobPrivate;

/**
 * One asynchronous operation, in the shape of KCoreAddons' KJob: whoever asked for it holds it,
 * connects to result(), then calls start(); the result comes once, later than start() (never from
 * within it), and the job then deletes itself unless autoDelete is off. kill() abandons it: no
 * result comes, and the job is deleted.
 *
 * Every asynchronous call of the kit answers with a job: the session service's calls
 * (SessionJob and its typed kinds: SignInJob, InAppTokenJob, AccountsJob, RibbonsJob), the
 * keychain's (SecretJob, ReadSecretJob), and SsoSession::requestInAppToken(). Nothing of a job
 * starts before start(): a token request goes on the wire only then.
 *
 * The outcome is read with error() (0, or the job's Error enum, for success) and errorString(),
 * a sentence for the user that never carries a token. Whoever holds a job can only start, kill
 * and read it: ending it is the business of the SessionBackend or the SecretStore that made it.
 *
 * \since 0.2
 */
class INAPPKITCORE_EXPORT Job : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool autoDelete READ isAutoDelete WRITE setAutoDelete)
public:
    ~Job() override;

    /// Starts the work. Connect to result() first: it is emitted later, once. A second call does
    /// nothing. A job never started waits, and lives until its maker is deleted. \since 0.3
    void start();
    /// Abandons the job: result() is not emitted, and the job is deleted (with autoDelete on, the
    /// default), which tells its maker to stop the work (HttpSessionBackend aborts the request).
    /// Returns false when the result was already emitted. \since 0.3
    bool kill();

    /// Whether the job has its outcome (result() may still be on its way).
    bool isFinished() const;
    /// Why the job failed: 0 for success, else a value of the job's own Error enum (which
    /// SessionJob::error() and SecretJob::error() return typed). \since 0.3
    int error() const;
    /// A sentence for the user when the job failed, else empty; never a token.
    QString errorString() const;

    /// Whether the job deletes itself after result() and after kill() (the default).
    void setAutoDelete(bool autoDelete);
    /// Whether the job deletes itself after result() and after kill(). \since 0.3 (was autoDelete())
    bool isAutoDelete() const;

Q_SIGNALS:
    /// The job has its outcome (read error() and the job's results); emitted once, from the event
    /// loop, after start(). Not emitted for a killed job. A holder that turned autoDelete off and
    /// is done with the job calls deleteLater() (or deletes it) in its slot. \since 0.3
    void result(InAppKit::Job *job);

protected:
    /// Only the kit's job classes make jobs; their makers end them (SessionBackend, SecretStore).
    Job(JobPrivate &dd, QObject *parent);
    /// The job's one private object, of its class's kind (Qt's d-pointer: not for hosts).
    const std::unique_ptr<JobPrivate> d_ptr;

private:
    friend class JobPrivate; // the makers reach a job's outcome through it, its holders cannot
    Q_DECLARE_PRIVATE(Job)
};

} // namespace InAppKit

#endif
