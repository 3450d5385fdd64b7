// SPDX-License-Identifier: MIT
// Another local process that opens many TLS connections to a port and holds them: for the
// sandbox's cap on connections from other processes. Prints "held N" once every connection has
// been answered (kept, or closed by the server), then holds the kept ones until killed.
// usage: connectionflood PORT COUNT
#include <QCoreApplication>
#include <QSslSocket>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const quint16 port = quint16(QByteArray(argv[1]).toUInt());
    const int count = QByteArray(argv[2]).toInt();
    int settled = 0;
    QList<QSslSocket *> sockets;
    QTimer report; // a moment after the last answer, for the server's closing of refused ones to land
    report.setSingleShot(true);
    report.setInterval(500);
    QObject::connect(&report, &QTimer::timeout, [&] {
        int held = 0;
        for (QSslSocket *s : std::as_const(sockets))
            held += s->state() == QAbstractSocket::ConnectedState && s->isEncrypted() ? 1 : 0;
        std::printf("held %d\n", held);
        std::fflush(stdout);
    });
    for (int i = 0; i < count; ++i) {
        auto *socket = new QSslSocket(&app);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // a flood, not a client: any certificate will do
        const auto answered = [&, socket] {
            if (socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            if (++settled == count)
                report.start();
        };
        QObject::connect(socket, &QSslSocket::encrypted, answered);
        QObject::connect(socket, &QAbstractSocket::errorOccurred, answered);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        sockets.append(socket);
    }
    return app.exec();
}
