// SPDX-License-Identifier: MIT
#include "sandboxhttpserver.h"

#include <QDir>
#include <QFile>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace InAppKit::Sandbox {

HttpResponse HttpResponse::redirect(const QUrl &location)
{
    HttpResponse r;
    r.status = 302;
    r.headers.append({"Location", location.toEncoded()});
    return r;
}

HttpResponse HttpResponse::json(int status, const QByteArray &json)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = json;
    return r;
}

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 417: return "Expectation Failed";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 505: return "HTTP Version Not Supported";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}


// Whether the peer of an accepted loopback connection is a socket of this very process: its entry
// in /proc/net/tcp (local = the peer's address, remote = the server's) names the socket's inode,
// and this process's descriptors either hold that socket or not.
bool isOwnSocket(const QSslSocket *accepted)
{
#ifdef Q_OS_LINUX
    const QString table = accepted->peerAddress().protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("/proc/net/tcp6")
                                                                                             : QStringLiteral("/proc/net/tcp");
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    QByteArray inode;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size() && inode.isEmpty(); ++i) {
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 10)
            continue;
        const auto port = [](const QByteArray &address) { return address.mid(address.lastIndexOf(':') + 1).toUInt(nullptr, 16); };
        if (port(fields.at(1)) == accepted->peerPort() && port(fields.at(2)) == accepted->localPort())
            inode = "socket:[" + fields.at(9) + ']';
    }
    if (inode.isEmpty())
        return true; // gone already, or not found: no reason to refuse
    const QStringList descriptors = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System | QDir::NoDotAndDotDot);
    char target[64];
    for (const QString &fd : descriptors) {
        const ssize_t n = ::readlink(QByteArray("/proc/self/fd/" + fd.toLatin1()).constData(), target, sizeof target);
        if (n > 0 && QByteArray(target, int(n)) == inode)
            return true;
    }
    return false;
#else
    Q_UNUSED(accepted)
    return true;
#endif
}

} // namespace

/// One client connection: reads requests one at a time, waits for the answer, then reads on.
class SandboxHttpConnection : public QObject
{
public:
    SandboxHttpConnection(SandboxHttpServer *server, QSslSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        // Back-pressure on input: what this connection has not parsed stays in the kernel.
        socket->setReadBufferSize(64 * 1024);
        const auto written = [this] {
            if (!m_busy && pendingOutput() <= SandboxHttpServer::MaxPendingOutputBytes)
                parse(); // the client reads again: the next pipelined request's turn
        };
        connect(socket, &QIODevice::bytesWritten, this, written);
        connect(socket, &QSslSocket::encryptedBytesWritten, this, written);
        m_idle.setSingleShot(true);
        m_idle.setInterval(server->m_idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            if (m_buffer.isEmpty() && !m_busy)
                finish();
            else if (!m_busy)
                fail(408);
        });
        connect(socket, &QIODevice::readyRead, this, &SandboxHttpConnection::readMore);
        connect(socket, &QAbstractSocket::disconnected, this, &SandboxHttpConnection::finish);
        connect(socket, &QAbstractSocket::errorOccurred, this, [this] {
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                finish();
        });
        m_idle.start();
        m_server->m_connections.insert(this);
    }

    ~SandboxHttpConnection() override
    {
        m_server->m_connections.remove(this);
        m_server->m_foreign.remove(this);
    }

    void respond(const HttpResponse &response)
    {
        if (!m_busy || m_closing)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
        if (!response.body.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        // Nothing a broker sends may be cached by the embedded browser: the screens carry tokens.
        out += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (m_closeAfterResponse)
            out += "Connection: close\r\n";
        out += "\r\n";
        if (!m_headRequest)
            out += response.body; // HEAD: the headers a GET would have, no body
        m_socket->write(out);
        m_busy = false;
        if (m_closeAfterResponse) {
            closeAfterWrite();
            return;
        }
        m_idle.start();
        // A pipelined request may already be waiting, in the buffer or the socket.
        if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &SandboxHttpConnection::readMore);
    }

    void drop()
    {
        m_closing = true;
        m_socket->abort();
        finish();
    }

private:
    SandboxHttpServer *m_server;
    QSslSocket *m_socket;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_busy = false;
    bool m_closing = false;
    bool m_closeAfterResponse = false;
    bool m_headRequest = false;
    bool m_finished = false;

    // At most one request's worth (headers and body) is taken from the socket ahead of parsing.
    static constexpr qsizetype MaxBufferedBytes = SandboxHttpServer::MaxHeaderBytes + SandboxHttpServer::MaxBodyBytes + 4;

    // Answers not yet taken by the kernel: before and after encryption.
    qint64 pendingOutput() const { return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite(); }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_closing = true;
        deleteLater();
    }

    void closeAfterWrite()
    {
        m_closing = true;
        if (m_socket->bytesToWrite() == 0) {
            m_socket->disconnectFromHost();
            return;
        }
        connect(m_socket, &QIODevice::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                m_socket->disconnectFromHost();
        });
    }

    void fail(int status)
    {
        m_busy = true;
        m_closeAfterResponse = true;
        m_buffer.clear();
        Q_EMIT m_server->badRequest(status);
        HttpResponse r;
        r.status = status;
        r.contentType = "text/plain; charset=utf-8";
        r.body = reasonPhrase(status) + '\n';
        respond(r);
    }

    void readMore()
    {
        if (m_closing) {
            m_socket->readAll();
            return;
        }
        if (m_buffer.size() < MaxBufferedBytes)
            m_buffer += m_socket->read(MaxBufferedBytes - m_buffer.size());
        if (!m_busy)
            parse();
    }

    void parse()
    {
        if (m_busy || m_closing)
            return;
        // Back-pressure on output: a client that pipelines without reading gets no more answers
        // queued until it reads (bytesWritten() calls this again).
        if (pendingOutput() > SandboxHttpServer::MaxPendingOutputBytes)
            return;
        HttpRequest request;
        qsizetype consumed = 0;
        int status = 400;
        switch (HttpRequestParser::parse(m_buffer, &request, &consumed, &status, &m_closeAfterResponse)) {
        case HttpRequestParser::Result::Incomplete:
            return; // read on
        case HttpRequestParser::Result::Invalid:
            return fail(status);
        case HttpRequestParser::Result::Complete:
            break;
        }
        m_buffer.remove(0, consumed);
        request.peer = m_socket->peerAddress();
        m_headRequest = request.method == "HEAD";
        if (m_headRequest)
            request.method = "GET"; // answered as a GET, without its body

        m_busy = true;
        m_idle.stop();
        if (m_server->m_handler)
            m_server->m_handler(request, HttpResponder(this));
        else
            respond(HttpResponse::json(503, "{}"));
    }
};

HttpResponder::HttpResponder(SandboxHttpConnection *connection)
    : m_connection(connection)
{
}

void HttpResponder::respond(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->respond(response);
}

void HttpResponder::drop() const
{
    if (m_connection)
        m_connection->drop();
}

SandboxHttpServer::SandboxHttpServer(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent)
    , m_server(new QSslServer(this))
{
    m_server->setSslConfiguration(tls);
    m_server->setHandshakeTimeout(10000);
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (m_server->hasPendingConnections()) {
            auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
            if (!socket)
                continue;
            const bool foreign = !isOwnSocket(socket);
            if (m_connections.size() >= MaxConnections || (foreign && m_foreign.size() >= MaxForeignConnections)) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            auto *connection = new SandboxHttpConnection(this, socket);
            if (foreign)
                m_foreign.insert(connection);
        }
    });
}

SandboxHttpServer::~SandboxHttpServer()
{
    // Connections go first, while this object is still whole: they unregister themselves.
    const auto connections = m_connections;
    qDeleteAll(connections);
}

void SandboxHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void SandboxHttpServer::setIdleTimeoutMs(int ms)
{
    m_idleTimeoutMs = ms;
}

bool SandboxHttpServer::listen(const QHostAddress &address, quint16 port, QString *errorString)
{
    if (m_server->listen(address, port))
        return true;
    if (errorString)
        *errorString = m_server->errorString();
    return false;
}

quint16 SandboxHttpServer::port() const
{
    return m_server->serverPort();
}

void SandboxHttpServer::close()
{
    m_server->close();
}

} // namespace InAppKit::Sandbox
