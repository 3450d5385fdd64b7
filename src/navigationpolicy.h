// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_NAVIGATIONPOLICY_H
#define INAPPKIT_NAVIGATIONPOLICY_H

#include <InAppKit/brokerprofile.h>
#include <InAppKit/inappkitcore_export.h>

#include <QObject>
#include <QSharedDataPointer>
#include <QUrl>

namespace InAppKit {

class NavigationPolicyPrivate;

/**
 * Decides every navigation of a broker screen: the one place where the kit's web rules live.
 *
 * The main frame is the trust boundary. Sub-frames from any https origin load (a payment
 * provider's card form, a chat or KYC vendor); a server redirect or form submission of the main
 * frame to a foreign https origin stays in the view, "away" from the broker (3-D Secure); a link
 * the user clicks to a foreign origin goes to the system browser; a pop-up from a user gesture
 * gets a kit-owned child window. The success URL is captured only in the main frame of the screen
 * (never a sub-frame or a child window) when the navigation comes from a broker origin.
 *
 * It holds no state and knows nothing of Qt WebEngine: the view describes a navigation with
 * Navigation and acts on the Decision.
 */
class INAPPKITCORE_EXPORT NavigationPolicy
{
    Q_GADGET
public:
    /// Where the navigation happens.
    enum class Frame {
        MainFrame,   ///< the screen's top-level document
        SubFrame,    ///< an iframe, at any depth
        ChildWindow, ///< the top-level document of a kit-owned pop-up window
    };
    Q_ENUM(Frame)

    /// How the navigation started.
    enum class Trigger {
        LinkClicked,    ///< a link, or a script setting the location (Chromium cannot tell them apart)
        ServerRedirect, ///< a 3xx answer to the navigation before
        FormSubmission, ///< a form, GET or POST
        KitLoad,        ///< the kit's own load of a screen
        History,        ///< back, forward or reload
        Other,          ///< anything else the page started
    };
    Q_ENUM(Trigger)

    /// What a URL is to this broker.
    enum class OriginClass {
        ClientArea,   ///< the client area's own origin: the only one that gets tokens
        Listed,       ///< an origin BrokerProfile::brokerOrigins() lists (the broker's)
        ForeignHttps, ///< any other https origin
        LoopbackHttp, ///< http on a loopback host that the profile does not list
        Blank,        ///< about:blank and about:srcdoc: empty documents a page makes
        Unsafe,       ///< data:, javascript:, file:, blob:, http elsewhere, custom schemes, user info
        ThirdParty,   ///< an origin BrokerProfile::thirdPartyOrigins() lists: foreign, yet permitted when restricted
    };
    Q_ENUM(OriginClass)

    /// What to do with a navigation.
    enum class Decision {
        Capture,       ///< the success URL: take what it carries, never let it reach the network
        Allow,         ///< let it load
        AllowAway,     ///< let it load; the main frame is then on a foreign origin (show its host)
        ChildWindow,   ///< open in a kit-owned child window
        SystemBrowser, ///< hand it to the user's browser
        Refuse,        ///< stop it
    };
    Q_ENUM(Decision)

    /// How a page asked for a new window.
    enum class PopUp {
        Window, ///< window.open with window features: a provider's pop-up
        Tab,    ///< target=_blank or window.open without features: a link to read elsewhere
    };
    Q_ENUM(PopUp)

    /// How many child windows a screen may hold at once.
    static constexpr int MaxChildWindows = 3;

    /// The policy for the screens of @p profile.
    explicit NavigationPolicy(const BrokerProfile &profile = BrokerProfile());
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    NavigationPolicy(const NavigationPolicy &other);
    NavigationPolicy &operator=(const NavigationPolicy &other);
    ///@}
    ~NavigationPolicy();

    /// The profile the policy was made for.
    BrokerProfile brokerProfile() const;

    /// Which kind of origin @p url has, from the broker's point of view.
    OriginClass classify(const QUrl &url) const;
    /**
     * A navigation to @p url in @p frame. For the main frame, @p source is the URL the navigation
     * comes from (the document that started it, or the hop a server redirected from); empty when
     * unknown.
     */
    Decision decide(const QUrl &url, Frame frame, Trigger trigger, const QUrl &source = QUrl()) const;
    /// A pop-up that a page of the screen asked for; @p openChildWindows are already open.
    Decision decideNewWindow(const QUrl &url, PopUp kind, bool userGesture, int openChildWindows) const;

    /// Whether a main frame at @p url is away from the broker (the kit shows its host): on a
    /// foreign origin, or on an empty page, which only a page's frame can have put there.
    bool isAway(const QUrl &url) const;
    /// Whether @p url could carry a token or pass for the success URL, so that it must never leave the kit.
    bool mayLeakToken(const QUrl &url) const;
    /**
     * Whether @p url may be handed to the system browser: a web, e-mail or phone address that
     * cannot carry a token (mayLeakToken()). Nothing else leaves the kit: no `file:`, `data:` or
     * `javascript:` URL, and no custom scheme that would start another program.
     */
    bool mayOpenInBrowser(const QUrl &url) const;

private:
    QSharedDataPointer<NavigationPolicyPrivate> d;
};

} // namespace InAppKit

#endif
