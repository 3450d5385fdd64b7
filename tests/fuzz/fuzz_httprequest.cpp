// SPDX-License-Identifier: MIT
// The sandbox server's request parser against arbitrary bytes, as any local process can send
// them: no crash, no read past the input, and what it accepts is a well-formed request: a token
// method, a relative URL with a path, one Host (HTTP/1.1), at most one Content-Length and a body
// of exactly that length, no chunked body, bounded sizes. Parsing what it consumed gives the same.
#include "httprequest.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

using InAppKit::Sandbox::HttpRequest;
using InAppKit::Sandbox::HttpRequestParser;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpRequest request;
    qsizetype consumed = -1;
    int status = 0;
    bool closeAfter = false;
    const auto result = HttpRequestParser::parse(buffer, &request, &consumed, &status, &closeAfter);
    switch (result) {
    case HttpRequestParser::Result::Incomplete:
        // Only a prefix of something that may become a request, and never an unbounded one.
        if (buffer.size() > HttpRequestParser::MaxHeaderBytes + HttpRequestParser::MaxBodyBytes + 4 + 2 * 1024 * 1024)
            std::abort();
        return 0;
    case HttpRequestParser::Result::Invalid:
        if (status != 400 && status != 413 && status != 431 && status != 501 && status != 505)
            std::abort();
        return 0;
    case HttpRequestParser::Result::Complete:
        break;
    }
    if (consumed <= 0 || consumed > buffer.size() || request.method.isEmpty() || !request.url.isRelative()
        || !request.url.path().startsWith(u'/') || request.body.size() > HttpRequestParser::MaxBodyBytes
        || !request.header("transfer-encoding").isEmpty() || request.headers.size() > HttpRequestParser::MaxHeaderCount)
        std::abort();
    int hosts = 0, lengths = 0;
    for (const auto &[name, value] : request.headers) {
        hosts += name == "host";
        lengths += name == "content-length";
        if (name != name.toLower())
            std::abort();
    }
    if (hosts > 1 || lengths > 1 || request.body.size() != request.header("content-length").toLongLong())
        std::abort();
    // What it consumed is the request, whole: parsing just that gives the same.
    HttpRequest again;
    qsizetype consumedAgain = -1;
    if (HttpRequestParser::parse(buffer.left(consumed), &again, &consumedAgain, &status, &closeAfter) != HttpRequestParser::Result::Complete
        || consumedAgain != consumed || again.method != request.method || again.body != request.body || again.url != request.url)
        std::abort();
    return 0;
}
