// SPDX-License-Identifier: MIT
#include "clientareaview_p.h"

#include "../src/proxyauthenticator_p.h"

#include <QAuthenticator>
#include <QWebEngineProfile>

namespace InAppKit {

void ClientAreaViewPrivate::setWebProfile(BrokerWebProfile *profile)
{
    if (webProfile)
        QObject::disconnect(webProfile, nullptr, q, nullptr);
    dropWebView();
    closeChildWindows();
    webProfile = profile;
    broker = profile ? profile->brokerProfile() : BrokerProfile();
    matcher = SuccessUrlMatcher(broker.successUrl(), broker.tokenParameter());
    policy = NavigationPolicy(broker);
    if (profile) {
        QObject::connect(profile, &BrokerWebProfile::aboutToReset, q, [this] { dropWebView(); });
        QObject::connect(profile, &BrokerWebProfile::downloadRefused, q, [this] {
            if (q->isVisible() && webView)
                showNotice(tr("Downloads are not available in this window."));
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
    webView->setParent(stack);
    webView->setObjectName(QStringLiteral("clientAreaWebView"));
    webView->setAccessibleName(tr("Broker page"));
    QWebEnginePage *page = spare ? spare->page() : webProfile->createPage(webView);
    if (!spare)
        webView->setPage(page);
    webView->installEventFilter(escapeFilter);
    userActivation->watch(webView);
    stack->addWidget(webView);

    QObject::connect(page, &QWebEnginePage::navigationRequested, q,
                     [this](QWebEngineNavigationRequest &request) { onNavigationRequested(request); });
    QObject::connect(page, &QWebEnginePage::newWindowRequested, q,
                     [this](QWebEngineNewWindowRequest &request) { onNewWindowRequested(request); });
    QObject::connect(page, &QWebEnginePage::loadingChanged, q,
                     [this](const QWebEngineLoadingInfo &info) { onLoadingChanged(info); });
    QObject::connect(page, &QWebEnginePage::loadProgress, q, [this](int value) {
        progressValue = value;
        progress->setValue(value);
        Q_EMIT q->loadProgressChanged(value);
    });
    QObject::connect(page, &QWebEnginePage::titleChanged, q, [this](const QString &text) {
        // A page without a <title> reports its URL as title: never show that (it can carry a token).
        const QString shown = WebNavigation::displayTitle(text, webView->page()->url(), broker.tokenParameter(), broker.brokerName());
        if (shown == title)
            return;
        title = shown;
        titleLabel->setText(shown);
        Q_EMIT q->titleChanged(shown);
    });
    QObject::connect(page, &QWebEnginePage::renderProcessTerminated, q,
                     [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                         if (status == QWebEnginePage::NormalTerminationStatus || !isActive())
                             return;
                         fail(ClientAreaView::Failure::RendererCrashed,
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
            noticeBar->hide();
    });
#endif
    QObject::connect(page, &QWebEnginePage::urlChanged, q, [this](const QUrl &url) {
        // A document's navigation shows its URL once it has committed: nothing can redirect it now.
        // (A late signal of the page before it names that page's URL.)
        if (!mainFrameNavigation.byKit && url == mainFrameNavigation.hop)
            mainFrameNavigation.inFlight = false;
        showAway(isActive() ? url : QUrl()); // the kit's own empty page after a screen is nobody's
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
        if (isActive())
            q->cancel();
    });
}

void ClientAreaViewPrivate::dropWebView()
{
    if (!webView)
        return;
    loadTimer.stop();
    delete webView; // and its page, which is its child
    webView = nullptr;
    if (isActive())
        finish(ClientAreaView::State::Cancelled);
}

bool ClientAreaViewPrivate::isActive() const
{
    return state == ClientAreaView::State::Loading || state == ClientAreaView::State::Ready;
}

void ClientAreaViewPrivate::setState(ClientAreaView::State newState)
{
    if (state == newState)
        return;
    state = newState;
    Q_EMIT q->stateChanged(newState);
}

void ClientAreaViewPrivate::load(const QUrl &url)
{
    if (webProfile && !webProfile->mayOpenScreens()) {
        // A debugging port would let any local process read the page, token included.
        screenUrl = url;
        setState(ClientAreaView::State::Loading);
        fail(ClientAreaView::Failure::DebuggingOpen,
             tr("This screen is not opened while web debugging is switched on (QTWEBENGINE_REMOTE_DEBUGGING): any "
                "program on this computer could read it. Restart the application without it."));
        return;
    }
    if (!webProfile) { // a view placed in Designer, not wired yet
        setState(ClientAreaView::State::Loading);
        fail(ClientAreaView::Failure::NetworkError, tr("No broker is set for this screen."));
        return;
    }
    // Opening a screen or Retry is the person's own step: a proxy they would not answer may ask
    // again. Chromium does not ask again in a network context where a proxy refused (or was refused)
    // credentials: only a new one does, so the web session starts anew.
    ProxyAuthentication::askAgain();
    if (failure == ClientAreaView::Failure::ProxyAuthenticationRequired)
        webProfile->clear();
    proxyQuestion = {};
    ensureWebView();
    failure = ClientAreaView::Failure::NoFailure;
    errorString.clear();
    screenShown = false;
    screenUrl = url;
    mainFrameNavigation = {};
    pendingCapture = QUrl();
    showAway(QUrl());
    title.clear();
    titleLabel->setText(broker.brokerName());
    answerPermission(false); // the page that asked is being replaced
    noticeBar->hide();
    progressValue = 0;
    progress->setValue(0);
    progress->show();
    stack->setCurrentWidget(busyPage);
    setState(ClientAreaView::State::Loading);
    loadTimer.start(broker.pageLoadTimeoutMs());
    qCDebug(lcInAppKitWeb).noquote() << "opening" << redacted(url);
    webView->load(url);
}

void ClientAreaViewPrivate::finish(ClientAreaView::State endState)
{
    loadTimer.stop();
    progress->hide();
    closeChildWindows();
    pendingCapture = QUrl();
    showAway(QUrl());
    setState(endState);
    // The screen is done: leave the broker's page (and any form data in it) behind.
    if (webView) {
        webView->page()->triggerAction(QWebEnginePage::Stop);
        webView->setUrl(QUrl(QStringLiteral("about:blank")));
    }
    stack->setCurrentWidget(busyPage);
}

void ClientAreaViewPrivate::fail(ClientAreaView::Failure why, const QString &message)
{
    if (!isActive())
        return;
    loadTimer.stop();
    progress->hide();
    failure = why;
    errorString = message;
    errorLabel->setText(message);
    // Focus lands on Retry: its description says what is to be retried.
    retryButton->setAccessibleDescription(message);
    // The style's icon loads Qt's image format plugins: not on the way to a screen that works.
    if (errorIcon->pixmap().isNull())
        errorIcon->setPixmap(q->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(48, 48), q->devicePixelRatioF()));
    stack->setCurrentWidget(errorPage);
    retryButton->setFocus();
    qCInfo(lcInAppKitWeb) << "screen failed:" << why;
    setState(ClientAreaView::State::Failed);
    Announcement::announce(q, message, Announcement::Urgency::Assertive);
    Q_EMIT q->failed(why, message);
}

void ClientAreaViewPrivate::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    // The end of this navigation's load, not of the page's before it (Qt 6.8 may report that one
    // after a script of the page has started the next navigation).
    if (info.status() != QWebEngineLoadingInfo::LoadStartedStatus
        && (info.url() == mainFrameNavigation.start || info.url() == mainFrameNavigation.hop))
        mainFrameNavigation.inFlight = false;
    if (!isActive())
        return;
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        dropWithdrawnPermissions();
        // Chromium's input widget exists once the page has a renderer.
        if (QWidget *input = webView->focusProxy()) {
            input->installEventFilter(escapeFilter);
            userActivation->watch(input);
        }
        progress->show();
        if (!loadTimer.isActive())
            loadTimer.start(broker.pageLoadTimeoutMs());
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
    case QWebEngineLoadingInfo::LoadFailedStatus:
        break;
    }
    // A screen that cannot open (404, 410, 5xx) is a failure; once it is shown, a 4xx answer
    // to its own form (a wrong password, say) is the broker's page to show.
    const bool httpStatus = info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain;
    if (httpStatus && (info.errorCode() >= 500 || (info.errorCode() >= 400 && !screenShown))) {
        fail(ClientAreaView::Failure::HttpError,
             tr("%1 answered with an error (HTTP %2). Try again in a moment.").arg(broker.brokerName()).arg(info.errorCode()));
        return;
    }
    if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus || httpStatus) {
        loadTimer.stop();
        progress->hide();
        if (!screenShown) {
            // Back from the screen's first page leaves the screen: nothing from before it (the
            // warm-up page of a spare view, an earlier screen) stays in its history.
            webView->history()->clear();
        }
        screenShown = true;
        qCDebug(lcInAppKitWeb) << "screen shown";
        stack->setCurrentWidget(webView);
        webView->setFocus();
        setState(ClientAreaView::State::Ready);
        return;
    }
    qCDebug(lcInAppKitWeb) << "load failed:" << info.errorDomain() << info.errorCode();
    // A navigation we (or the page) replaced, or the success URL RequestGuard kept off the network:
    // that one is told by its URL, as Chromium's code for a blocked request changed with Qt 6.8
    // (ERR_BLOCKED_BY_CLIENT before, ERR_ACCESS_DENIED after).
    if (info.errorCode() == NetErrorAborted || matcher.isSuccessUrl(info.url()))
        return;
    if (proxyQuestion.asked() && !proxyQuestion.answered) {
        fail(ClientAreaView::Failure::ProxyAuthenticationRequired,
             tr("The proxy %1 wants a user name and password to reach %2, and was given none. Retry to enter them, "
                "or ask your network administrator.")
                 .arg(ProxyAuthentication::displayName(proxyQuestion.proxy), broker.brokerName()));
        return;
    }
    if (proxyQuestion.asked() && info.errorCode() == NetErrorTunnelConnectionFailed) {
        // Chromium ends the load when the proxy refuses what it was given, without asking again.
        ProxyAuthentication::refused(proxyQuestion.proxy, webProfile->webProfile());
        fail(ClientAreaView::Failure::ProxyAuthenticationRequired,
             tr("The proxy %1 did not let the page through: it may not have accepted the user name and password. "
                "Retry to enter them again, or ask your network administrator.")
                 .arg(ProxyAuthentication::displayName(proxyQuestion.proxy)));
        return;
    }
    if (info.errorDomain() == QWebEngineLoadingInfo::ConnectionErrorDomain) {
        if (const QNetworkProxy proxy = ProxyAuthentication::proxyFor(info.url()); proxy.type() != QNetworkProxy::NoProxy) {
            fail(ClientAreaView::Failure::NetworkError,
                 tr("%1 cannot be reached through the proxy %2. Check your connection or your proxy settings and try again.")
                     .arg(broker.brokerName(), ProxyAuthentication::displayName(proxy)));
            return;
        }
    }
    switch (info.errorDomain()) {
    case QWebEngineLoadingInfo::CertificateErrorDomain:
        fail(ClientAreaView::Failure::CertificateError,
             tr("The connection to %1 is not secure: its certificate was refused.").arg(broker.brokerName()));
        return;
    default:
        fail(ClientAreaView::Failure::NetworkError,
             tr("%1 cannot be reached. Check your connection and try again.").arg(broker.brokerName()));
        return;
    }
}

ClientAreaView::ClientAreaView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<ClientAreaViewPrivate>(this))
{
    d->setupUi();
    d->retranslate();
}

ClientAreaView::ClientAreaView(BrokerWebProfile *webProfile, QWidget *parent)
    : ClientAreaView(parent)
{
    setWebProfile(webProfile);
}

ClientAreaView::~ClientAreaView()
{
    // The page goes before the profile it belongs to.
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
    d->screen = Screen::Login;
    d->actionId.clear();
    d->firstLogin = firstLogin;
    d->attribution = attribution;
    const QUrl url = d->urlBuilder().loginUrl();
    if (url.isEmpty()) {
        d->setState(State::Loading);
        d->fail(Failure::NetworkError, tr("%1 has no login screen.").arg(d->broker.brokerName()));
        return;
    }
    d->load(url);
}

bool ClientAreaView::openAction(const QString &actionId, const QString &oneTimeToken, const QString &account, QString *errorString)
{
    QString error;
    const QUrl url = d->urlBuilder().actionUrl(actionId, oneTimeToken, account, &error);
    if (url.isEmpty()) {
        if (errorString)
            *errorString = error;
        return false;
    }
    d->screen = Screen::InAppAction;
    d->actionId = actionId;
    d->load(url);
    return true;
}

bool ClientAreaView::openBrokerPage(const QUrl &url, const QString &oneTimeToken, const QString &account)
{
    if (!d->broker.isBrokerOrigin(url) || d->matcher.isSuccessUrl(url))
        return false;
    d->screen = Screen::BrokerPage;
    d->actionId.clear();
    d->load(oneTimeToken.isEmpty() ? url : d->urlBuilder().brokerUrl(url, oneTimeToken, account));
    return true;
}

ClientAreaView::State ClientAreaView::state() const
{
    return d->state;
}

ClientAreaView::Screen ClientAreaView::screen() const
{
    return d->screen;
}

ClientAreaView::Failure ClientAreaView::failure() const
{
    return d->failure;
}

QString ClientAreaView::errorString() const
{
    return d->errorString;
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

QWebEnginePage *ClientAreaView::page() const
{
    return d->webView ? d->webView->page() : nullptr;
}

QSize ClientAreaView::sizeHint() const
{
    return QSize(480, 640);
}

void ClientAreaView::cancel()
{
    if (d->state == State::Completed || d->state == State::Cancelled || d->state == State::Idle)
        return;
    d->state = State::Loading; // so that finish() runs from Failed too
    d->finish(State::Cancelled);
    Q_EMIT cancelled();
}

void ClientAreaView::goBack()
{
    if (d->webView && d->state == State::Ready && d->webView->history()->canGoBack()) {
        d->webView->back();
        return;
    }
    cancel();
}

void ClientAreaView::retry()
{
    if (d->state != State::Failed)
        return;
    switch (d->screen) {
    case Screen::Login:
        openLogin(d->firstLogin, d->attribution);
        return;
    case Screen::InAppAction:
    case Screen::BrokerPage:
        // The one-time token in the URL is spent: only the owner can get a fresh one.
        if (isSignalConnected(QMetaMethod::fromSignal(&ClientAreaView::retryRequested))) {
            Q_EMIT retryRequested();
            return;
        }
        break;
    case Screen::NoScreen:
        break;
    }
    if (d->screenUrl.isValid())
        d->load(d->screenUrl);
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
        if (d->screen == Screen::Login && d->state == State::Ready) {
            const QUrl url = d->urlBuilder().loginUrl();
            if (url != d->screenUrl)
                d->load(url);
        }
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace InAppKit
