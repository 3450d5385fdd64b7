// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOX_SANDBOXLOGINSCREENS_H
#define INAPPKIT_SANDBOX_SANDBOXLOGINSCREENS_H

#include "sandboxhttpserver.h"

namespace InAppKit::Sandbox {

class SandboxPages;
class SandboxState;

/// The login, sign-up, account creation and password-reset screens, and the success URL.
namespace LoginScreens {

HttpResponse page(SandboxState &state, const HttpRequest &request);
HttpResponse submitLogin(SandboxState &state, const HttpRequest &request);
HttpResponse submitSignUp(SandboxState &state, const HttpRequest &request);
HttpResponse accountCreation(SandboxState &state, const HttpRequest &request);
HttpResponse reset(SandboxState &state, const HttpRequest &request);
HttpResponse success(SandboxState &state, const HttpRequest &request);

// A login screen asked for by a client the broker does not know: 400 and a page saying so;
// false when @p query names the sandbox's client.
bool refuseUnknownClient(const QUrlQuery &query, const SandboxPages &pages, HttpResponse *refusal);

} // namespace LoginScreens

} // namespace InAppKit::Sandbox

#endif
