// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_PAGEREQUESTPOLICY_P_H
#define INAPPKIT_PAGEREQUESTPOLICY_P_H

#include <InAppKit/inappkitwidgets_export.h>
#include <InAppKit/navigationpolicy.h>

#include <QUrl>

namespace InAppKit {

/**
 * What a ClientAreaView screen's page may do, as plain data in and out: its navigations, the
 * success URL, pop-ups, permission questions and hand-offs to the system browser, mapped onto
 * NavigationPolicy. It follows the main frame's navigation in flight, as far as Qt lets the kit
 * tell, for server redirects: Qt calls a server's 3xx and a document's location.replace() or meta
 * refresh (any frame's) alike a redirect, and only one that continues this navigation is the
 * server's; a document's goes to RequestGuard, which knows who started it. Knows nothing of Qt
 * WebEngine: the view reads the requests and carries out the answers.
 *
 * Private API, exported for the kit's unit tests only.
 */
class INAPPKITWIDGETS_EXPORT PageRequestPolicy
{
public:
    /// A navigation the page asks for.
    struct Navigation {
        QUrl url;
        bool mainFrame = true;
        NavigationPolicy::Trigger trigger = NavigationPolicy::Trigger::Other; // as Qt named it
        QUrl shownUrl;          // the document the page shows
        quint64 inputCount = 0; // how many times the person has used the page so far
        bool screenActive = true;
    };
    /// What the view does with a navigation.
    enum class Step {
        Let,          ///< let it load
        Reject,       ///< stop it
        CaptureNow,   ///< stop it and take the success URL now (the broker's server redirected there)
        AwaitGuard,   ///< let it go to RequestGuard, which blocks it and tells who asked (successUrlBlocked())
        ToBrowser,    ///< stop it; hand it to the system browser if the person just used the page
    };
    struct NavigationAnswer {
        NavigationPolicy::Decision decision = NavigationPolicy::Decision::Refuse;
        Step step = Step::Reject;
        bool serverRedirect = false; // a redirect of the main frame's navigation in flight
    };
    /// What RequestGuard's blocked success URL means.
    enum class BlockedCapture {
        NotOurs, ///< another screen's, or one refused already
        Refused, ///< whoever asked for it may not end the screen
        Capture, ///< take it
    };
    /// What to do with a permission question.
    struct PermissionStep {
        bool ask = false;         // ask the person (else the answer is no at once)
        bool denyPending = false; // the open questions get "no" first
    };
    /// Whether a URL goes to the system browser.
    enum class ExternalOpen {
        Open,
        TokenRisk,     ///< it could carry a token or pass for the success URL
        SchemeRefused, ///< no web, e-mail or phone address
        TooSoon,       ///< another went less than a second ago
    };

    /// A browser hand-off at most every ExternalOpenIntervalMs.
    static constexpr qint64 ExternalOpenIntervalMs = 1000;

    explicit PageRequestPolicy(const NavigationPolicy &policy = NavigationPolicy());

    const NavigationPolicy &navigationPolicy() const;

    /// A navigation of the page: what the view does with it.
    NavigationAnswer navigate(const Navigation &navigation);
    /// The page shows @p url now (a navigation committed).
    void committed(const QUrl &url);
    /// A load of the main frame ended (succeeded, failed or stopped) at @p url.
    void loadEnded(const QUrl &url);
    /// Whether a navigation of the main frame is in flight.
    bool isNavigating() const;
    /// A new screen, or the screen's end: nothing is in flight, no success URL awaited.
    void reset();
    /// RequestGuard blocked a main-frame request for the success URL @p url asked for by @p initiator.
    BlockedCapture successUrlBlocked(const QUrl &url, const QUrl &initiator, bool screenActive);
    /// A pop-up @p url the page asked for; @p openWindows child windows are open.
    NavigationPolicy::Decision newWindow(const QUrl &url, NavigationPolicy::PopUp kind, bool userInitiated, int openWindows) const;
    /**
     * A permission question from @p origin while the page shows @p shownUrl; @p pendingOrigin asks
     * already (empty when nobody does). Whoever the policy lets into the screen may ask; away from
     * the broker the person could not tell whose question it is, so it is no. The questions of one
     * origin are asked together: Qt 6.8 answers every open request of an origin with the answer to
     * one of them; a question from another origin replaces them.
     */
    PermissionStep permission(const QUrl &origin, bool mayBeOffered, const QUrl &shownUrl, const QUrl &pendingOrigin) const;
    /// Whether @p url goes to the system browser at @p nowMs (milliseconds since the epoch); Open counts.
    ExternalOpen openExternally(const QUrl &url, qint64 nowMs);

private:
    NavigationPolicy m_policy;
    // The main frame's navigation in flight. A page's navigation is in flight until it commits;
    // the kit's load or history is shown before it commits, so it counts as in flight until it
    // loads, or until the person acts in the page (a click in a frame comes before its script).
    struct MainFrameNavigation {
        QUrl start;         // the URL it started with: what Qt names its load by
        QUrl hop;           // its current URL: where a server redirect comes from
        bool inFlight = false;
        bool byKit = false; // the kit's load or history
        quint64 inputs = 0; // the person's input count when it started
    } m_navigation;
    QUrl m_pendingCapture; // a success URL let through to RequestGuard, which knows its initiator
    qint64 m_lastExternalOpen = 0;
};

} // namespace InAppKit

#endif
