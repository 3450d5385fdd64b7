// SPDX-License-Identifier: MIT
#include "brokerwebprofile.h"

#include "brokerwebview_p.h"
#include "../src/certificatetrust_p.h" // the core judges a profile's CA for both libraries
#include "../src/proxyauthenticator_p.h" // and answers proxies for both
#include "javascriptdialog_p.h"
#include <InAppKit/inappkit_version.h>
#include <InAppKit/navigationpolicy.h>
#include "requestguard_p.h"
#include "widgetsloggingcategories_p.h"

#include <QAccessible>
#include <QAuthenticator>
#include <QCoreApplication>
#include <QNetworkProxy>
#include <QPointer>
#include <QTimer>
#include <QWebEngineCertificateError>
#include <QWebEngineCookieStore>
#include <QWebEngineDownloadRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <algorithm>
#include <utility>

namespace InAppKit {

namespace {
// After a screen has loaded: past its first frames, within a user's pause between two screens.
constexpr int ReArmDelayMs = 300;

// A broker page: its console stays out of the application's log (a page may print URLs that
// carry tokens), certificate errors follow the profile's trust, and its JavaScript dialogs are
// the kit's (JavaScriptDialog), none while the page is away from the broker.
class BrokerPage : public QWebEnginePage
{
public:
    BrokerPage(QWebEngineProfile *profile, const BrokerProfile &broker, QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_broker(broker)
    {
        connect(this, &QWebEnginePage::certificateError, this, &BrokerPage::onCertificateError);
        // The same answer as the session service's, from the same credentials (ProxyAuthenticator);
        // one cache of proxy credentials per web profile, as Chromium keeps one per network context.
        connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
                [this](const QUrl &requestUrl, QAuthenticator *authenticator, const QString &proxyHost) {
                    ProxyAuthentication::answer(ProxyAuthentication::proxyFor(requestUrl, proxyHost), this->profile(), authenticator, this);
                });
    }

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &) override {}

    void javaScriptAlert(const QUrl &origin, const QString &message) override
    {
        if (mayShowDialog(origin))
            JavaScriptDialog::ask(JavaScriptDialog::Kind::Alert, dialogParent(), origin, message);
    }
    bool javaScriptConfirm(const QUrl &origin, const QString &message) override
    {
        return mayShowDialog(origin) && JavaScriptDialog::ask(JavaScriptDialog::Kind::Confirm, dialogParent(), origin, message);
    }
    bool javaScriptPrompt(const QUrl &origin, const QString &message, const QString &defaultValue, QString *result) override
    {
        QString value = defaultValue;
        if (!mayShowDialog(origin) || !JavaScriptDialog::ask(JavaScriptDialog::Kind::Prompt, dialogParent(), origin, message, &value))
            return false;
        *result = value;
        return true;
    }

private:
    bool mayShowDialog(const QUrl &origin) const
    {
        // Away from the broker (a bank's 3-D Secure page, a provider's pop-up) the user could not
        // tell whose question it is.
        if (NavigationPolicy(m_broker).isAway(url())) {
            qCInfo(lcInAppKitWeb) << "a JavaScript dialog from" << origin.host(QUrl::FullyEncoded) << "refused: the page is away from the broker";
            return false;
        }
        return true;
    }
    QWidget *dialogParent() const
    {
        QWidget *view = QWebEngineView::forPage(this);
        return view ? view->window() : nullptr;
    }

    void onCertificateError(const QWebEngineCertificateError &error)
    {
        // Only "unknown issuer" can be cured by the profile's CA; expired, wrong host, revoked,
        // pinned or weak certificates are refused whatever CA signed them.
        QWebEngineCertificateError e = error;
        const QUrl url = e.url();
        const bool trusted = e.type() == QWebEngineCertificateError::CertificateAuthorityInvalid
            && m_broker.isCaTrustedOrigin(url)
            && CertificateTrust::verifiesAgainst(e.certificateChain(), m_broker.caCertificates(), url.host());
        if (trusted) {
            qCDebug(lcInAppKitWeb) << "certificate of" << url.host() << "verified against the broker profile's CA";
            e.acceptCertificate();
        } else {
            qCWarning(lcInAppKitWeb) << "certificate error refused for" << url.host() << e.type();
            e.rejectCertificate();
        }
    }

    BrokerProfile m_broker;
};

// Chromium's own log can name URLs, and broker URLs carry tokens: keep it to fatal errors unless
// the host chose a level. Chromium reads its flags once, when Qt WebEngine starts, which may be a
// plain QWebEngineProfile of the host's made before any kit object: so this runs as soon as the
// application object exists.
void quietChromiumLog()
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (flags.contains("--log-level") || flags.contains("--enable-logging"))
        return;
    flags += flags.isEmpty() ? "--log-level=3" : " --log-level=3";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}
Q_COREAPP_STARTUP_FUNCTION(quietChromiumLog)

} // namespace

class BrokerWebProfilePrivate
{
public:
    BrokerProfile broker;
    QWebEngineProfile *profile = nullptr;
    QList<QPointer<QWebEnginePage>> pages;
    BrokerWebView *spare = nullptr; // hidden, on the client area's site: the next screen's view
    QTimer reArm;                   // makes the next spare once a screen that took one has shown
    QPointer<QWebEnginePage> loadingScreen; // the page of that screen, until it has loaded
    RequestGuard *guard = nullptr;
    bool warm = false;
    bool remoteDebuggingAllowed = false;
};

BrokerWebProfile::BrokerWebProfile(const BrokerProfile &profile, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<BrokerWebProfilePrivate>())
{
    d->broker = profile;
    // No Qt WebEngine yet: the profile, and Chromium with it, start with the first page or warmUp().
    d->reArm.setSingleShot(true);
    d->reArm.setInterval(ReArmDelayMs);
    connect(&d->reArm, &QTimer::timeout, this, &BrokerWebProfile::warmUp);
}

BrokerWebProfile::~BrokerWebProfile()
{
    destroyProfile();
}

void BrokerWebProfile::createProfile()
{
#if defined(Q_OS_LINUX) && QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // Qt WebEngine before 6.8 keeps Chromium's accessibility off on Linux unless told before it
    // starts (this is the kit's first use of it): a screen reader would meet an empty page. Only
    // while one listens, not to make everyone pay for it; never over the host's own setting. An
    // assistive technology started later, or a host's profile made earlier, are not helped.
    if (QAccessible::isActive() && !qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY")) {
        qCInfo(lcInAppKitWeb) << "an assistive technology is active: web content made accessible";
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    }
#endif
    // No storage name: off the record. Cookies, cache and storage stay in memory.
    d->profile = new QWebEngineProfile(this);
    d->profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    d->profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    d->profile->setSpellCheckEnabled(false);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Each permission question is the user's to answer when asked (as below Qt 6.8): no answer is
    // remembered, not even for the profile's life, and none reaches the disk.
    d->profile->setPersistentPermissionsPolicy(QWebEngineProfile::PersistentPermissionsPolicy::AskEveryTime);
#endif
    d->guard = new RequestGuard(SuccessUrlMatcher(d->broker.successUrl(), d->broker.tokenParameter()), d->profile);
    d->profile->setUrlRequestInterceptor(d->guard);
    d->profile->setHttpUserAgent(d->profile->httpUserAgent() + QStringLiteral(" InAppKit/" INAPPKIT_VERSION_STRING));

    QWebEngineSettings *s = d->profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true); // routed by newWindowRequested
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false); // no page reads what the user copied
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false); // the view shows its own error panel

    connect(d->profile, &QWebEngineProfile::downloadRequested, this, [this](QWebEngineDownloadRequest *download) {
        qCInfo(lcInAppKitWeb) << "download refused";
        const QString name = download->suggestedFileName();
        download->cancel();
        Q_EMIT downloadRefused(name);
    });
}

void BrokerWebProfile::destroyProfile()
{
    if (!d->profile)
        return; // never started: no page, nothing to forget
    // Views drop their pages first; then the rest, and only then the profile, or Qt WebEngine
    // keeps the profile's resources alive.
    Q_EMIT aboutToReset();
    d->reArm.stop();
    delete d->spare; // and its page
    d->spare = nullptr;
    for (const QPointer<QWebEnginePage> &page : std::as_const(d->pages))
        delete page.data();
    d->pages.clear();
    d->warm = false;
    delete d->profile; // and its guard
    d->profile = nullptr;
    d->guard = nullptr;
}

BrokerProfile BrokerWebProfile::brokerProfile() const
{
    return d->broker;
}

QWebEngineProfile *BrokerWebProfile::engineProfile() const
{
    if (!d->profile)
        const_cast<BrokerWebProfile *>(this)->createProfile();
    return d->profile;
}

bool BrokerWebProfile::isStarted() const
{
    return d->profile != nullptr;
}

bool BrokerWebProfile::isRemoteDebuggingRequested()
{
    if (!qEnvironmentVariableIsEmpty("QTWEBENGINE_REMOTE_DEBUGGING"))
        return true;
    const auto asks = [](const QString &text) {
        return text.contains(QLatin1String("--remote-debugging-port")) || text.contains(QLatin1String("--remote-debugging-pipe"));
    };
    if (asks(qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS")))
        return true;
    const QStringList arguments = QCoreApplication::arguments();
    return std::any_of(arguments.cbegin(), arguments.cend(), asks);
}

void BrokerWebProfile::setRemoteDebuggingAllowed(bool allowed)
{
    if (allowed && !d->remoteDebuggingAllowed)
        qCWarning(lcInAppKitWeb) << "remote debugging allowed by the host: local processes may read the broker's pages";
    d->remoteDebuggingAllowed = allowed;
}

bool BrokerWebProfile::isRemoteDebuggingAllowed() const
{
    return d->remoteDebuggingAllowed;
}

bool BrokerWebProfile::mayOpenScreens() const
{
    return d->remoteDebuggingAllowed || !isRemoteDebuggingRequested();
}

void BrokerWebProfile::warmUp()
{
    // While a screen that took the spare loads, the next one waits for it (see takeSpareView()).
    if (d->spare || d->loadingScreen || d->reArm.isActive() || !mayOpenScreens())
        return;
    // Chromium, a renderer and a view, ready before the click; a screen takes them whole. The
    // spare opens a page of the client area's origin that the broker answers cheaply, with no
    // token: its renderer is then the broker site's own (a screen needs no other process), and
    // the connection and its TLS handshake are made where the screen's navigation looks for them
    // (Chromium keeps connections apart by top-level site).
    d->spare = new BrokerWebView;
    d->spare->setObjectName(QStringLiteral("clientAreaSpareView"));
    QWebEnginePage *page = createPage(d->spare);
    d->spare->setPage(page);
    connect(page, &QWebEnginePage::loadFinished, this, [this] {
        if (d->warm)
            return;
        d->warm = true;
        Q_EMIT warmedUp();
    });
    const QUrl warmUpPage = d->broker.clientAreaUrl().resolved(QUrl(QStringLiteral("/favicon.ico")));
    page->load(warmUpPage.isValid() ? warmUpPage : QUrl(QStringLiteral("about:blank")));
}

bool BrokerWebProfile::hasSpareView() const
{
    return d->spare != nullptr;
}

BrokerWebView *BrokerWebProfile::takeSpareView()
{
    BrokerWebView *view = std::exchange(d->spare, nullptr);
    if (view) {
        disconnect(view->page(), nullptr, this, nullptr);
        // Re-armed for the next screen a moment after this one has loaded, not while it loads (an
        // intent meanwhile, the pointer still on the control, waits too): making a view and its page
        // holds the GUI thread, which is Chromium's as well, and loadFinished comes before the
        // screen handles its load and shows the page.
        d->loadingScreen = view->page();
        connect(view->page(), &QWebEnginePage::loadFinished, this, [this] {
            d->loadingScreen = nullptr;
            d->reArm.start();
        }, Qt::SingleShotConnection);
    }
    return view;
}

bool BrokerWebProfile::isWarm() const
{
    return d->warm;
}

void BrokerWebProfile::clear()
{
    // An off-the-record profile offers no call that empties local storage and IndexedDB, so the
    // whole profile is replaced: nothing of the old session survives, in memory or elsewhere.
    if (!d->profile)
        return;
    d->profile->cookieStore()->deleteAllCookies();
    destroyProfile(); // the next page starts a new one
}

RequestGuard *BrokerWebProfile::requestGuard() const
{
    return d->guard;
}

QWebEnginePage *BrokerWebProfile::createPage(QObject *parent)
{
    d->pages.removeAll(nullptr);
    auto *page = new BrokerPage(engineProfile(), d->broker, parent);
    d->pages.append(page);
    return page;
}

} // namespace InAppKit
