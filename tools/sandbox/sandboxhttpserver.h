// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOXHTTPSERVER_H
#define INAPPKIT_SANDBOXHTTPSERVER_H

#include "httprequest.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QSslServer;

namespace InAppKit::Sandbox {

class SandboxHttpConnection;

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse redirect(const QUrl &location);
    static HttpResponse json(int status, const QByteArray &json);
};

/// Answers one request, now or later; a request left unanswered when the connection closes is dropped.
class HttpResponder
{
public:
    explicit HttpResponder(SandboxHttpConnection *connection);
    void respond(const HttpResponse &response) const;
    /// Closes the connection without an answer (a failure mode the tests inject).
    void drop() const;

private:
    QPointer<SandboxHttpConnection> m_connection;
};

/**
 * A small, strict HTTP/1.1 server over TLS for the sandbox broker.
 *
 * Qt HttpServer 6.4 buffers any body, accepts unbounded headers and closes on malformed input
 * without an answer; a broker that tests rely on must answer 400, 413, 431 or 501 instead, and
 * must be able to drop a connection on purpose, so the sandbox parses requests itself.
 */
class SandboxHttpServer : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype MaxHeaderBytes = HttpRequestParser::MaxHeaderBytes;
    static constexpr int MaxHeaderCount = HttpRequestParser::MaxHeaderCount;
    static constexpr qsizetype MaxBodyBytes = HttpRequestParser::MaxBodyBytes;
    static constexpr int MaxConnections = 128;
    /// Connections from other local processes, all together: below MaxConnections, so that one of
    /// them cannot take every slot from the process the sandbox runs in (the demo, whose web
    /// engine's network runs in-process). Linux tells them apart; elsewhere all count as own.
    static constexpr int MaxForeignConnections = 64;
    /// How long a connection may wait for its next request, or take to send one whole (a client
    /// that trickles its headers or body gets 408 then, however steadily it trickles).
    static constexpr int IdleTimeoutMs = 30000;
    /// Answers waiting to be sent beyond which no further pipelined request is read (back-pressure).
    static constexpr qint64 MaxPendingOutputBytes = 1024 * 1024;

    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;

    explicit SandboxHttpServer(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    void setHandler(Handler handler);
    /// For tests: IdleTimeoutMs for the connections accepted from now on.
    void setIdleTimeoutMs(int ms);
    bool listen(const QHostAddress &address, quint16 port, QString *errorString);
    quint16 port() const;
    void close();

Q_SIGNALS:
    /// A request could not be parsed; it was answered with @p status.
    void badRequest(int status);

private:
    friend class SandboxHttpConnection;
    QSslServer *m_server;
    Handler m_handler;
    QSet<SandboxHttpConnection *> m_connections;
    QSet<SandboxHttpConnection *> m_foreign; // of them, those from other processes
    int m_idleTimeoutMs = IdleTimeoutMs;
};

} // namespace InAppKit::Sandbox

#endif
