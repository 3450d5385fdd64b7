// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_HOSTAPPEARANCE_H
#define INAPPKIT_HOSTAPPEARANCE_H

#include <InAppKit/inappkitwidgets_export.h>
#include <InAppKit/screenurlbuilder.h>

class QPalette;
class QWidget;

namespace InAppKit {

/**
 * What the broker's screens should look like to match the host: the `theme` query item
 * follows the host's palette, `lang` the host's locale.
 */
class INAPPKITWIDGETS_EXPORT HostAppearance
{
public:
    /// Dark when the window background is darker than its text.
    static ScreenUrlBuilder::Theme theme(const QPalette &palette);
    /// The theme of @p widget's palette, or the application's when @p widget is null.
    static ScreenUrlBuilder::Theme theme(const QWidget *widget = nullptr);
    /// The locale of @p widget, or the default locale when @p widget is null.
    static QLocale locale(const QWidget *widget = nullptr);
};

} // namespace InAppKit

#endif
