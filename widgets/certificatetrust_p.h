// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_WIDGETS_CERTIFICATETRUST_P_H
#define INAPPKIT_WIDGETS_CERTIFICATETRUST_P_H

// The judging lives in the core library, so that the web view and the session service trust a
// profile's CA by one set of rules; this header keeps the widgets' include working.
#include "../src/certificatetrust_p.h"

#endif
