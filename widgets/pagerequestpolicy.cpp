// SPDX-License-Identifier: MIT
#include "pagerequestpolicy_p.h"

namespace InAppKit {

PageRequestPolicy::PageRequestPolicy(const NavigationPolicy &policy)
    : m_policy(policy)
{
}

const NavigationPolicy &PageRequestPolicy::navigationPolicy() const
{
    return m_policy;
}

PageRequestPolicy::NavigationAnswer PageRequestPolicy::navigate(const Navigation &request)
{
    using Decision = NavigationPolicy::Decision;
    using Trigger = NavigationPolicy::Trigger;
    Trigger trigger = request.trigger;
    MainFrameNavigation &navigation = m_navigation;
    const bool serverRedirect = trigger == Trigger::ServerRedirect && request.mainFrame && navigation.inFlight
        && (!navigation.byKit || navigation.inputs == request.inputCount);
    if (trigger == Trigger::ServerRedirect && !serverRedirect)
        trigger = Trigger::Other; // a document's: location.replace(), a meta refresh
    // A server redirect comes from the hop before it; anything else from the document shown.
    const QUrl source = serverRedirect ? navigation.hop : request.shownUrl;
    const Decision decision = m_policy.decide(request.url, request.mainFrame ? NavigationPolicy::Frame::MainFrame : NavigationPolicy::Frame::SubFrame,
                                              trigger, source);
    const bool allowed = decision == Decision::Allow || decision == Decision::AllowAway;
    if (request.mainFrame && allowed) {
        if (!serverRedirect) {
            navigation.start = request.url;
            navigation.inFlight = true;
            navigation.byKit = trigger == Trigger::KitLoad || trigger == Trigger::History;
            navigation.inputs = request.inputCount;
        }
        navigation.hop = request.url;
    } else if (request.mainFrame) {
        navigation.inFlight = false; // it ends here, or this one has replaced it
    }
    NavigationAnswer answer{decision, Step::Reject, serverRedirect};
    switch (decision) {
    case Decision::Capture:
        if (!request.screenActive)
            answer.step = Step::Reject;
        else if (serverRedirect)
            answer.step = Step::CaptureNow; // the redirect never reaches the network
        else {
            m_pendingCapture = request.url; // RequestGuard blocks the request and reports who asked
            answer.step = Step::AwaitGuard;
        }
        break;
    case Decision::Allow:
    case Decision::AllowAway:
        answer.step = Step::Let;
        break;
    case Decision::SystemBrowser:
        answer.step = Step::ToBrowser;
        break;
    case Decision::ChildWindow:
    case Decision::Refuse:
        answer.step = Step::Reject;
        break;
    }
    return answer;
}

void PageRequestPolicy::committed(const QUrl &url)
{
    // A document's navigation shows its URL once it has committed: nothing can redirect it now.
    // (A late signal of the page before it names that page's URL.)
    if (!m_navigation.byKit && url == m_navigation.hop)
        m_navigation.inFlight = false;
}

void PageRequestPolicy::loadEnded(const QUrl &url)
{
    // The end of this navigation's load, not of the page's before it (Qt 6.8 may report that one
    // after a script of the page has started the next navigation).
    if (url == m_navigation.start || url == m_navigation.hop)
        m_navigation.inFlight = false;
}

bool PageRequestPolicy::isNavigating() const
{
    return m_navigation.inFlight;
}

void PageRequestPolicy::reset()
{
    m_navigation = {};
    m_pendingCapture = QUrl();
}

PageRequestPolicy::BlockedCapture PageRequestPolicy::successUrlBlocked(const QUrl &url, const QUrl &initiator, bool screenActive)
{
    if (m_pendingCapture.isEmpty() || url != m_pendingCapture)
        return BlockedCapture::NotOurs;
    m_pendingCapture = QUrl();
    const NavigationPolicy::Decision decision = m_policy.decide(url, NavigationPolicy::Frame::MainFrame, NavigationPolicy::Trigger::Other, initiator);
    return decision == NavigationPolicy::Decision::Capture && screenActive ? BlockedCapture::Capture : BlockedCapture::Refused;
}

NavigationPolicy::Decision PageRequestPolicy::newWindow(const QUrl &url, NavigationPolicy::PopUp kind, bool userInitiated, int openWindows) const
{
    return m_policy.decideNewWindow(url, kind, userInitiated, openWindows);
}

PageRequestPolicy::PermissionStep PageRequestPolicy::permission(const QUrl &origin, bool mayBeOffered, const QUrl &shownUrl,
                                                                const QUrl &pendingOrigin) const
{
    const bool mayAsk = m_policy.decide(origin, NavigationPolicy::Frame::SubFrame, NavigationPolicy::Trigger::Other, QUrl())
            == NavigationPolicy::Decision::Allow
        && !m_policy.isAway(shownUrl);
    const bool sameOrigin = !pendingOrigin.isEmpty() && pendingOrigin == origin;
    if (!mayAsk || !mayBeOffered)
        return {false, sameOrigin}; // Qt 6.8 denies the open ones of that origin with it
    return {true, !pendingOrigin.isEmpty() && !sameOrigin};
}

PageRequestPolicy::ExternalOpen PageRequestPolicy::openExternally(const QUrl &url, qint64 nowMs)
{
    if (m_policy.mayLeakToken(url))
        return ExternalOpen::TokenRisk;
    if (!m_policy.mayOpenInBrowser(url))
        return ExternalOpen::SchemeRefused;
    // A page cannot flood the desktop with browser windows.
    if (nowMs - m_lastExternalOpen < ExternalOpenIntervalMs)
        return ExternalOpen::TooSoon;
    m_lastExternalOpen = nowMs;
    return ExternalOpen::Open;
}

} // namespace InAppKit
