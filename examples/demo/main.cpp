// SPDX-License-Identifier: MIT
#include "demosandbox.h"
#include "demowindow.h"

#include <InAppKit/BrokerProfile>
#include <InAppKit/ClientAreaLauncher>
#include <InAppKit/HttpSessionBackend>
#include <InAppKit/KeychainSecretStore>
#include <InAppKit/Translations>
#include <InAppKit/inappkit_version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QStyle>
#include <QStyleFactory>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <utility>

using namespace InAppKit;

namespace {

// Exit codes: 0 success, 1 runtime failure, 2 invalid input (usage or profile).
constexpr int ExitInvalidInput = 2;

int checkProfile(const QString &path)
{
    BrokerProfileError error;
    const BrokerProfile profile = BrokerProfile::fromFile(path, &error);
    if (!profile.isValid()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.errorString()));
        return ExitInvalidInput;
    }
    for (const QString &warning : profile.warnings())
        std::fprintf(stderr, "warning: %s\n", qUtf8Printable(warning));
    std::printf("profile OK\n");
    return 0;
}

QPalette palette(bool dark)
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    if (!dark)
        return p;
    const QColor window(37, 40, 46), base(27, 29, 34), text(230, 233, 238), disabled(120, 124, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(47, 129, 247));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, disabled);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
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
        if (arg.startsWith("--check-profile") || arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            needsGui = false;
    }
    std::unique_ptr<QCoreApplication> application(needsGui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    // Qt WebEngine prints its GL set-up at info level; a user starting the demo need not see it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("inappkit-demo"));
    QCoreApplication::setOrganizationName(QStringLiteral("InAppKit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INAPPKIT_VERSION_STRING));

    // --help speaks the user's language: translations first, then the parser (again after --lang).
    // The demo is a whole application: it wants Qt's own dialogs translated and Arabic right-to-left.
    const Translations::Options wholeApplication = Translations::Option::QtTranslations | Translations::Option::LayoutDirection;
    Translations::install(QLocale(), wholeApplication);
    QTranslator demoTranslator;
    auto installDemoTranslations = [&demoTranslator] {
        QCoreApplication::removeTranslator(&demoTranslator);
        if (demoTranslator.load(QLocale(), QStringLiteral("inappkit-demo"), QStringLiteral("_"), QStringLiteral(":/inappkit-demo/i18n")))
            QCoreApplication::installTranslator(&demoTranslator);
    };
    installDemoTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "InAppKit demo: a trading shell on a broker's client area."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption checkProfileOption(QStringLiteral("check-profile"),
        QCoreApplication::translate("main", "Validate the broker profile <file>, print the result and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Use the broker profile <file> instead of the built-in sandbox broker."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the user interface and of the broker's screens (en, de, es, ru, zh, ar)."),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour theme: light or dark."), QCoreApplication::translate("main", "theme"));
    parser.addOptions({checkProfileOption, profileOption, langOption, themeOption});
    // Attribution, as a cTrader Invite or campaign link carries it: the login and sign-up screens pass it on.
    const std::pair<QCommandLineOption, void (Attribution::*)(const QString &)> attributionOptions[] = {
        {{QStringLiteral("partner-id"), QCoreApplication::translate("main", "Partner id the sign-up is attributed to (cTrader Invite)."), QCoreApplication::translate("main", "id")},
         &Attribution::setPartnerId},
        {{QStringLiteral("utm-source"), QCoreApplication::translate("main", "Campaign source (utm_source) for the login and sign-up screens."), QCoreApplication::translate("main", "value")},
         &Attribution::setUtmSource},
        {{QStringLiteral("utm-medium"), QCoreApplication::translate("main", "Campaign medium (utm_medium)."), QCoreApplication::translate("main", "value")},
         &Attribution::setUtmMedium},
        {{QStringLiteral("utm-campaign"), QCoreApplication::translate("main", "Campaign name (utm_campaign)."), QCoreApplication::translate("main", "value")},
         &Attribution::setUtmCampaign},
        {{QStringLiteral("utm-term"), QCoreApplication::translate("main", "Campaign term (utm_term)."), QCoreApplication::translate("main", "value")},
         &Attribution::setUtmTerm},
        {{QStringLiteral("utm-content"), QCoreApplication::translate("main", "Campaign content (utm_content)."), QCoreApplication::translate("main", "value")},
         &Attribution::setUtmContent},
        {{QStringLiteral("click-id"), QCoreApplication::translate("main", "Advertising click id (gclid)."), QCoreApplication::translate("main", "value")},
         &Attribution::setClickId},
    };
    for (const auto &[option, member] : attributionOptions)
        parser.addOption(option);
#ifndef NDEBUG
    // A development switch, in debug builds only: with it, any local process can read the screens.
    const QCommandLineOption allowDebuggingOption(QStringLiteral("allow-remote-debugging"),
        QCoreApplication::translate("main", "Open broker screens even with QTWEBENGINE_REMOTE_DEBUGGING set (debug builds only)."));
    parser.addOption(allowDebuggingOption);
#endif
    parser.process(app);
    Attribution attribution;
    for (const auto &[option, member] : attributionOptions)
        (attribution.*member)(parser.value(option));

    if (parser.isSet(checkProfileOption))
        return checkProfile(parser.value(checkProfileOption));

    if (parser.isSet(langOption)) {
        const QLocale locale(parser.value(langOption));
        if (locale.language() == QLocale::C) {
            std::fprintf(stderr, "--lang: '%s' is not a language code\n", qUtf8Printable(parser.value(langOption)));
            return ExitInvalidInput;
        }
        QLocale::setDefault(locale);
    }
    Translations::install(QLocale(), wholeApplication);
    installDemoTranslations();
    if (parser.isSet(themeOption)) {
        const QString theme = parser.value(themeOption);
        if (theme != QLatin1String("light") && theme != QLatin1String("dark")) {
            std::fprintf(stderr, "--theme: expected light or dark, got '%s'\n", qUtf8Printable(theme));
            return ExitInvalidInput;
        }
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(palette(theme == QLatin1String("dark")));
    }

    std::unique_ptr<DemoSandbox> sandbox;
    BrokerProfile profile;
    BrokerProfileError error;
    QString hint;
    if (parser.isSet(profileOption)) {
        profile = BrokerProfile::fromFile(parser.value(profileOption), &error);
    } else {
        sandbox = std::make_unique<DemoSandbox>(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                + QStringLiteral("/sandbox-state.json"));
        QString startError;
        if (!sandbox->start(&startError)) {
            std::fprintf(stderr, "the sandbox broker cannot start: %s\n", qUtf8Printable(startError));
            return 1;
        }
        profile = sandbox->profile();
        hint = QCoreApplication::translate("main", "Sandbox broker: log in as demo@example.com, password demo1234");
    }
    if (!profile.isValid()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.errorString()));
        return ExitInvalidInput;
    }

    HttpSessionBackend backend(profile);
    KeychainSecretStore keychain(QStringLiteral("InAppKit Demo"));
    DemoWindow window(profile, &backend, &keychain);
    window.launcher()->setAttribution(attribution);
#ifndef NDEBUG
    window.webProfile()->setRemoteDebuggingAllowed(parser.isSet(allowDebuggingOption));
#endif
    window.setHint(hint);
    window.show();
    window.start();
    return app.exec();
}
