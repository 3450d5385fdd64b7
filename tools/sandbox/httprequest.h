// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_HTTPREQUEST_H
#define INAPPKIT_HTTPREQUEST_H

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace InAppKit::Sandbox {

/// One parsed HTTP/1.1 request.
struct HttpRequest {
    QByteArray method;
    QUrl url;                                 ///< path and query, as sent (no scheme or host)
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray &lowerName) const;
    QString path() const { return url.path(); }
    QUrlQuery query() const { return QUrlQuery(url); }
    /// application/x-www-form-urlencoded body ('+' is a space there).
    QUrlQuery form() const;
};

/**
 * The sandbox server's strict HTTP/1.1 request parser, apart from any socket so that it can be
 * fuzzed: RFC 9112 framing, one Host (HTTP/1.1), at most one Content-Length, no chunked bodies,
 * bounded headers and body.
 */
class HttpRequestParser
{
public:
    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
    static constexpr int MaxHeaderCount = 64;
    static constexpr qsizetype MaxBodyBytes = 256 * 1024;

    enum class Result {
        Incomplete, ///< not a whole request yet: read more
        Complete,   ///< *request holds it; it took the first *consumed bytes
        Invalid,    ///< answer *status (400, 413, 431, 501, 505) and close
    };

    /**
     * Parses the request at the start of @p buffer (blank lines before it are skipped and counted
     * in @p consumed). @p closeAfter tells whether the connection closes after the answer.
     */
    static Result parse(const QByteArray &buffer, HttpRequest *request, qsizetype *consumed, int *status, bool *closeAfter);
};

} // namespace InAppKit::Sandbox

#endif
