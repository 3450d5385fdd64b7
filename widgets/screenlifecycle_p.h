// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SCREENLIFECYCLE_P_H
#define INAPPKIT_SCREENLIFECYCLE_P_H

#include "clientareaview.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace InAppKit {

/**
 * The life of one ClientAreaView screen, without a web engine: its state (Idle, Loading, Ready,
 * Completed, Cancelled, Failed), whether its first page has shown, the page-load timeout, how a
 * finished load ends it, and what cancel() and retry() do. The view feeds it what the page does, as
 * plain data, and does what it says to the page and the UI.
 *
 * Private API, exported for the kit's unit tests only.
 */
class INAPPKITWIDGETS_EXPORT ScreenLifecycle : public QObject
{
    Q_OBJECT
public:
    using State = ClientAreaView::State;
    using Screen = ClientAreaView::Screen;
    using Error = ClientAreaView::Error;

    /// How a load of the main frame ended, as Qt WebEngine reported it.
    struct LoadEnd {
        enum class Domain { NoError, Http, Connection, Certificate, Other };
        bool succeeded = false;
        Domain domain = Domain::NoError;
        int code = 0;          // the HTTP status, or Chromium's net error
        bool replaced = false; // stopped by a newer navigation, or the success URL kept off the network
    };
    /// Whether a proxy asked for credentials during the load, and what it was told.
    struct ProxyQuestion {
        bool asked = false;
        bool answered = false;
        QString proxyName; // as the person knows it
    };
    /// What a finished load does to the screen.
    struct LoadVerdict {
        enum class Kind { Nothing, Shown, Failed };
        Kind kind = Kind::Nothing;
        Error error = Error::NoError;
        QString message;
        bool proxyRefused = false; // the proxy refused the credentials it was given: forget them
    };
    /// What retry() does.
    enum class RetryStep {
        Nothing,      ///< not failed, or nothing to retry
        ReopenLogin,  ///< the login screen is opened again (its URL follows the host's look)
        RequestToken, ///< the URL's one-time token is spent: the owner opens the screen with a fresh one
        Reload,       ///< the same URL, which carries no token, loads again
    };

    explicit ScreenLifecycle(QObject *parent = nullptr);
    ~ScreenLifecycle() override;

    /// The broker's name (for the messages) and its time limit for a screen's load.
    void setBroker(const QString &brokerName, int pageLoadTimeoutMs);

    State state() const;
    Screen screen() const;
    Error error() const;
    QString errorString() const;
    /// Loading or Ready: a screen is open.
    bool isActive() const;
    /// Whether the current screen's first page has loaded.
    bool isScreenShown() const;
    /// What was opened (it can carry a token: never logged).
    QUrl screenUrl() const;
    /// Whether the page-load timer runs.
    bool isTimingLoad() const;

    /// A screen starts loading @p url; @p spendsToken when the URL carries a one-time token.
    void begin(Screen screen, const QUrl &url, bool spendsToken);
    /// A screen that cannot open: Loading, then Failed with @p why.
    void refuse(Screen screen, const QUrl &url, bool spendsToken, Error why, const QString &message);
    /// A load of the screen started (a link, a form): it is timed unless one is timed already.
    void loadStarted();
    /**
     * How a finished load of the main frame ends the screen's load: shown, failed, or neither (a
     * replaced navigation, the success URL). @p connectionProxy names the proxy on the way to the
     * broker; it is asked only for a connection error (it looks the proxy up).
     */
    LoadVerdict judge(const LoadEnd &end, const ProxyQuestion &proxy, const std::function<QString()> &connectionProxy) const;
    /// A page of the screen is shown: Ready. Returns whether it is the screen's first.
    bool show();
    /// The open screen fails (nothing happens when none is open).
    void fail(Error why, const QString &message);
    /// The open screen reached its end: Completed or Cancelled (nothing happens when none is open).
    void finish(State endState);
    /// The user leaves an open or failed screen: Cancelled, through finish(). Returns whether it left.
    bool cancel();
    /// What retry() does now.
    RetryStep retryStep() const;

Q_SIGNALS:
    /// Before the state becomes Failed: the view shows @p message.
    void failing(InAppKit::ClientAreaView::Error why, const QString &message);
    /// Before the state becomes @p endState (Completed, Cancelled): the view leaves the page.
    void finishing(InAppKit::ClientAreaView::State endState);
    /// The state changed.
    void stateChanged(InAppKit::ClientAreaView::State state);
    /// After the state became Failed.
    void failed(InAppKit::ClientAreaView::Error why, const QString &message);
    /// The screen's time is up: the view stops the page (fail() follows).
    void timingOut();

private:
    void setState(State newState);
    void start(Screen screen, const QUrl &url, bool spendsToken);
    void onTimeout();

    State m_state = State::Idle;
    Screen m_screen = Screen::NoScreen;
    Error m_error = Error::NoError;
    QString m_errorString;
    QUrl m_screenUrl;
    bool m_spendsToken = false;
    bool m_shown = false;
    QString m_brokerName;
    int m_timeoutMs = 30000;
    QTimer m_loadTimer;
};

} // namespace InAppKit

#endif
