// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_JOB_P_H
#define INAPPKIT_JOB_P_H

#include "job.h"

#include <functional>

namespace InAppKit {

// One private object per job, whatever its class: each job class's private derives from this.
class JobPrivate
{
    Q_DECLARE_PUBLIC(Job)
public:
    virtual ~JobPrivate();

    static JobPrivate *get(Job *job) { return job->d_ptr.get(); }
    // @p job's private object, of its kind, when its maker may still end it; else null.
    template<typename Private>
    static Private *unfinished(Job *job)
    {
        JobPrivate *d = get(job);
        return d->finished || d->killed ? nullptr : static_cast<Private *>(d);
    }

    // Ends the job with its outcome; later calls are ignored. The result is emitted once the holder
    // has started the job, from the event loop.
    void finish(int errorCode, const QString &message);
    // What start() sets going (the maker's request); the job may also be finished before.
    void setWork(std::function<void()> work);

    Job *q_ptr = nullptr;
    std::function<void()> work;
    int error = 0;
    QString errorString;
    bool started = false;
    bool finished = false;
    bool killed = false;
    bool emitted = false;
    bool autoDelete = true;

    void emitLater();
};

} // namespace InAppKit

#endif
