// SPDX-License-Identifier: MIT
#include "focusbeforecaret_p.h"

#include <QAccessible>

namespace InAppKit {

namespace {
// Qt WebEngine reports a web field's caret before its focus (Chromium sends the selection change
// of a focus change ahead of the focus event, and Qt passes both on in that order). Orca's script
// for Qt programs takes a focused object whose caret moves as its new focus without a word, so the
// focus event that follows has nothing new to say: the login page's e-mail and password fields
// were silent. This handler holds back the one caret event of a focused object whose focus has not
// been reported yet: its focus event, next, says all there is (a field just entered, its caret
// where the field shows it). Qt calls it only while an assistive technology is active.
QAccessible::UpdateHandler updateHandlerBefore = nullptr;
QAccessible::Id lastFocused = 0;
QAccessible::Id caretHeldBack = 0;

void focusBeforeCaret(QAccessibleEvent *event);

// Whether @p iface is a focused object. Qt WebEngine's interfaces are of classes whose type
// information its library keeps hidden: UBSan's vptr check cannot tell that they are
// QAccessibleInterfaces and would call them invalid objects.
#if defined(__GNUC__) || defined(__clang__)
__attribute__((no_sanitize("vptr")))
#endif
bool isFocused(QAccessibleInterface *iface)
{
    return iface && iface->isValid() && iface->state().focused;
}

void passOn(QAccessibleEvent *event)
{
    if (updateHandlerBefore) {
        updateHandlerBefore(event);
        return;
    }
    QAccessible::installUpdateHandler(nullptr); // Qt's own way to the platform's bridge
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(focusBeforeCaret);
}

void focusBeforeCaret(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    if (event->type() == QAccessible::Focus) {
        lastFocused = iface ? QAccessible::uniqueId(iface) : 0;
        caretHeldBack = 0;
    } else if (event->type() == QAccessible::TextCaretMoved && isFocused(iface)) {
        const QAccessible::Id id = QAccessible::uniqueId(iface);
        if (id != lastFocused && id != caretHeldBack) {
            caretHeldBack = id; // once: if no focus event comes, the next caret goes on
            return;
        }
    }
    passOn(event);
}

} // namespace

void FocusBeforeCaret::install()
{
    static const bool installed = [] {
        updateHandlerBefore = QAccessible::installUpdateHandler(focusBeforeCaret);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace InAppKit
