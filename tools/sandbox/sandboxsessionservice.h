// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOX_SANDBOXSESSIONSERVICE_H
#define INAPPKIT_SANDBOX_SANDBOXSESSIONSERVICE_H

#include "sandboxhttpserver.h"
#include "sandboxstate.h"

namespace InAppKit::Sandbox {

/// The session service that HttpSessionBackend speaks (docs/session-protocol.md), under /session/.
namespace SessionService {

HttpResponse exchange(SandboxState &state, const HttpRequest &request);
HttpResponse relogin(SandboxState &state, const HttpRequest &request);
HttpResponse inAppToken(SandboxState &state, const HttpRequest &request);
HttpResponse logout(SandboxState &state, const HttpRequest &request);
HttpResponse ribbons(SandboxState &state, const HttpRequest &request);
HttpResponse accounts(SandboxState &state, const HttpRequest &request);

/// The JSON answers of an operation it does not have, and of a method an operation does not take.
HttpResponse notFound(const HttpRequest &request);
HttpResponse notAllowed(const QByteArray &allow);

/// The JSON answer to a login one-time token that cannot be spent (session service and CRM API).
HttpResponse tokenRefused(SandboxState::TokenCheck check);

} // namespace SessionService

} // namespace InAppKit::Sandbox

#endif
