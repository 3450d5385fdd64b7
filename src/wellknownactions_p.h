// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_WELLKNOWNACTIONS_P_H
#define INAPPKIT_WELLKNOWNACTIONS_P_H

#include <InAppKit/inappkitcore_export.h>

#include <QList>
#include <QString>

namespace InAppKit::WellKnownActions {

/**
 * One well-known InApp action: all the kit knows of it, in one place. InAppAction's static
 * functions, InAppControlsBar and the conformance tool read this table; adding an action is
 * adding a row (and its icon in resources/icons/).
 * Exported for InAppKit::Widgets and the kit's tools; not part of the public API.
 */
struct Entry {
    const char *id;       // InAppAction::Deposit, ...
    const char *title;    // untranslated, QT_TRANSLATE_NOOP in the context TranslationContext
    const char *toolTip;  // likewise
    const char *iconName; // resources/icons/<iconName>.svg
    bool requiresAccount; // always, whatever the profile says (money moves on one account)
    bool preview;         // shown, disabled, by a controls bar without a launcher (Qt Designer)
    bool specScreen;      // one of the specification's InApp screens (6.3.4 to 6.3.6): the conformance tool opens it
};

/// The context of the titles and tooltips in the core's catalogue.
inline constexpr char TranslationContext[] = "InAppKit::InAppAction";

/// Every well-known action, in the order the kit presents them.
INAPPKITCORE_EXPORT const QList<Entry> &table();
/// The row of @p id, or null for an id that is not well-known.
INAPPKITCORE_EXPORT const Entry *find(const QString &id);
/// The ids of the rows for which @p member is true (e.g. &Entry::specScreen), or of every row
/// without one, in the table's order.
INAPPKITCORE_EXPORT QStringList ids(bool Entry::*member = nullptr);

} // namespace InAppKit::WellKnownActions

#endif
