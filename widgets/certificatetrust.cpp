// SPDX-License-Identifier: MIT
// Empty on purpose: CertificateTrust moved to the core library (src/certificatetrust.cpp), which
// exports it to the widgets. This file stays only while build files still list it.
