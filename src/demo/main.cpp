// SPDX-License-Identifier: MIT
#include "brokerprofile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>

#include <cstdio>
#include <memory>

namespace {

// Exit codes: 0 success, 1 runtime failure, 2 invalid input (usage or profile).
constexpr int ExitInvalidInput = 2;

int checkProfile(const QString &path)
{
    InAppKit::BrokerProfileError error;
    const InAppKit::BrokerProfile profile = InAppKit::BrokerProfile::fromFile(path, &error);
    if (!profile.isValid()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.toString()));
        return ExitInvalidInput;
    }
    for (const QString &warning : profile.warnings())
        std::fprintf(stderr, "warning: %s\n", qUtf8Printable(warning));
    std::printf("profile OK\n");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // WebEngine shares OpenGL contexts with the widgets; this must precede the application object.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // --check-profile, --help and --version need no display: they run without the GUI.
    bool needsGui = true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg.startsWith("--check-profile") || arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            needsGui = false;
    }
    std::unique_ptr<QCoreApplication> application(needsGui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QApplication::setApplicationName(QStringLiteral("inappkit-demo"));
    QApplication::setOrganizationName(QStringLiteral("InAppKit"));
    QApplication::setApplicationVersion(QStringLiteral(INAPPKIT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "InAppKit demo: a trading shell on a broker's client area."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption checkProfileOption(QStringLiteral("check-profile"),
        QApplication::translate("main", "Validate the broker profile <file>, print the result and exit."),
        QApplication::translate("main", "file"));
    parser.addOption(checkProfileOption);
    parser.process(app);

    if (parser.isSet(checkProfileOption))
        return checkProfile(parser.value(checkProfileOption));

    QMainWindow window;
    window.setWindowTitle(QApplication::translate("main", "InAppKit demo"));
    window.show();
    return app.exec();
}
