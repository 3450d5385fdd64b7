// SPDX-License-Identifier: MIT
// inappkit-sandbox: the sandbox broker as a program of its own, for trying the kit by hand
// and for tests that want the broker in another process.
#include "sandboxbroker.h"
#include <InAppKit/inappkit_version.h>

#include <QCommandLineParser>
#include <QCoreApplication>

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using InAppKit::Sandbox::SandboxBroker;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inappkit-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INAPPKIT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The InAppKit sandbox broker: a client area and session service on loopback HTTPS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption profileOption(QStringLiteral("write-profile"),
                                           QStringLiteral("Write the broker profile to <file> (and its CA beside it)."),
                                           QStringLiteral("file"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QStringLiteral("Seed a user, as email:password (repeatable)."), QStringLiteral("email:password"));
    const QCommandLineOption untrustedOption(QStringLiteral("untrusted-certificate"),
                                             QStringLiteral("Serve a certificate from a CA that nothing trusts."));
    const QCommandLineOption testPagesOption(QStringLiteral("test-pages"),
                                             QStringLiteral("Serve the hostile test pages under /test/ (for tests only)."));
    const QCommandLineOption hostNameOption(QStringLiteral("host-name"),
                                            QStringLiteral("Name the broker <name> in its URLs and profile (it listens on 127.0.0.1): "
                                                           "crm.broker.test, which its certificate names, for trying the kit "
                                                           "behind a proxy that resolves it."),
                                            QStringLiteral("name"));
    parser.addOptions({portOption, profileOption, userOption, untrustedOption, testPagesOption, hostNameOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "--port: '%s' is not a port number\n", qPrintable(parser.value(portOption)));
        return 2;
    }

    SandboxBroker broker;
    broker.setForTests(parser.isSet(testPagesOption));
    if (parser.isSet(hostNameOption))
        broker.setHostName(parser.value(hostNameOption));
    for (const QString &user : parser.values(userOption)) {
        const qsizetype colon = user.indexOf(u':');
        if (colon <= 0) {
            // Not echoed: it may be a password typed without its e-mail.
            std::fprintf(stderr, "--user: expected email:password\n");
            return 2;
        }
        broker.addUser(user.left(colon), user.mid(colon + 1));
    }

    QString error;
    const auto certificate = parser.isSet(untrustedOption) ? SandboxBroker::Certificate::Untrusted : SandboxBroker::Certificate::Trusted;
    if (!broker.start(quint16(port), certificate, &error)) {
        std::fprintf(stderr, "cannot listen on port %u: %s\n", port, qPrintable(error));
        return 1;
    }
    if (parser.isSet(profileOption) && !broker.writeProfile(parser.value(profileOption), &error)) {
        std::fprintf(stderr, "cannot write the profile: %s\n", qPrintable(error));
        return 1;
    }
    // Ctrl+C and SIGTERM end the event loop, so that the server closes cleanly. The handler only
    // writes a byte to a pipe (async-signal-safe); the event loop reads it and quits.
    static int signalPipe[2] = {-1, -1};
    if (::pipe2(signalPipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        std::perror("pipe2");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        while (::read(signalPipe[0], &byte, 1) > 0) {
        }
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const int saved = errno;
        const char byte = 1;
        [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
        errno = saved;
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int sig : {SIGINT, SIGTERM})
        ::sigaction(sig, &action, nullptr);
    // Said once Ctrl+C and SIGTERM are handled: whoever waits for this line may signal at once.
    std::printf("listening on %s\n", qPrintable(broker.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
