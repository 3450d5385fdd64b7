// SPDX-License-Identifier: MIT
// The embedded client area against the sandbox broker over HTTPS: real pages in Qt WebEngine,
// driven the way a user drives them (forms filled and buttons clicked by script, the kit's own
// controls clicked with QTest).
// Over 500 lines: one test function per behaviour of the view, sharing one WebEngine process.
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientareadialog.h>
#include <InAppKit/clientareaview.h>
#include "clientareaviewautomation_p.h"

#include "webnavigation_p.h"

#include "../common/leakscan.h"
#include "../common/sandboxfixture.h"
#include "../common/webtestutils.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QPushButton>
#include <QToolButton>
#include <QUrlQuery>
#include <QNetworkCookie>
#include <QWebEngineCookieStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <csignal>

using namespace InAppKit;
using InAppKit::Sandbox::SandboxBroker;
using State = ClientAreaView::State;
using ViewError = ClientAreaView::Error;

// Stands in for the system browser: QDesktopServices hands it every external URL.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestClientAreaView : public QObject
{
    Q_OBJECT

private:
    Tests::SandboxFixture fixture;
    BrokerWebProfile *webProfile = nullptr;
    ClientAreaView *view = nullptr;
    UrlRecorder browser;
    Tests::LeakScan leakScan;
    QStringList issued;  // every token any test's broker issued
    QStringList planted; // the tests' own tokens

    QVariant js(const QString &script) { return Tests::runScript(Automation::page(view), script); }

    bool waitFor(State state, int timeout = 20000) { return Tests::waitForState(view, state, timeout); }

    QUrl pageUrl() const { return Automation::page(view)->url(); }

    // Fills the fields by id and clicks the submit button of the page.
    void submit(const QList<QPair<QString, QString>> &fields, const QString &checkbox = QString())
    {
        QString script;
        for (const auto &[id, value] : fields)
            script += QStringLiteral("document.getElementById('%1').value = '%2';").arg(id, value);
        if (!checkbox.isEmpty())
            script += QStringLiteral("document.getElementById('%1').checked = true;").arg(checkbox);
        script += QStringLiteral("document.getElementById('submit').click(); true;");
        js(script);
    }

    bool waitForPage(const QString &marker) { return Tests::waitForMarkup(Automation::page(view), marker); }

    void openAction(const QString &id)
    {
        const QString session = fixture.signIn();
        QVERIFY2(view->openAction(id, fixture.inAppToken(session), fixture.account), qPrintable(view->errorString()));
        QVERIFY(waitFor(State::Ready));
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void logInCapturesTokenWithoutRequestingSuccessUrl();
    void signUpGoesThroughAccountCreation();
    void wrongPasswordStaysOnThePage();
    void inAppActions_data();
    void inAppActions();
    void actionNeedsAccount();
    void pageBackControlCancels();
    void closeButtonAndEscapeCancel();
    void failureNetwork();
    void failureHttpErrorAndRetry();
    void failureTimeout();
    void failureDroppedConnection();
    void failureCertificate_data();
    void failureCertificate();
    void failureRendererCrash();
    void failureBrokerError();
    void retryAndCancelAfterFailure();
    void invalidTokenOnSuccessUrl();
    void externalLinkOpensInBrowser();
    void externalLinksRateLimited();
    void popUps();
    void downloadsRefused();
    void successLinkClicked();
    void permissionAskedAndDenied();
    void questionsOfOneOriginAskedTogether();
    void permissionAnswerNotRemembered();
    void hostsShownInAscii();
    void themeFollowsPalette();
    void dialogClosesOnCompletion();
    void clearForgetsCookies();
    void openAndCloseManyTimes();
    void remoteDebuggingRefused();
};

void TestClientAreaView::initTestCase()
{
    // Everything the kit logs, at every level, and Chromium's own log: scanned for tokens at the end.
    QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=true"));
    QVERIFY(leakScan.start());
    planted = QStringList{QStringLiteral("link-token")};
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &browser, "open");
}

void TestClientAreaView::init()
{
    QVERIFY(fixture.start());
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->resize(600, 700);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    browser.urls.clear();
}

void TestClientAreaView::cleanup()
{
    delete view;
    view = nullptr;
    delete webProfile;
    webProfile = nullptr;
    issued += fixture.broker->issuedSecrets();
    fixture.broker.reset();
}

void TestClientAreaView::cleanupTestCase()
{
    // Whatever ran before, and in whichever order: no token in any log line or file.
    const QString leak = leakScan.stopAndFindLeaks(issued, planted);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

// With Chromium's remote debugging asked for, any local process could read the page and its
// token: the screen is refused with words, nothing is loaded, Qt WebEngine is not even started;
// the host may allow it, as a development switch.
void TestClientAreaView::remoteDebuggingRefused()
{
    const auto restore = qScopeGuard([] { qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING"); });
    qputenv("QTWEBENGINE_REMOTE_DEBUGGING", "127.0.0.1:9222");
    QVERIFY(BrokerWebProfile::isRemoteDebuggingRequested());
    BrokerWebProfile fresh(fixture.profile);
    QVERIFY(!fresh.mayOpenScreens());
    fresh.warmUp();
    QVERIFY(!fresh.isStarted());
    ClientAreaView refused(&fresh);
    refused.show();
    const int logins = fixture.broker->requestCount(QStringLiteral("/auth/login"));
    refused.openLogin(false);
    QCOMPARE(refused.state(), State::Failed);
    QCOMPARE(refused.error(), ClientAreaView::Error::DebuggingOpen);
    QVERIFY(refused.errorString().contains(QStringLiteral("QTWEBENGINE_REMOTE_DEBUGGING")));
    QVERIFY(refused.findChild<QPushButton *>(QStringLiteral("clientAreaRetry"))->isVisible());
    QVERIFY(!fresh.isStarted());
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/auth/login")), logins);

    fresh.setRemoteDebuggingAllowed(true);
    refused.retry();
    QTRY_COMPARE_WITH_TIMEOUT(refused.state(), State::Ready, 20000);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/auth/login")), logins + 1);

    // The Chromium switch counts the same as the variable.
    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    QVERIFY(!BrokerWebProfile::isRemoteDebuggingRequested());
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray(flags + " --remote-debugging-port=9222"));
    QVERIFY(BrokerWebProfile::isRemoteDebuggingRequested());
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}

void TestClientAreaView::logInCapturesTokenWithoutRequestingSuccessUrl()
{
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    QSignalSpy completed(view, &ClientAreaView::completed);
    view->openLogin(false);
    QCOMPARE(view->state(), State::Loading);
    QVERIFY(waitFor(State::Ready));
    const QUrlQuery query(pageUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("firstLogin")), QStringLiteral("false"));
    QCOMPARE(query.queryItemValue(QStringLiteral("source")), QStringLiteral("Desktop"));
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("inappkit-demo"));
    QVERIFY(!query.queryItemValue(QStringLiteral("lang")).isEmpty());
    QCOMPARE(view->title(), QStringLiteral("Log in"));
    QCOMPARE(view->loadProgress(), 100);

    submit({{QStringLiteral("email"), QStringLiteral("alice@example.com")}, {QStringLiteral("password"), QStringLiteral("password1")}},
           QStringLiteral("kmli"));
    QTRY_VERIFY_WITH_TIMEOUT(!captured.isEmpty(), 15000);
    QCOMPARE(completed.size(), 1);
    QCOMPARE(view->state(), State::Completed);
    const QString token = captured.at(0).at(0).toString();
    QVERIFY(token.size() >= 22);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
    // The captured token is the broker's real one, and 'Keep me logged in' was honoured.
    const QJsonObject signedIn = fixture.exchange(token);
    QCOMPARE(QString::number(signedIn.value(QStringLiteral("userId")).toInteger()), fixture.userId);
    QVERIFY(signedIn.contains(QStringLiteral("accessToken")));
    // The view left the broker's page behind.
    QTRY_COMPARE(pageUrl(), QUrl(QStringLiteral("about:blank")));
    // Give the network its chance: a later page load that the broker has served, and still no
    // request for the success URL.
    const int logins = fixture.broker->requestCount(QStringLiteral("/auth/login"));
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/auth/login")), logins + 1);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
}

void TestClientAreaView::signUpGoesThroughAccountCreation()
{
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    view->openLogin(true);
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(QUrlQuery(pageUrl()).queryItemValue(QStringLiteral("firstLogin")), QStringLiteral("true"));
    QCOMPARE(view->title(), QStringLiteral("Create your account"));
    submit({{QStringLiteral("email"), QStringLiteral("zoe@example.com")}, {QStringLiteral("password"), QStringLiteral("zoezoezoe")}});
    QVERIFY(waitForPage(QStringLiteral("id=\"account\"")));
    QCOMPARE(view->state(), State::Ready);
    js(QStringLiteral("document.getElementById('currency').value = 'EUR'; document.getElementById('submit').click(); true;"));
    QTRY_VERIFY_WITH_TIMEOUT(!captured.isEmpty(), 15000);
    const QJsonObject signedIn = fixture.exchange(captured.at(0).at(0).toString());
    QCOMPARE(QString::number(signedIn.value(QStringLiteral("userId")).toInteger()), fixture.broker->userIdOf(QStringLiteral("zoe@example.com")));
    QVERIFY(!signedIn.contains(QStringLiteral("accessToken")));
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
}

void TestClientAreaView::wrongPasswordStaysOnThePage()
{
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    QSignalSpy failed(view, &ClientAreaView::failed);
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    submit({{QStringLiteral("email"), QStringLiteral("alice@example.com")}, {QStringLiteral("password"), QStringLiteral("nope")}});
    QVERIFY(waitForPage(QStringLiteral("id=\"error\"")));
    // The broker's own form error (HTTP 401 with a page) is the broker's to show, not a failure.
    QCOMPARE(view->state(), State::Ready);
    QCOMPARE(captured.size(), 0);
    QCOMPARE(failed.size(), 0);
}

void TestClientAreaView::inAppActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("steps"); // scripts run one per page, each submitting it
    QTest::addColumn<QStringList>("markers"); // what the page after each step shows (all but the last)
    const QString click = QStringLiteral("document.getElementById('submit').click(); true;");
    QTest::newRow("withdraw") << "withdraw" << QStringList{QStringLiteral("document.getElementById('amount').value='0.5';") + click} << QStringList();
    QTest::newRow("support") << "support"
                             << QStringList{QStringLiteral("document.getElementById('message').value='hello';") + click,
                                            QStringLiteral("document.querySelector('#done button').click(); true;")}
                             << QStringList{QStringLiteral("<li>hello</li>")};
    QTest::newRow("newAccount") << "newAccount" << QStringList{click} << QStringList();
    QTest::newRow("changePassword") << "changePassword"
                                    << QStringList{QStringLiteral("document.getElementById('currentPassword').value='password1'; document.getElementById('newPassword').value='password2';") + click} << QStringList();
    QTest::newRow("changeEmail") << "changeEmail" << QStringList{QStringLiteral("document.getElementById('newEmail').value='alice2@example.com';") + click} << QStringList();
    QTest::newRow("academy (custom)") << "academy" << QStringList{click} << QStringList();
}

void TestClientAreaView::inAppActions()
{
    QFETCH(QString, action);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, markers);
    if (action == QLatin1String("withdraw"))
        fixture.broker->addAccount(fixture.userId); // a second account, to check the right one is used
    QSignalSpy completed(view, &ClientAreaView::completed);
    QSignalSpy cancelled(view, &ClientAreaView::cancelled);
    const qint64 before = fixture.broker->balanceCents(fixture.account);
    if (action == QLatin1String("withdraw"))
        fixture.broker->creditCents(fixture.account, 1000); // money first (deposits go through the provider: tst_realclientarea)
    openAction(action);
    QCOMPARE(view->screen(), ClientAreaView::Screen::InAppAction);
    QCOMPARE(view->actionId(), action);
    QCOMPARE(QUrlQuery(pageUrl()).queryItemValue(QStringLiteral("account")), fixture.account);
    for (int i = 0; i < steps.size(); ++i) {
        js(steps.at(i));
        if (i + 1 < steps.size())
            QVERIFY2(waitForPage(markers.at(i)), qPrintable(markers.at(i)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 15000);
    QCOMPARE(cancelled.size(), 0);
    QCOMPARE(view->state(), State::Completed);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
    if (action == QLatin1String("withdraw"))
        QCOMPARE(fixture.broker->balanceCents(fixture.account), before + 1000 - 50);
    if (action == QLatin1String("changeEmail"))
        QCOMPARE(fixture.broker->emailOf(fixture.userId), QStringLiteral("alice2@example.com"));
}

void TestClientAreaView::actionNeedsAccount()
{
    const QString session = fixture.signIn();
    QSignalSpy failed(view, &ClientAreaView::failed);
    QSignalSpy states(view, &ClientAreaView::stateChanged);
    QVERIFY(!view->openAction(QStringLiteral("deposit"), fixture.inAppToken(session), QString()));
    // The view tells why, as for any screen that fails: Failed, InvalidScreen, and the message.
    QCOMPARE(view->state(), State::Failed);
    QCOMPARE(view->error(), ViewError::InvalidScreen);
    QVERIFY2(view->errorString().contains(QStringLiteral("account")), qPrintable(view->errorString()));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ViewError>(), ViewError::InvalidScreen);
    QCOMPARE(failed.at(0).at(1).toString(), view->errorString());
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<State>(), State::Loading);
    QCOMPARE(states.at(1).at(0).value<State>(), State::Failed);
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("clientAreaErrorText"))->text(), view->errorString());
    // Retry asks the owner for a fresh token: the one given is spent.
    QSignalSpy retryRequested(view, &ClientAreaView::retryRequested);
    view->retry();
    QCOMPARE(retryRequested.size(), 1);
    QCOMPARE(view->state(), State::Failed);

    QVERIFY(!view->openAction(QStringLiteral("nope"), QStringLiteral("t"), QString()));
    QCOMPARE(view->error(), ViewError::InvalidScreen);
    QVERIFY2(view->errorString().contains(QStringLiteral("nope")), qPrintable(view->errorString()));
    QCOMPARE(view->actionId(), QStringLiteral("nope"));

    // A broker page that is none of the broker's screens (its success URL, another site) fails the
    // same way, with nothing loaded.
    QVERIFY(!view->openBrokerPage(fixture.profile.successUrl(), QStringLiteral("t")));
    QCOMPARE(view->state(), State::Failed);
    QCOMPARE(view->error(), ViewError::InvalidScreen);
    QVERIFY2(view->errorString().contains(fixture.profile.brokerName()), qPrintable(view->errorString()));
    QVERIFY(!view->openBrokerPage(QUrl(QStringLiteral("https://elsewhere.example/"))));
    QCOMPARE(view->error(), ViewError::InvalidScreen);
    QCOMPARE(fixture.broker->totalRequestCount(), 3); // the sign-in form, the exchange and the token: no screen
}

void TestClientAreaView::pageBackControlCancels()
{
    QSignalSpy cancelled(view, &ClientAreaView::cancelled);
    QSignalSpy completed(view, &ClientAreaView::completed);
    openAction(QStringLiteral("kyc"));
    js(QStringLiteral("document.getElementById('back').click(); true;"));
    QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty(), 15000);
    QCOMPARE(completed.size(), 0);
    QCOMPARE(view->state(), State::Cancelled);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
}

void TestClientAreaView::closeButtonAndEscapeCancel()
{
    QSignalSpy cancelled(view, &ClientAreaView::cancelled);
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    auto *close = view->findChild<QToolButton *>(QStringLiteral("clientAreaClose"));
    QVERIFY(close);
    QVERIFY(!close->accessibleName().isEmpty());
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(view->state(), State::Cancelled);

    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    // Esc works with the focus inside the web page, where the user types.
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view));
    view->findChild<QWidget *>(QStringLiteral("clientAreaWebView"))->setFocus();
    QTRY_VERIFY(QApplication::focusWidget());
    QVERIFY(view->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(cancelled.size(), 2);

    // Back on the first page leaves the screen too.
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    QTest::mouseClick(view->findChild<QToolButton *>(QStringLiteral("clientAreaBack")), Qt::LeftButton);
    QCOMPARE(cancelled.size(), 3);
}

void TestClientAreaView::failureNetwork()
{
    fixture.broker->stop(); // the profile now points at a closed port
    QSignalSpy failed(view, &ClientAreaView::failed);
    view->openLogin(false);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(view->error(), ViewError::NetworkError);
    QCOMPARE(view->state(), State::Failed);
    QVERIFY(view->errorString().contains(QStringLiteral("cannot be reached")));
    auto *retry = view->findChild<QPushButton *>(QStringLiteral("clientAreaRetry"));
    QVERIFY(retry && retry->isVisible());
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("clientAreaErrorText"))->isVisible());
    // The warning picture, made with the first failure rather than with every screen.
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("clientAreaErrorIcon"))->pixmap().isNull());
}

void TestClientAreaView::failureHttpErrorAndRetry()
{
    fixture.broker->setFault(QStringLiteral("/auth/login"), SandboxBroker::Fault::ServerError);
    QSignalSpy failed(view, &ClientAreaView::failed);
    view->openLogin(false);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(failed.at(0).at(0).value<ViewError>(), ViewError::HttpError);
    QVERIFY(view->errorString().contains(QStringLiteral("500")));
    fixture.broker->clearFaults();
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("clientAreaRetry")), Qt::LeftButton);
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(view->error(), ViewError::NoError);
    QCOMPARE(view->title(), QStringLiteral("Log in"));
}

void TestClientAreaView::failureTimeout()
{
    QVERIFY(fixture.loadProfile([](QJsonObject &o) { o.insert(QStringLiteral("pageLoadTimeoutMs"), 1500); }));
    delete view;
    delete webProfile;
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->show();
    fixture.broker->setFaultDelayMs(30000);
    fixture.broker->setFault(QStringLiteral("/auth/login"), SandboxBroker::Fault::Slow);
    QSignalSpy failed(view, &ClientAreaView::failed);
    view->openLogin(false);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(view->error(), ViewError::Timeout);
    fixture.broker->clearFaults();
}

void TestClientAreaView::failureDroppedConnection()
{
    fixture.broker->setFault(QStringLiteral("/auth/login"), SandboxBroker::Fault::DropConnection);
    QSignalSpy failed(view, &ClientAreaView::failed);
    view->openLogin(false);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(view->error(), ViewError::NetworkError);
}

void TestClientAreaView::failureCertificate_data()
{
    QTest::addColumn<SandboxBroker::Certificate>("certificate");
    QTest::newRow("a CA nobody trusts") << SandboxBroker::Certificate::Untrusted;
    QTest::newRow("the profile's CA, another host") << SandboxBroker::Certificate::WrongHost;
    QTest::newRow("the profile's CA, expired") << SandboxBroker::Certificate::Expired;
    QTest::newRow("the profile's CA, 1024-bit RSA key") << SandboxBroker::Certificate::WeakKey;
    QTest::newRow("the profile's CA, SHA-1") << SandboxBroker::Certificate::Sha1;
    QTest::newRow("the profile's CA, no subjectAltName") << SandboxBroker::Certificate::NoSubjectAltName;
    QTest::newRow("the profile's CA, client authentication only") << SandboxBroker::Certificate::ClientPurpose;
}

void TestClientAreaView::failureCertificate()
{
    // A broker whose certificate must be refused, though the profile trusts the sandbox CA: refused,
    // with no way to override, before any request.
    QFETCH(SandboxBroker::Certificate, certificate);
    Tests::SandboxFixture untrusted;
    QVERIFY(untrusted.start(certificate));
    QVERIFY(!untrusted.profile.caCertificates().isEmpty());
    // Whether the sandbox can present it at all depends on its OpenSSL, not on the kit: at its
    // default security level OpenSSL 3.0 presents neither a 1024-bit key nor a SHA-1 signature (the
    // handshake fails on the server's side: the kit sees a network error), 3.5 presents SHA-1 (the
    // kit refuses the certificate). A plain TLS client that checks nothing tells which.
    QSslSocket probe;
    probe.setPeerVerifyMode(QSslSocket::VerifyNone);
    QSignalSpy encrypted(&probe, &QSslSocket::encrypted);
    QSignalSpy probeFailed(&probe, &QSslSocket::errorOccurred);
    probe.connectToHostEncrypted(untrusted.broker->baseUrl().host(), quint16(untrusted.broker->baseUrl().port()));
    QTRY_VERIFY_WITH_TIMEOUT(!encrypted.isEmpty() || !probeFailed.isEmpty(), 10000);
    const bool presented = !encrypted.isEmpty();
    probe.abort();
    BrokerWebProfile profile(untrusted.profile);
    ClientAreaView other(&profile);
    other.show();
    QSignalSpy failed(&other, &ClientAreaView::failed);
    other.openLogin(false);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(other.error(), presented ? ViewError::CertificateError : ViewError::NetworkError);
    QCOMPARE(untrusted.broker->totalRequestCount(), 0);

    // The sandbox's own certificate without the profile's CA: refused as well.
    QVERIFY(fixture.loadProfile([](QJsonObject &o) {
        o.remove(QStringLiteral("caCertificatesFile"));
        o.remove(QStringLiteral("caCertificatesOrigins"));
    }));
    BrokerWebProfile noCa(fixture.profile);
    ClientAreaView third(&noCa);
    third.show();
    QSignalSpy failed3(&third, &ClientAreaView::failed);
    third.openLogin(false);
    QTRY_VERIFY_WITH_TIMEOUT(!failed3.isEmpty(), 20000);
    QCOMPARE(third.error(), ViewError::CertificateError);
    QCOMPARE(fixture.broker->totalRequestCount(), 0);
}

void TestClientAreaView::failureRendererCrash()
{
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    const qint64 pid = Automation::page(view)->renderProcessPid();
    QVERIFY(pid > 0);
    QSignalSpy failed(view, &ClientAreaView::failed);
    ::kill(pid_t(pid), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(view->error(), ViewError::RendererCrashed);
    // The host lives on, and Retry brings the screen back in a new renderer.
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("clientAreaRetry")), Qt::LeftButton);
    QVERIFY(waitFor(State::Ready));
    QVERIFY(Automation::page(view)->renderProcessPid() != pid);
}

void TestClientAreaView::retryAndCancelAfterFailure()
{
    const QString session = fixture.signIn();
    fixture.broker->setFault(QStringLiteral("/inapp/kyc"), SandboxBroker::Fault::ServerError);
    QSignalSpy failed(view, &ClientAreaView::failed);
    QVERIFY(view->openAction(QStringLiteral("kyc"), fixture.inAppToken(session), fixture.account));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(view->error(), ViewError::HttpError);
    fixture.broker->clearFaults();
    const int loads = fixture.broker->requestCount(QStringLiteral("/inapp/kyc"));
    // One rule: the spent token is never sent again, whether anybody listens to retryRequested()
    // or not (nothing does yet): the view stays failed and loads nothing.
    view->retry();
    QCOMPARE(view->state(), State::Failed);
    QCOMPARE(view->error(), ViewError::HttpError);
    QSignalSpy retryRequested(view, &ClientAreaView::retryRequested);
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("clientAreaRetry")), Qt::LeftButton);
    QCOMPARE(retryRequested.size(), 1);
    QCOMPARE(view->state(), State::Failed);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/inapp/kyc")), loads);

    // Cancel from the failed screen goes through the state machine: Cancelled once, the error page gone.
    QSignalSpy states(view, &ClientAreaView::stateChanged);
    QSignalSpy cancelled(view, &ClientAreaView::cancelled);
    view->cancel();
    QCOMPARE(states.size(), 1);
    QCOMPARE(states.at(0).at(0).value<State>(), State::Cancelled);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!view->findChild<QLabel *>(QStringLiteral("clientAreaErrorText"))->isVisible());
    view->cancel(); // ended already: nothing more
    QCOMPARE(states.size(), 1);
    QCOMPARE(cancelled.size(), 1);
    view->retry(); // nothing to retry once cancelled
    QCOMPARE(retryRequested.size(), 1);
}

void TestClientAreaView::failureBrokerError()
{
    QSignalSpy failed(view, &ClientAreaView::failed);
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    const QUrl success = fixture.profile.successUrl();
    js(QStringLiteral("location.href = '%1?error=access_denied&error_description=Account%20locked'; true;").arg(success.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    QCOMPARE(view->error(), ViewError::BrokerError);
    QVERIFY(view->errorString().contains(QStringLiteral("Account locked")));
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
}

void TestClientAreaView::invalidTokenOnSuccessUrl()
{
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    QSignalSpy failed(view, &ClientAreaView::failed);
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    const QString success = fixture.profile.successUrl().toString();
    js(QStringLiteral("location.href = '%1?token=a&token=b'; true;").arg(success));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
    QCOMPARE(view->error(), ViewError::InvalidToken);
    QCOMPARE(captured.size(), 0);

    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    js(QStringLiteral("location.href = '%1#token=abc'; true;").arg(success));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 15000);
    QCOMPARE(view->error(), ViewError::InvalidToken);
    QCOMPARE(captured.size(), 0);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
}

void TestClientAreaView::externalLinkOpensInBrowser()
{
    QSignalSpy opened(view, &ClientAreaView::externalUrlOpened);
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    auto *webView = view->findChild<QWebEngineView *>(QStringLiteral("clientAreaWebView"));
    // A script's click, with no person's input: Chromium calls it a link click, yet the browser
    // stays shut (a page could otherwise open it every second, forever).
    int decided = 0; // connected after the view: counts navigations the view has decided on
    connect(Automation::page(view), &QWebEnginePage::navigationRequested, this, [&decided] { ++decided; });
    js(QStringLiteral("document.getElementById('external').click(); true;"));
    QTRY_COMPARE_WITH_TIMEOUT(decided, 1, 10000);
    QVERIFY(browser.urls.isEmpty());
    // A person's click: the browser.
    QVERIFY(Tests::clickElement(webView, QStringLiteral("#external")));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
    QCOMPARE(browser.urls, QList<QUrl>{QUrl(QStringLiteral("https://external.invalid/page"))});
    QCOMPARE(view->state(), State::Ready);
    QCOMPARE(pageUrl().path(), QStringLiteral("/test/links"));
    QTRY_VERIFY(view->findChild<QWidget *>(QStringLiteral("clientAreaNotice"))->isVisible());
    // Other origins are not broker pages.
    QVERIFY(!view->openBrokerPage(QUrl(QStringLiteral("https://external.invalid/"))));
}

void TestClientAreaView::externalLinksRateLimited()
{
    // A page cannot flood the desktop with browser windows: two clicks in one breath open one.
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    auto *webView = view->findChild<QWebEngineView *>(QStringLiteral("clientAreaWebView"));
    int decided = 0; // connected after the view: counts navigations the view has decided on
    connect(Automation::page(view), &QWebEnginePage::navigationRequested, this, [&decided] { ++decided; });
    QVERIFY(Tests::clickElement(webView, QStringLiteral("#external")));
    QVERIFY(Tests::clickElement(webView, QStringLiteral("#external2")));
    QTRY_COMPARE_WITH_TIMEOUT(decided, 2, 10000);
    QCOMPARE(browser.urls, QList<QUrl>{QUrl(QStringLiteral("https://external.invalid/page"))});
    QCOMPARE(pageUrl().path(), QStringLiteral("/test/links"));
}

void TestClientAreaView::popUps()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    auto *webView = view->findChild<QWebEngineView *>(QStringLiteral("clientAreaWebView"));
    const auto childWindows = [this] { return view->findChildren<QWidget *>(QStringLiteral("clientAreaChildWindow")).size(); };
    // window.open by script alone, without the user's gesture: refused, in this view and elsewhere.
    js(QStringLiteral("window.open('/test/links?again=1', '_blank'); true;"));
    QTRY_VERIFY_WITH_TIMEOUT(view->findChild<QLabel *>(QStringLiteral("clientAreaNoticeText"))->text().contains(QStringLiteral("blocked")), 10000);
    QCOMPARE(childWindows(), 0);
    QCOMPARE(pageUrl().query(), QString());
    // target=_blank outside the broker, clicked: the browser.
    QSignalSpy opened(view, &ClientAreaView::externalUrlOpened);
    QVERIFY(Tests::clickElement(webView, QStringLiteral("#blank")));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
    QCOMPARE(browser.urls, QList<QUrl>{QUrl(QStringLiteral("https://external.invalid/blank"))});
    QCOMPARE(childWindows(), 0);
    // target=_blank to the broker, clicked: a kit-owned child window; this view stays.
    QVERIFY(Tests::clickElement(webView, QStringLiteral("#blank-internal")));
    QTRY_COMPARE_WITH_TIMEOUT(childWindows(), 1, 10000);
    QCOMPARE(pageUrl().path(), QStringLiteral("/test/links"));
    QCOMPARE(browser.urls.size(), 1);
}

void TestClientAreaView::downloadsRefused()
{
    QSignalSpy refused(webProfile, &BrokerWebProfile::downloadRefused);
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    js(QStringLiteral("document.getElementById('download').click(); true;"));
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
    QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("statement.csv"));
    QTRY_VERIFY(view->findChild<QWidget *>(QStringLiteral("clientAreaNotice"))->isVisible());
    QCOMPARE(view->state(), State::Ready);
}

void TestClientAreaView::successLinkClicked()
{
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    js(QStringLiteral("document.getElementById('success').click(); true;"));
    QTRY_VERIFY_WITH_TIMEOUT(!captured.isEmpty(), 10000);
    QCOMPARE(captured.at(0).at(0).toString(), QStringLiteral("link-token"));
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
}

void TestClientAreaView::permissionAskedAndDenied()
{
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    js(QStringLiteral("window.__geo = 'pending'; navigator.geolocation.getCurrentPosition("
                      "function() { window.__geo = 'granted'; }, function(e) { window.__geo = 'denied:' + e.code; }); true;"));
    auto *deny = view->findChild<QPushButton *>(QStringLiteral("clientAreaPermissionDeny"));
    QTRY_VERIFY_WITH_TIMEOUT(deny->isVisible(), 10000);
    const QString question = view->findChild<QLabel *>(QStringLiteral("clientAreaNoticeText"))->text();
    QVERIFY2(question.contains(QStringLiteral("127.0.0.1")) && question.contains(QStringLiteral("location")), qPrintable(question));
    QCOMPARE(js(QStringLiteral("window.__geo")).toString(), QStringLiteral("pending"));
    QTest::mouseClick(deny, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.__geo")).toString(), QStringLiteral("denied:1"), 10000);
    QVERIFY(!deny->isVisible());
}

void TestClientAreaView::questionsOfOneOriginAskedTogether()
{
    // A second question from the same origin joins the first: the user sees both and one answer
    // settles both (Qt 6.8 answers every open request of an origin at once; the kit says so).
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    auto *deny = view->findChild<QPushButton *>(QStringLiteral("clientAreaPermissionDeny"));
    auto *question = view->findChild<QLabel *>(QStringLiteral("clientAreaNoticeText"));
    js(QStringLiteral("window.__geo = 'pending'; navigator.geolocation.getCurrentPosition("
                      "function() { window.__geo = 'granted'; }, function(e) { window.__geo = 'denied:' + e.code; }); true;"));
    QTRY_VERIFY_WITH_TIMEOUT(deny->isVisible() && question->text().contains(QStringLiteral("location")), 10000);
    js(QStringLiteral("window.__notify = 'pending'; Notification.requestPermission().then(function(r) { window.__notify = r; }); true;"));
    QTRY_VERIFY(question->text().contains(QStringLiteral("notifications")));
    QVERIFY2(question->text().contains(QStringLiteral("location")), qPrintable(question->text()));
    QCOMPARE(js(QStringLiteral("window.__geo")).toString(), QStringLiteral("pending"));
    QCOMPARE(js(QStringLiteral("window.__notify")).toString(), QStringLiteral("pending"));
    QTest::mouseClick(deny, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.__notify")).toString(), QStringLiteral("denied"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.__geo")).toString(), QStringLiteral("denied:1"), 10000);
    QVERIFY(!deny->isVisible());
}

void TestClientAreaView::permissionAnswerNotRemembered()
{
    // The user answers each question when it is asked: an answer is not kept for the next request
    // (Qt 6.8 would keep it for the profile's life unless told not to).
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    auto *allow = view->findChild<QPushButton *>(QStringLiteral("clientAreaPermissionAllow"));
    auto *deny = view->findChild<QPushButton *>(QStringLiteral("clientAreaPermissionDeny"));
    const QString ask = QStringLiteral("window.__geo = 'pending'; navigator.geolocation.getCurrentPosition("
                                       "function() { window.__geo = 'granted'; }, function(e) { window.__geo = 'denied:' + e.code; }); true;");
    js(ask);
    QTRY_VERIFY_WITH_TIMEOUT(allow->isVisible(), 10000);
    QTest::mouseClick(allow, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(js(QStringLiteral("window.__geo")).toString() != QStringLiteral("pending"), 10000);
    QVERIFY(!allow->isVisible());
    js(ask);
    QTRY_VERIFY_WITH_TIMEOUT(allow->isVisible(), 10000);
    QCOMPARE(js(QStringLiteral("window.__geo")).toString(), QStringLiteral("pending"));
    QTest::mouseClick(deny, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.__geo")).toString(), QStringLiteral("denied:1"), 10000);
}

void TestClientAreaView::hostsShownInAscii()
{
    // Whatever names a host to the user (the away header, a pop-up's title, a permission question,
    // a JavaScript dialog) shows international names in ASCII: a look-alike of a Latin name in
    // Cyrillic is plainly something else. Qt itself shows them decoded for some top-level domains.
    QCOMPARE(QUrl(QStringLiteral("https://bücher.de/")).host(), QStringLiteral("bücher.de"));
    QCOMPARE(WebNavigation::displayHost(QUrl(QStringLiteral("https://bücher.de/"))), QStringLiteral("xn--bcher-kva.de"));
    QCOMPARE(WebNavigation::displayHost(QUrl(QStringLiteral("https://аррӏе.de:8443/"))), QStringLiteral("xn--80ak6aa92e.de:8443"));
    QCOMPARE(WebNavigation::displayHost(QUrl(QStringLiteral("https://crm.acme.example/"))), QStringLiteral("crm.acme.example"));
}

void TestClientAreaView::themeFollowsPalette()
{
    QPalette light = view->palette();
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    view->setPalette(light);
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(QUrlQuery(pageUrl()).queryItemValue(QStringLiteral("theme")), QStringLiteral("light"));

    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, Qt::white);
    view->setPalette(dark);
    QTRY_COMPARE_WITH_TIMEOUT(QUrlQuery(pageUrl()).queryItemValue(QStringLiteral("theme")), QStringLiteral("dark"), 10000);
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(js(QStringLiteral("document.documentElement.getAttribute('data-theme')")).toString(), QStringLiteral("dark"));

    view->setLocale(QLocale(QLocale::German));
    QTRY_COMPARE_WITH_TIMEOUT(QUrlQuery(pageUrl()).queryItemValue(QStringLiteral("lang")), QStringLiteral("de"), 10000);
    QVERIFY(waitFor(State::Ready));
    QTRY_COMPARE_WITH_TIMEOUT(view->title(), QStringLiteral("Anmelden"), 10000);
}

void TestClientAreaView::dialogClosesOnCompletion()
{
    ClientAreaDialog dialog(webProfile);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    dialog.view()->openLogin(false);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.view()->state(), State::Ready, 20000);
    QTRY_VERIFY(dialog.windowTitle().contains(QStringLiteral("Log in")));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.view()->state(), State::Cancelled);

    dialog.show();
    openAction(QStringLiteral("academy")); // on the test's own view: the dialog's comes next
    const QString session = fixture.signIn();
    QVERIFY(dialog.view()->openAction(QStringLiteral("academy"), fixture.inAppToken(session)));
    QTRY_COMPARE_WITH_TIMEOUT(dialog.view()->state(), State::Ready, 20000);
    Automation::page(dialog.view())->runJavaScript(QStringLiteral("document.getElementById('submit').click();"));
    QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 15000);
    QVERIFY(!dialog.isVisible());
}

void TestClientAreaView::clearForgetsCookies()
{
    QSignalSpy added(Automation::webEngineProfile(webProfile)->cookieStore(), &QWebEngineCookieStore::cookieAdded);
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 10000);
    const QNetworkCookie cookie = added.at(0).at(0).value<QNetworkCookie>();
    QCOMPARE(cookie.name(), QByteArray("sbx_visit"));
    const QByteArray sent = "sbx_visit=" + cookie.value();
    // The broker sees its cookie come back on the next visit...
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    QVERIFY(fixture.broker->lastCookieHeader(QStringLiteral("/auth/login")).contains(sent));

    QSignalSpy cancelled(view, &ClientAreaView::cancelled);
    webProfile->clear(); // log out
    QCOMPARE(Automation::page(view), nullptr); // the open screen went with the old profile
    QCOMPARE(view->state(), State::Cancelled);
    // ...and no more after log out: the new profile sends nothing of the old session.
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    QVERIFY(!fixture.broker->lastCookieHeader(QStringLiteral("/auth/login")).contains(sent));
    QCOMPARE(fixture.broker->lastCookieHeader(QStringLiteral("/auth/login")), QByteArray());
}

void TestClientAreaView::openAndCloseManyTimes()
{
    // Pages go before their profile, every time; nothing is left behind.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("Release of profile requested|still not deleted")));
    int pagesAlive = 0;
    for (int i = 0; i < 20; ++i) {
        auto *profile = new BrokerWebProfile(fixture.profile);
        auto *dialog = new ClientAreaDialog(profile);
        dialog->show();
        dialog->view()->openLogin(false);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        ++pagesAlive;
        connect(Automation::page(dialog->view()), &QObject::destroyed, this, [&] { --pagesAlive; });
        if (i % 2) {
            delete dialog; // the usual order
            delete profile;
        } else {
            delete profile; // the profile first: it takes the dialog's page with it
            QCOMPARE(Automation::page(dialog->view()), nullptr);
            QCOMPARE(dialog->view()->state(), State::Cancelled);
            delete dialog;
        }
    }
    QTRY_COMPARE(pagesAlive, 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestClientAreaView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clientareaview.moc"
