// SPDX-License-Identifier: MIT
#include "webnavigation_p.h"

namespace InAppKit::WebNavigation {

QString displayTitle(const QString &title, const QUrl &pageUrl, const QString &tokenParameter, const QString &fallback)
{
    const QString text = title.trimmed();
    if (text.isEmpty() || text.contains(QLatin1String("://")) || text.contains(tokenParameter + u'='))
        return fallback;
    // "127.0.0.1:8443/inapp/deposit?token=…", "crm.example/…": the URL without its scheme.
    const QUrl asUrl = QUrl::fromUserInput(text);
    if (!pageUrl.host().isEmpty() && asUrl.host().compare(pageUrl.host(), Qt::CaseInsensitive) == 0)
        return fallback;
    if (text.startsWith(QLatin1String("about:")) || text.startsWith(QLatin1String("data:")))
        return fallback;
    return text.left(200);
}

} // namespace InAppKit::WebNavigation
