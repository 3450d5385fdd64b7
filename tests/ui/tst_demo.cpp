// SPDX-License-Identifier: MIT
// The demo's main window driven the way a user drives it: buttons found by objectName and
// clicked, broker forms filled in the web view, against the sandbox broker over HTTPS and the
// real keychain. With INAPPKIT_SCREENSHOT_DIR set it also saves the README's screenshots.
// Over 500 lines: one test function per thing a user does in the demo, in one window.
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientareadialog.h>
#include <InAppKit/clientarealauncher.h>
#include "demowindow.h"
#include <InAppKit/httpsessionbackend.h>
#include <InAppKit/inappcontrolsbar.h>
#include <InAppKit/keychainsecretstore.h>
#include <InAppKit/ribbonbar.h>
#include "sandboxthirdparties.h"
#include <InAppKit/ssosession.h>
#include "clientareaviewautomation_p.h"

#include "../common/sandboxfixture.h"
#include "../common/webtestutils.h"
#include "../../src/ssosession_p.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace InAppKit;
using State = ClientAreaView::State;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    Tests::SandboxFixture fixture;
    KeychainSecretStore keychain{QStringLiteral("InAppKitDemoTest")};
    std::unique_ptr<HttpSessionBackend> backend;
    std::unique_ptr<DemoWindow> window;
    QString email = QStringLiteral("new.trader@example.com");
    QString secondAccount;

    void startWindow()
    {
        window.reset();
        backend = std::make_unique<HttpSessionBackend>(fixture.profile);
        window = std::make_unique<DemoWindow>(fixture.profile, backend.get(), &keychain);
        window->show();
        window->start();
    }

    template<typename T>
    T *child(const QString &name, QWidget *in = nullptr) const
    {
        return (in ? in : window.get())->findChild<T *>(name);
    }

    void click(QWidget *widget)
    {
        QVERIFY2(widget, "widget not found");
        QTRY_VERIFY(widget->isVisible());
        QTRY_VERIFY(widget->isEnabled());
        QTest::mouseClick(widget, Qt::LeftButton);
    }

    QVariant js(ClientAreaView *view, const QString &script) { return Tests::runScript(Automation::page(view), script); }
    bool pageShows(ClientAreaView *view, const QString &marker) { return Tests::waitForMarkup(Automation::page(view), marker); }

    QString stored()
    {
        ReadSecretJob *job = keychain.read(savedLoginKey(window->session()->profile(), fixture.broker->userIdOf(email)));
        QSignalSpy finished(job, &Job::result);
        job->start();
        if (!finished.wait(10000))
            return QStringLiteral("(no answer)");
        return job->secret();
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("INAPPKIT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300); // let the compositor paint the last frame: a picture, not a synchronisation
        // The screen, cropped to the windows on it (the demo and its open screen).
        QRect area;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->isWindow())
                area |= w->frameGeometry();
        }
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
        QVERIFY(shot.save(dir + u'/' + name + QStringLiteral(".png")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InAppKitTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_demo"));
        QSettings().clear();
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "externalUrl");
        QVERIFY(fixture.start());
        startWindow();
        QTRY_COMPARE(window->session()->state(), SsoSession::State::SignedOut);
    }

    void cleanupTestCase()
    {
        window.reset();
    }

    void signedOutShowsLoginAndDisabledActions()
    {
        QVERIFY(child<QPushButton>(QStringLiteral("accountLogIn"))->isVisible());
        QVERIFY(child<QPushButton>(QStringLiteral("accountSignUp"))->isVisible());
        QVERIFY(!child<QPushButton>(QStringLiteral("accountLogIn"))->accessibleName().isEmpty());
        auto *deposit = child<QToolButton>(QStringLiteral("inAppButton_deposit"));
        QVERIFY(deposit);
        QVERIFY(!deposit->isEnabled());
        QCOMPARE(deposit->text(), QStringLiteral("Deposit"));
        QVERIFY(!deposit->icon().isNull());
        // The custom action has the profile's title.
        QCOMPARE(child<QToolButton>(QStringLiteral("inAppButton_academy"))->text(), QStringLiteral("Trading academy"));
        QVERIFY(!child<RibbonBar>(QStringLiteral("ribbonBar"))->isVisible());
        screenshot(QStringLiteral("signed-out"));
    }

    // On a fresh install, Log in shows the login face: the first-login state decides only where
    // the host has a single entry (LoginFace::Automatic).
    void logInShowsTheLoginFace()
    {
        QVERIFY(window->session()->isFirstLogin());
        // The host's window is never made anew for the screen's web view (Qt 6.8 would, for a
        // dialog without a native window yet): a person would see it vanish and come back.
        const WId hostWindow = window->winId();
        click(child<QPushButton>(QStringLiteral("accountLogIn")));
        ClientAreaDialog *dialog = window->launcher()->loginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        QCOMPARE(window->winId(), hostWindow);
        QCOMPARE(QUrlQuery(Automation::page(dialog->view())->url()).queryItemValue(QStringLiteral("firstLogin")), QStringLiteral("false"));
        QVERIFY(pageShows(dialog->view(), QStringLiteral("id=\"to-signup\"")));
        dialog->reject();
        QTRY_VERIFY(!window->launcher()->loginDialog());
    }

    void signUpWithKeepMeLoggedIn()
    {
        // Started from a partner's invite link: the sign-up carries its attribution to the broker.
        Attribution invite;
        invite.setPartnerId(QStringLiteral("partner-42"));
        invite.setUtmSource(QStringLiteral("newsletter"));
        invite.setClickId(QStringLiteral("click-7"));
        window->launcher()->setAttribution(invite);
        click(child<QPushButton>(QStringLiteral("accountSignUp")));
        ClientAreaDialog *dialog = window->launcher()->loginDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        QCOMPARE(QUrlQuery(Automation::page(dialog->view())->url()).queryItemValue(QStringLiteral("firstLogin")), QStringLiteral("true"));
        js(dialog->view(), QStringLiteral("document.getElementById('email').value='%1';"
                                          "document.getElementById('password').value='secret123';"
                                          "document.getElementById('kmli').checked=true;"
                                          "document.getElementById('submit').click(); true;").arg(email));
        QVERIFY(pageShows(dialog->view(), QStringLiteral("id=\"account\"")));
        js(dialog->view(), QStringLiteral("document.getElementById('submit').click(); true;"));
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), SsoSession::State::SignedIn, 20000);
        QTRY_VERIFY(!window->launcher()->loginDialog());
        QCOMPARE(child<QLabel>(QStringLiteral("accountUser"))->text(), email);
        QVERIFY(child<QPushButton>(QStringLiteral("accountLogOut"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);

        const QString user = fixture.broker->userIdOf(email);
        const QHash<QString, QString> attribution = fixture.broker->attributionOf(user);
        QCOMPARE(attribution.value(QStringLiteral("partnerId")), QStringLiteral("partner-42"));
        QCOMPARE(attribution.value(QStringLiteral("utm_source")), QStringLiteral("newsletter"));
        QCOMPARE(attribution.value(QStringLiteral("gclid")), QStringLiteral("click-7"));
        QCOMPARE(attribution.size(), 3);

        // Data for the later steps: a second account and two ribbons.
        const QString first = fixture.broker->accountsOf(user).constFirst();
        secondAccount = fixture.broker->addAccount(user, QStringLiteral("EUR"), 50000);
        const QString deposit = fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/inapp/deposit"))).toString();
        fixture.broker->publishRibbon(user, QJsonObject{{QStringLiteral("color"), QStringLiteral("#f5c542")},
                                                        {QStringLiteral("title"), QStringLiteral("Deposit now: no fees this month")},
                                                        {QStringLiteral("enabled"), true},
                                                        {QStringLiteral("closable"), true},
                                                        {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlinApp"), deposit}}},
                                                        {QStringLiteral("ctidTraderAccountId"), fixture.broker->traderAccountIdOf(first)}});
        fixture.broker->publishRibbon(user, QJsonObject{{QStringLiteral("color"), QStringLiteral("#1a237e")},
                                                        {QStringLiteral("title"), QStringLiteral("Trading academy: new lessons")},
                                                        {QStringLiteral("enabled"), true},
                                                        {QStringLiteral("closable"), false},
                                                        {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlinApp"),
                                                            fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/inapp/academy"))).toString()}}}});
    }

    void restartSignsInWithoutAScreen()
    {
        const int loginScreens = fixture.broker->requestCount(QStringLiteral("/auth/login"));
        startWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), SsoSession::State::SignedIn, 20000);
        QVERIFY(!window->launcher()->loginDialog());
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/auth/login")), loginScreens);
        QCOMPARE(child<QLabel>(QStringLiteral("accountUser"))->text(), email);
        QTRY_VERIFY(child<QToolButton>(QStringLiteral("inAppButton_deposit"))->isEnabled());
    }

    void ribbonForTheAccount()
    {
        auto *bar = child<RibbonBar>(QStringLiteral("ribbonBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QCOMPARE(bar->ribbons().size(), 1);
        auto *ribbon = child<QPushButton>(QStringLiteral("ribbon_0"));
        QCOMPARE(ribbon->text(), QStringLiteral("Deposit now: no fees this month"));
        // Dark text on the yellow ribbon, for contrast.
        QCOMPARE(RibbonBar::textColorFor(QColor(QStringLiteral("#f5c542"))), QColor(Qt::black));
        QCOMPARE(RibbonBar::textColorFor(QColor(QStringLiteral("#1a237e"))), QColor(Qt::white));
        screenshot(QStringLiteral("signed-in"));
    }

    void depositChangesTheBalance()
    {
        auto *balance = child<QLabel>(QStringLiteral("balanceLabel"));
        QVERIFY(balance->text().contains(QStringLiteral("0.00")));
        auto *deposit = child<QToolButton>(QStringLiteral("inAppButton_deposit"));
        click(deposit);
        // A second click brings the same screen forward rather than opening another.
        QTest::mouseClick(deposit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->launcher()->dialog(QStringLiteral("deposit")), 10000);
        ClientAreaDialog *dialog = window->launcher()->dialog(QStringLiteral("deposit"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        QTest::mouseClick(deposit, Qt::LeftButton);
        QCOMPARE(window->launcher()->dialog(QStringLiteral("deposit")), dialog);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), 1);
        js(dialog->view(), QStringLiteral("document.getElementById('amount').value='100';document.getElementById('submit').click(); true;"));
        // The card goes into the payment provider's frame, typed; then the bank's 3-D Secure page.
        QVERIFY(pageShows(dialog->view(), QStringLiteral("id=\"cardFrame\"")));
        QVERIFY(QTest::qWaitFor([&] { return js(dialog->view(), QStringLiteral("document.getElementById('cardFrame').dataset.ready === 'yes'")).toBool(); }, 15000));
        screenshot(QStringLiteral("deposit"));
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *web = dialog->findChild<QWebEngineView *>(QStringLiteral("clientAreaWebView"));
        js(dialog->view(), QStringLiteral("document.getElementById('summary').focus(); true;"));
        Tests::press(web, Qt::Key_Tab);
        Tests::type(web, QStringLiteral("4242424242424242"));
        Tests::press(web, Qt::Key_Tab);
        Tests::type(web, QStringLiteral("12/30"));
        Tests::press(web, Qt::Key_Tab);
        Tests::type(web, QStringLiteral("123"));
        Tests::press(web, Qt::Key_Return);
        QVERIFY(pageShows(dialog->view(), QStringLiteral("id=\"otp\"")));
        QTRY_VERIFY(child<QLabel>(QStringLiteral("clientAreaAwayHost"), dialog)->isVisible());
        screenshot(QStringLiteral("3-d-secure"));
        // No money before the bank confirms: not on the broker's books, and not on the label once
        // it has been refreshed from them (it changes only with the accounts, so it is refreshed
        // here rather than read as it was).
        const QString login = window->session()->currentAccount();
        QCOMPARE(fixture.broker->balanceCents(login), 0);
        QSignalSpy accounts(window->session(), &SsoSession::accountsChanged);
        window->session()->refreshAccounts();
        QVERIFY(accounts.wait(10000));
        QVERIFY2(!balance->text().contains(QStringLiteral("100.00")), "no money before the bank confirms");
        js(dialog->view(), QStringLiteral("document.getElementById('otp').value='1234';document.getElementById('submit').click(); true;"));
        QTRY_VERIFY_WITH_TIMEOUT(!window->launcher()->dialog(QStringLiteral("deposit")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(balance->text().contains(QStringLiteral("100.00")), 10000);
    }

    void closeRibbonAndSwitchAccount()
    {
        click(child<QToolButton>(QStringLiteral("ribbonClose_0")));
        auto *bar = child<RibbonBar>(QStringLiteral("ribbonBar"));
        // The account's ribbon is closed: the user-level one does not replace it (precedence
        // picks the account's), and the closed one stays closed.
        QTRY_VERIFY(!child<QPushButton>(QStringLiteral("ribbon_0")) || bar->ribbons().isEmpty());
        auto *selector = child<QComboBox>(QStringLiteral("accountSelector"));
        QTRY_COMPARE(selector->count(), 2);
        selector->setCurrentIndex(selector->findData(secondAccount));
        QCOMPARE(window->session()->currentAccount(), secondAccount);
        QTRY_VERIFY(child<QLabel>(QStringLiteral("balanceLabel"))->text().contains(QStringLiteral("EUR")));
        // On the second account only the user-level ribbon applies.
        QTRY_COMPARE_WITH_TIMEOUT(bar->ribbons().size(), 1, 10000);
        QCOMPARE(bar->ribbons().first().title(), QStringLiteral("Trading academy: new lessons"));
        QVERIFY(!child<QToolButton>(QStringLiteral("ribbonClose_0"))); // not closable
        // Its click opens the broker page with a fresh token.
        const int tokens = fixture.broker->requestCount(QStringLiteral("/session/inapp-token"));
        click(child<QPushButton>(QStringLiteral("ribbon_0")));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), tokens + 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/inapp/academy")), 1, 20000);
        window->launcher()->closeAll();
    }

    void retryFetchesAFreshToken()
    {
        // A screen that failed to open spent its one-time token: Retry asks for a new one.
        fixture.broker->setFault(QStringLiteral("/inapp/academy"), Sandbox::SandboxBroker::Fault::ServerError);
        const int tokens = fixture.broker->requestCount(QStringLiteral("/session/inapp-token"));
        const int pages = fixture.broker->requestCount(QStringLiteral("/inapp/academy"));
        click(child<QToolButton>(QStringLiteral("inAppButton_academy")));
        QTRY_VERIFY_WITH_TIMEOUT(window->launcher()->dialog(QStringLiteral("academy")), 10000);
        ClientAreaDialog *dialog = window->launcher()->dialog(QStringLiteral("academy"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Failed, 20000);
        QCOMPARE(dialog->view()->error(), ClientAreaView::Error::HttpError);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), tokens + 1);
        fixture.broker->clearFaults();
        click(child<QPushButton>(QStringLiteral("clientAreaRetry"), dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), tokens + 2);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/inapp/academy")), pages + 2);
        dialog->reject();
        QTRY_VERIFY(!window->launcher()->dialog(QStringLiteral("academy")));

        // The same for a ribbon's broker page: its token is spent too.
        fixture.broker->setFault(QStringLiteral("/inapp/academy"), Sandbox::SandboxBroker::Fault::ServerError);
        click(child<QPushButton>(QStringLiteral("ribbon_0")));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), tokens + 3, 10000);
        const QString ribbonKey = fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/inapp/academy"))).toString();
        QTRY_VERIFY_WITH_TIMEOUT(window->launcher()->brokerPageDialog(QUrl(ribbonKey)), 10000);
        ClientAreaDialog *ribbonPage = window->launcher()->brokerPageDialog(QUrl(ribbonKey));
        QTRY_COMPARE_WITH_TIMEOUT(ribbonPage->view()->state(), State::Failed, 20000);
        fixture.broker->clearFaults();
        click(child<QPushButton>(QStringLiteral("clientAreaRetry"), ribbonPage));
        QTRY_COMPARE_WITH_TIMEOUT(ribbonPage->view()->state(), State::Ready, 20000);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/inapp-token")), tokens + 4);
        window->launcher()->closeAll();
    }

    // After New Account the new account is the current one (specification 6.3.6); after Change
    // E-mail the new e-mail shows.
    void newAccountAndNewEmail()
    {
        const QString user = fixture.broker->userIdOf(email);
        const QStringList before = fixture.broker->accountsOf(user);
        auto *selector = child<QComboBox>(QStringLiteral("accountSelector"));
        QVERIFY(selector);
        click(child<QToolButton>(QStringLiteral("inAppButton_newAccount")));
        QTRY_VERIFY_WITH_TIMEOUT(window->launcher()->dialog(QStringLiteral("newAccount")), 10000);
        ClientAreaDialog *dialog = window->launcher()->dialog(QStringLiteral("newAccount"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        js(dialog->view(), QStringLiteral("document.getElementById('currency').value='GBP'; document.getElementById('submit').click(); true;"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->accountsOf(user).size(), before.size() + 1, 10000);
        const QString created = fixture.broker->accountsOf(user).constLast();
        QVERIFY(!before.contains(created));
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->currentAccount(), created, 10000);
        QCOMPARE(selector->currentData().toString(), created);
        QVERIFY(selector->currentText().contains(QStringLiteral("GBP")));

        const QString newEmail = QStringLiteral("trader.renamed@example.com");
        click(child<QToolButton>(QStringLiteral("inAppButton_changeEmail")));
        QTRY_VERIFY_WITH_TIMEOUT(window->launcher()->dialog(QStringLiteral("changeEmail")), 10000);
        dialog = window->launcher()->dialog(QStringLiteral("changeEmail"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        js(dialog->view(), QStringLiteral("document.getElementById('newEmail').value='%1'; document.getElementById('submit').click(); true;").arg(newEmail));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(QStringLiteral("accountUser"))->text(), newEmail, 10000);
        QCOMPARE(window->session()->email(), newEmail);
        email = newEmail; // the later steps log in with it
    }

    void logOutForgetsEverything()
    {
        QVERIFY(!stored().isEmpty());
        // Log out with a screen still open: it closes, and the broker's web session goes with it.
        click(child<QToolButton>(QStringLiteral("inAppButton_support")));
        QTRY_VERIFY_WITH_TIMEOUT(window->launcher()->dialog(QStringLiteral("support")), 10000);
        QPointer<ClientAreaDialog> support = window->launcher()->dialog(QStringLiteral("support"));
        QTRY_COMPARE_WITH_TIMEOUT(support->view()->state(), State::Ready, 20000);
        QPointer<QWebEngineProfile> webSession = Automation::webEngineProfile(window->webProfile());
        click(child<QPushButton>(QStringLiteral("accountLogOut")));
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), SsoSession::State::SignedOut, 15000);
        QTRY_VERIFY(support.isNull() || !support->isVisible());
        QVERIFY(!window->launcher()->dialog(QStringLiteral("support")));
        QVERIFY2(webSession.isNull(), "the old web profile (cookies, storage) is gone");
        QVERIFY(Automation::webEngineProfile(window->webProfile())); // a fresh one for whoever logs in next
        QCOMPARE(stored(), QString());
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("accountLogIn"))->isVisible());
        QVERIFY(!child<QToolButton>(QStringLiteral("inAppButton_deposit"))->isEnabled());
        QTRY_VERIFY(!child<RibbonBar>(QStringLiteral("ribbonBar"))->isVisible());
        QVERIFY(fixture.broker->accessTokensOf(fixture.broker->userIdOf(email)).isEmpty());
        // A restart now shows the log-in screen's face, not sign-up, and restores nothing.
        startWindow();
        QSignalSpy finished(window->session(), &SsoSession::restoreFinished);
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        QCOMPARE(window->session()->state(), SsoSession::State::SignedOut);
        QVERIFY(!window->session()->isFirstLogin());
    }

    // Tab presses on the active window, as a person's keyboard sends them, until @p target has
    // the focus (at most @p presses).
    bool tabTo(QWidget *target, int presses = 30)
    {
        for (int i = 0; i < presses && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::activeWindow()->windowHandle(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

    void keyboardOnly()
    {
        // Log in is reached with Tab and opened with Space, Esc closes the screen; then a login
        // typed and submitted with the keyboard alone signs in; Log out by the keyboard too.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *logIn = child<QPushButton>(QStringLiteral("accountLogIn"));
        QVERIFY(logIn && logIn->isVisible());
        // From the start of the window's focus chain, as when it has just opened: nothing focused.
        if (QWidget *focused = QApplication::focusWidget())
            focused->clearFocus();
        QVERIFY(!QApplication::focusWidget());
        QVERIFY2(tabTo(logIn), "Log in is not reached with Tab");
        QTest::keyClick(window->windowHandle(), Qt::Key_Space);
        ClientAreaDialog *dialog = window->launcher()->loginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        QCOMPARE(QUrlQuery(Automation::page(dialog->view())->url()).queryItemValue(QStringLiteral("firstLogin")), QStringLiteral("false"));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(js(dialog->view(), QStringLiteral("document.activeElement.id")).toString(), QStringLiteral("email"), 10000);
        QTest::keyClick(dialog->windowHandle(), Qt::Key_Escape);
        QTRY_VERIFY(!window->launcher()->loginDialog());

        // Again, to the end this time (back in the demo's window: Xvfb has no window manager to
        // give it the activation back).
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        // By its mnemonic this time, the other way a keyboard user reaches it.
        QTest::keyClick(window->windowHandle(), Qt::Key_L, Qt::AltModifier);
        // A mnemonic clicks the button as an animation does, a moment later.
        QTRY_VERIFY((dialog = window->launcher()->loginDialog()));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        // The screen comes up active with the keyboard in the page: a person types the e-mail at
        // once. Keys go to the window, and Qt routes them as the platform's would.
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        // The page's autofocus is applied at its first frame, as a person sees it: then they type.
        QTRY_COMPARE_WITH_TIMEOUT(js(dialog->view(), QStringLiteral("document.activeElement.id")).toString(), QStringLiteral("email"), 10000);
        const auto type = [&](const QString &text) {
            for (const QChar c : text)
                QTest::keyClick(dialog->windowHandle(), c.toLatin1());
        };
        type(email);
        QTRY_COMPARE_WITH_TIMEOUT(js(dialog->view(), QStringLiteral("document.getElementById('email').value")).toString(), email, 10000);
        QTest::keyClick(dialog->windowHandle(), Qt::Key_Tab);
        QTRY_COMPARE_WITH_TIMEOUT(js(dialog->view(), QStringLiteral("document.activeElement.id")).toString(), QStringLiteral("password"), 10000);
        type(QStringLiteral("secret123"));
        QTRY_COMPARE_WITH_TIMEOUT(js(dialog->view(), QStringLiteral("document.getElementById('password').value.length")).toInt(), 9, 10000);
        const int exchanges = fixture.broker->requestCount(QStringLiteral("/session/exchange"));
        QTest::keyClick(dialog->windowHandle(), Qt::Key_Return); // submits the form
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), SsoSession::State::SignedIn, 20000);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/session/exchange")), exchanges + 1);
        QTRY_VERIFY(!window->launcher()->loginDialog());

        // Log out, by its mnemonic, so that the tests after this one start signed out.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        auto *logOut = child<QPushButton>(QStringLiteral("accountLogOut"));
        QTRY_VERIFY(logOut && logOut->isVisible());
        QSignalSpy signedOut(window->session(), &SsoSession::signedOut);
        QTest::keyClick(window->windowHandle(), Qt::Key_O, Qt::AltModifier);
        QVERIFY(signedOut.wait(15000));
        QTRY_VERIFY(child<QPushButton>(QStringLiteral("accountLogIn"))->isVisible());
    }

    void brokerDownShowsRetry()
    {
        // A down network ends in a message and a way forward, not a blank window. Down on the same
        // address: every connection dropped (a restart on a fixed port could race another process).
        fixture.broker->setFault(QString(), Sandbox::SandboxBroker::Fault::DropConnection);
        click(child<QPushButton>(QStringLiteral("accountLogIn")));
        ClientAreaDialog *dialog = window->launcher()->loginDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Failed, 20000);
        QCOMPARE(dialog->view()->error(), ClientAreaView::Error::NetworkError);
        auto *retry = child<QPushButton>(QStringLiteral("clientAreaRetry"), dialog);
        QVERIFY(retry && retry->isVisible());
        QVERIFY(child<QLabel>(QStringLiteral("clientAreaErrorText"), dialog)->text().contains(QStringLiteral("Sandbox Markets")));
        screenshot(QStringLiteral("error"));
        fixture.broker->clearFaults();
        click(retry);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), State::Ready, 20000);
        dialog->reject();
        QTRY_VERIFY(!window->launcher()->loginDialog());
    }

    // The user switches to another window and back, as often as it takes: ribbons the broker
    // published meanwhile appear, and a session it ended ends here, with screens closed and words.
    void comingBackRefreshesTheSession()
    {
        // Signed in with 'Keep me logged in', then a restart: a fresh window that signs in by itself.
        click(child<QPushButton>(QStringLiteral("accountLogIn")));
        ClientAreaDialog *login = window->launcher()->loginDialog();
        QVERIFY(login);
        QTRY_COMPARE_WITH_TIMEOUT(login->view()->state(), State::Ready, 20000);
        js(login->view(), QStringLiteral("document.getElementById('email').value='%1';"
                                         "document.getElementById('password').value='secret123';"
                                         "document.getElementById('kmli').checked=true;"
                                         "document.getElementById('submit').click(); true;").arg(email));
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), SsoSession::State::SignedIn, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!stored().isEmpty(), 10000);
        startWindow();
        QTRY_COMPARE_WITH_TIMEOUT(window->session()->state(), SsoSession::State::SignedIn, 20000);

        QWidget elsewhere; // another application's window
        elsewhere.setWindowTitle(QStringLiteral("elsewhere"));
        elsewhere.setGeometry(window->geometry().right() + 20, 40, 200, 100);
        elsewhere.show();
        const auto switchAwayAndBack = [&] {
            elsewhere.activateWindow();
            const bool away = QTest::qWaitFor([&] { return elsewhere.isActiveWindow(); }, 2000);
            window->activateWindow();
            return QTest::qWaitFor([&] { return window->isActiveWindow(); }, 2000) && away;
        };
        auto *bar = child<RibbonBar>(QStringLiteral("ribbonBar"));
        const int before = int(bar->ribbons().size());
        const QString user = fixture.broker->userIdOf(email);
        fixture.broker->publishRibbon(user, QJsonObject{{QStringLiteral("color"), QStringLiteral("#2e7d32")},
                                                        {QStringLiteral("title"), QStringLiteral("Weekend webinar")},
                                                        {QStringLiteral("enabled"), true},
                                                        {QStringLiteral("closable"), true},
                                                        {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlExternal"), QStringLiteral("https://example.com/webinar")}}},
                                                        {QStringLiteral("ctidTraderAccountId"),
                                                         fixture.broker->traderAccountIdOf(window->session()->currentAccount())}});
        QTRY_VERIFY_WITH_TIMEOUT(switchAwayAndBack() && bar->ribbons().size() == before + 1, 15000);
        // Coming back with nothing new rebuilds nothing: the rows stay (no flicker, focus kept).
        // Checked once the ribbons' answer is in, not only the accounts': the ribbons come in a
        // call of their own, and that answer is what would rebuild the rows.
        QPointer<QWidget> row = child<QWidget>(QStringLiteral("ribbonRow_0"));
        QVERIFY(row);
        QSignalSpy refreshed(window->session(), &SsoSession::accountsChanged);
        QSignalSpy ribbonsChanged(window->session(), &SsoSession::ribbonsChanged);
        const int ribbonCalls = fixture.broker->requestCount(QStringLiteral("/session/ribbons"));
        QTRY_VERIFY_WITH_TIMEOUT(switchAwayAndBack() && !refreshed.isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/session/ribbons")) > ribbonCalls, 15000);
        // The answer is on its way from the broker in this process: an unchanged list announces
        // nothing, so the check is that no change comes within a second, well past that answer.
        QVERIFY(!ribbonsChanged.wait(1000));
        QVERIFY(row);
        QCOMPARE(bar->ribbons().size(), before + 1);

        click(child<QToolButton>(QStringLiteral("inAppButton_support")));
        QTRY_VERIFY_WITH_TIMEOUT(window->launcher()->dialog(QStringLiteral("support")), 10000);
        QPointer<ClientAreaDialog> support = window->launcher()->dialog(QStringLiteral("support"));
        QTRY_COMPARE_WITH_TIMEOUT(support->view()->state(), State::Ready, 20000);
        QVERIFY(fixture.broker->endSessions(user) >= 1); // the broker logs the user out
        QTRY_VERIFY_WITH_TIMEOUT(switchAwayAndBack() && window->session()->state() == SsoSession::State::SignedOut, 15000);
        QTRY_VERIFY(support.isNull() || !support->isVisible());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("ended your session")));
        QVERIFY(child<QPushButton>(QStringLiteral("accountLogIn"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(stored(), QString(), 10000);
        QVERIFY(!window->webProfile()->isStarted()); // the broker's web session went with it
    }

public Q_SLOTS:
    void externalUrl(const QUrl &) {}
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestDemo test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demo.moc"
