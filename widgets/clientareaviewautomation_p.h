// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CLIENTAREAVIEWAUTOMATION_P_H
#define INAPPKIT_CLIENTAREAVIEWAUTOMATION_P_H

// Private API, no compatibility promise, for the kit's tests and inappkit-conformance: this header
// is not installed. A host gets no door to the broker's page or web profile: what the page may do
// (navigations, the success URL, the request guard) is the kit's to decide.

#include <InAppKit/inappkitwidgets_export.h>

class QWebEnginePage;
class QWebEngineProfile;

namespace InAppKit {

class BrokerWebProfile;
class ClientAreaView;

namespace Automation {

/// The web page of @p view, to drive it (runJavaScript, scripts); null before its first screen.
/// Private API, no compatibility promise, for the kit's tests and inappkit-conformance.
INAPPKITWIDGETS_EXPORT QWebEnginePage *page(const ClientAreaView *view);

/// The Qt WebEngine profile of @p profile, created (and Chromium started) on first use. Private
/// API, no compatibility promise, for the kit's tests and inappkit-conformance.
INAPPKITWIDGETS_EXPORT QWebEngineProfile *webEngineProfile(BrokerWebProfile *profile);

} // namespace Automation
} // namespace InAppKit

#endif
