// SPDX-License-Identifier: MIT
#include "httprequest.h"

#include <algorithm>

namespace InAppKit::Sandbox {

namespace {

// RFC 9110 5.6.2: a method or a header name.
bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerName)
            return value;
    }
    return QByteArray();
}

QUrlQuery HttpRequest::form() const
{
    QByteArray decoded = body;
    decoded.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(decoded));
}

HttpRequestParser::Result HttpRequestParser::parse(const QByteArray &buffer, HttpRequest *request, qsizetype *consumed,
                                                   int *status, bool *closeAfter)
{
    const auto invalid = [status](int code) {
        *status = code;
        return Result::Invalid;
    };
    // Tolerate the blank lines some clients send between requests (RFC 9112 2.2).
    qsizetype start = 0;
    while (buffer.mid(start, 2) == "\r\n")
        start += 2;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n", start);
    if (headerEnd < 0)
        return buffer.size() - start > MaxHeaderBytes ? invalid(431) : Result::Incomplete;
    if (headerEnd - start > MaxHeaderBytes)
        return invalid(431);

    const QList<QByteArray> lines = buffer.mid(start, headerEnd - start).split('\n');
    HttpRequest r;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/'))
        return invalid(400);
    if (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")
        return invalid(requestLine.at(2).startsWith("HTTP/") ? 505 : 400);
    r.method = requestLine.at(0);
    // The origin form (RFC 9112 3.2.1): a path and a query, never an authority. QUrl would read
    // "//host/x" as a host and the path "/x" (a fuzzer found it): the parts are set one by one.
    const QByteArray target = requestLine.at(1);
    if (std::any_of(target.cbegin(), target.cend(), [](char c) { return c <= 0x20 || c >= 0x7f || c == '#'; }))
        return invalid(400); // visible ASCII only, and no fragment
    const qsizetype question = target.indexOf('?');
    r.url.setPath(QString::fromLatin1(question < 0 ? target : target.left(question)), QUrl::StrictMode);
    if (question >= 0)
        r.url.setQuery(QString::fromLatin1(target.mid(question + 1)), QUrl::StrictMode);
    if (!r.url.isValid() || !r.url.isRelative() || !r.url.host().isEmpty() || !r.url.path().startsWith(u'/'))
        return invalid(400);

    if (lines.size() - 1 > MaxHeaderCount)
        return invalid(431);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return invalid(400);
        r.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    // RFC 9112 3.2: exactly one Host in HTTP/1.1; 6.3: one Content-Length, or the body's end is ambiguous.
    const auto count = [&r](const QByteArray &name) {
        return std::count_if(r.headers.cbegin(), r.headers.cend(), [&](const auto &h) { return h.first == name; });
    };
    if ((!http10 && count("host") != 1) || count("host") > 1 || count("content-length") > 1)
        return invalid(400);
    if (!r.header("transfer-encoding").isEmpty())
        return invalid(501); // chunked uploads: no broker form needs them
    qsizetype contentLength = 0;
    const QByteArray lengthHeader = r.header("content-length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        contentLength = lengthHeader.toLongLong(&ok);
        if (!ok || contentLength < 0 || lengthHeader.startsWith('+') || lengthHeader.startsWith('-'))
            return invalid(400);
        if (contentLength > MaxBodyBytes)
            return invalid(413);
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() < bodyStart + contentLength)
        return Result::Incomplete; // wait for the rest of the body
    r.body = buffer.mid(bodyStart, contentLength);

    const QByteArray connection = r.header("connection").toLower();
    *closeAfter = http10 ? connection != "keep-alive" : connection == "close";
    *consumed = bodyStart + contentLength;
    *request = r;
    return Result::Complete;
}

} // namespace InAppKit::Sandbox
