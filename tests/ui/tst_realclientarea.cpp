// SPDX-License-Identifier: MIT
// The client area as real brokers build it, against the sandbox and its third parties on other
// origins: a payment provider's card frame, 3-D Secure on the card issuer's origin, the provider's
// wallet pop-up, a chat vendor's frame, a KYC upload in a vendor's frame, a single-page login.
// Clicks that need a user gesture are real mouse clicks; the card is typed with the keyboard.
// Over 500 lines: one test function per real-world flow, sharing one WebEngine process.
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientarealauncher.h>
#include <InAppKit/clientareaview.h>
#include <InAppKit/httpsessionbackend.h>
#include <InAppKit/inmemorysecretstore.h>
#include <InAppKit/navigationpolicy.h>
#include <InAppKit/ssosession.h>
#include "clientareaviewautomation_p.h"
#include "sandboxthirdparties.h"

#include "../common/leakscan.h"
#include "../common/sandboxfixture.h"
#include "../common/webtestutils.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryFile>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QSet>
#include <QClipboard>
#include <QMenu>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTimer>
#include <QUrlQuery>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNavigationRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace InAppKit;
using InAppKit::Sandbox::SandboxThirdParties;
using State = ClientAreaView::State;

class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestRealClientArea : public QObject
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

    SandboxThirdParties *parties() const { return fixture.broker->thirdParties(); }
    QWebEngineView *webView() const { return view->findChild<QWebEngineView *>(QStringLiteral("clientAreaWebView")); }
    QVariant js(const QString &script) { return Tests::runScript(Automation::page(view), script); }
    QUrl pageUrl() const { return Automation::page(view)->url(); }
    QList<QWidget *> childWindows() const
    {
        QList<QWidget *> windows;
        for (QWidget *w : view->findChildren<QWidget *>(QStringLiteral("clientAreaChildWindow"))) {
            if (w->isVisible())
                windows.append(w);
        }
        return windows;
    }
    QLabel *awayHost() const { return view->findChild<QLabel *>(QStringLiteral("clientAreaAwayHost")); }
    // "host:port", as the kit shows a site.
    static QString site(const QUrl &url) { return url.host() + u':' + QString::number(url.port()); }

    bool waitFor(State state, int timeout = 20000) { return Tests::waitForState(view, state, timeout); }

    bool waitForScript(const QString &condition, QWebEnginePage *page = nullptr)
    {
        return QTest::qWaitFor([&] { return Tests::runScript(page ? page : Automation::page(view), condition).toBool(); }, 20000);
    }

    void openAction(const QString &id)
    {
        const QString session = fixture.signIn();
        QVERIFY2(view->openAction(id, fixture.inAppToken(session), fixture.account), qPrintable(view->errorString()));
        QVERIFY(waitFor(State::Ready));
    }

    // The deposit's first step: the amount, then the page with the provider's card frame.
    void startDeposit(const QString &amount)
    {
        openAction(QStringLiteral("deposit"));
        js(QStringLiteral("document.getElementById('amount').value = '%1'; document.getElementById('submit').click(); true;").arg(amount));
        QVERIFY(waitForScript(QStringLiteral("!!document.getElementById('cardFrame')")));
        // The provider's frame says when it takes input.
        QVERIFY(waitForScript(QStringLiteral("document.getElementById('cardFrame').dataset.ready === 'yes'")));
        QCOMPARE(parties()->requestCount(QStringLiteral("/psp/card")), 1);
    }

    // Every sub-frame navigation of the view's page and what the kit made of it: (URL, the request's
    // action, 0xFF for rejected). Connected after the kit, so its handler has run.
    struct FrameNavigations {
        QList<QPair<QUrl, int>> seen;
        QMetaObject::Connection connection;
        explicit FrameNavigations(QWebEnginePage *page)
        {
            connection = QObject::connect(page, &QWebEnginePage::navigationRequested, [this](QWebEngineNavigationRequest &request) {
                if (!request.isMainFrame())
                    seen.append({request.url(), request.property("action").toInt()});
            });
        }
        ~FrameNavigations() { QObject::disconnect(connection); }
    };

    // Every load of the view's page: (URL, status). QWebEngineLoadingInfo has no default constructor for QSignalSpy.
    struct Loads {
        QList<QPair<QUrl, QWebEngineLoadingInfo::LoadStatus>> seen;
        QMetaObject::Connection connection;
        explicit Loads(QWebEnginePage *page)
        {
            connection = QObject::connect(page, &QWebEnginePage::loadingChanged, [this](const QWebEngineLoadingInfo &info) {
                seen.append({info.url(), info.status()});
            });
        }
        ~Loads() { QObject::disconnect(connection); }
        // A success URL request that RequestGuard blocked has reached the page as a failed load.
        bool waitForBlockedSuccessUrl()
        {
            return QTest::qWaitFor([&] {
                return std::any_of(seen.cbegin(), seen.cend(), [](const auto &load) {
                    return load.second == QWebEngineLoadingInfo::LoadFailedStatus && load.first.path() == QLatin1String("/callback/success");
                });
            }, 20000);
        }
    };

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void cardDepositThroughFrameAndThreeDSecure();
    void declinedCardMovesNoMoney();
    void walletPopUpPaysAndCloses();
    void chatFrameRenders();
    void kycUploadReachesTheVendor();
    void singlePageLoginSignsIn();
    void serverRedirectToProviderStaysInTheView();
    void hostileFrameCannotFinishTheFlow_data();
    void hostileFrameCannotFinishTheFlow();
    void blankPagesOfAFrameAreNotTheBrokers();
    void successUrlNeverRequestedByAnyMeans();
    void popUpsWithoutGestureAndFloodsRefused();
    void unsafeUrlsStayRefused();
    void redirectLoopFailsWithRetry();
    void vendorFramePermissionAskedNamingTheVendor();
    void cameraQuestionNamesTheVendorNotWhileAway();
    void contextMenuOffersEditingOnly();
    void clipboardReadsDenied();
    void mailLinkGoesToTheMailProgram();
    void windowCloseFromThePage();
    void caSignedOriginOutsideItsScopeRefused();
    void listedOriginGetsNoToken();
    void thirdPartyNeverFinishesAFlow_data();
    void thirdPartyNeverFinishesAFlow();
    void titleNeverShowsTheUrl();
    void launcherHandsOnlyWebAddressesToTheBrowser();
    void javaScriptDialogsNameTheAskingOrigin();
    void noJavaScriptDialogWhileAway();
};

void TestRealClientArea::initTestCase()
{
    // Everything the kit logs, at every level, and Chromium's own log: scanned for tokens at the end.
    QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=true"));
    QVERIFY(leakScan.start());
    planted = QStringList{QStringLiteral("forged-token"), QStringLiteral("secret-token"), QStringLiteral("one-time-token"),
                          QStringLiteral("img-token"), QStringLiteral("frame-token"), QStringLiteral("form-token"),
                          QStringLiteral("fetch-token"), QStringLiteral("image-token")};
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
}

void TestRealClientArea::init()
{
    fixture.crossSite = true; // the provider, the issuer and the vendor are other sites, as real ones are
    QVERIFY(fixture.start());
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->resize(640, 900);
    view->show();
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    browser.urls.clear();
}

void TestRealClientArea::cleanup()
{
    delete view;
    view = nullptr;
    delete webProfile;
    webProfile = nullptr;
    issued += fixture.broker->issuedSecrets();
    fixture.broker.reset();
}

void TestRealClientArea::cleanupTestCase()
{
    // Whatever ran before, and in whichever order: no token in any log line or file.
    const QString leak = leakScan.stopAndFindLeaks(issued, planted);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
}

void TestRealClientArea::cardDepositThroughFrameAndThreeDSecure()
{
    QSignalSpy completed(view, &ClientAreaView::completed);
    const qint64 before = fixture.broker->balanceCents(fixture.account);
    startDeposit(QStringLiteral("125.50"));
    QCOMPARE(fixture.broker->balanceCents(fixture.account), before); // nothing moves before the provider says so

    // The card is typed as a person does: Tab from the page into the provider's frame.
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view));
    js(QStringLiteral("document.getElementById('summary').focus(); true;"));
    Tests::press(webView(), Qt::Key_Tab);
    Tests::type(webView(), QStringLiteral("4242424242424242"));
    Tests::press(webView(), Qt::Key_Tab);
    Tests::type(webView(), QStringLiteral("12/30"));
    Tests::press(webView(), Qt::Key_Tab);
    Tests::type(webView(), QStringLiteral("123"));
    Tests::press(webView(), Qt::Key_Return);

    // The provider sends the whole window to the issuer's 3-D Secure page, another origin.
    const QUrl acs = parties()->threeDSecureUrl();
    QTRY_COMPARE_WITH_TIMEOUT(pageUrl().port(), acs.port(), 20000);
    QVERIFY(waitForScript(QStringLiteral("!!document.getElementById('otp')")));
    QCOMPARE(view->state(), State::Ready);
    QTRY_VERIFY(awayHost()->isVisible());
    QCOMPARE(awayHost()->text(), site(acs));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("clientAreaSecure"))->isVisible());
    QCOMPARE(view->title(), QStringLiteral("Confirm your payment"));
    QVERIFY(browser.urls.isEmpty());

    js(QStringLiteral("document.getElementById('otp').value = '1234'; document.getElementById('submit').click(); true;"));
    // Back to the broker by a form POST, then the success URL: done, with the money in.
    QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 20000);
    QCOMPARE(view->state(), State::Completed);
    QCOMPARE(fixture.broker->balanceCents(fixture.account), before + 12550);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/inapp/deposit/3ds")), 1);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
    QVERIFY(!awayHost()->isVisible());
}

void TestRealClientArea::declinedCardMovesNoMoney()
{
    QSignalSpy completed(view, &ClientAreaView::completed);
    const qint64 before = fixture.broker->balanceCents(fixture.account);
    startDeposit(QStringLiteral("10"));
    view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view));
    js(QStringLiteral("document.getElementById('summary').focus(); true;"));
    Tests::press(webView(), Qt::Key_Tab);
    Tests::type(webView(), QLatin1String(SandboxThirdParties::DeclinedCard));
    Tests::press(webView(), Qt::Key_Tab);
    Tests::type(webView(), QStringLiteral("01/31"));
    Tests::press(webView(), Qt::Key_Tab);
    Tests::type(webView(), QStringLiteral("999"));
    Tests::press(webView(), Qt::Key_Return);
    // The provider tells the page; the broker's page says so and stays.
    QVERIFY(waitForScript(QStringLiteral("!document.getElementById('payStatus').hidden")));
    QCOMPARE(view->state(), State::Ready);
    QCOMPARE(completed.size(), 0);
    QCOMPARE(fixture.broker->balanceCents(fixture.account), before);
}

void TestRealClientArea::walletPopUpPaysAndCloses()
{
    QSignalSpy completed(view, &ClientAreaView::completed);
    const qint64 before = fixture.broker->balanceCents(fixture.account);
    startDeposit(QStringLiteral("40"));
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#wallet")));
    QTRY_COMPARE_WITH_TIMEOUT(childWindows().size(), 1, 15000);
    QWidget *popUp = childWindows().constFirst();
    QPointer<QWidget> guard(popUp);
    auto *popUpView = popUp->findChild<QWebEngineView *>();
    QVERIFY(waitForScript(QStringLiteral("!!document.getElementById('approve')"), popUpView->page()));
    // The kit's header names the provider.
    const auto *host = popUp->findChild<QLabel *>(QStringLiteral("childWindowHost"));
    QCOMPARE(host->text(), site(parties()->paymentProviderUrl()));
    QVERIFY(!popUp->windowTitle().contains(QStringLiteral("://")));
    QTRY_COMPARE(popUpView->size(), QSize(420, 560)); // the window features the page asked for
    QCOMPARE(view->state(), State::Ready);

    Tests::runScript(popUpView->page(), QStringLiteral("document.getElementById('approve').click(); true;"));
    // The pop-up posts to its opener and closes itself; the broker's page finishes the deposit.
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 20000);
    QCOMPARE(fixture.broker->balanceCents(fixture.account), before + 4000);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
    QVERIFY(browser.urls.isEmpty());
}

void TestRealClientArea::chatFrameRenders()
{
    openAction(QStringLiteral("support"));
    // The vendor's frame rendered and announced itself with its own text.
    QVERIFY(waitForScript(QStringLiteral("document.getElementById('chatStatus').textContent.indexOf('Hi, I am Ada from SandboxDesk') >= 0")));
    QCOMPARE(parties()->requestCount(QStringLiteral("/vendor/chat")), 1);
    QCOMPARE(view->state(), State::Ready);
}

void TestRealClientArea::kycUploadReachesTheVendor()
{
    QSignalSpy completed(view, &ClientAreaView::completed);
    QTemporaryFile document(QDir::tempPath() + QStringLiteral("/passport-XXXXXX.png"));
    QVERIFY(document.open());
    const QByteArray bytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3000, 'k') + QByteArray("\0end", 4);
    document.write(bytes);
    document.close();

    openAction(QStringLiteral("kyc"));
    js(QStringLiteral("document.getElementById('fullName').value = 'Alice A'; document.getElementById('birthDate').value = '1990-02-03';"
                      "document.getElementById('submit').click(); true;"));
    QVERIFY(waitForScript(QStringLiteral("!!document.getElementById('kycFrame')")));
    QTRY_COMPARE_WITH_TIMEOUT(parties()->requestCount(QStringLiteral("/vendor/kyc")), 1, 15000);
    // Step 2 refuses to go on without the document.
    js(QStringLiteral("document.getElementById('docNumber').value = 'P123'; document.getElementById('submit').click(); true;"));
    QVERIFY(waitForScript(QStringLiteral("document.body.innerHTML.indexOf('Upload your document first') >= 0")));

    // The platform's file dialog opens in a nested event loop: answer it from a timer there.
    QVERIFY(waitForScript(QStringLiteral("document.getElementById('kycFrame').dataset.ready === 'yes'")));
    QCOMPARE(parties()->requestCount(QStringLiteral("/vendor/kyc")), 2);
    QTimer answer;
    bool dialogSeen = false;
    connect(&answer, &QTimer::timeout, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<QFileDialog *>(w);
            auto *name = dialog && dialog->isVisible() ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (name) {
                // The file's path in the dialog's name field, then Open. The dialog fills its list
                // in the background and may not take it at once: again until it has closed.
                dialogSeen = true;
                name->setText(document.fileName());
                QMetaObject::invokeMethod(dialog, "accept");
                return;
            }
        }
        if (dialogSeen)
            answer.stop();
    });
    answer.start(50);
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#kycFrame")));
    QTRY_COMPARE_WITH_TIMEOUT(parties()->kycDocuments().size(), 1, 20000);
    QVERIFY(dialogSeen);
    QCOMPARE(parties()->kycDocuments().constFirst(), bytes);
    QVERIFY(waitForScript(QStringLiteral("!document.getElementById('uploadStatus').hidden")));

    js(QStringLiteral("document.getElementById('docNumber').value = 'P123'; document.getElementById('submit').click(); true;"));
    QVERIFY(waitForScript(QStringLiteral("document.body.innerHTML.indexOf('Step 3 of 3') >= 0")));
    js(QStringLiteral("document.getElementById('confirm').checked = true; document.getElementById('submit').click(); true;"));
    QTRY_VERIFY_WITH_TIMEOUT(!completed.isEmpty(), 15000);
}

void TestRealClientArea::singlePageLoginSignsIn()
{
    // A client area that signs in with fetch() and sets location to the success URL.
    delete view;
    delete webProfile;
    QVERIFY(fixture.loadProfile([](QJsonObject &o) { o.insert(QStringLiteral("loginUrl"), QStringLiteral("/auth/login-spa")); }));
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->show();
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    view->openLogin(false);
    QVERIFY(waitFor(State::Ready));
    js(QStringLiteral("document.getElementById('email').value = 'alice@example.com'; document.getElementById('password').value = 'password1';"
                      "document.getElementById('submit').click(); true;"));
    QTRY_VERIFY_WITH_TIMEOUT(!captured.isEmpty(), 20000);
    QCOMPARE(view->state(), State::Completed);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/auth/api/login")), 1);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
    const QJsonObject signedIn = fixture.exchange(captured.at(0).at(0).toString());
    QCOMPARE(QString::number(signedIn.value(QStringLiteral("userId")).toInteger()), fixture.userId);
}

void TestRealClientArea::serverRedirectToProviderStaysInTheView()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    QVERIFY(!awayHost()->isVisible());
    // A person's click: Chromium skips history entries left without one when going back.
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#redirect")));
    const QUrl vendor = parties()->vendorUrl();
    QTRY_COMPARE_WITH_TIMEOUT(pageUrl().port(), vendor.port(), 20000);
    QTRY_VERIFY(awayHost()->isVisible());
    QCOMPARE(awayHost()->text(), site(vendor));
    QVERIFY(browser.urls.isEmpty());
    QCOMPARE(view->state(), State::Ready);
    // Back to the broker: the header is the broker's again.
    view->goBack();
    QTRY_COMPARE_WITH_TIMEOUT(pageUrl().path(), QStringLiteral("/test/links"), 20000);
    QTRY_VERIFY(!awayHost()->isVisible());
}

void TestRealClientArea::hostileFrameCannotFinishTheFlow_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("location.href") << QString();
    // Qt reports location.replace() as a redirect, as it does a server's 3xx.
    QTest::newRow("location.replace") << QStringLiteral("replace");
}

void TestRealClientArea::hostileFrameCannotFinishTheFlow()
{
    QFETCH(QString, how);
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    QSignalSpy completed(view, &ClientAreaView::completed);
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/hostile-frame")))));
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(parties()->requestCount(QStringLiteral("/vendor/top-nav")), 1);
    if (!how.isEmpty()) {
        js(QStringLiteral("var f = document.getElementById('hostile'); f.onload = function() { f.dataset.loaded = 'yes'; };"
                          "f.src = f.src + '&how=%1'; true;").arg(how));
        QVERIFY(waitForScript(QStringLiteral("document.getElementById('hostile').dataset.loaded === 'yes'")));
        QCOMPARE(parties()->requestCount(QStringLiteral("/vendor/top-nav")), 2);
    }
    Loads loads(Automation::page(view));
    // A real click in the foreign frame: it sends the whole window to the success URL with its token.
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#hostile")));
    QVERIFY(loads.waitForBlockedSuccessUrl());
    js(QStringLiteral("true")); // a round trip: anything queued after the block has run
    QCOMPARE(captured.size(), 0);
    QCOMPARE(completed.size(), 0);
    QCOMPARE(view->state(), State::Ready);
    QCOMPARE(pageUrl().path(), QStringLiteral("/test/hostile-frame"));
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
}

void TestRealClientArea::blankPagesOfAFrameAreNotTheBrokers()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/hostile-frame")))));
    QVERIFY(waitFor(State::Ready));
    // The frame sends the top to an empty page, which would be its own to write into.
    const auto reframe = [this](const QString &how) {
        QUrl frame = parties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/top-nav")));
        frame.setQuery(QUrlQuery{{QStringLiteral("target"), QStringLiteral("about:blank")}, {QStringLiteral("how"), how}});
        js(QStringLiteral("var f = document.getElementById('hostile'); f.dataset.loaded = '';"
                          "f.onload = function() { f.dataset.loaded = 'yes'; }; f.src = %1; true;")
               .arg(Tests::jsString(frame.toString(QUrl::FullyEncoded))));
        return waitForScript(QStringLiteral("document.getElementById('hostile').dataset.loaded === 'yes'"));
    };
    QVERIFY(reframe(QStringLiteral("href")));
    // Chromium makes the empty page without asking the kit (no navigationRequested): the screen
    // shows it as what it is, away from the broker.
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#hostile")));
    QTRY_COMPARE_WITH_TIMEOUT(pageUrl(), QUrl(QStringLiteral("about:blank")), 20000);
    QTRY_VERIFY(awayHost()->isVisible());
    QCOMPARE(awayHost()->text(), QStringLiteral("about:blank"));
    QCOMPARE(view->state(), State::Ready);
    view->goBack();
    QTRY_COMPARE_WITH_TIMEOUT(pageUrl().path(), QStringLiteral("/test/hostile-frame"), 20000);
    QTRY_VERIFY(!awayHost()->isVisible());
    QVERIFY(waitForScript(QStringLiteral("!!document.getElementById('hostile')")));

    // A pop-up the frame opens empty and writes a password form into: not the broker's window.
    QVERIFY(reframe(QStringLiteral("write-popup")));
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#hostile")));
    QTRY_COMPARE_WITH_TIMEOUT(childWindows().size(), 1, 20000);
    QWidget *popUp = childWindows().constFirst();
    auto *popUpView = popUp->findChild<QWebEngineView *>(QStringLiteral("childWindowWebView"));
    QVERIFY(waitForScript(QStringLiteral("!!document.getElementById('pw')"), popUpView->page()));
    QTRY_COMPARE(popUpView->page()->title(), QStringLiteral("Sign in"));
    QCOMPARE(popUp->findChild<QLabel *>(QStringLiteral("childWindowHost"))->text(), QStringLiteral("about:blank"));
    QCOMPARE(popUp->windowTitle(), QStringLiteral("Blank page — not from %1").arg(fixture.profile.brokerName()));
    QCOMPARE(view->state(), State::Ready);
}

void TestRealClientArea::successUrlNeverRequestedByAnyMeans()
{
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    QSignalSpy completed(view, &ClientAreaView::completed);
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/untitled")))));
    QVERIFY(waitFor(State::Ready));
    FrameNavigations frames(Automation::page(view));
    // An image, fetch(), a sub-frame and a form posted into it: each is waited for to end (the
    // image's and fetch's errors; the kit's answer to each frame navigation), so that a request
    // that got through would have reached the broker before the count below.
    const QString success = fixture.profile.successUrl().toString(QUrl::FullyEncoded);
    js(QStringLiteral("var s = %1, ended = [];"
                      "function end(what) { ended.push(what); document.body.dataset.ended = ended.sort().join(','); }"
                      "var img = new Image(); img.onload = img.onerror = function() { end('img'); }; img.src = s + '?token=img-token';"
                      "fetch(s + '?token=fetch-token').then(function() { end('fetch'); }, function() { end('fetch'); });"
                      "var f = document.createElement('iframe'); f.name = 'sink'; f.src = s + '?token=frame-token'; document.body.appendChild(f);"
                      "var form = document.createElement('form'); form.method = 'post'; form.action = s; form.target = 'sink';"
                      "var i = document.createElement('input'); i.type = 'hidden'; i.name = 'token'; i.value = 'form-token'; form.appendChild(i);"
                      "document.body.appendChild(form); form.submit(); true;")
           .arg(Tests::jsString(success)));
    QVERIFY(waitForScript(QStringLiteral("document.body.dataset.ended === 'fetch,img'")));
    QTRY_COMPARE_WITH_TIMEOUT(frames.seen.size(), 2, 15000);
    for (const auto &navigation : std::as_const(frames.seen)) {
        QCOMPARE(navigation.first.path(), fixture.profile.successUrl().path());
        QCOMPARE(navigation.second, 0xFF); // QWebEngineNavigationRequest::IgnoreRequest
    }
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
    QCOMPARE(captured.size(), 0);
    QCOMPARE(completed.size(), 0);
    QCOMPARE(view->state(), State::Ready);
}

void TestRealClientArea::popUpsWithoutGestureAndFloodsRefused()
{
    auto *notice = view->findChild<QLabel *>(QStringLiteral("clientAreaNoticeText"));
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/popups?auto=1")))));
    QVERIFY(waitFor(State::Ready));
    // Opened by script on load, without a gesture: refused, and the user is told.
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible() && notice->text().contains(QStringLiteral("blocked")), 15000);
    QVERIFY(childWindows().isEmpty());

    // One click, a hundred window.open calls: the gesture covers one at most. The kit decides each
    // request as it comes, so once it has seen all hundred the count of windows is final.
    int requests = 0;
    const auto connection = connect(Automation::page(view), &QWebEnginePage::newWindowRequested, this, [&requests] { ++requests; });
    const auto disconnect = qScopeGuard([connection] { QObject::disconnect(connection); });
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#flood")));
    QVERIFY(waitForScript(QStringLiteral("document.body.dataset.flooded === 'yes'")));
    QTRY_COMPARE_WITH_TIMEOUT(requests, 100, 15000);
    QCOMPARE(childWindows().size(), 1);
    QCOMPARE(js(QStringLiteral("1 + 1")).toInt(), 2); // the page still answers
    QCOMPARE(view->state(), State::Ready);
    // Further clicks open more, up to the limit and no further; the notice is the limit's.
    notice->clear();
    for (int i = 0; i < NavigationPolicy::MaxChildWindows + 1; ++i) {
        QVERIFY(Tests::clickElement(webView(), QStringLiteral("#popup")));
        QVERIFY(js(QStringLiteral("true")).toBool());
    }
    QTRY_COMPARE_WITH_TIMEOUT(requests, 100 + NavigationPolicy::MaxChildWindows + 1, 15000);
    QCOMPARE(childWindows().size(), NavigationPolicy::MaxChildWindows);
    QVERIFY2(notice->text().contains(QStringLiteral("blocked")), qPrintable(notice->text()));
    QVERIFY(browser.urls.isEmpty());
    // The screen's end closes its pop-ups.
    view->cancel();
    QTRY_VERIFY(childWindows().isEmpty());
}

void TestRealClientArea::unsafeUrlsStayRefused()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/popups")))));
    QVERIFY(waitFor(State::Ready));
    Loads loads(Automation::page(view));
    // Chromium's own rules stop these in the window: a data: page on top, a javascript: link runs in its page.
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#data")));
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#js")));
    QVERIFY(waitForScript(QStringLiteral("document.body.dataset.ran === 'yes'"))); // the page's own script, in its own page
    QCOMPARE(pageUrl().path(), QStringLiteral("/test/popups"));
    QCOMPARE(pageUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(view->state(), State::Ready);
    QVERIFY(browser.urls.isEmpty());
    for (const auto &load : std::as_const(loads.seen))
        QVERIFY(load.first.scheme() != QLatin1String("data"));

    // Chromium lets a frame load a data: document; the kit does not.
    FrameNavigations frames(Automation::page(view));
    js(QStringLiteral("var f = document.createElement('iframe'); f.src = 'data:text/html,%3Cform%3E%3Cinput type=password%3E%3C/form%3E';"
                      "document.body.appendChild(f); true;"));
    QTRY_COMPARE_WITH_TIMEOUT(frames.seen.size(), 1, 15000);
    QCOMPARE(frames.seen.constFirst().first.scheme(), QStringLiteral("data"));
    QCOMPARE(frames.seen.constFirst().second, 0xFF); // QWebEngineNavigationRequest::IgnoreRequest
}

void TestRealClientArea::redirectLoopFailsWithRetry()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/redirect-loop")))));
    QVERIFY(waitFor(State::Failed));
    QCOMPARE(view->error(), ClientAreaView::Error::NetworkError);
    QVERIFY(view->findChild<QPushButton *>(QStringLiteral("clientAreaRetry"))->isVisible());
    QVERIFY(fixture.broker->requestCount(QStringLiteral("/test/redirect-loop")) > 1);
}

void TestRealClientArea::vendorFramePermissionAskedNamingTheVendor()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/vendor-permission")))));
    QVERIFY(waitFor(State::Ready));
    auto *deny = view->findChild<QPushButton *>(QStringLiteral("clientAreaPermissionDeny"));
    QTRY_VERIFY_WITH_TIMEOUT(deny->isVisible(), 15000);
    const QString question = view->findChild<QLabel *>(QStringLiteral("clientAreaNoticeText"))->text();
    QVERIFY2(question.contains(site(parties()->vendorUrl())), qPrintable(question));
    QVERIFY(!question.contains(QStringLiteral("127.0.0.1")));

    // A question from another origin (the broker's own page) replaces it: the vendor's is denied
    // unasked, and the user answers the broker's.
    js(QStringLiteral("window.__notify = 'pending'; Notification.requestPermission().then(function(r) { window.__notify = r; }); true;"));
    QVERIFY(waitForScript(QStringLiteral("document.body.dataset.answer === 'denied:1'")));
    auto *text = view->findChild<QLabel *>(QStringLiteral("clientAreaNoticeText"));
    QTRY_VERIFY(text->text().contains(QStringLiteral("notifications")));
    QVERIFY2(text->text().contains(QStringLiteral("127.0.0.1")) && !text->text().contains(QStringLiteral("location")), qPrintable(text->text()));
    QCOMPARE(js(QStringLiteral("window.__notify")).toString(), QStringLiteral("pending"));
    QTest::mouseClick(deny, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.__notify")).toString(), QStringLiteral("denied"), 10000);

    // A broker that locks its screens to its own origins: the vendor is not asked about at all.
    delete view;
    delete webProfile;
    QVERIFY(fixture.loadProfile([](QJsonObject &o) { o.insert(QStringLiteral("restrictToAllowedOrigins"), true); }));
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->show();
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/vendor-permission")))));
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(parties()->requestCount(QStringLiteral("/vendor/locate")), 1); // the frame itself was refused
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("clientAreaPermissionDeny"))->isVisible());
}

void TestRealClientArea::cameraQuestionNamesTheVendorNotWhileAway()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/vendor-permission")))));
    QVERIFY(waitFor(State::Ready));
    auto *deny = view->findChild<QPushButton *>(QStringLiteral("clientAreaPermissionDeny"));
    auto *text = view->findChild<QLabel *>(QStringLiteral("clientAreaNoticeText"));
    QTRY_VERIFY_WITH_TIMEOUT(deny->isVisible(), 15000); // the widget's location question first
    QTest::mouseClick(deny, Qt::LeftButton);
    QVERIFY(waitForScript(QStringLiteral("document.body.dataset.answer === 'denied:1'")));
    QTRY_VERIFY(!deny->isVisible());

    // The KYC vendor's selfie: camera and microphone, one question naming the vendor.
    js(QStringLiteral("var f = document.getElementById('locate'); f.setAttribute('allow', 'camera; microphone');"
                      "f.src = f.src + '&ask=camera'; true;"));
    QTRY_VERIFY_WITH_TIMEOUT(deny->isVisible(), 15000);
    const QString question = text->text();
    QVERIFY2(question.contains(site(parties()->vendorUrl()))
                 && question.contains(QStringLiteral("your camera and microphone")),
             qPrintable(question));
    QTest::mouseClick(deny, Qt::LeftButton);
    QVERIFY(waitForScript(QStringLiteral("document.body.dataset.answer === 'denied:NotAllowedError'")));

    // The vendor's page in the window itself (away from the broker): no question, the page gets "no".
    QUrl away = parties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/locate")));
    away.setQuery(QUrlQuery{{QStringLiteral("ask"), QStringLiteral("camera")}, {QStringLiteral("parent"), parties()->vendorUrl().toString(QUrl::RemovePath)}});
    js(QStringLiteral("var form = document.createElement('form'); form.method = 'get'; form.action = %1;"
                      "document.body.appendChild(form); form.submit(); true;")
           .arg(Tests::jsString(away.toString(QUrl::RemoveQuery))));
    QTRY_COMPARE_WITH_TIMEOUT(pageUrl().port(), parties()->vendorUrl().port(), 20000);
    QTRY_VERIFY(awayHost()->isVisible());
    QVERIFY(waitForScript(QStringLiteral("document.readyState === 'complete'")));
    js(QStringLiteral("window.__cam = 'pending'; navigator.mediaDevices.getUserMedia({video: true, audio: true})"
                      ".then(function() { window.__cam = 'granted'; }, function(e) { window.__cam = 'denied:' + e.name; }); true;"));
    QVERIFY(waitForScript(QStringLiteral("window.__cam !== 'pending'")));
    QCOMPARE(js(QStringLiteral("window.__cam")).toString(), QStringLiteral("denied:NotAllowedError"));
    QVERIFY(!deny->isVisible());
}

void TestRealClientArea::contextMenuOffersEditingOnly()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    QSet<QAction *> editing;
    for (QWebEnginePage::WebAction a : {QWebEnginePage::Undo, QWebEnginePage::Redo, QWebEnginePage::Cut, QWebEnginePage::Copy,
                                        QWebEnginePage::Paste, QWebEnginePage::SelectAll})
        editing.insert(Automation::page(view)->action(a));
    // A person's right click on a link: Chromium's menu would offer opening it in a new window,
    // saving it, the page's source and the inspector; the kit's offers editing only.
    const QPoint at = Tests::elementCentre(webView(), QStringLiteral("#external"));
    QVERIFY(!at.isNull());
    QTest::mouseClick(webView()->focusProxy(), Qt::RightButton, Qt::NoModifier, at);
    // The view builds its menu, if any, as Chromium's request arrives; Qt 6.8 offers no editing
    // action on a link, so there the kit shows no menu at all.
    QTRY_VERIFY_WITH_TIMEOUT(webView()->lastContextMenuRequest()
                                 && webView()->lastContextMenuRequest()->linkUrl().host() == QLatin1String("external.invalid"),
                             10000);
    QStringList offered;
    if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && !editing.contains(action))
                offered.append(action->text());
        }
        menu->close();
    }
    QVERIFY2(offered.isEmpty(), qPrintable(offered.join(QStringLiteral(", "))));
    QCOMPARE(pageUrl().path(), QStringLiteral("/test/links"));
}

void TestRealClientArea::clipboardReadsDenied()
{
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    QGuiApplication::clipboard()->setText(QStringLiteral("IBAN DE00 1234"));
    // After a person's click, as a page would try it: neither the asynchronous API nor paste reads it.
    js(QStringLiteral("window.__clip = 'pending'; document.body.tabIndex = 0; document.body.onclick = function() {"
                      "  window.__paste = document.execCommand('paste');"
                      "  navigator.clipboard.readText().then(function(t) { window.__clip = 'read:' + t; },"
                      "                                      function(e) { window.__clip = 'denied:' + e.name; }); }; true;"));
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("body")));
    QVERIFY(waitForScript(QStringLiteral("window.__clip !== 'pending'")));
    QCOMPARE(js(QStringLiteral("window.__clip")).toString(), QStringLiteral("denied:NotAllowedError"));
    QCOMPARE(js(QStringLiteral("window.__paste")).toBool(), false);
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("clientAreaPermissionDeny"))->isVisible());
}

void TestRealClientArea::mailLinkGoesToTheMailProgram()
{
    UrlRecorder mail;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &mail, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("mailto")); });
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    js(QStringLiteral("var a = document.createElement('a'); a.id = 'mail'; a.textContent = 'Write to support';"
                      "a.href = 'mailto:support@broker.example?subject=Deposit'; document.body.prepend(a); true;"));
    // The page's own script following a link opens nothing (had it, the person's click below would
    // fall within the one-a-second limit and the script's address would be the one recorded); Qt
    // itself drops an external program's link without a gesture, before the kit is asked.
    js(QStringLiteral("var s = document.createElement('a'); s.href = 'mailto:support@broker.example?subject=Script'; s.click(); true;"));
    QVERIFY(js(QStringLiteral("true")).toBool());
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#mail")));
    QTRY_COMPARE_WITH_TIMEOUT(mail.urls.size(), 1, 10000);
    QCOMPARE(mail.urls.constFirst(), QUrl(QStringLiteral("mailto:support@broker.example?subject=Deposit")));
    QCOMPARE(pageUrl().path(), QStringLiteral("/test/links"));
    QCOMPARE(view->state(), State::Ready);
}

void TestRealClientArea::windowCloseFromThePage()
{
    QSignalSpy cancelled(view, &ClientAreaView::cancelled);
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    // A "Close" button of the broker's page: the screen ends as the user's cancel.
    js(QStringLiteral("window.close(); true;"));
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 10000);
    QCOMPARE(view->state(), State::Cancelled);
}

void TestRealClientArea::caSignedOriginOutsideItsScopeRefused()
{
    // The sandbox's CA signs the vendor's certificate too, but a profile that does not list the
    // vendor in caCertificatesOrigins trusts that CA for the client area alone.
    delete view;
    delete webProfile;
    QVERIFY(fixture.loadProfile([](QJsonObject &o) { o.remove(QStringLiteral("caCertificatesOrigins")); }));
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->show();
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/hostile-frame")))));
    QVERIFY(waitFor(State::Ready)); // the page finishes loading once its frame has failed
    QCOMPARE(parties()->requestCount(QStringLiteral("/vendor/top-nav")), 0);
    // The window sent there by a server redirect: the screen fails for the certificate.
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/redirect-external")))));
    QVERIFY(waitFor(State::Failed));
    QCOMPARE(view->error(), ClientAreaView::Error::CertificateError);
    QCOMPARE(parties()->requestCount(QStringLiteral("/vendor/chat")), 0);
}

void TestRealClientArea::listedOriginGetsNoToken()
{
    delete view;
    delete webProfile;
    const QString vendor = parties()->vendorUrl().toString(QUrl::RemovePath);
    QVERIFY(fixture.loadProfile([&](QJsonObject &o) { o.insert(QStringLiteral("brokerOrigins"), QJsonArray{vendor}); }));
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->show();
    // A ribbon's urlinApp on a listed origin opens there, without the token and the account.
    const QUrl chat = parties()->vendorUrl().resolved(QUrl(QStringLiteral("/vendor/chat?parent=x")));
    QVERIFY(view->openBrokerPage(chat, QStringLiteral("one-time-token"), fixture.account));
    QVERIFY(waitFor(State::Ready));
    const QUrlQuery query(pageUrl());
    QVERIFY(!query.hasQueryItem(QStringLiteral("token")));
    QVERIFY(!query.hasQueryItem(QStringLiteral("account")));
    QCOMPARE(query.queryItemValue(QStringLiteral("parent")), QStringLiteral("x"));
    // The client area's own origin still gets both.
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/untitled"))), QStringLiteral("t2"), fixture.account));
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(QUrlQuery(pageUrl()).queryItemValue(QStringLiteral("token")), QStringLiteral("t2"));
}

void TestRealClientArea::thirdPartyNeverFinishesAFlow_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("thirdPartyOrigins") << QStringLiteral("thirdPartyOrigins");
    // An older profile's one list: the vendor hosts none of the profile's URLs, so it is a third party.
    QTest::newRow("allowedOrigins (schema 1)") << QStringLiteral("allowedOrigins");
}

void TestRealClientArea::thirdPartyNeverFinishesAFlow()
{
    QFETCH(QString, key);
    delete view;
    delete webProfile;
    const QString vendor = parties()->vendorUrl().toString(QUrl::RemovePath);
    QVERIFY(fixture.loadProfile([&](QJsonObject &o) {
        o.insert(key, QJsonArray{vendor});
        o.insert(QStringLiteral("restrictToAllowedOrigins"), true);
    }));
    QCOMPARE(fixture.profile.warnings().size(), key == QLatin1String("allowedOrigins") ? 1 : 0);
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->show();
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    QSignalSpy completed(view, &ClientAreaView::completed);

    // Listed, so framed even on a screen restricted to its listed origins; it cannot finish the flow.
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/hostile-frame")))));
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(parties()->requestCount(QStringLiteral("/vendor/top-nav")), 1);
    Loads loads(Automation::page(view));
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#hostile")));
    QVERIFY(loads.waitForBlockedSuccessUrl());
    js(QStringLiteral("true"));
    QCOMPARE(captured.size(), 0);
    QCOMPARE(completed.size(), 0);
    QCOMPARE(view->state(), State::Ready);

    // It may take the window (a server redirect there), and is shown as away from the broker.
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#redirect")));
    QTRY_COMPARE_WITH_TIMEOUT(pageUrl().port(), parties()->vendorUrl().port(), 20000);
    QTRY_VERIFY(awayHost()->isVisible());
    QCOMPARE(awayHost()->text(), site(parties()->vendorUrl()));
}

void TestRealClientArea::titleNeverShowsTheUrl()
{
    QSignalSpy titles(view, &ClientAreaView::titleChanged);
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/untitled"))), QStringLiteral("secret-token")));
    QVERIFY(waitFor(State::Ready));
    QVERIFY(waitForScript(QStringLiteral("!!document.getElementById('untitled')")));
    QCOMPARE(view->title(), fixture.profile.brokerName());
    for (const QList<QVariant> &args : std::as_const(titles)) {
        const QString title = args.at(0).toString();
        QVERIFY2(!title.contains(QStringLiteral("secret-token")) && !title.contains(QStringLiteral("127.0.0.1")), qPrintable(title));
    }
}

void TestRealClientArea::launcherHandsOnlyWebAddressesToTheBrowser()
{
    // A ribbon's urlinApp comes from the broker's service: a URL that is not the broker's goes to
    // the browser only as a screen's links do (web, e-mail, phone; never a token), or not at all.
    InMemorySecretStore secrets;
    HttpSessionBackend backend(fixture.profile);
    SsoSession session(fixture.profile, &backend, &secrets);
    ClientAreaLauncher launcher(&session, webProfile, view);
    QSignalSpy failed(&launcher, &ClientAreaLauncher::openFailed);
    QDesktopServices::setUrlHandler(QStringLiteral("smb"), &browser, "open");
    const auto unsetSmb = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("smb")); });
    launcher.openBrokerUrl(QUrl(QStringLiteral("smb://files.example/share")));
    launcher.openBrokerUrl(QUrl(QStringLiteral("https://news.example/?token=stolen")));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(1).at(2).value<ClientAreaLauncher::OpenError>(), ClientAreaLauncher::OpenError::LinkRefused);
    QVERIFY2(!failed.at(1).at(3).toString().contains(QStringLiteral("stolen")), qPrintable(failed.at(1).at(3).toString()));
    QVERIFY2(!failed.at(1).at(1).toString().contains(QStringLiteral("stolen")), qPrintable(failed.at(1).at(1).toString()));
    QVERIFY(browser.urls.isEmpty());
    launcher.openBrokerUrl(QUrl(QStringLiteral("https://news.example/markets")));
    QCOMPARE(browser.urls, QList<QUrl>{QUrl(QStringLiteral("https://news.example/markets"))});
    QCOMPARE(failed.size(), 2);
}

// The kit's JavaScript dialog showing now, if any.
static QDialog *javaScriptDialog()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w->objectName() == QLatin1String("javaScriptDialog") && w->isVisible())
            return qobject_cast<QDialog *>(w);
    }
    return nullptr;
}

// A JavaScript dialog runs its own event loop until answered, under whatever the test was waiting
// in: the next one (each one, with @p every) is read and answered from a timer, as a person would.
struct DialogAnswer
{
    QString title;
    QString text;
    Qt::TextFormat format = Qt::AutoText;
    QString input;
    bool seen = false;
};
static QPointer<QTimer> answerNextDialog(DialogAnswer *seen, QDialogButtonBox::StandardButton button, const QString &input = QString(),
                                         bool every = false)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        QDialog *dialog = javaScriptDialog();
        if (!dialog)
            return;
        if (!every) {
            timer->stop();
            timer->deleteLater();
        }
        seen->seen = true;
        seen->title = dialog->windowTitle();
        auto *text = dialog->findChild<QLabel *>(QStringLiteral("javaScriptDialogText"));
        seen->text = text->text();
        seen->format = text->textFormat();
        if (auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("javaScriptDialogInput"))) {
            seen->input = field->text();
            field->setText(input);
        }
        dialog->findChild<QDialogButtonBox *>()->button(button)->click();
    });
    timer->start();
    return timer;
}

void TestRealClientArea::javaScriptDialogsNameTheAskingOrigin()
{
    // Titled with the origin that asked, never the page's URL (which carries the token); the
    // page's words as plain text; the answer goes back to the page.
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links?token=secret-token")))));
    QVERIFY(waitFor(State::Ready));
    const QString says = QStringLiteral("127.0.0.1:%1 says").arg(fixture.broker->baseUrl().port());
    DialogAnswer confirmDialog;
    answerNextDialog(&confirmDialog, QDialogButtonBox::Cancel);
    js(QStringLiteral("window.__c = 'pending'; setTimeout(function() { window.__c = confirm('Withdraw <b>all</b>?'); }, 0); true;"));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("String(window.__c)")).toString(), QStringLiteral("false"), 10000);
    QVERIFY(confirmDialog.seen);
    QCOMPARE(confirmDialog.title, says);
    QCOMPARE(confirmDialog.text, QStringLiteral("Withdraw <b>all</b>?"));
    QCOMPARE(confirmDialog.format, Qt::PlainText);

    DialogAnswer promptDialog;
    answerNextDialog(&promptDialog, QDialogButtonBox::Ok, QStringLiteral("25"));
    js(QStringLiteral("window.__p = 'pending'; setTimeout(function() { window.__p = prompt('Amount?', '10'); }, 0); true;"));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("String(window.__p)")).toString(), QStringLiteral("25"), 10000);
    QCOMPARE(promptDialog.title, says);
    QCOMPARE(promptDialog.input, QStringLiteral("10"));

    // The page waits for the user: alert() returns only once answered.
    DialogAnswer alertDialog;
    answerNextDialog(&alertDialog, QDialogButtonBox::Ok);
    js(QStringLiteral("window.__a = 'pending'; setTimeout(function() { window.__a = 'asking'; alert('Saved'); window.__a = 'done'; }, 0); true;"));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("window.__a")).toString(), QStringLiteral("done"), 10000);
    QCOMPARE(alertDialog.title, says);
    QCOMPARE(alertDialog.text, QStringLiteral("Saved"));
}

void TestRealClientArea::noJavaScriptDialogWhileAway()
{
    // On another origin than the broker's (3-D Secure, a provider) the user could not tell whose
    // question it is: the page gets "no" and nothing shows.
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/links")))));
    QVERIFY(waitFor(State::Ready));
    QVERIFY(Tests::clickElement(webView(), QStringLiteral("#redirect")));
    QTRY_COMPARE_WITH_TIMEOUT(pageUrl().port(), parties()->vendorUrl().port(), 20000);
    QTRY_VERIFY(awayHost()->isVisible());
    DialogAnswer shown; // a dialog, if one shows, is dismissed so that the page goes on
    QPointer<QTimer> watch = answerNextDialog(&shown, QDialogButtonBox::Cancel, QString(), true);
    const auto stopWatching = qScopeGuard([&watch] { delete watch; });
    js(QStringLiteral("window.__c = 'pending'; setTimeout(function() { window.__c = confirm('Re-enter your password'); }, 0); true;"));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("String(window.__c)")).toString(), QStringLiteral("false"), 10000);
    js(QStringLiteral("window.__p = 'pending'; setTimeout(function() { window.__p = prompt('Password?'); }, 0); true;"));
    QTRY_COMPARE_WITH_TIMEOUT(js(QStringLiteral("String(window.__p)")).toString(), QStringLiteral("null"), 10000);
    QVERIFY2(!shown.seen, qPrintable(shown.title));
}

int main(int argc, char *argv[])
{
    // A machine without a camera: Chromium's stand-in devices, so that a page's request for them
    // reaches the kit's question (with none, Chromium answers NotFoundError itself).
    // The third parties' names (psp.test, acs.bank.test, vendor.test) lead to loopback.
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --use-fake-device-for-media-stream --host-resolver-rules=\"MAP *.test 127.0.0.1\"";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // The upload test answers Qt's own file dialog; a platform theme's native one is out of its reach.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    TestRealClientArea test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_realclientarea.moc"
