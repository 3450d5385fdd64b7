// SPDX-License-Identifier: MIT
// What only tests use: fault injection, the clock, counters, the rules broken on purpose.
#include "sandboxbroker_p.h"

#include "sandboxcrmapi.h"

namespace InAppKit::Sandbox {

void SandboxBroker::setRequestTimeoutMs(int ms)
{
    if (d->server)
        d->server->setIdleTimeoutMs(ms);
}

void SandboxBroker::setForTests(bool enabled)
{
    d->state.forTests = enabled;
}

void SandboxBroker::setRotateAccessTokens(bool rotate)
{
    d->state.rotateAccessTokens = rotate;
}

QByteArray SandboxBroker::lastCookieHeader(const QString &path) const
{
    return d->cookies.value(path);
}

QHash<QString, int> SandboxBroker::tableSizes() const
{
    return {{QStringLiteral("oneTimeTokens"), int(d->state.oneTimeTokens.size())},
            {QStringLiteral("spentOneTimeTokens"), int(d->state.usedOneTimeTokens.size())},
            {QStringLiteral("sessions"), int(d->state.sessions.size())},
            {QStringLiteral("forms"), int(d->state.forms.size())},
            {QStringLiteral("signUps"), int(d->state.signUps.size())}};
}

QStringList SandboxBroker::issuedSecrets() const
{
    return d->state.issued;
}

void SandboxBroker::advanceClock(qint64 ms)
{
    d->state.clockOffset += ms;
}

void SandboxBroker::setFault(const QString &path, Fault fault, int times)
{
    d->faultsLeft.remove(path);
    if (fault == Fault::None) {
        d->faults.remove(path);
        return;
    }
    d->faults.insert(path, fault);
    if (times > 0)
        d->faultsLeft.insert(path, times);
}

void SandboxBroker::clearFaults()
{
    d->faults.clear();
    d->faultsLeft.clear();
}

void SandboxBroker::setFaultDelayMs(int ms)
{
    d->faultDelayMs = ms;
}

int SandboxBroker::pendingDelayedAnswers() const
{
    return d->delayedAnswers;
}

int SandboxBroker::faultDelayMs() const
{
    return d->faultDelayMs;
}

int SandboxBroker::requestCount(const QString &path) const
{
    return d->counters.value(path);
}

QHash<QString, int> SandboxBroker::requestCounts() const
{
    return d->counters;
}

int SandboxBroker::totalRequestCount() const
{
    return d->total;
}

void SandboxBroker::resetCounters()
{
    d->counters.clear();
    d->total = 0;
}

void SandboxBroker::setNonConformance(NonConformance rule, bool broken)
{
    if (broken)
        d->state.broken.insert(rule);
    else
        d->state.broken.remove(rule);
    if (rule == NonConformance::ApiOverHttp && !broken)
        d->crmInClear.reset();
    else if (rule == NonConformance::ApiOverHttp && !d->crmInClear)
        d->crmInClear = CrmApi::serveInClear(d->state);
}

QUrl SandboxBroker::httpUrl() const
{
    if (!d->crmInClear || !d->crmInClear->isListening())
        return QUrl();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(d->crmInClear->serverPort()));
}

QByteArrayList SandboxBroker::receivedInClear() const
{
    return d->state.receivedInClear;
}

void SandboxBroker::setCrmPassword(const QString &password)
{
    d->state.crmPassword = password;
    d->state.crmApiTokens.clear(); // a new password: the tokens of the old one go
}

QString SandboxBroker::crmPassword() const
{
    return d->state.crmPassword;
}

} // namespace InAppKit::Sandbox
