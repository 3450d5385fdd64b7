// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_FOCUSBEFORECARET_P_H
#define INAPPKIT_FOCUSBEFORECARET_P_H

namespace InAppKit::FocusBeforeCaret {

// Installs, once per process, the accessibility update handler that lets a screen reader hear a
// web field when it takes the focus (see focusbeforecaret.cpp). ClientAreaLauncher calls it.
void install();

} // namespace InAppKit::FocusBeforeCaret

#endif
