// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SSOSESSION_P_H
#define INAPPKIT_SSOSESSION_P_H

// Private API: no compatibility promise; for the kit and its tests.

#include <InAppKit/brokerprofile.h>
#include <InAppKit/inappkitcore_export.h>

namespace InAppKit {

/// The broker's identity in the keychain and the settings: its origins, never its name.
QString brokerIdentity(const BrokerProfile &profile);
/// The keychain key of @p userId's saved login with the broker of @p profile (the kit's tests read
/// the keychain with it; a host has no need of it: the secret is read only through the SecretStore).
INAPPKITCORE_EXPORT QString savedLoginKey(const BrokerProfile &profile, const QString &userId);

} // namespace InAppKit

#endif
