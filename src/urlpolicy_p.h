// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_URLPOLICY_P_H
#define INAPPKIT_URLPOLICY_P_H

#include <QString>
#include <QUrl>

namespace InAppKit::UrlPolicy {

/// Lower-case ASCII (punycode) form of the host, so that look-alike Unicode hosts compare by what DNS sees.
QString normalizedHost(const QUrl &url);

/// 127.0.0.0/8, ::1 and "localhost".
bool isLoopback(const QUrl &url);

/// https anywhere, http on loopback only.
bool isSecureOrLoopback(const QUrl &url);

/// 443 for https, 80 for http, -1 otherwise.
int defaultPort(const QString &scheme);

/// Whether @p domain (normalized) is a public suffix such as "com", "co.uk" or "github.io",
/// by Qt's copy of the public suffix list; a single label counts as one.
bool isPublicSuffix(const QString &domain);

/// scheme://host:port with the effective port, e.g. "https://crm.example:443".
QString origin(const QUrl &url);

/// The URL without user info, query and fragment: safe to log (tokens travel in the query).
QString redactedUrl(const QUrl &url);

} // namespace InAppKit::UrlPolicy

#endif
