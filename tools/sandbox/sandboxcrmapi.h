// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOX_SANDBOXCRMAPI_H
#define INAPPKIT_SANDBOX_SANDBOXCRMAPI_H

#include "sandboxhttpserver.h"

#include <memory>

class QTcpServer;

namespace InAppKit::Sandbox {

class SandboxState;

/// The broker CRM's side of the specification (4.1 to 4.5), under /oauth2/.
namespace CrmApi {

HttpResponse crmApiToken(SandboxState &state, const HttpRequest &request);      ///< 4.1
HttpResponse oneTimeAuthorize(SandboxState &state, const HttpRequest &request); ///< 4.2
HttpResponse authorize(SandboxState &state, const HttpRequest &request);        ///< 4.3
HttpResponse oneTimeGenerate(SandboxState &state, const HttpRequest &request);  ///< 4.4
HttpResponse logout(SandboxState &state, const HttpRequest &request);           ///< 4.5

/// The JSON answers of an operation it does not have, and of a method an operation does not take.
HttpResponse notFound(const HttpRequest &request);
HttpResponse notAllowed(const QByteArray &allow);

/// ApiOverHttp broken: the same API on a plain TCP port of loopback, one request per
/// connection, each kept in SandboxState::receivedInClear as sent.
std::unique_ptr<QTcpServer> serveInClear(SandboxState &state);

} // namespace CrmApi

} // namespace InAppKit::Sandbox

#endif
