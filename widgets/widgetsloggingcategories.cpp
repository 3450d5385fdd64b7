// SPDX-License-Identifier: MIT
#include "widgetsloggingcategories_p.h"

Q_LOGGING_CATEGORY(lcInAppKitWeb, "inappkit.web", QtInfoMsg)
