// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_WIDGETSLOGGINGCATEGORIES_P_H
#define INAPPKIT_WIDGETSLOGGINGCATEGORIES_P_H

#include <QLoggingCategory>

// URLs are logged without query or fragment (tokens travel in the query); tokens never.
Q_DECLARE_LOGGING_CATEGORY(lcInAppKitWeb)

#endif
