// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CLIENTAREALAUNCHER_H
#define INAPPKIT_CLIENTAREALAUNCHER_H

#include <InAppKit/clientareaview.h>
#include <InAppKit/inappkitwidgets_export.h>
#include <InAppKit/screenurlbuilder.h>

#include <QObject>
#include <QUrl>

#include <memory>

class QWidget;

namespace InAppKit {

class BrokerWebProfile;
class ClientAreaDialog;
class ClientAreaLauncherPrivate;
class SsoSession;

/**
 * Opens the broker's screens for the controls: fetches a fresh one-time token for each InApp
 * action (SsoSession::requestInAppToken(), a job the launcher holds: the token goes to no one
 * else), opens it in a ClientAreaDialog, brings an already open screen forward instead of opening
 * a second one, hands the login screen's token to the session, and fetches a new token when the
 * user retries a failed screen. At log out it clears the broker's web session and closes its screens.
 *
 * A screen is known by its kind (ClientAreaView::Screen) and, for an InApp action, its id, for a
 * broker page, its URL without query: the login screen cannot be mistaken for an action of the
 * profile, whatever its id.
 */
class INAPPKITWIDGETS_EXPORT ClientAreaLauncher : public QObject
{
    Q_OBJECT
public:
    /// Which face of the broker's one login/sign-up screen openLogin() shows.
    enum class LoginFace {
        Automatic, ///< sign-up on the first login on this computer, log in after (the host has one entry)
        LogIn,     ///< the host's Log in control
        SignUp,    ///< the host's Sign up control
    };
    Q_ENUM(LoginFace)

    /// Why a screen could not be opened (openFailed()). \since 0.3
    enum class OpenError {
        NotSignedIn,   ///< the screen needs a signed-in session
        NoToken,       ///< the session service gave no one-time token (the message says why)
        InvalidScreen, ///< the screen's URL cannot be built: no such action, or no account where one is needed
        LinkRefused,   ///< a URL that may not leave the kit (not web, e-mail or phone, or carrying a token)
    };
    Q_ENUM(OpenError)

    /// A launcher for @p session's screens in @p webProfile, its dialogs modal to @p window.
    ClientAreaLauncher(SsoSession *session, BrokerWebProfile *webProfile, QWidget *window);
    ~ClientAreaLauncher() override;

    /// The session whose screens the launcher opens.
    SsoSession *session() const;
    /// The web profile the screens load in.
    BrokerWebProfile *webProfile() const;

    /// The open screen of the InApp action @p actionId, or null.
    ClientAreaDialog *dialog(const QString &actionId) const;
    /// The open login screen, or null. \since 0.3
    ClientAreaDialog *loginDialog() const;
    /// The open screen of the broker page @p url (openBrokerUrl()), or null. \since 0.3
    ClientAreaDialog *brokerPageDialog(const QUrl &url) const;
    /// Whether the InApp action @p actionId waits for its token or its first page.
    bool isBusy(const QString &actionId) const;
    /// Whether the login screen waits for its first page. \since 0.3
    bool isLoginBusy() const;

    /// Warms the web engine up (BrokerWebProfile::warmUp()) when the pointer enters @p control or
    /// it takes the keyboard focus: the user's intent, before the click. The kit's controls do this
    /// for their buttons; a host does it for its own.
    void warmUpOnIntent(QWidget *control);
    /// Undoes warmUpOnIntent() for @p control (a control that moves to another launcher).
    void removeWarmUpOnIntent(QWidget *control);

    /// The attribution (cTrader Invite's `partnerId`, the `utm_*` items, the click id) that the
    /// login and sign-up screens carry from now on, for example from the link the application was
    /// started with. InApp screens carry none: the specification names them for login and sign-up.
    void setAttribution(const Attribution &attribution);
    /// The attribution the login and sign-up screens carry.
    Attribution attribution() const;

public Q_SLOTS:
    /// The login screen, with the face @p face.
    void openLogin(InAppKit::ClientAreaLauncher::LoginFace face = LoginFace::Automatic);
    /// Opens the InApp screen @p actionId with a fresh one-time token (one screen per action).
    void openAction(const QString &actionId);
    /// A broker page such as a ribbon's `urlinApp`: with a fresh one-time token on the broker's
    /// origin; any other URL goes to the system browser.
    void openBrokerUrl(const QUrl &url);
    /// Closes every screen the launcher opened.
    void closeAll();

Q_SIGNALS:
    /// A screen started or stopped waiting for its token or first page: the login screen, the
    /// InApp action @p id, or the broker page whose URL is @p id. \since 0.3 (was keyed by one string)
    void busyChanged(InAppKit::ClientAreaView::Screen screen, const QString &id, bool busy);
    /// An InApp screen reached the success URL.
    void actionCompleted(const QString &actionId);
    /// A screen could not be opened: @p error says why, @p message in words for the user (it is
    /// also announced to a screen reader in the launcher's window). \since 0.3 (was keyed by one string)
    void openFailed(InAppKit::ClientAreaView::Screen screen, const QString &id, InAppKit::ClientAreaLauncher::OpenError error,
                    const QString &message);

private:
    std::unique_ptr<ClientAreaLauncherPrivate> d;
};

} // namespace InAppKit

#endif
