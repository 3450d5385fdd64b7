// SPDX-License-Identifier: MIT
// The host of docs/getting-started.md: each region between "//! [name]" markers is the code that
// page shows (tests/install/check-snippets.sh compares them), built here against the installed
// package only and run by the install test. A host copies code that is compiled and run.
#include <InAppKit/AccountWidget>
#include <InAppKit/BrokerProfile>
#include <InAppKit/BrokerWebProfile>
#include <InAppKit/ClientAreaLauncher>
#include <InAppKit/HostAppearance>
#include <InAppKit/HttpSessionBackend>
#include <InAppKit/InAppControlsBar>
#include <InAppKit/InMemorySecretStore>
#include <InAppKit/KeychainSecretStore>
#include <InAppKit/RibbonBar>
#include <InAppKit/ScreenUrlBuilder>
#include <InAppKit/SessionBackend>
#include <InAppKit/SsoSession>
#include <InAppKit/SuccessUrlMatcher>
#include <InAppKit/inappkit_version.h>

#include <QApplication>
#include <QDebug>
#include <QEventLoop>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <QVBoxLayout>

#include <cstdio>

// Only include/ is on the include path: a host's own ribbon.h or translations.h never meets the kit's.
#if __has_include(<ribbon.h>) || __has_include(<translations.h>)
#error "include/InAppKit is on the include path"
#endif
#if !defined(INAPPKIT_VERSION) || INAPPKIT_VERSION < INAPPKIT_VERSION_CHECK(0, 3, 0)
#error "INAPPKIT_VERSION missing or older than 0.3.0"
#endif

namespace {

// A platform connection of the host's own, as the cTrader desktop has: it answers at once here.
struct PlatformConnection {
    struct Reply {
        QString error;
        QString userId;
        QString email;
        QList<InAppKit::TradingAccount> accounts;
        QString accessToken;
        QString token;
    };
    template<typename Callback>
    void send(const QString &operation, const QString &argument, Callback &&callback)
    {
        Reply reply;
        if (operation == QLatin1String("exchange") && argument.isEmpty())
            reply.error = QStringLiteral("no token");
        reply.userId = QStringLiteral("alice");
        reply.token = QStringLiteral("ott-1");
        callback(reply);
    }
};

//! [backend]
class PlatformBackend : public InAppKit::SessionBackend
{
public:
    explicit PlatformBackend(PlatformConnection *connection, QObject *parent = nullptr)
        : InAppKit::SessionBackend(parent)
        , m_connection(connection)
    {
    }

    InAppKit::SignInJob *exchangeOneTimeToken(const QString &oneTimeToken) override
    {
        auto *job = new InAppKit::SignInJob(this);
        // Nothing is sent before whoever asked starts the job; a job killed meanwhile is gone.
        whenStarted(job, [this, job, oneTimeToken] {
            m_connection->send(QStringLiteral("exchange"), oneTimeToken, [job = QPointer<InAppKit::SignInJob>(job)](const PlatformConnection::Reply &reply) {
                if (!job)
                    return;
                if (!reply.error.isEmpty())
                    finishWithError(job, InAppKit::SessionJob::Error::Rejected, reply.error);
                else
                    finishWithSignIn(job, reply.userId, reply.email, reply.accounts, reply.accessToken);
            });
        });
        return job;
    }

    InAppKit::InAppTokenJob *issueInAppToken() override
    {
        auto *job = new InAppKit::InAppTokenJob(this);
        whenStarted(job, [this, job] {
            m_connection->send(QStringLiteral("inapp-token"), QString(), [job = QPointer<InAppKit::InAppTokenJob>(job)](const PlatformConnection::Reply &reply) {
                if (job)
                    finishWithOneTimeToken(job, reply.token);
            });
        });
        return job;
    }
    // relogin(), logout(), fetchRibbons() and fetchAccounts() alike.
//! [backend]
    InAppKit::SignInJob *relogin(const QString &accessToken) override { return exchangeOneTimeToken(accessToken); }
    InAppKit::SessionJob *logout(const QString &) override
    {
        auto *job = new InAppKit::SessionJob(this);
        finish(job);
        return job;
    }
    InAppKit::RibbonsJob *fetchRibbons() override
    {
        auto *job = new InAppKit::RibbonsJob(this);
        finishWithRibbons(job, {});
        return job;
    }
    InAppKit::AccountsJob *fetchAccounts() override
    {
        auto *job = new InAppKit::AccountsJob(this);
        finishWithAccounts(job, {});
        return job;
    }

private:
    PlatformConnection *m_connection;
};

class HostWindow : public QMainWindow
{
public:
    explicit HostWindow(const InAppKit::BrokerProfile &profile)
    {
        auto *central = new QWidget(this);
        auto *layout = new QVBoxLayout(central);
        setCentralWidget(central);
//! [wire]
auto *webProfile = new InAppKit::BrokerWebProfile(profile, this);
auto *backend = new InAppKit::HttpSessionBackend(profile, this);      // or the host's own SessionBackend
auto *keychain = new InAppKit::KeychainSecretStore(QStringLiteral("MyApp"), this);
auto *session = new InAppKit::SsoSession(profile, backend, keychain, this);
auto *launcher = new InAppKit::ClientAreaLauncher(session, webProfile, this);
layout->addWidget(new InAppKit::AccountWidget(launcher));
layout->addWidget(new InAppKit::InAppControlsBar(launcher));
layout->addWidget(new InAppKit::RibbonBar(launcher));
connect(launcher, &InAppKit::ClientAreaLauncher::openFailed, this,
        [this](InAppKit::ClientAreaView::Screen, const QString &, InAppKit::ClientAreaLauncher::OpenError, const QString &message) {
            statusBar()->showMessage(message);                          // also announced to a screen reader
        });
session->restore();                                                  // automatic re-login, no screen
//! [wire]
        m_session = session;
    }
    InAppKit::SsoSession *m_session = nullptr;
};

// A host that needs a one-time token for a screen of its own (the launcher does this for the kit's).
class HostScreen : public QObject
{
public:
    explicit HostScreen(InAppKit::SsoSession *session, QObject *parent = nullptr)
        : QObject(parent)
        , m_session(session)
    {
    }

    void open()
    {
//! [token]
InAppKit::InAppTokenJob *job = m_session->requestInAppToken();       // this screen's own: no one else gets its token
connect(job, &InAppKit::Job::result, this, [this, job] {
    if (job->error() != InAppKit::SessionJob::Error::NoError) {
        showError(job->errorString());                                // e.g. NotSignedIn, Unreachable: job->error()
        return;
    }
    load(job->oneTimeToken());                                       // never log it
});
job->start();                                                        // the request goes now; job->kill() abandons it
//! [token]
    }

    QString token;
    QString error;
    bool done = false;

private:
    void showError(const QString &message)
    {
        error = message;
        done = true;
    }
    void load(const QString &oneTimeToken)
    {
        token = oneTimeToken;
        done = true;
    }
    InAppKit::SsoSession *m_session;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
//! [load-profile]
InAppKit::BrokerProfileError error;
const auto profile = InAppKit::BrokerProfile::fromFile(path, &error);
if (!profile.isValid())
    qWarning() << error.errorString();   // e.g. "broker.json: actions[1].url: 'http' is accepted only for loopback hosts"
//! [load-profile]
    if (!profile.isValid())
        return 1;
    InAppKit::ScreenUrlBuilder builder(profile);
    builder.setTheme(InAppKit::HostAppearance::theme());
    const InAppKit::SuccessUrlMatcher matcher(profile.successUrl(), profile.tokenParameter());
    std::printf("InAppKit %s\n", INAPPKIT_VERSION_STRING);
    std::printf("%s %s\n", qPrintable(builder.loginUrl().path()), matcher.isSuccessUrl(profile.successUrl()) ? "ok" : "no");

    // The wiring of the getting-started page, then the host's own backend and a token job on it.
    HostWindow window(profile);
    PlatformConnection connection;
    PlatformBackend platform(&connection);
    InAppKit::InMemorySecretStore secrets;
    InAppKit::SsoSession session(profile, &platform, &secrets);
    QEventLoop signingIn;
    QObject::connect(&session, &InAppKit::SsoSession::signedIn, &signingIn, &QEventLoop::quit);
    QObject::connect(&session, &InAppKit::SsoSession::signInFailed, &signingIn, &QEventLoop::quit);
    session.completeSignIn(QStringLiteral("login-ott"));
    signingIn.exec();
    HostScreen screen(&session);
    screen.open();
    while (!screen.done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!session.isSignedIn() || screen.token != QLatin1String("ott-1"))
        return 3;
    std::printf("host backend: signed in as %s, token job ok\n", qPrintable(session.userId()));
    return 0;
}
