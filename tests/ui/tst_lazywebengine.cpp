// SPDX-License-Identifier: MIT
// The kit costs nothing until needed: wiring it into a window as the README shows, and restoring a
// saved login, start no Qt WebEngine process and make no web profile; the user's intent (the
// pointer on a control, or the focus in it) does. Facts, not timings: processes are counted.
#include <InAppKit/accountwidget.h>
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientareadialog.h>
#include <InAppKit/clientareaview.h>
#include <InAppKit/clientarealauncher.h>
#include <InAppKit/httpsessionbackend.h>
#include <InAppKit/inappcontrolsbar.h>
#include <InAppKit/inmemorysecretstore.h>
#include <InAppKit/ribbonbar.h>
#include <InAppKit/ssosession.h>
#include "clientareaviewautomation_p.h"

#include "../common/sandboxfixture.h"
#include "../common/webengineprocesses.h"

#include <QApplication>
#include <QComboBox>
#include <QCursor>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineHistory>
#include <QWebEnginePage>
#include <QWebEngineProfile>


using namespace InAppKit;


// A host window with the kit wired as the README shows; each test adds the controls it needs.
struct KitWindow
{
    QWidget window;
    QVBoxLayout *layout;
    BrokerWebProfile *webProfile;
    SsoSession *session;
    ClientAreaLauncher *launcher;

    KitWindow(const BrokerProfile &profile, SecretStore *keychain)
        : layout(new QVBoxLayout(&window))
        , webProfile(new BrokerWebProfile(profile, &window))
        , session(new SsoSession(profile, new HttpSessionBackend(profile, &window), keychain, &window))
        , launcher(new ClientAreaLauncher(session, webProfile, &window))
    {
    }
};

// The files mapped into this process: its libraries and plugins.
QByteArray mappedFiles()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

class TestLazyWebEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingUntilIntent()
    {
        Tests::SandboxFixture fixture;
        QVERIFY(fixture.start());
        InMemorySecretStore keychain;
        {
            // An earlier run that ticked 'Keep me logged in'.
            HttpSessionBackend backend(fixture.profile);
            SsoSession session(fixture.profile, &backend, &keychain);
            QSignalSpy signedIn(&session, &SsoSession::signedIn);
            QVERIFY(session.completeSignIn(fixture.loginToken(true)));
            QVERIFY(signedIn.wait(15000));
            QTRY_VERIFY(!keychain.entries().isEmpty());
        }

        // The host starts: the kit wired as the README shows, then the saved login restored.
        const QByteArray mappedBefore = mappedFiles();
        QVERIFY(!mappedBefore.isEmpty());
        KitWindow kit(fixture.profile, &keychain);
        auto &[window, layout, webProfile, session, launcher] = kit;
        layout->addWidget(new AccountWidget(launcher));
        auto *bar = new InAppControlsBar(launcher);
        layout->addWidget(bar);
        layout->addWidget(new RibbonBar(launcher));
        QCursor::setPos(0, 0); // the pointer away from the window: no hover
        window.move(300, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy startedEarly(webProfile, &BrokerWebProfile::warmedUp);
        QSignalSpy restored(session, &SsoSession::restoreFinished);
        session->restore();
        QVERIFY(restored.wait(15000));
        QCOMPARE(restored.at(0).at(0).toBool(), true);
        QCOMPARE(session->state(), SsoSession::State::SignedIn);
        QTRY_COMPARE(fixture.broker->requestCount(QStringLiteral("/session/ribbons")), 1); // the ribbons came too

        // Not only now but a while after: a warm-up deferred to a timer or to idle after the
        // sign-in would start Chromium a moment later. Its absence announces nothing, so the
        // warm-up signal is awaited in vain for longer than Chromium takes to start here, and
        // the processes are counted after that.
        QVERIFY(!startedEarly.wait(5000));
        QCOMPARE(Tests::webEngineChildren().size(), 0);
        QVERIFY(!webProfile->isStarted());
        QVERIFY(webProfile->findChildren<QWebEngineProfile *>().isEmpty());
        // Painting the kit's icons loaded neither Qt SVG nor an image format plugin (asking the
        // plugins whether they read an image loads them all).
        const QByteArray mapped = mappedFiles();
        QVERIFY2(!mapped.contains("libQt6Svg") || mappedBefore.contains("libQt6Svg"), "Qt SVG was loaded");
        QVERIFY2(!mapped.contains("/imageformats/") || mappedBefore.contains("/imageformats/"),
                 "an image format plugin was loaded");

        // The signed-in face, made on sign-in, sits in the focus chain where Log in was: Tab from
        // Log out reaches the InApp controls.
        auto *deposit = bar->findChild<QToolButton *>(QStringLiteral("inAppButton_deposit"));
        auto *signUp = window.findChild<QPushButton *>(QStringLiteral("accountSignUp"));
        auto *selector = window.findChild<QComboBox *>(QStringLiteral("accountSelector"));
        auto *logOut = window.findChild<QPushButton *>(QStringLiteral("accountLogOut"));
        QVERIFY(deposit && signUp && selector && logOut && logOut->isVisible());
        QCOMPARE(signUp->nextInFocusChain(), selector);
        QCOMPARE(selector->nextInFocusChain(), logOut);
        QWidget *tabStop = logOut->nextInFocusChain();
        while (!(tabStop->focusPolicy() & Qt::TabFocus) || !tabStop->isVisible() || !tabStop->isEnabled())
            tabStop = tabStop->nextInFocusChain();
        QCOMPARE(tabStop, deposit);

        // The pointer reaches Deposit: Chromium starts before the click.
        QSignalSpy warmed(webProfile, &BrokerWebProfile::warmedUp);
        QVERIFY(deposit->isEnabled());
        QTest::mouseMove(deposit);
        QVERIFY(warmed.wait(20000));
        QVERIFY(webProfile->isStarted());
        QVERIFY(Tests::webEngineChildren().size() > 0);
        // And a connection to the broker made ahead: one cheap request, no cookie, no token.
        QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->requestCount(QStringLiteral("/favicon.ico")), 1, 10000);
        QCOMPARE(fixture.broker->lastCookieHeader(QStringLiteral("/favicon.ico")), QByteArray());
        QCOMPARE(warmed.size(), 1);
        // The pointer leaves and comes back: nothing more to do. A second warm-up would announce
        // itself only once its page had loaded, so it is awaited (in vain) rather than counted at once.
        QTest::mouseMove(&window, QPoint(1, 1));
        QTRY_VERIFY(!deposit->underMouse());
        QTest::mouseMove(deposit, QPoint(2, 2));
        QTRY_VERIFY(deposit->underMouse());
        QVERIFY(!warmed.wait(3000));
        QVERIFY(webProfile->hasSpareView());

        // The next screen takes the view that was prepared, and another is prepared for the one after.
        QVERIFY(webProfile->hasSpareView());
        QWidget *spare = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("clientAreaSpareView"))
                spare = w;
        }
        QVERIFY(spare);
        QVERIFY(!spare->isVisible());
        ClientAreaView screen(webProfile);
        // The next spare is made after the screen has shown its page, not while it loads.
        bool spareWhileLoading = false;
        connect(&screen, &ClientAreaView::stateChanged, this, [&](ClientAreaView::State state) {
            if (state == ClientAreaView::State::Ready)
                spareWhileLoading = webProfile->hasSpareView();
        });
        screen.show();
        screen.openLogin(false);
        QCOMPARE(screen.findChild<QWidget *>(QStringLiteral("clientAreaWebView")), spare);
        QTRY_COMPARE_WITH_TIMEOUT(screen.state(), ClientAreaView::State::Ready, 20000);
        QVERIFY(!spareWhileLoading);
        // The spare's warm-up page is not in the screen's history: Back leaves the screen.
        QVERIFY(!Automation::page(&screen)->history()->canGoBack());
        QSignalSpy cancelled(&screen, &ClientAreaView::cancelled);
        QTest::mouseClick(screen.findChild<QToolButton *>(QStringLiteral("clientAreaBack")), Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QTRY_VERIFY(webProfile->hasSpareView());
        QVERIFY(screen.findChild<QWidget *>(QStringLiteral("clientAreaWebView")) == spare);
    }

    void focusIsIntentToo()
    {
        Tests::SandboxFixture fixture;
        QVERIFY(fixture.start());
        InMemorySecretStore keychain;
        KitWindow kit(fixture.profile, &keychain);
        auto &[window, layout, webProfile, session, launcher] = kit;
        auto *symbol = new QLineEdit(&window); // the host's own first field
        layout->addWidget(symbol);
        auto *account = new AccountWidget(launcher);
        layout->addWidget(account);
        QCursor::setPos(0, 0); // the pointer away from the window: no hover
        window.move(300, 300);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        symbol->setFocus(Qt::ActiveWindowFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), symbol);
        QVERIFY(!webProfile->isStarted()); // the window giving focus is no intent
        // Tab to Log in, as a keyboard user does.
        QSignalSpy warmed(webProfile, &BrokerWebProfile::warmedUp);
        QTest::keyClick(symbol, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), account->findChild<QPushButton *>(QStringLiteral("accountLogIn")));
        QVERIFY(warmed.wait(20000));
        QVERIFY(webProfile->isStarted());
        // Log out-like reset drops the profile; the next intent starts a new one.
        webProfile->clear();
        QVERIFY(!webProfile->isStarted());
        symbol->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), symbol);
        QVERIFY(!webProfile->isStarted()); // leaving is no intent
        QTest::keyClick(window.windowHandle(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), account->findChild<QPushButton *>(QStringLiteral("accountLogIn")));
        QVERIFY(warmed.wait(20000));
        QCOMPARE(warmed.size(), 2);
        QVERIFY(webProfile->isStarted());
        QVERIFY(webProfile->isWarm());
    }

    // The pointer rests on Deposit while the session signs in: the control becoming usable under
    // it is the intent, since no Enter will follow.
    void pointerRestingWhileSigningIn()
    {
        Tests::SandboxFixture fixture;
        QVERIFY(fixture.start());
        InMemorySecretStore keychain;
        KitWindow kit(fixture.profile, &keychain);
        auto &[window, layout, webProfile, session, launcher] = kit;
        auto *bar = new InAppControlsBar(launcher);
        layout->addWidget(bar);
        window.move(300, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *deposit = bar->findChild<QToolButton *>(QStringLiteral("inAppButton_deposit"));
        QVERIFY(deposit && !deposit->isEnabled());
        QCursor::setPos(deposit->mapToGlobal(deposit->rect().center()));
        QTRY_VERIFY(deposit->underMouse());
        QVERIFY(!webProfile->isStarted()); // a disabled control is no intent

        QSignalSpy warmed(webProfile, &BrokerWebProfile::warmedUp);
        QSignalSpy signedIn(session, &SsoSession::signedIn);
        QVERIFY(session->completeSignIn(fixture.loginToken(false)));
        QVERIFY(signedIn.wait(15000));
        QTRY_VERIFY(deposit->isEnabled());
        QVERIFY(warmed.wait(20000));
        QCursor::setPos(0, 0);
    }

    // The screen is built while its one-time token is on its way, not before the request leaves
    // nor after the answer; it is shown with the token, and a token that never comes shows nothing.
    void screenBuiltWhileTheTokenIsOnItsWay()
    {
        Tests::SandboxFixture fixture;
        QVERIFY(fixture.start());
        InMemorySecretStore keychain;
        KitWindow kit(fixture.profile, &keychain);
        auto &[window, layout, webProfile, session, launcher] = kit;
        Q_UNUSED(layout)
        QSignalSpy signedIn(session, &SsoSession::signedIn);
        QVERIFY(session->completeSignIn(fixture.loginToken(false)));
        QVERIFY(signedIn.wait(15000));
        window.show();
        QSignalSpy warmed(webProfile, &BrokerWebProfile::warmedUp);
        webProfile->warmUp();
        QVERIFY(warmed.wait(20000));

        const QString tokenPath = QStringLiteral("/session/inapp-token");
        fixture.broker->setFaultDelayMs(1500);
        fixture.broker->setFault(tokenPath, Sandbox::SandboxBroker::Fault::Slow);
        const int requestsBefore = fixture.broker->requestCount(tokenPath);
        launcher->openAction(QStringLiteral("deposit"));
        ClientAreaDialog *dialog = launcher->dialog(QStringLiteral("deposit"));
        QVERIFY(dialog); // built now, with the prepared view taken whole
        QVERIFY(!dialog->isVisible());
        QVERIFY(!webProfile->hasSpareView());
        QTRY_COMPARE(fixture.broker->requestCount(tokenPath), requestsBefore + 1); // the request is out
        QVERIFY(!dialog->isVisible());                                             // and not answered yet
        QVERIFY(launcher->isBusy(QStringLiteral("deposit")));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->view()->state(), ClientAreaView::State::Ready, 20000);
        QCOMPARE(fixture.broker->requestCount(QStringLiteral("/inapp/deposit")), 1);
        dialog->reject();

        // A token that never comes: the unshown screen goes, the user is told.
        fixture.broker->setFault(tokenPath, Sandbox::SandboxBroker::Fault::ServerError);
        QSignalSpy failed(launcher, &ClientAreaLauncher::openFailed);
        launcher->openAction(QStringLiteral("withdraw"));
        QPointer<ClientAreaDialog> unshown = launcher->dialog(QStringLiteral("withdraw"));
        QVERIFY(unshown);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<ClientAreaView::Screen>(), ClientAreaView::Screen::InAppAction);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("withdraw"));
        QCOMPARE(failed.at(0).at(2).value<ClientAreaLauncher::OpenError>(), ClientAreaLauncher::OpenError::NoToken);
        QVERIFY(!failed.at(0).at(3).toString().isEmpty());
        QVERIFY(!launcher->dialog(QStringLiteral("withdraw")));
        QTRY_VERIFY(!unshown);
        QVERIFY(!launcher->isBusy(QStringLiteral("withdraw")));
        fixture.broker->clearFaults();
        QTRY_COMPARE(fixture.broker->pendingDelayedAnswers(), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestLazyWebEngine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lazywebengine.moc"
