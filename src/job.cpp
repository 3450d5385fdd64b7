// SPDX-License-Identifier: MIT
#include "job.h"

#include <QTimer>

namespace InAppKit {

class JobPrivate
{
public:
    bool finished = false;
    bool autoDelete = true;
    int error = 0;
    QString errorString;
};

Job::Job(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<JobPrivate>())
{
}

Job::~Job() = default;

bool Job::isFinished() const
{
    return d->finished;
}

QString Job::errorString() const
{
    return d->errorString;
}

void Job::setAutoDelete(bool autoDelete)
{
    d->autoDelete = autoDelete;
}

bool Job::autoDelete() const
{
    return d->autoDelete;
}

int Job::errorCode() const
{
    return d->error;
}

void Job::setResult(int error, const QString &errorString)
{
    if (d->finished)
        return;
    d->finished = true;
    d->error = error;
    d->errorString = errorString;
    // Always asynchronous, so that a caller can connect after starting the job.
    QTimer::singleShot(0, this, [this] {
        emitFinished();
        if (d->autoDelete)
            deleteLater();
    });
}

} // namespace InAppKit
