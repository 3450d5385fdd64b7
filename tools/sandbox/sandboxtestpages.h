// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOX_SANDBOXTESTPAGES_H
#define INAPPKIT_SANDBOX_SANDBOXTESTPAGES_H

#include "sandboxhttpserver.h"

namespace InAppKit::Sandbox {

class SandboxState;

/// The fixture pages of the embedded view's policy tests: a single-page login (served by every
/// broker) and the hostile and odd pages under /test/ (only by one started for tests).
namespace TestPages {

HttpResponse spaLoginPage(SandboxState &state, const HttpRequest &request);
HttpResponse spaLogin(SandboxState &state, const HttpRequest &request);

HttpResponse download(SandboxState &state, const HttpRequest &request);
HttpResponse serviceWorkerScript(SandboxState &state, const HttpRequest &request);
HttpResponse serviceWorker(SandboxState &state, const HttpRequest &request);
HttpResponse redirectExternal(SandboxState &state, const HttpRequest &request);
HttpResponse untitled(SandboxState &state, const HttpRequest &request);
HttpResponse redirectLoop(SandboxState &state, const HttpRequest &request);
HttpResponse hostileFrame(SandboxState &state, const HttpRequest &request);
HttpResponse vendorPermission(SandboxState &state, const HttpRequest &request);
HttpResponse successByAnyMeans(SandboxState &state, const HttpRequest &request);
HttpResponse popups(SandboxState &state, const HttpRequest &request);
HttpResponse links(SandboxState &state, const HttpRequest &request);

/// A page under /test/ that there is not, in English whatever the request asks.
HttpResponse notFound(const HttpRequest &request);

} // namespace TestPages

} // namespace InAppKit::Sandbox

#endif
