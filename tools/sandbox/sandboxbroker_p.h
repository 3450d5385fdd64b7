// SPDX-License-Identifier: MIT
// The sandbox broker's inside: its server, its state, and what tests set on how it answers
// (faults, counters). What it answers is in the route table (sandboxroutes.cpp) and the areas it
// names; what it knows, in SandboxState (sandboxstate.cpp).
#ifndef INAPPKIT_SANDBOX_SANDBOXBROKER_P_H
#define INAPPKIT_SANDBOX_SANDBOXBROKER_P_H

#include "sandboxbroker.h"
#include "sandboxhttpserver.h"
#include "sandboxstate.h"
#include "sandboxthirdparties.h"

#include <QTcpServer>

#include <memory>

namespace InAppKit::Sandbox {

class SandboxBrokerPrivate
{
public:
    explicit SandboxBrokerPrivate(SandboxBroker *broker);

    SandboxBroker *const q;
    std::unique_ptr<SandboxHttpServer> server;
    std::unique_ptr<SandboxThirdParties> thirdParties;
    QString hostName = QStringLiteral("127.0.0.1"); // what its URLs call it (it listens on loopback)
    SandboxState state;
    std::unique_ptr<QTcpServer> crmInClear; // the CRM API over plain http (ApiOverHttp); uses the state

    QHash<QString, SandboxBroker::Fault> faults;
    QHash<QString, int> faultsLeft; // for faults of a limited count, by path
    int faultDelayMs = 3000;
    int delayedAnswers = 0;
    QHash<QString, int> counters;
    QHash<QString, QByteArray> cookies; // the last Cookie header per path
    int total = 0;

    // Counts the request, applies any fault set on its path, and answers it by the route table.
    void handle(const HttpRequest &request, const HttpResponder &responder);
    HttpResponse answer(const HttpRequest &request);
};

} // namespace InAppKit::Sandbox

#endif
