// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_TESTS_JOBUTILS_H
#define INAPPKIT_TESTS_JOBUTILS_H

#include <InAppKit/job.h>

#include <QSignalSpy>

namespace InAppKit::Tests {

// Starts @p job as a holder does and waits for its result; false if none came in @p timeoutMs.
// The job is deleted only when the caller's event loop runs again, so its outcome can be read.
inline bool runJob(Job *job, int timeoutMs = 15000)
{
    QSignalSpy result(job, &Job::result);
    job->start();
    return result.wait(timeoutMs);
}

} // namespace InAppKit::Tests

#endif
