// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOX_SANDBOXINAPPSCREENS_H
#define INAPPKIT_SANDBOX_SANDBOXINAPPSCREENS_H

#include "sandboxhttpserver.h"

namespace InAppKit::Sandbox {

class SandboxState;

/// The InApp screens (deposit, withdraw, KYC, support, new account, password and e-mail changes,
/// the profile's custom action), each at /inapp/<id>, and the partners' steps in them.
namespace InAppScreens {

/// Opens the screen of the request's path, spending its one-time token (GET).
HttpResponse open(SandboxState &state, const HttpRequest &request);
/// A step of the screen of the request's path, by the form's own key (POST).
HttpResponse submit(SandboxState &state, const HttpRequest &request);
/// 3-D Secure comes back by a form POST carrying the issuer's answer and the form's key (MD).
HttpResponse depositReturn(SandboxState &state, const HttpRequest &request);

} // namespace InAppScreens

} // namespace InAppKit::Sandbox

#endif
