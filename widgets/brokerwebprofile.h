// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_BROKERWEBPROFILE_H
#define INAPPKIT_BROKERWEBPROFILE_H

#include <InAppKit/brokerprofile.h>
#include <InAppKit/inappkitwidgets_export.h>

#include <QObject>

#include <memory>

class QWebEnginePage;
class QWebEngineProfile;

namespace InAppKit {

class BrokerWebProfilePrivate;
class BrokerWebView;
class RequestGuard;

/**
 * The web profile of one broker: an off-the-record Qt WebEngine profile shared by every client
 * area screen of that broker, so that the broker's cookies live while the application runs and
 * never touch the disk. It costs nothing until needed: Qt WebEngine starts with the first screen
 * or warmUp(), not with this object.
 *
 * It refuses downloads, blocks every request for the success URL at the network layer, trusts the
 * broker profile's CA for the origins the profile names only, and can be
 * warmed up at idle time so that the first screen does not pay Chromium's start-up. clear()
 * (at log out) removes cookies, cache and storage.
 *
 * Destroying it first destroys the pages still using it, as Qt WebEngine requires.
 */
class INAPPKITWIDGETS_EXPORT BrokerWebProfile : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool warm READ isWarm NOTIFY warmedUp)

public:
    /// The web profile for the broker of @p profile; nothing of Qt WebEngine starts until it is needed.
    explicit BrokerWebProfile(const BrokerProfile &profile, QObject *parent = nullptr);
    ~BrokerWebProfile() override;

    /// The broker profile the web profile was made for.
    BrokerProfile brokerProfile() const;
    /// Whether Qt WebEngine's profile exists: not before the first screen or warmUp(), nor
    /// after clear() until the next.
    bool isStarted() const;

    /// Starts the web engine and prepares the next screen's view (hidden, on the client area's
    /// `/favicon.ico`: no token) unless one is ready. Cheap to call again: the controls call it when
    /// the pointer enters them or they take the focus, so that a click finds everything running; a
    /// host that opens screens itself calls it on intent or at idle. A screen that takes the view
    /// re-arms the next one a moment after it has loaded.
    void warmUp();
    /// Whether warmUp() finished: Chromium, a renderer and a spare view are ready.
    bool isWarm() const;

    /**
     * Whether Chromium's remote debugging is asked for (QTWEBENGINE_REMOTE_DEBUGGING, or
     * --remote-debugging-port / --remote-debugging-pipe in QTWEBENGINE_CHROMIUM_FLAGS or the
     * application's arguments). Then any local process could read the broker's pages, tokens
     * included: screens are refused with a message and warmUp() does nothing, unless the host
     * allows it (setRemoteDebuggingAllowed(), a development switch).
     */
    static bool isRemoteDebuggingRequested();
    /// Lets screens open although remote debugging is asked for (a development switch).
    void setRemoteDebuggingAllowed(bool allowed);
    /// Whether the host allowed screens under remote debugging.
    bool isRemoteDebuggingAllowed() const;
    /// False while remote debugging is requested and not allowed.
    bool mayOpenScreens() const;
    /// Whether a view is ready for the next screen.
    bool hasSpareView() const;

    /// Forgets everything of the broker's web session (log out): cookies, cache, local storage.
    /// Pages made by createPage() are destroyed; aboutToReset() comes first.
    void clear();

    /// A new page on this profile, with the kit's policies; it is deleted with the profile at the latest.
    QWebEnginePage *createPage(QObject *parent);

Q_SIGNALS:
    /// warmUp() finished: the next screen finds Chromium running and a view prepared.
    void warmedUp();
    /// The web profile is about to be replaced (clear()) or destroyed: drop every page made by createPage().
    void aboutToReset();
    /// A download was refused (the file name the page offered).
    void downloadRefused(const QString &fileName);

private:
    friend class ClientAreaViewPrivate;
    /// The Qt WebEngine profile, created (and Chromium started) on first use. Its URL request
    /// interceptor is the kit's guard that keeps every request for the success URL off the
    /// network: no host may reach it (0.2's public webProfile(); the kit's tests and tools use
    /// Automation::webEngineProfile() of the private clientareaviewautomation_p.h).
    QWebEngineProfile *engineProfile() const;
    /// The profile's guard against requests for the success URL; replaced with the profile.
    RequestGuard *requestGuard() const;
    /// The view warmUp() prepared, for a screen to adopt (null if none); the next is re-armed.
    BrokerWebView *takeSpareView();
    void createProfile();
    void destroyProfile();

    std::unique_ptr<BrokerWebProfilePrivate> d;
};

} // namespace InAppKit

#endif
