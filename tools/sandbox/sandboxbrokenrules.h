// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOX_SANDBOXBROKENRULES_H
#define INAPPKIT_SANDBOX_SANDBOXBROKENRULES_H

#include "sandboxhttpserver.h"

namespace InAppKit::Sandbox {

class SandboxState;

/// The rules broken on purpose (SandboxBroker::setNonConformance()) that apply to every request
/// and page alike; the rules of one area are broken where that area answers.
namespace BrokenRules {

/// The request as the broken broker reads it (IgnoreLanguage, IgnoreTheme).
HttpRequest read(const SandboxState &state, const HttpRequest &request);
/// The answer as the broken broker serves it (ForbiddenWords, InsecureResource, Alert, WideScreens).
HttpResponse served(const SandboxState &state, HttpResponse response);

} // namespace BrokenRules

} // namespace InAppKit::Sandbox

#endif
