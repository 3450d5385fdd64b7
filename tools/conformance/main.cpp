// SPDX-License-Identifier: MIT
// inappkit-conformance: runs the specification's conformance checks against a broker's UAT and
// writes the report. Exit 0: every required check passed; 1: one failed; 2: the plan is unusable.
#include "conformanceplan.h"
#include "conformancerunner.h"

#include <InAppKit/inappkit_version.h>
#include <InAppKit/proxyauthenticator.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstdio>
#include <memory>

using namespace InAppKit::Conformance;

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // --help and --version need no display: a CI script asking for them may have none.
    bool needsGui = true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        needsGui = needsGui && arg != "--help" && arg != "-h" && arg != "--help-all" && arg != "--version" && arg != "-v";
    }
    std::unique_ptr<QCoreApplication> application(needsGui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("inappkit-conformance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INAPPKIT_VERSION_STRING));
    // It runs unattended: an authenticating proxy is answered from its URL's user and password
    // (https_proxy=http://user:password@proxy:3128) or not at all, and the check that needed it
    // says so, naming the proxy. Nobody is asked.
    InAppKit::ProxyAuthenticator::instance()->setPromptEnabled(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the Broker SSO and InApp conformance checks (specification 6.1 to 6.3) against a broker's UAT, "
        "as its client and as the cTrader backend calling its CRM, and writes report.html and report.json (and a JUnit XML "
        "report with --junit).\n"
        "Exit status: 0 every required check passed, 1 a check failed, 2 the plan is unusable."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("The conformance plan (JSON): profile, test users, CRM."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Folder for the report and its screenshots (default: conformance-report)."),
                                          QStringLiteral("folder"), QStringLiteral("conformance-report"));
    const QCommandLineOption headlessOption(QStringLiteral("headless"), QStringLiteral("Show no window (under Xvfb or offscreen)."));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Run only the checks whose id starts with this (api., transport., design.…); repeatable."),
                                        QStringLiteral("prefix"));
    const QCommandLineOption junitOption(QStringLiteral("junit"),
                                         QStringLiteral("Also write a JUnit XML report to <file>, for CI servers: one test case per check."),
                                         QStringLiteral("file"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         QStringLiteral("Print only the verdict, not which check runs, its outcome and the expiry wait."));
    parser.addOptions({outputOption, headlessOption, onlyOption, junitOption, quietOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "inappkit-conformance: give one plan file (see --help)\n");
        return 2;
    }

    InAppKit::BrokerProfileError error;
    const ConformancePlan plan = ConformancePlan::fromFile(parser.positionalArguments().constFirst(), &error);
    if (!plan.isValid()) {
        std::fprintf(stderr, "inappkit-conformance: %s\n", qUtf8Printable(error.errorString()));
        return 2;
    }
    ConformanceRunner runner(plan, parser.value(outputOption));
    runner.setHeadless(parser.isSet(headlessOption));
    runner.setOnly(parser.values(onlyOption));
    if (!parser.isSet(quietOption)) {
        QObject::connect(&runner, &ConformanceRunner::progress, [](const QString &line) {
            std::printf("%s\n", qUtf8Printable(line));
            std::fflush(stdout);
        });
    }
    const ConformanceReport report = runner.run();
    if (parser.isSet(junitOption)) {
        QString junitError;
        if (!report.writeJUnit(parser.value(junitOption), &junitError))
            std::fprintf(stderr, "inappkit-conformance: %s\n", qUtf8Printable(junitError));
    }
    std::printf("%s: %s\n", report.passed() ? "CONFORMS" : "DOES NOT CONFORM",
                qUtf8Printable(QDir(parser.value(outputOption)).absoluteFilePath(QStringLiteral("report.html"))));
    return report.passed() ? 0 : 1;
}
