// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_LOGGINGCATEGORIES_P_H
#define INAPPKIT_LOGGINGCATEGORIES_P_H

#include <QLoggingCategory>

// One category per area. Nothing logged under them may carry a token or a URL with its
// query: log UrlPolicy::redactedUrl(url) instead.
Q_DECLARE_LOGGING_CATEGORY(lcInAppKitProfile)
Q_DECLARE_LOGGING_CATEGORY(lcInAppKitRedirect)
Q_DECLARE_LOGGING_CATEGORY(lcInAppKitSession)
Q_DECLARE_LOGGING_CATEGORY(lcInAppKitKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcInAppKitProxy)

#endif
