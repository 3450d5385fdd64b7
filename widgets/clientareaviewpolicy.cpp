// SPDX-License-Identifier: MIT
// What a broker page may do in ClientAreaView: navigations, pop-ups, the success URL, permission requests.
#include "clientareaview_p.h"

#include "webnavigation_p.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QLocale>
#include <QUrlQuery>
#include <QWebEngineNavigationRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <utility>

namespace InAppKit {

void ClientAreaViewPrivate::onNavigationRequested(QWebEngineNavigationRequest &request)
{
    const QUrl url = request.url();
    const bool mainFrame = request.isMainFrame();
    const PageRequestPolicy::NavigationAnswer answer = requests.navigate(
        {url, mainFrame, WebNavigation::trigger(request.navigationType()), webView->page()->url(), userActivation->inputCount(), lifecycle.isActive()});
    qCDebug(lcInAppKitWeb).noquote() << "navigation" << request.navigationType() << (mainFrame ? "main" : "frame")
                                     << redacted(url) << answer.decision;
    switch (answer.step) {
    case PageRequestPolicy::Step::Let:
    case PageRequestPolicy::Step::AwaitGuard: // RequestGuard blocks the request and reports who asked
        return;
    case PageRequestPolicy::Step::CaptureNow:
        // The broker's server sent it: capture now; the redirect never reaches the network.
        request.reject();
        onSuccessUrl(matcher.match(url), url);
        return;
    case PageRequestPolicy::Step::ToBrowser:
        request.reject();
        // Chromium calls a script's navigation a link click too: only a person's leaves the kit.
        if (userActivation->consume())
            openExternally(url);
        else
            qCInfo(lcInAppKitWeb).noquote() << "navigation to the browser without a user gesture refused:" << redacted(url);
        return;
    case PageRequestPolicy::Step::Reject:
        request.reject();
        if (answer.decision != NavigationPolicy::Decision::Capture)
            qCInfo(lcInAppKitWeb).noquote() << (mainFrame ? "navigation" : "frame navigation") << "refused:" << redacted(url);
        return;
    }
}

void ClientAreaViewPrivate::onSuccessUrlBlocked(const QUrl &url, const QUrl &initiator)
{
    switch (requests.successUrlBlocked(url, initiator, lifecycle.isActive())) {
    case PageRequestPolicy::BlockedCapture::NotOurs:
        return; // another screen's, or one the policy refused already
    case PageRequestPolicy::BlockedCapture::Refused:
        qCWarning(lcInAppKitWeb).noquote() << "success URL requested by" << redacted(initiator) << "refused";
        return;
    case PageRequestPolicy::BlockedCapture::Capture:
        break;
    }
    // Out of the interceptor's call before the screen is torn down.
    QMetaObject::invokeMethod(q, [this, url] {
        if (lifecycle.isActive())
            onSuccessUrl(matcher.match(url), url);
    }, Qt::QueuedConnection);
}

void ClientAreaViewPrivate::onNewWindowRequested(QWebEngineNewWindowRequest &request)
{
    const QUrl url = request.requestedUrl();
    childWindows.removeAll(nullptr);
    const NavigationPolicy::Decision decision = requests.newWindow(
        url, WebNavigation::popUp(request.destination()), request.isUserInitiated(), int(childWindows.size()));
    qCDebug(lcInAppKitWeb).noquote() << "new window" << request.destination() << redacted(url) << decision;
    switch (decision) {
    case NavigationPolicy::Decision::ChildWindow: {
        if (!webView || !lifecycle.isActive())
            return;
        auto *window = new ClientAreaChildWindow(webProfile, requests.navigationPolicy(), q);
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
            ui.showNotice(tr("A pop-up window from %1 was blocked.").arg(WebNavigation::displayHost(webView->page()->url())));
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
    switch (requests.openExternally(url, QDateTime::currentMSecsSinceEpoch())) {
    case PageRequestPolicy::ExternalOpen::TokenRisk:
        qCWarning(lcInAppKitWeb) << "a URL that may carry a token was not handed to the browser";
        return;
    case PageRequestPolicy::ExternalOpen::SchemeRefused:
        qCInfo(lcInAppKitWeb) << "navigation to a" << url.scheme() << "URL refused";
        return;
    case PageRequestPolicy::ExternalOpen::TooSoon:
        qCInfo(lcInAppKitWeb).noquote() << "external link ignored (too many):" << redacted(url);
        return;
    case PageRequestPolicy::ExternalOpen::Open:
        break;
    }
    qCInfo(lcInAppKitWeb).noquote() << "opening in the system browser:" << redacted(url);
    QDesktopServices::openUrl(url);
    ui.showNotice(tr("Opened %1 in your browser.").arg(url.host().isEmpty() ? url.scheme() : url.host(QUrl::FullyEncoded)));
    Q_EMIT q->externalUrlOpened(url);
}

void ClientAreaViewPrivate::onSuccessUrl(const SuccessUrlMatcher::Match &match, const QUrl &url)
{
    using Outcome = SuccessUrlMatcher::Outcome;
    switch (match.outcome()) {
    case Outcome::Token:
        lifecycle.finish(ClientAreaView::State::Completed);
        Q_EMIT q->oneTimeTokenCaptured(match.token());
        Q_EMIT q->completed();
        return;
    case Outcome::NoToken:
        if (lifecycle.screen() == ClientAreaView::Screen::Login) {
            lifecycle.fail(ClientAreaView::Error::InvalidToken,
                 tr("%1 finished the sign-in without a sign-in token. Try again.").arg(broker.brokerName()));
            return;
        }
        if (QUrlQuery(url).queryItemValue(QStringLiteral("status")) == QLatin1String("cancelled")) {
            lifecycle.finish(ClientAreaView::State::Cancelled);
            Q_EMIT q->cancelled();
            return;
        }
        lifecycle.finish(ClientAreaView::State::Completed);
        Q_EMIT q->completed();
        return;
    case Outcome::AmbiguousToken:
    case Outcome::InvalidToken:
        lifecycle.fail(ClientAreaView::Error::InvalidToken,
             tr("%1 sent an unusable sign-in token. Try again.").arg(broker.brokerName()));
        return;
    case Outcome::BrokerError: {
        // The broker's own words, bounded: it is text from the network.
        const QString detail = (match.brokerErrorDescription().isEmpty() ? match.brokerError() : match.brokerErrorDescription()).left(200);
        lifecycle.fail(ClientAreaView::Error::BrokerError, tr("%1 reported a problem: %2").arg(broker.brokerName(), detail));
        return;
    }
    case Outcome::NotSuccessUrl:
        return;
    }
}

void ClientAreaViewPrivate::showAway(const QUrl &url)
{
    // While the main frame is away from the broker (3-D Secure), the header names the host.
    const bool away = requests.navigationPolicy().isAway(url);
    ui.showAway(away, away ? WebNavigation::displayHost(url) : QString(), url.scheme() == QLatin1String("https"), broker.brokerName());
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
    const PageRequestPolicy::PermissionStep step = requests.permission(
        question.origin(), question.mayBeOffered(), webView->page()->url(),
        pendingPermissions.isEmpty() ? QUrl() : pendingPermissions.constFirst().origin());
    if (!step.ask) {
        question.answer(false);
        if (step.denyPending)
            answerPermission(false); // Qt 6.8 has just denied them with it
        return;
    }
    if (step.denyPending)
        answerPermission(false); // another origin's questions: replaced
    pendingPermissions.append(question);

    QStringList devices;
    for (const PermissionQuestion &open : std::as_const(pendingPermissions)) {
        const QString name = deviceName(open.device());
        if (!devices.contains(name))
            devices.append(name);
    }
    ui.showQuestion(tr("%1 wants to use %2.").arg(WebNavigation::displayHost(question.origin()), QLocale().createSeparatedList(devices)));
}

void ClientAreaViewPrivate::answerPermission(bool allow)
{
    if (pendingPermissions.isEmpty())
        return;
    const QList<PermissionQuestion> questions = std::exchange(pendingPermissions, {});
    for (PermissionQuestion question : questions)
        question.answer(allow);
    ui.hideNotice();
}

void ClientAreaViewPrivate::dropWithdrawnPermissions()
{
    // A page that has gone takes its questions with it (Qt 6.8 tells so by no signal).
    if (pendingPermissions.isEmpty())
        return;
    pendingPermissions.removeIf([](const PermissionQuestion &question) { return !question.isOpen(); });
    if (pendingPermissions.isEmpty())
        ui.hideNotice();
}

} // namespace InAppKit
