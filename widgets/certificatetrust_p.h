// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CERTIFICATETRUST_P_H
#define INAPPKIT_CERTIFICATETRUST_P_H

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace InAppKit::CertificateTrust {

/**
 * Whether @p chain (leaf first) verifies against @p anchors alone, for @p host (a DNS name or an
 * IP address), at the current time. No system or process-wide store takes part: this is how a
 * broker profile's own CA is trusted for that profile's pages only.
 */
bool verifiesAgainst(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &anchors, const QString &host);

} // namespace InAppKit::CertificateTrust

#endif
