// SPDX-License-Identifier: MIT
// The kit behind a corporate proxy that asks for Basic authentication: Debian's tinyproxy, on
// loopback, the only one that knows where the broker's name (crm.broker.test) is, so that a screen
// or a session call that reaches the broker went through it, authenticated. The web view (Qt
// WebEngine) and the session service (Qt Network) share one answer, from wherever it comes:
// the environment, the application proxy, the host, or the person, asked once.
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientareaview.h>
#include <InAppKit/httpsessionbackend.h>
#include <InAppKit/keychainsecretstore.h>
#include <InAppKit/proxyauthenticator.h>
#include <InAppKit/sessionjob.h>
#include "clientareaviewautomation_p.h"

#include "../common/sandboxfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QAuthenticator>
#include <QDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>

#include <optional>

using namespace InAppKit;
using State = ClientAreaView::State;

namespace {

const QString ProxyUser = QStringLiteral("trader");
const QString ProxyPassword = QStringLiteral("desk-pass-1");

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost) ? server.serverPort() : 0;
}

// tinyproxy with Basic authentication, in the foreground, resolving *.test to loopback.
class TinyProxy
{
public:
    bool start(QString *error)
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"), {QStringLiteral("/usr/bin"), QStringLiteral("/usr/sbin")});
        if (program.isEmpty()) {
            *error = QStringLiteral("tinyproxy is not installed (scripts/install-deps.sh installs tinyproxy-bin)");
            return false;
        }
        port = freePort();
        const QString config = dir.filePath(QStringLiteral("tinyproxy.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 60\nMaxClients 50\nLogLevel Connect\n"
                                  "LogFile \"%2\"\nBasicAuth %3 %4\nDisableViaHeader Yes\n")
                       .arg(port).arg(dir.filePath(QStringLiteral("tinyproxy.log")), ProxyUser, ProxyPassword)
                       .toUtf8());
        file.close();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(INAPPKIT_TEST_RESOLVER));
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(program, {QStringLiteral("-d"), QStringLiteral("-c"), config});
        if (!process.waitForStarted(10000)) {
            *error = process.errorString();
            return false;
        }
        // Ready once it accepts connections.
        for (int attempt = 0; attempt < 100 && process.state() == QProcess::Running; ++attempt) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            if (probe.waitForConnected(100))
                return true;
            process.waitForFinished(50); // returns early if it exits
        }
        *error = QStringLiteral("tinyproxy did not start listening");
        return false;
    }
    ~TinyProxy()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
    QString log() const
    {
        QFile file(dir.filePath(QStringLiteral("tinyproxy.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    QString name() const { return QStringLiteral("127.0.0.1:%1").arg(port); }

    quint16 port = 0;

private:
    QTemporaryDir dir;
    QProcess process;
};

struct Answer
{
    QString user;
    QString password;
    bool remember = false;
};

// Answers the kit's proxy dialog as a person would, with the keyboard, each time it shows:
// credentials, or Escape for an empty answer. The dialog is answered from inside the event loop
// that waits for it, as a person answers while the kit waits.
class DialogAnswerer : public QObject
{
public:
    explicit DialogAnswerer(QList<std::optional<Answer>> answers, int thinkingMs = 0)
        : m_answers(std::move(answers))
        , m_thinkingMs(thinkingMs)
    {
        qApp->installEventFilter(this);
    }
    QStringList texts; // what each dialog said, in order

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->objectName() == QLatin1String("proxyCredentialsDialog")) {
            auto *dialog = qobject_cast<QDialog *>(watched);
            texts.append(dialog->findChild<QLabel *>(QStringLiteral("proxyCredentialsText"))->text());
            const auto answer = m_answers.isEmpty() ? std::nullopt : m_answers.takeFirst();
            QTimer::singleShot(m_thinkingMs, dialog, [dialog, answer] {
                if (answer) {
                    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("proxyUser")), answer->user);
                    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("proxyPassword")), answer->password);
                    if (answer->remember)
                        QTest::keyClick(dialog->findChild<QCheckBox *>(QStringLiteral("proxyRemember")), Qt::Key_Space);
                    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("proxyPassword")), Qt::Key_Return);
                } else {
                    QTest::keyClick(dialog, Qt::Key_Escape);
                }
            });
        }
        return false;
    }

private:
    QList<std::optional<Answer>> m_answers;
    int m_thinkingMs;
};

// A relogin with a token the broker does not know: its refusal (Rejected) proves that the call
// reached the broker, through the proxy. The job goes once it has finished: its outcome is kept.
class SessionCall
{
public:
    explicit SessionCall(HttpSessionBackend *backend)
    {
        SignInJob *job = backend->relogin(QStringLiteral("not-a-token"));
        QObject::connect(job, &Job::result, job, [outcome = m_outcome, job] {
            outcome->error = job->error();
            outcome->message = job->errorString();
        });
        job->start();
    }
    bool wait() { return QTest::qWaitFor([this] { return m_outcome->error.has_value(); }, 60000); }
    SessionJob::Error error() const { return m_outcome->error.value_or(SessionJob::Error::NoError); }
    QString errorString() const { return m_outcome->message; }

private:
    struct Outcome
    {
        std::optional<SessionJob::Error> error;
        QString message;
    };
    std::shared_ptr<Outcome> m_outcome = std::make_shared<Outcome>();
};

// Every message the process logs, to prove the password is never among them.
QStringList logged;
QtMessageHandler previousHandler = nullptr;
void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logged.append(message);
    previousHandler(type, context, message);
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(keepMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("inappkit.proxy.debug=true")); // which side asked, and when
        for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
            qunsetenv(name);
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        fixture.broker = std::make_unique<Sandbox::SandboxBroker>();
        fixture.broker->setHostName(QStringLiteral("crm.broker.test"));
        QVERIFY(fixture.broker->start());
        QVERIFY(fixture.loadProfile());
        QCOMPARE(fixture.profile.clientAreaUrl().host(), QStringLiteral("crm.broker.test"));
        QVERIFY(keychain(Keychain::Remove).isEmpty()); // none kept by an earlier run
    }

    void cleanup()
    {
        keychain(Keychain::Remove); // the cases share the test's keyring
        view.reset();
        webProfile.reset();
        QNetworkProxy::setApplicationProxy(QNetworkProxy());
        ProxyAuthenticator::instance()->forgetCredentials();
        ProxyAuthenticator::instance()->setPromptEnabled(true);
        for (const QString &message : std::as_const(logged))
            QVERIFY2(!message.contains(ProxyPassword), qPrintable(message));
        if (QTest::currentTestFailed())
            qInfo().noquote() << "tinyproxy's log:\n" << proxy.log();
    }

    void credentialsOfApplicationProxy()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port, ProxyUser, ProxyPassword));
        throughWithoutAsking();
    }

    void hostAnswers()
    {
        useProxyWithoutCredentials();
        QList<QNetworkProxy> asked;
        QObject scope; // the host's slot ends with this case
        connect(ProxyAuthenticator::instance(), &ProxyAuthenticator::credentialsRequired, &scope,
                [&](const QNetworkProxy &p, QAuthenticator *authenticator) {
                    asked.append(p);
                    authenticator->setUser(ProxyUser);
                    authenticator->setPassword(ProxyPassword);
                });
        DialogAnswerer person({});
        QVERIFY(sessionCallReachesBroker());
        QVERIFY(loginScreenLoads());
        // One answer for both sides: the web view reuses what the host gave the session service.
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(asked.first().port(), proxy.port);
        QCOMPARE(person.texts.size(), 0);
    }

    void personAnswersOnceForBoth()
    {
        useProxyWithoutCredentials();
        DialogAnswerer person({Answer{ProxyUser, ProxyPassword}});
        // Both sides at once, as a host's start-up does: one dialog for both. A second screen on
        // the same web profile meanwhile: its request, on its way, asks again after the answer
        // (which is no refusal).
        std::unique_ptr<HttpSessionBackend> backend = makeBackend();
        SessionCall call(backend.get());
        openLogin();
        ClientAreaView second(webProfile.get());
        second.show();
        second.openLogin(false);
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), State::Ready, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), State::Ready, 60000);
        QVERIFY(call.wait());
        QCOMPARE(call.error(), SessionJob::Error::Rejected); // the broker's answer: the call got there
        QCOMPARE(Automation::page(view.get())->url().host(), QStringLiteral("crm.broker.test"));
        QCOMPARE(person.texts.size(), 1);
        QVERIFY2(person.texts.at(0).contains(proxy.name()), qPrintable(person.texts.at(0)));
        // The next screen and call reuse the answer.
        QVERIFY(sessionCallReachesBroker());
        QVERIFY(loginScreenLoads());
        QCOMPARE(person.texts.size(), 1);
    }

    // The screen's load timeout (pageLoadTimeoutMs) does not run while the person answers the proxy.
    void personTakesTheirTime()
    {
        QVERIFY(fixture.loadProfile([](QJsonObject &profile) { profile.insert(QStringLiteral("pageLoadTimeoutMs"), 5000); }));
        useProxyWithoutCredentials();
        DialogAnswerer person({Answer{ProxyUser, ProxyPassword}}, 8000);
        // The session service's time limit either.
        std::unique_ptr<HttpSessionBackend> backend = makeBackend();
        backend->setTimeoutMs(3000);
        SessionCall call(backend.get());
        QVERIFY(loginScreenLoads());
        QVERIFY(call.wait());
        QCOMPARE(call.error(), SessionJob::Error::Rejected);
        QCOMPARE(person.texts.size(), 1);
    }

    // Kept in the keychain only when the person asks: then a later process is not asked again.
    void rememberedOnlyWhenAsked()
    {
        useProxyWithoutCredentials();
        DialogAnswerer person({Answer{ProxyUser, ProxyPassword}, Answer{ProxyUser, ProxyPassword, true}});
        QVERIFY(sessionCallReachesBroker());
        QCOMPARE(keychain(Keychain::Read), QString());
        ProxyAuthenticator::instance()->forgetCredentials(); // as a new process starts
        QVERIFY(sessionCallReachesBroker());
        QCOMPARE(person.texts.size(), 2);
        const QString kept = keychain(Keychain::Read);
        QVERIFY(kept.contains(ProxyUser));
        ProxyAuthenticator::instance()->forgetCredentials();
        QVERIFY(sessionCallReachesBroker()); // from the keychain: not asked
        QVERIFY(loginScreenLoads());
        QCOMPARE(person.texts.size(), 2);
    }

    void refusedPasswordAsksAgain()
    {
        useProxyWithoutCredentials();
        // The web view: Chromium ends the load; the screen says why, and Retry asks again, saying so.
        DialogAnswerer person({Answer{ProxyUser, QStringLiteral("wrong")}, Answer{ProxyUser, ProxyPassword},
                               Answer{ProxyUser, QStringLiteral("wrong")}, Answer{ProxyUser, ProxyPassword}});
        openLogin();
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), State::Failed, 60000);
        QCOMPARE(view->error(), ClientAreaView::Error::ProxyAuthenticationRequired);
        QVERIFY2(view->errorString().contains(proxy.name()) && view->errorString().contains(QStringLiteral("user name and password")),
                 qPrintable(view->errorString()));
        QCOMPARE(person.texts.size(), 1);
        view->retry();
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), State::Ready, 60000);
        QCOMPARE(person.texts.size(), 2);
        QVERIFY2(person.texts.at(1).contains(QStringLiteral("did not accept")), qPrintable(person.texts.at(1)));
        QVERIFY(sessionCallReachesBroker()); // the answer that worked, unasked
        QCOMPARE(person.texts.size(), 2);

        // The session service: Qt Network ends the call; it says so, and the next call asks again.
        ProxyAuthenticator::instance()->forgetCredentials();
        std::unique_ptr<HttpSessionBackend> backend = makeBackend();
        SessionCall refusedCall(backend.get());
        QVERIFY(refusedCall.wait());
        QCOMPARE(refusedCall.error(), SessionJob::Error::ProxyAuthenticationRequired);
        QVERIFY2(refusedCall.errorString().contains(proxy.name()) && refusedCall.errorString().contains(QStringLiteral("user name and password")),
                 qPrintable(refusedCall.errorString()));
        SessionCall call(backend.get());
        QVERIFY(call.wait());
        QCOMPARE(call.error(), SessionJob::Error::Rejected);
        QCOMPARE(person.texts.size(), 4);
        QVERIFY2(person.texts.at(3).contains(QStringLiteral("did not accept")), qPrintable(person.texts.at(3)));
    }

    void declinedAnswerNamesTheProxy()
    {
        useProxyWithoutCredentials();
        DialogAnswerer person({std::nullopt, Answer{ProxyUser, ProxyPassword}});
        std::unique_ptr<HttpSessionBackend> backend = makeBackend();
        SessionCall call(backend.get());
        openLogin();
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), State::Failed, 60000);
        QVERIFY(call.wait());
        // Asked once for both; each side says what is wrong, naming the proxy, and a way forward.
        QCOMPARE(person.texts.size(), 1);
        QCOMPARE(view->error(), ClientAreaView::Error::ProxyAuthenticationRequired);
        QVERIFY2(view->errorString().contains(proxy.name()) && view->errorString().contains(QStringLiteral("Retry")), qPrintable(view->errorString()));
        QCOMPARE(call.error(), SessionJob::Error::ProxyAuthenticationRequired);
        QVERIFY2(call.errorString().contains(proxy.name()), qPrintable(call.errorString()));
        // Retry is the person's own step: asked again, answered, the screen loads.
        view->retry();
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), State::Ready, 60000);
        QCOMPARE(person.texts.size(), 2);
    }

    void unattendedHostNamesTheProxy()
    {
        useProxyWithoutCredentials();
        ProxyAuthenticator::instance()->setPromptEnabled(false);
        DialogAnswerer person({});
        std::unique_ptr<HttpSessionBackend> backend = makeBackend();
        SessionCall call(backend.get());
        QVERIFY(call.wait());
        QCOMPARE(call.error(), SessionJob::Error::ProxyAuthenticationRequired);
        QVERIFY2(call.errorString().contains(proxy.name()), qPrintable(call.errorString()));
        openLogin();
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), State::Failed, 60000);
        QCOMPARE(view->error(), ClientAreaView::Error::ProxyAuthenticationRequired);
        QVERIFY2(view->errorString().contains(proxy.name()), qPrintable(view->errorString()));
        QCOMPARE(person.texts.size(), 0);
    }

    void proxyDown()
    {
        const quint16 closed = freePort();
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), closed));
        const QString name = QStringLiteral("127.0.0.1:%1").arg(closed);
        std::unique_ptr<HttpSessionBackend> backend = makeBackend();
        SessionCall call(backend.get());
        QVERIFY(call.wait());
        QCOMPARE(call.error(), SessionJob::Error::Unreachable);
        QVERIFY2(call.errorString().contains(QStringLiteral("through the proxy ") + name), qPrintable(call.errorString()));
        openLogin();
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), State::Failed, 60000);
        QCOMPARE(view->error(), ClientAreaView::Error::NetworkError);
        QVERIFY2(view->errorString().contains(QStringLiteral("through the proxy ") + name), qPrintable(view->errorString()));
    }

    // Last: Chromium reads the environment's proxy settings when its network starts, so this case
    // runs in a process of its own (as CTest runs each).
    void credentialsFromEnvironment()
    {
        qputenv("https_proxy", QStringLiteral("http://%1:%2@127.0.0.1:%3").arg(ProxyUser, ProxyPassword).arg(proxy.port).toUtf8());
        throughWithoutAsking();
        qunsetenv("https_proxy");
    }

private:
    // With the credentials in the proxy's own configuration, both sides go through, and neither
    // the host's slot nor the person is asked.
    void throughWithoutAsking()
    {
        QObject scope; // the connection ends with the case
        int asked = 0;
        connect(ProxyAuthenticator::instance(), &ProxyAuthenticator::credentialsRequired, &scope, [&] { ++asked; });
        DialogAnswerer person({});
        QVERIFY(sessionCallReachesBroker());
        QVERIFY(loginScreenLoads());
        QCOMPARE(asked, 0);
        QCOMPARE(person.texts.size(), 0);
    }

    enum class Keychain { Read, Remove };
    // The kit's keychain entry for the test proxy, through the real keyring: its secret (Read), or
    // whatever went wrong (Remove; empty when it went or was not there).
    static QString keychain(Keychain what)
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("proxy/127.0.0.1");
        SecretJob *job = what == Keychain::Read ? store.read(key) : store.remove(key);
        QString result;
        bool done = false;
        QObject::connect(job, &Job::result, job, [&] {
            done = true;
            if (what == Keychain::Read)
                result = static_cast<ReadSecretJob *>(job)->secret();
            else if (job->error() != SecretJob::Error::NoError && job->error() != SecretJob::Error::NotFound)
                result = job->errorString();
        });
        job->start();
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            return QStringLiteral("the keychain did not answer");
        return result;
    }

    void useProxyWithoutCredentials()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port));
    }

    std::unique_ptr<HttpSessionBackend> makeBackend()
    {
        auto backend = std::make_unique<HttpSessionBackend>(fixture.profile);
        backend->setTimeoutMs(60000);
        return backend;
    }

    bool sessionCallReachesBroker()
    {
        std::unique_ptr<HttpSessionBackend> backend = makeBackend();
        SessionCall call(backend.get());
        if (!call.wait())
            return false;
        if (call.error() != SessionJob::Error::Rejected)
            qWarning() << "session call:" << call.error() << call.errorString();
        return call.error() == SessionJob::Error::Rejected;
    }

    void openLogin()
    {
        if (!webProfile)
            webProfile = std::make_unique<BrokerWebProfile>(fixture.profile);
        view = std::make_unique<ClientAreaView>(webProfile.get());
        view->resize(800, 600);
        view->show();
        view->openLogin(false);
    }

    bool loginScreenLoads()
    {
        openLogin();
        if (!QTest::qWaitFor([&] { return view->state() != State::Loading; }, 60000))
            return false;
        if (view->state() != State::Ready)
            qWarning() << "screen:" << view->state() << view->error() << view->errorString();
        return view->state() == State::Ready && Automation::page(view.get())->url().host() == QLatin1String("crm.broker.test");
    }

    TinyProxy proxy;
    Tests::SandboxFixture fixture;
    std::unique_ptr<BrokerWebProfile> webProfile;
    std::unique_ptr<ClientAreaView> view;
};

QTEST_MAIN(TestProxy)
#include "tst_proxy.moc"
