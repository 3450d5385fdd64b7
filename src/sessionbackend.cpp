// SPDX-License-Identifier: MIT
#include "sessionbackend.h"

namespace InAppKit {

SessionBackend::SessionBackend(QObject *parent)
    : QObject(parent)
{
}

SessionBackend::~SessionBackend() = default;

SessionJob *SessionBackend::abandonSignIn(SessionJob *signIn)
{
    Q_UNUSED(signIn)
    auto *job = new SessionJob(this);
    job->finish();
    return job;
}

} // namespace InAppKit
