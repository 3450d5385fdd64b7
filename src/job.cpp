// SPDX-License-Identifier: MIT
#include "job.h"
#include "job_p.h"

#include <QPointer>
#include <QTimer>

namespace InAppKit {

JobPrivate::~JobPrivate() = default;

void JobPrivate::finish(int errorCode, const QString &message)
{
    if (finished || killed)
        return;
    finished = true;
    error = errorCode;
    errorString = message;
    if (started)
        emitLater();
}

void JobPrivate::setWork(std::function<void()> w)
{
    work = std::move(w);
}

void JobPrivate::emitLater()
{
    Q_Q(Job);
    // Always from the event loop: never from within start() or the maker's call.
    QTimer::singleShot(0, q, [this, q] {
        if (killed || emitted)
            return;
        emitted = true;
        const QPointer<Job> alive(q); // a holder without autoDelete may delete the job in its slot
        Q_EMIT q->result(q);
        if (alive && autoDelete)
            q->deleteLater();
    });
}

Job::Job(JobPrivate &dd, QObject *parent)
    : QObject(parent)
    , d_ptr(&dd)
{
    d_ptr->q_ptr = this;
}

Job::~Job() = default;

void Job::start()
{
    Q_D(Job);
    if (d->started || d->killed)
        return;
    d->started = true;
    if (d->finished) {
        d->emitLater(); // its maker knew the outcome at once (a refused call)
        return;
    }
    if (const auto work = std::exchange(d->work, {}))
        work();
}

bool Job::kill()
{
    Q_D(Job);
    if (d->emitted || d->killed)
        return false;
    d->killed = true;
    d->work = {};
    // Its maker learns it from the job's destruction (an HTTP request is aborted then).
    if (d->autoDelete)
        deleteLater();
    return true;
}

bool Job::isFinished() const
{
    return d_ptr->finished;
}

int Job::error() const
{
    return d_ptr->error;
}

QString Job::errorString() const
{
    return d_ptr->errorString;
}

void Job::setAutoDelete(bool autoDelete)
{
    d_ptr->autoDelete = autoDelete;
}

bool Job::isAutoDelete() const
{
    return d_ptr->autoDelete;
}

} // namespace InAppKit
