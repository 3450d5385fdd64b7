// SPDX-License-Identifier: MIT
#include "loggingcategories_p.h"

Q_LOGGING_CATEGORY(lcInAppKitProfile, "inappkit.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInAppKitRedirect, "inappkit.redirect", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInAppKitSession, "inappkit.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInAppKitKeychain, "inappkit.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInAppKitProxy, "inappkit.proxy", QtInfoMsg)
