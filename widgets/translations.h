// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_TRANSLATIONS_H
#define INAPPKIT_TRANSLATIONS_H

#include <InAppKit/inappkitwidgets_export.h>

#include <QLocale>

namespace InAppKit {

/**
 * The kit's own translations (compiled into the library), and Qt's for the standard dialogs.
 * A host calls install() once, and again when its language changes; the kit's widgets follow
 * through QEvent::LanguageChange.
 */
class INAPPKITWIDGETS_EXPORT Translations
{
public:
    /// Installs the translations for @p locale, replacing earlier ones; false if the kit has none
    /// for that language (it then speaks English). Right-to-left languages set the layout direction.
    static bool install(const QLocale &locale = QLocale());
    /// The languages the kit is translated into (ISO 639-1 codes, plus "zh_CN").
    static QStringList availableLanguages();
};

} // namespace InAppKit

#endif
