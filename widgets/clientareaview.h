// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CLIENTAREAVIEW_H
#define INAPPKIT_CLIENTAREAVIEW_H

#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/inappkitwidgets_export.h>
#include <InAppKit/screenurlbuilder.h>

#include <QWidget>

#include <memory>

namespace InAppKit {

class BrokerWebProfile;
class ClientAreaViewPrivate;

/**
 * The embedded broker screen: a chrome-less Qt WebEngine view onto the broker's client area,
 * with the kit's own Back and Close controls (Esc), load progress, and an error panel with Retry.
 *
 * Every navigation is decided by NavigationPolicy. The success URL, reached in the main frame
 * from a broker origin, is captured and never reaches the network; a one-time token found there is
 * handed over with oneTimeTokenCaptured(). Sub-frames from any https origin load (card forms, chat
 * and KYC widgets); a server redirect or form post to a foreign origin (3-D Secure) stays in the
 * view with the foreign host in the header; a link the user clicks to a foreign origin opens in the
 * system browser (QDesktopServices); a pop-up from a user gesture gets a kit-owned child window.
 * Downloads are refused, and permission requests (camera, microphone, location, notifications)
 * are asked of the user, naming the asking host, and denied by default.
 *
 * Outcomes are distinct: completed(), cancelled() (the user's Back/Close, or the page's Back
 * control: the success URL with `status=cancelled`), and failed() with an Error; error() and
 * errorString() tell the last one, as a job's do.
 *
 * The web page itself is not part of the API: what the page may do is the kit's to decide.
 */
class INAPPKITWIDGETS_EXPORT ClientAreaView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Screen screen READ screen NOTIFY stateChanged)
    Q_PROPERTY(Error error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(int loadProgress READ loadProgress NOTIFY loadProgressChanged)
    Q_PROPERTY(QString actionId READ actionId NOTIFY stateChanged)
    Q_PROPERTY(InAppKit::BrokerWebProfile *webProfile READ webProfile WRITE setWebProfile NOTIFY webProfileChanged DESIGNABLE false)

public:
    /// Where the view is with its screen.
    enum class State {
        Idle,      ///< nothing opened yet
        Loading,   ///< a screen is loading; the busy state shows until its first load finishes
        Ready,     ///< the screen is shown and waits for the user
        Completed, ///< the success URL was reached
        Cancelled, ///< the user went back or closed
        Failed,    ///< see error() and errorString(); the error panel offers Retry
    };
    Q_ENUM(State)

    /// Why a screen failed (\since 0.3 named Error, and NoError; was Failure and NoFailure).
    enum class Error {
        NoError,
        NetworkError,     ///< the broker could not be reached
        HttpError,        ///< the broker answered with an HTTP error status
        CertificateError, ///< the broker's certificate was refused
        Timeout,          ///< the screen did not load within the profile's pageLoadTimeoutMs
        RendererCrashed,  ///< the web renderer process ended
        BrokerError,      ///< the success URL carried an `error` item
        InvalidToken,     ///< the success URL had no usable token where one was needed
        DebuggingOpen,    ///< refused: Chromium's remote debugging is asked for (BrokerWebProfile::mayOpenScreens())
        ProxyAuthenticationRequired, ///< a proxy wants credentials it was not given or refused (ProxyAuthenticator; \since 0.2)
        NoWebProfile,     ///< no broker is set: setWebProfile() first (\since 0.3; was NetworkError)
        InvalidScreen,    ///< openAction() could not build the screen's URL: unknown action, no token, no account (\since 0.3)
    };
    Q_ENUM(Error)

    /// Which kind of screen is open.
    enum class Screen { NoScreen, Login, InAppAction, BrokerPage };
    Q_ENUM(Screen)

    /// A view with no broker yet (as Qt Designer places it): setWebProfile() before opening a screen.
    explicit ClientAreaView(QWidget *parent = nullptr);
    /// A view for the broker of @p webProfile.
    explicit ClientAreaView(BrokerWebProfile *webProfile, QWidget *parent = nullptr);
    ~ClientAreaView() override;

    /// The web profile screens load in; null until set.
    BrokerWebProfile *webProfile() const;
    /// The broker whose screens this view opens; a screen open for another one is cancelled.
    void setWebProfile(BrokerWebProfile *webProfile);

    /// Builds the web view now (taking the view BrokerWebProfile::warmUp() prepared, or starting
    /// Qt WebEngine), so that the next open…() only loads. The launcher calls it while the one-time
    /// token is on its way; without it the first open…() builds the view.
    void prepare();

    /// Opens the login/sign-up screen: the sign-up face when @p firstLogin.
    void openLogin(bool firstLogin, const Attribution &attribution = {});
    /**
     * Opens the InApp action @p actionId with a fresh one-time token. When the URL cannot be built
     * (unknown action, no token, or no account where required) it returns false, and the view is
     * Failed with Error::InvalidScreen and errorString() saying why (failed() is emitted).
     * Without a web profile: false, and Failed with Error::NoWebProfile.
     * \since 0.3 without the `QString *errorString` argument.
     */
    bool openAction(const QString &actionId, const QString &oneTimeToken, const QString &account = QString());
    /// Opens a broker page, such as a ribbon's `urlinApp`, with @p oneTimeToken when given.
    /// Returns false for a URL outside the broker's origins.
    bool openBrokerPage(const QUrl &url, const QString &oneTimeToken = QString(), const QString &account = QString());

    /// Where the view is with its screen.
    State state() const;
    /// Which kind of screen is open.
    Screen screen() const;
    /// Why the screen failed, when state() is Failed; after cancel() from a failed screen, still
    /// why it had failed; NoError once a screen opens. \since 0.3 (was failure())
    Error error() const;
    /// What the error panel says, when state() is Failed.
    QString errorString() const;
    /// The page's title, as the header shows it (never a URL).
    QString title() const;
    /// How far the screen has loaded, 0 to 100.
    int loadProgress() const;
    /// The InApp action of the open screen; empty for the login screen.
    QString actionId() const;

    /// Reimplemented from QWidget: a size a client area page fits.
    QSize sizeHint() const override;

public Q_SLOTS:
    /// The user leaves: Back on the first page, Close, or Esc; from a failed screen too. Cancelled
    /// and cancelled() follow, unless nothing was open (Idle) or the screen had ended.
    void cancel();
    /// Back in the page's history, or cancel() on the first page.
    void goBack();
    /**
     * After a failure, one rule: the login screen opens again; a screen whose URL carried a
     * one-time token (an InApp action, a broker page opened with a token) never sends the spent
     * token again: retryRequested() is emitted, and the owner opens the screen with a fresh token
     * (nothing reloads by itself, whether or not anything is connected); any other screen (a
     * broker page without a token) loads again. Nothing happens unless state() is Failed.
     * \since 0.3 the same whether or not retryRequested() is connected.
     */
    void retry();

Q_SIGNALS:
    /// The login screen reached the success URL with the one-time @p token (never logged).
    void oneTimeTokenCaptured(const QString &token);
    /// The screen reached the success URL: its flow is done.
    void completed();
    /// The user left the screen (Back, Close, Esc) or the page cancelled it.
    void cancelled();
    /// The screen failed: @p message says why and what to do (as errorString()). \since 0.3 with Error
    void failed(InAppKit::ClientAreaView::Error error, const QString &message);
    /// The user asked for Retry on a screen that needs a fresh one-time token (see retry()).
    /// Its owner gets one and calls openAction() or openBrokerPage() again.
    void retryRequested();
    /// The view moved to @p state.
    void stateChanged(InAppKit::ClientAreaView::State state);
    /// The page's title changed.
    void titleChanged(const QString &title);
    /// The page loaded further.
    void loadProgressChanged(int progress);
    /// A link outside the broker's origins was handed to the system browser.
    void externalUrlOpened(const QUrl &url);
    /// setWebProfile() changed the web profile.
    void webProfileChanged();

protected:
    /// Reimplemented from QWidget: follows language changes.
    void changeEvent(QEvent *event) override;

private:
    friend class ClientAreaViewPrivate;
    std::unique_ptr<ClientAreaViewPrivate> d;
};

} // namespace InAppKit

#endif
