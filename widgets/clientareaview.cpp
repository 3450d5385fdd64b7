// SPDX-License-Identifier: MIT
#include "clientareaview_p.h"

#include "../src/proxyauthenticator_p.h"

#include "announcement_p.h"
#include "brokerwebview_p.h"
#include "hostappearance.h"
#include "requestguard_p.h"
#include "webnavigation_p.h"

#include <QAuthenticator>
#include <QPushButton>
#include <QStackedWidget>
#include <QWebEngineHistory>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace InAppKit {

namespace {
// Chromium's net::ERR_ABORTED: a navigation that was stopped or replaced, ours included.
constexpr int NetErrorAborted = -3;
} // namespace

ClientAreaViewPrivate::ClientAreaViewPrivate(ClientAreaView *view)
    : q(view)
    , matcher(QUrl())
{
}

QWebEnginePage *ClientAreaViewPrivate::page(const ClientAreaView *view)
{
    return view->d->webView ? view->d->webView->page() : nullptr;
}

QWebEngineProfile *ClientAreaViewPrivate::engineProfile(BrokerWebProfile *profile)
{
    return profile ? profile->engineProfile() : nullptr;
}

void ClientAreaViewPrivate::setup()
{
    ui.setup(q);
    QObject::connect(q, &ClientAreaView::titleChanged, q, [this] { ui.updateAccessibleName(broker.brokerName(), title); });
    QObject::connect(ui.allowButton, &QPushButton::clicked, q, [this] { answerPermission(true); });
    QObject::connect(ui.denyButton, &QPushButton::clicked, q, [this] { answerPermission(false); });
    escapeFilter = new EscapeFilter([this] { q->cancel(); }, q);
    userActivation = new UserActivation(q);

    QObject::connect(&lifecycle, &ScreenLifecycle::failing, q, [this](ClientAreaView::Error, const QString &message) {
        ui.showError(message);
    });
    QObject::connect(&lifecycle, &ScreenLifecycle::finishing, q, [this] { closeScreen(); });
    QObject::connect(&lifecycle, &ScreenLifecycle::timingOut, q, [this] {
        if (webView)
            webView->page()->triggerAction(QWebEnginePage::Stop);
    });
    QObject::connect(&lifecycle, &ScreenLifecycle::stateChanged, q, [this](ClientAreaView::State state) {
        if (state == ClientAreaView::State::Completed || state == ClientAreaView::State::Cancelled) {
            // The screen is done: leave the broker's page (and any form data in it) behind.
            blankPage();
            ui.showBusy();
        }
        Q_EMIT q->stateChanged(state);
    });
    QObject::connect(&lifecycle, &ScreenLifecycle::failed, q, [this](ClientAreaView::Error why, const QString &message) {
        qCInfo(lcInAppKitWeb) << "screen failed:" << why;
        Announcement::announce(q, message, Announcement::Urgency::Assertive);
        Q_EMIT q->failed(why, message);
    });
    retranslate();
}

void ClientAreaViewPrivate::retranslate()
{
    ui.retranslate(broker.brokerName(), title);
}

void ClientAreaViewPrivate::setWebProfile(BrokerWebProfile *profile)
{
    if (webProfile)
        QObject::disconnect(webProfile, nullptr, q, nullptr);
    dropWebView();
    closeChildWindows();
    webProfile = profile;
    broker = profile ? profile->brokerProfile() : BrokerProfile();
    matcher = SuccessUrlMatcher(broker.successUrl(), broker.tokenParameter());
    requests = PageRequestPolicy(NavigationPolicy(broker));
    lifecycle.setBroker(broker.brokerName(), broker.pageLoadTimeoutMs());
    if (profile) {
        QObject::connect(profile, &BrokerWebProfile::aboutToReset, q, [this] { dropWebView(); });
        QObject::connect(profile, &BrokerWebProfile::downloadRefused, q, [this] {
            if (q->isVisible() && webView)
                ui.showNotice(tr("Downloads are not available in this window."));
        });
    }
    retranslate();
}

ScreenUrlBuilder ClientAreaViewPrivate::urlBuilder() const
{
    ScreenUrlBuilder builder(broker);
    builder.setLocale(HostAppearance::locale(q));
    builder.setTheme(HostAppearance::theme(q));
    builder.setFirstLogin(firstLogin);
    builder.setAttribution(attribution);
    return builder;
}

void ClientAreaViewPrivate::ensureWebView()
{
    if (webView || !webProfile || !webProfile->mayOpenScreens())
        return;
    // The view warmUp() prepared, if any: Chromium, renderer and page are running already.
    BrokerWebView *spare = webProfile->takeSpareView();
    webView = spare ? spare : new BrokerWebView;
    // The web view draws through Qt's RHI, and its window is made anew for that (Qt 6.8 does so when
    // the view joins it). Qt looks for that window among the native ones: if ours has none yet (a
    // dialog not shown), it finds the window behind it, and the host's main window would be
    // destroyed and made again under the user's eyes. So ours gets its native window first.
    q->window()->winId();
    webView->setParent(ui.stack);
    webView->setObjectName(QStringLiteral("clientAreaWebView"));
    webView->setAccessibleName(tr("Broker page"));
    QWebEnginePage *page = spare ? spare->page() : webProfile->createPage(webView);
    if (!spare)
        webView->setPage(page);
    webView->installEventFilter(escapeFilter);
    userActivation->watch(webView);
    ui.stack->addWidget(webView);

    QObject::connect(page, &QWebEnginePage::navigationRequested, q,
                     [this](QWebEngineNavigationRequest &request) { onNavigationRequested(request); });
    QObject::connect(page, &QWebEnginePage::newWindowRequested, q,
                     [this](QWebEngineNewWindowRequest &request) { onNewWindowRequested(request); });
    QObject::connect(page, &QWebEnginePage::loadingChanged, q,
                     [this](const QWebEngineLoadingInfo &info) { onLoadingChanged(info); });
    QObject::connect(page, &QWebEnginePage::loadProgress, q, [this](int value) {
        progressValue = value;
        ui.setProgress(value);
        Q_EMIT q->loadProgressChanged(value);
    });
    QObject::connect(page, &QWebEnginePage::titleChanged, q, [this](const QString &text) {
        // A page without a <title> reports its URL as title: never show that (it can carry a token).
        const QString shown = WebNavigation::displayTitle(text, webView->page()->url(), broker.tokenParameter(), broker.brokerName());
        if (shown == title)
            return;
        title = shown;
        ui.setTitle(shown);
        Q_EMIT q->titleChanged(shown);
    });
    QObject::connect(page, &QWebEnginePage::renderProcessTerminated, q,
                     [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                         if (status == QWebEnginePage::NormalTerminationStatus)
                             return;
                         lifecycle.fail(ClientAreaView::Error::RendererCrashed,
                                        tr("The page stopped working. Retry to load it again."));
                     });
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QObject::connect(page, &QWebEnginePage::permissionRequested, q,
                     [this](const QWebEnginePermission &permission) { onPermissionRequested(PermissionQuestion(permission)); });
#else
    QObject::connect(page, &QWebEnginePage::featurePermissionRequested, q, [this, page](const QUrl &origin, QWebEnginePage::Feature feature) {
        onPermissionRequested(PermissionQuestion(page, origin, feature));
    });
    QObject::connect(page, &QWebEnginePage::featurePermissionRequestCanceled, q, [this](const QUrl &origin, QWebEnginePage::Feature feature) {
        pendingPermissions.removeIf([&](const PermissionQuestion &question) { return question.isWithdrawnBy(origin, feature); });
        if (pendingPermissions.isEmpty())
            ui.hideNotice();
    });
#endif
    QObject::connect(page, &QWebEnginePage::urlChanged, q, [this](const QUrl &url) {
        requests.committed(url);
        showAway(lifecycle.isActive() ? url : QUrl()); // the kit's own empty page after a screen is nobody's
    });
    if (RequestGuard *guard = webProfile->requestGuard()) {
        QObject::connect(guard, &RequestGuard::mainFrameSuccessUrlBlocked, q,
                         [this](const QUrl &url, const QUrl &initiator) { onSuccessUrlBlocked(url, initiator); });
    }
    // After the page's own answer (BrokerWebProfile's, connected first), for the error to say.
    QObject::connect(page, &QWebEnginePage::proxyAuthenticationRequired, q,
                     [this](const QUrl &requestUrl, QAuthenticator *authenticator, const QString &proxyHost) {
                         proxyQuestion = {ProxyAuthentication::proxyFor(requestUrl, proxyHost), !authenticator->user().isEmpty()};
                     });
    QObject::connect(page, &QWebEnginePage::windowCloseRequested, q, [this] {
        if (lifecycle.isActive())
            q->cancel();
    });
}

void ClientAreaViewPrivate::dropWebView()
{
    if (!webView)
        return;
    delete webView; // and its page, which is its child
    webView = nullptr;
    lifecycle.finish(ClientAreaView::State::Cancelled);
}

void ClientAreaViewPrivate::load(ClientAreaView::Screen screen, const QUrl &url, bool spendsToken)
{
    if (!webProfile) { // a view placed in Designer, not wired yet
        refuse(screen, url, spendsToken, ClientAreaView::Error::NoWebProfile, tr("No broker is set for this screen."));
        return;
    }
    if (!webProfile->mayOpenScreens()) {
        // A debugging port would let any local process read the page, token included.
        refuse(screen, url, spendsToken, ClientAreaView::Error::DebuggingOpen,
               tr("This screen is not opened while web debugging is switched on (QTWEBENGINE_REMOTE_DEBUGGING): any "
                  "program on this computer could read it. Restart the application without it."));
        return;
    }
    // Opening a screen or Retry is the person's own step: a proxy they would not answer may ask
    // again. Chromium does not ask again in a network context where a proxy refused (or was refused)
    // credentials: only a new one does, so the web session starts anew.
    ProxyAuthentication::askAgain();
    if (lifecycle.error() == ClientAreaView::Error::ProxyAuthenticationRequired)
        webProfile->clear();
    proxyQuestion = {};
    ensureWebView();
    requests.reset();
    showAway(QUrl());
    title.clear();
    ui.setTitle(broker.brokerName());
    answerPermission(false); // the page that asked is being replaced
    ui.hideNotice();
    progressValue = 0;
    ui.setProgress(0);
    ui.showProgress(true);
    ui.showBusy();
    lifecycle.begin(screen, url, spendsToken);
    qCDebug(lcInAppKitWeb).noquote() << "opening" << redacted(url);
    webView->load(url);
}

void ClientAreaViewPrivate::refuse(ClientAreaView::Screen screen, const QUrl &url, bool spendsToken, ClientAreaView::Error why,
                                   const QString &message)
{
    // Whatever was open goes: the Failed that follows is this screen's.
    closeScreen();
    lifecycle.refuse(screen, url, spendsToken, why, message);
    blankPage();
}

void ClientAreaViewPrivate::closeScreen()
{
    ui.showProgress(false);
    closeChildWindows();
    requests.reset();
    showAway(QUrl());
}

void ClientAreaViewPrivate::blankPage()
{
    if (webView) {
        webView->page()->triggerAction(QWebEnginePage::Stop);
        webView->setUrl(QUrl(QStringLiteral("about:blank")));
    }
}

void ClientAreaViewPrivate::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (info.status() != QWebEngineLoadingInfo::LoadStartedStatus)
        requests.loadEnded(info.url());
    if (!lifecycle.isActive())
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        dropWithdrawnPermissions();
        // Chromium's input widget exists once the page has a renderer.
        if (QWidget *input = webView->focusProxy()) {
            input->installEventFilter(escapeFilter);
            userActivation->watch(input);
        }
        ui.showProgress(true);
        lifecycle.loadStarted();
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
    case QWebEngineLoadingInfo::LoadFailedStatus:
        break;
    }
    using Domain = ScreenLifecycle::LoadEnd::Domain;
    ScreenLifecycle::LoadEnd end;
    end.succeeded = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
    end.code = info.errorCode();
    switch (info.errorDomain()) {
    case QWebEngineLoadingInfo::NoErrorDomain: end.domain = Domain::NoError; break;
    case QWebEngineLoadingInfo::HttpStatusCodeDomain: end.domain = Domain::Http; break;
    case QWebEngineLoadingInfo::ConnectionErrorDomain: end.domain = Domain::Connection; break;
    case QWebEngineLoadingInfo::CertificateErrorDomain: end.domain = Domain::Certificate; break;
    default: end.domain = Domain::Other; break;
    }
    // A navigation we (or the page) replaced, or the success URL RequestGuard kept off the network:
    // that one is told by its URL, as Chromium's code for a blocked request changed with Qt 6.8
    // (ERR_BLOCKED_BY_CLIENT before, ERR_ACCESS_DENIED after).
    end.replaced = info.errorCode() == NetErrorAborted || matcher.isSuccessUrl(info.url());
    if (!end.succeeded)
        qCDebug(lcInAppKitWeb) << "load failed:" << info.errorDomain() << info.errorCode();
    const ScreenLifecycle::ProxyQuestion proxy{proxyQuestion.asked(), proxyQuestion.answered,
                                               proxyQuestion.asked() ? ProxyAuthentication::displayName(proxyQuestion.proxy) : QString()};
    const QUrl url = info.url();
    // Qt's proxy lookup is asked for a connection error only.
    const ScreenLifecycle::LoadVerdict verdict = lifecycle.judge(end, proxy, [url] {
        const QNetworkProxy found = ProxyAuthentication::proxyFor(url);
        return found.type() == QNetworkProxy::NoProxy ? QString() : ProxyAuthentication::displayName(found);
    });
    switch (verdict.kind) {
    case ScreenLifecycle::LoadVerdict::Kind::Nothing:
        return;
    case ScreenLifecycle::LoadVerdict::Kind::Shown:
        ui.showProgress(false);
        if (!lifecycle.isScreenShown()) {
            // Back from the screen's first page leaves the screen: nothing from before it (the
            // warm-up page of a spare view, an earlier screen) stays in its history.
            webView->history()->clear();
        }
        qCDebug(lcInAppKitWeb) << "screen shown";
        ui.stack->setCurrentWidget(webView);
        webView->setFocus();
        lifecycle.show();
        return;
    case ScreenLifecycle::LoadVerdict::Kind::Failed:
        if (verdict.proxyRefused)
            ProxyAuthentication::refused(proxyQuestion.proxy, webProfile->engineProfile());
        lifecycle.fail(verdict.error, verdict.message);
        return;
    }
}

ClientAreaView::ClientAreaView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<ClientAreaViewPrivate>(this))
{
    d->setup();
}

ClientAreaView::ClientAreaView(BrokerWebProfile *webProfile, QWidget *parent)
    : ClientAreaView(parent)
{
    setWebProfile(webProfile);
}

ClientAreaView::~ClientAreaView()
{
    // The page goes before the profile it belongs to; nothing is told any more.
    QObject::disconnect(&d->lifecycle, nullptr, this, nullptr);
    delete d->webView;
}

BrokerWebProfile *ClientAreaView::webProfile() const
{
    return d->webProfile;
}

void ClientAreaView::setWebProfile(BrokerWebProfile *webProfile)
{
    if (webProfile == d->webProfile)
        return;
    d->setWebProfile(webProfile);
    Q_EMIT webProfileChanged();
}

void ClientAreaView::prepare()
{
    d->ensureWebView();
}

void ClientAreaView::openLogin(bool firstLogin, const Attribution &attribution)
{
    d->actionId.clear();
    d->firstLogin = firstLogin;
    d->attribution = attribution;
    const QUrl url = d->urlBuilder().loginUrl();
    if (url.isEmpty() && d->webProfile) {
        d->refuse(Screen::Login, url, false, Error::InvalidScreen, tr("%1 has no login screen.").arg(d->broker.brokerName()));
        return;
    }
    d->load(Screen::Login, url, false);
}

bool ClientAreaView::openAction(const QString &actionId, const QString &oneTimeToken, const QString &account)
{
    d->actionId = actionId;
    if (!d->webProfile) {
        d->load(Screen::InAppAction, QUrl(), !oneTimeToken.isEmpty());
        return false;
    }
    const ScreenUrlBuilder builder = d->urlBuilder();
    const QUrl url = builder.actionUrl(actionId, oneTimeToken, account);
    if (url.isEmpty()) {
        d->refuse(Screen::InAppAction, url, !oneTimeToken.isEmpty(), Error::InvalidScreen, builder.errorString());
        return false;
    }
    d->load(Screen::InAppAction, url, true);
    return true;
}

bool ClientAreaView::openBrokerPage(const QUrl &url, const QString &oneTimeToken, const QString &account)
{
    if (!d->webProfile) {
        d->actionId.clear();
        d->load(Screen::BrokerPage, QUrl(), !oneTimeToken.isEmpty());
        return false;
    }
    d->actionId.clear();
    if (!d->broker.isBrokerOrigin(url) || d->matcher.isSuccessUrl(url)) {
        d->refuse(Screen::BrokerPage, QUrl(), !oneTimeToken.isEmpty(), Error::InvalidScreen,
                  tr("This page is not one of %1's screens.").arg(d->broker.brokerName()));
        return false;
    }
    const bool withToken = !oneTimeToken.isEmpty();
    d->load(Screen::BrokerPage, withToken ? d->urlBuilder().brokerUrl(url, oneTimeToken, account) : url, withToken);
    return true;
}

ClientAreaView::State ClientAreaView::state() const
{
    return d->lifecycle.state();
}

ClientAreaView::Screen ClientAreaView::screen() const
{
    return d->lifecycle.screen();
}

ClientAreaView::Error ClientAreaView::error() const
{
    return d->lifecycle.error();
}

QString ClientAreaView::errorString() const
{
    return d->lifecycle.errorString();
}

QString ClientAreaView::title() const
{
    return d->title;
}

int ClientAreaView::loadProgress() const
{
    return d->progressValue;
}

QString ClientAreaView::actionId() const
{
    return d->actionId;
}

QSize ClientAreaView::sizeHint() const
{
    return QSize(480, 640);
}

void ClientAreaView::cancel()
{
    if (d->lifecycle.cancel())
        Q_EMIT cancelled();
}

void ClientAreaView::goBack()
{
    if (d->webView && d->lifecycle.state() == State::Ready && d->webView->history()->canGoBack()) {
        d->webView->back();
        return;
    }
    cancel();
}

void ClientAreaView::retry()
{
    switch (d->lifecycle.retryStep()) {
    case ScreenLifecycle::RetryStep::Nothing:
        return;
    case ScreenLifecycle::RetryStep::ReopenLogin:
        openLogin(d->firstLogin, d->attribution);
        return;
    case ScreenLifecycle::RetryStep::RequestToken:
        // The one-time token in the URL is spent: only the owner can get a fresh one.
        Q_EMIT retryRequested();
        return;
    case ScreenLifecycle::RetryStep::Reload:
        d->load(d->lifecycle.screen(), d->lifecycle.screenUrl(), false);
        return;
    }
}

void ClientAreaView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::LocaleChange:
        // The login screen carries no token, so it can follow the host's theme and language at once.
        if (d->lifecycle.screen() == Screen::Login && d->lifecycle.state() == State::Ready) {
            const QUrl url = d->urlBuilder().loginUrl();
            if (url != d->lifecycle.screenUrl())
                d->load(Screen::Login, url, false);
        }
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace InAppKit
