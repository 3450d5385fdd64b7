// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_TRANSLATIONS_H
#define INAPPKIT_TRANSLATIONS_H

#include <InAppKit/inappkitcore_export.h>

#include <QLocale>
#include <QObject>

namespace InAppKit {

/**
 * The kit's own translations, compiled into its libraries: Core's messages (a host that links
 * only Core gets them translated) and, when the host links InAppKit::Widgets, the widgets' too.
 *
 * A host calls install() once, and again when its language changes; the kit's widgets follow
 * through QEvent::LanguageChange. By default nothing else of the application changes: Qt's own
 * translations and the layout direction stay the host's business unless it asks.
 */
class INAPPKITCORE_EXPORT Translations
{
    Q_GADGET
public:
    /// What install() changes besides the kit's own messages.
    enum class Option {
        KitOnly = 0x0,         ///< the kit's own messages, nothing else
        QtTranslations = 0x1,  ///< also install Qt's own (qtbase) translations, for the standard dialogs
        LayoutDirection = 0x2, ///< also set the application's layout direction from the locale (right-to-left for Arabic)
    };
    /// A combination of Option values.
    Q_DECLARE_FLAGS(Options, Option)
    Q_FLAG(Options)

    /// Installs the translations for @p locale, replacing those an earlier call installed; false if
    /// the kit has none for that language (it then speaks English).
    static bool install(const QLocale &locale = QLocale(), Options options = Option::KitOnly);
    /// Removes what install() installed (the layout direction is left as it is).
    static void uninstall();
    /// The languages the kit is translated into (ISO 639-1 codes, plus "zh_CN").
    static QStringList availableLanguages();
};

} // namespace InAppKit

Q_DECLARE_OPERATORS_FOR_FLAGS(InAppKit::Translations::Options)

#endif
