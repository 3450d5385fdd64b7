// SPDX-License-Identifier: MIT
// What a broker page may do in ClientAreaView: navigations, pop-ups, the success URL, permission requests.
#include "clientareaview_p.h"

#include <QLocale>

#include <utility>

namespace InAppKit {

void ClientAreaViewPrivate::onNavigationRequested(QWebEngineNavigationRequest &request)
{
    const QUrl url = request.url();
    const bool mainFrame = request.isMainFrame();
    NavigationPolicy::Trigger trigger = WebNavigation::trigger(request.navigationType());
    MainFrameNavigation &navigation = mainFrameNavigation;
    const bool serverRedirect = trigger == NavigationPolicy::Trigger::ServerRedirect && mainFrame && navigation.inFlight
        && (!navigation.byKit || navigation.inputs == userActivation->inputCount());
    if (trigger == NavigationPolicy::Trigger::ServerRedirect && !serverRedirect)
        trigger = NavigationPolicy::Trigger::Other; // a document's: location.replace(), a meta refresh
    // A server redirect comes from the hop before it; anything else from the document shown.
    const QUrl source = serverRedirect ? navigation.hop : webView->page()->url();
    const NavigationPolicy::Decision decision = policy.decide(url, mainFrame ? NavigationPolicy::Frame::MainFrame : NavigationPolicy::Frame::SubFrame, trigger, source);
    qCDebug(lcInAppKitWeb).noquote() << "navigation" << request.navigationType() << (mainFrame ? "main" : "frame")
                                     << redacted(url) << decision;
    const bool allowed = decision == NavigationPolicy::Decision::Allow || decision == NavigationPolicy::Decision::AllowAway;
    if (mainFrame && allowed) {
        if (!serverRedirect) {
            navigation.start = url;
            navigation.inFlight = true;
            navigation.byKit = trigger == NavigationPolicy::Trigger::KitLoad || trigger == NavigationPolicy::Trigger::History;
            navigation.inputs = userActivation->inputCount();
        }
        navigation.hop = url;
    } else if (mainFrame) {
        navigation.inFlight = false; // it ends here, or this one has replaced it
    }
    switch (decision) {
    case NavigationPolicy::Decision::Capture:
        if (!isActive()) {
            request.reject();
            return;
        }
        if (serverRedirect) {
            // The broker's server sent it: capture now; the redirect never reaches the network.
            request.reject();
            onSuccessUrl(matcher.match(url), url);
            return;
        }
        // A document asked for it: RequestGuard blocks the request and reports who asked.
        pendingCapture = url;
        return;
    case NavigationPolicy::Decision::Allow:
    case NavigationPolicy::Decision::AllowAway:
        return;
    case NavigationPolicy::Decision::SystemBrowser:
        request.reject();
        // Chromium calls a script's navigation a link click too: only a person's leaves the kit.
        if (userActivation->consume())
            openExternally(url);
        else
            qCInfo(lcInAppKitWeb).noquote() << "navigation to the browser without a user gesture refused:" << redacted(url);
        return;
    case NavigationPolicy::Decision::ChildWindow:
    case NavigationPolicy::Decision::Refuse:
        request.reject();
        qCInfo(lcInAppKitWeb).noquote() << (mainFrame ? "navigation" : "frame navigation") << "refused:" << redacted(url);
        return;
    }
}

void ClientAreaViewPrivate::onSuccessUrlBlocked(const QUrl &url, const QUrl &initiator)
{
    if (pendingCapture.isEmpty() || url != pendingCapture)
        return; // another screen's, or one the policy refused already
    pendingCapture = QUrl();
    const NavigationPolicy::Decision decision = policy.decide(url, NavigationPolicy::Frame::MainFrame, NavigationPolicy::Trigger::Other, initiator);
    if (decision != NavigationPolicy::Decision::Capture || !isActive()) {
        qCWarning(lcInAppKitWeb).noquote() << "success URL requested by" << redacted(initiator) << "refused";
        return;
    }
    // Out of the interceptor's call before the screen is torn down.
    QMetaObject::invokeMethod(q, [this, url] {
        if (isActive())
            onSuccessUrl(matcher.match(url), url);
    }, Qt::QueuedConnection);
}

void ClientAreaViewPrivate::onNewWindowRequested(QWebEngineNewWindowRequest &request)
{
    const QUrl url = request.requestedUrl();
    childWindows.removeAll(nullptr);
    const NavigationPolicy::Decision decision = policy.decideNewWindow(
        url, WebNavigation::popUp(request.destination()), request.isUserInitiated(), int(childWindows.size()));
    qCDebug(lcInAppKitWeb).noquote() << "new window" << request.destination() << redacted(url) << decision;
    switch (decision) {
    case NavigationPolicy::Decision::ChildWindow: {
        if (!webView || !isActive())
            return;
        auto *window = new ClientAreaChildWindow(webProfile, policy, q);
        QObject::connect(window, &ClientAreaChildWindow::externalUrlRequested, q, [this](const QUrl &external) { openExternally(external); });
        QObject::connect(window, &ClientAreaChildWindow::newWindowRequested, q,
                         [this](QWebEngineNewWindowRequest &next) { onNewWindowRequested(next); });
        childWindows.append(window);
        request.openIn(window->page());
        window->place(request.requestedGeometry().size(), q->window());
        window->show();
        return;
    }
    case NavigationPolicy::Decision::SystemBrowser:
        openExternally(url);
        return;
    case NavigationPolicy::Decision::Capture:
    case NavigationPolicy::Decision::Allow:
    case NavigationPolicy::Decision::AllowAway:
    case NavigationPolicy::Decision::Refuse:
        qCInfo(lcInAppKitWeb).noquote() << "pop-up refused:" << redacted(url);
        if (webView)
            showNotice(tr("A pop-up window from %1 was blocked.").arg(WebNavigation::displayHost(webView->page()->url())));
        return;
    }
}

void ClientAreaViewPrivate::closeChildWindows()
{
    const auto windows = childWindows;
    childWindows.clear();
    // Later, not now: this can run while one of them is telling its opener it is done.
    for (const QPointer<ClientAreaChildWindow> &window : windows) {
        if (window) {
            window->hide();
            window->deleteLater();
        }
    }
}

void ClientAreaViewPrivate::openExternally(const QUrl &url)
{
    if (policy.mayLeakToken(url)) {
        qCWarning(lcInAppKitWeb) << "a URL that may carry a token was not handed to the browser";
        return;
    }
    if (!policy.mayOpenInBrowser(url)) {
        qCInfo(lcInAppKitWeb) << "navigation to a" << url.scheme() << "URL refused";
        return;
    }
    // A page cannot flood the desktop with browser windows.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - lastExternalOpen < ExternalOpenIntervalMs) {
        qCInfo(lcInAppKitWeb).noquote() << "external link ignored (too many):" << redacted(url);
        return;
    }
    lastExternalOpen = now;
    qCInfo(lcInAppKitWeb).noquote() << "opening in the system browser:" << redacted(url);
    QDesktopServices::openUrl(url);
    showNotice(tr("Opened %1 in your browser.").arg(url.host().isEmpty() ? url.scheme() : url.host(QUrl::FullyEncoded)));
    Q_EMIT q->externalUrlOpened(url);
}

void ClientAreaViewPrivate::onSuccessUrl(const SuccessUrlMatcher::Match &match, const QUrl &url)
{
    using Outcome = SuccessUrlMatcher::Outcome;
    switch (match.outcome()) {
    case Outcome::Token:
        finish(ClientAreaView::State::Completed);
        Q_EMIT q->oneTimeTokenCaptured(match.token());
        Q_EMIT q->completed();
        return;
    case Outcome::NoToken:
        if (screen == ClientAreaView::Screen::Login) {
            fail(ClientAreaView::Failure::InvalidToken,
                 tr("%1 finished the sign-in without a sign-in token. Try again.").arg(broker.brokerName()));
            return;
        }
        if (QUrlQuery(url).queryItemValue(QStringLiteral("status")) == QLatin1String("cancelled")) {
            finish(ClientAreaView::State::Cancelled);
            Q_EMIT q->cancelled();
            return;
        }
        finish(ClientAreaView::State::Completed);
        Q_EMIT q->completed();
        return;
    case Outcome::AmbiguousToken:
    case Outcome::InvalidToken:
        fail(ClientAreaView::Failure::InvalidToken,
             tr("%1 sent an unusable sign-in token. Try again.").arg(broker.brokerName()));
        return;
    case Outcome::BrokerError: {
        // The broker's own words, bounded: it is text from the network.
        const QString detail = (match.brokerErrorDescription().isEmpty() ? match.brokerError() : match.brokerErrorDescription()).left(200);
        fail(ClientAreaView::Failure::BrokerError, tr("%1 reported a problem: %2").arg(broker.brokerName(), detail));
        return;
    }
    case Outcome::NotSuccessUrl:
        return;
    }
}

QString ClientAreaViewPrivate::deviceName(PermissionQuestion::Device device)
{
    using Device = PermissionQuestion::Device;
    switch (device) {
    case Device::Microphone: return tr("your microphone");
    case Device::Camera: return tr("your camera");
    case Device::CameraAndMicrophone: return tr("your camera and microphone");
    case Device::Location: return tr("your location");
    case Device::Notifications: return tr("desktop notifications");
    case Device::Screen: return tr("your screen");
    case Device::PointerLock:
    case Device::Clipboard:
    case Device::LocalFonts:
    case Device::Other: break;
    }
    return tr("a device");
}

void ClientAreaViewPrivate::onPermissionRequested(PermissionQuestion question)
{
    // Whoever the policy lets into the screen may ask (a KYC vendor's frame wants the camera);
    // the user sees the asking host and decides. Screen capture and the like are never offered.
    // Qt 6.8's permission manager answers every open request of an origin with the answer to any
    // one of them, so the questions of one origin are asked, and answered, together (below 6.8
    // too: one behaviour). A question from another origin replaces them, and they are denied.
    // Away from the broker (3-D Secure, a vendor's page in the window) the user could not tell
    // whose question it is, as with JavaScript dialogs: the page gets "no".
    const bool mayAsk = policy.decide(question.origin(), NavigationPolicy::Frame::SubFrame, NavigationPolicy::Trigger::Other, QUrl())
            == NavigationPolicy::Decision::Allow
        && !policy.isAway(webView->page()->url());
    const bool sameOrigin = !pendingPermissions.isEmpty() && pendingPermissions.constFirst().origin() == question.origin();
    if (!mayAsk || !question.mayBeOffered()) {
        question.answer(false);
        if (sameOrigin)
            answerPermission(false); // Qt 6.8 has just denied them with it
        return;
    }
    if (!sameOrigin)
        answerPermission(false);
    pendingPermissions.append(question);

    QStringList devices;
    for (const PermissionQuestion &open : std::as_const(pendingPermissions)) {
        const QString name = deviceName(open.device());
        if (!devices.contains(name))
            devices.append(name);
    }
    noticeTimer.stop();
    noticeLabel->setText(tr("%1 wants to use %2.").arg(WebNavigation::displayHost(question.origin()), QLocale().createSeparatedList(devices)));
    allowButton->show();
    denyButton->show();
    denyButton->setDefault(true);
    noticeBar->show();
    denyButton->setFocus();
}

void ClientAreaViewPrivate::answerPermission(bool allow)
{
    if (pendingPermissions.isEmpty())
        return;
    const QList<PermissionQuestion> questions = std::exchange(pendingPermissions, {});
    for (PermissionQuestion question : questions)
        question.answer(allow);
    noticeBar->hide();
}

void ClientAreaViewPrivate::dropWithdrawnPermissions()
{
    // A page that has gone takes its questions with it (Qt 6.8 tells so by no signal).
    if (pendingPermissions.isEmpty())
        return;
    pendingPermissions.removeIf([](const PermissionQuestion &question) { return !question.isOpen(); });
    if (pendingPermissions.isEmpty())
        noticeBar->hide();
}

} // namespace InAppKit
