// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CERTIFICATETRUST_P_H
#define INAPPKIT_CERTIFICATETRUST_P_H

#include <InAppKit/inappkitcore_export.h>

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace InAppKit::CertificateTrust {

/**
 * Whether @p chain (leaf first) verifies against @p anchors alone, for @p host (a DNS name or an
 * IP address) in its subjectAltName, as a TLS server certificate, at the current time, with keys
 * and signatures of OpenSSL security level 2 (no RSA under 2048 bits, no SHA-1). No system or
 * process-wide store takes part: this is how a broker profile's own CA is trusted for that
 * profile's pages (the web view) and its session service (HttpSessionBackend) only.
 * Exported for InAppKit::Widgets and the kit's tools; not part of the public API.
 */
INAPPKITCORE_EXPORT bool verifiesAgainst(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &anchors, const QString &host);

} // namespace InAppKit::CertificateTrust

#endif
