// SPDX-License-Identifier: MIT
#include "screenlifecycle_p.h"

#include "../src/proxyauthenticator_p.h"

#include <QCoreApplication>

namespace InAppKit {

namespace {
// Chromium's net::ERR_TUNNEL_CONNECTION_FAILED: a proxy would not open the way (refused
// credentials, a destination it could not reach).
constexpr int NetErrorTunnelConnectionFailed = -111;

} // namespace

ScreenLifecycle::ScreenLifecycle(QObject *parent)
    : QObject(parent)
{
    m_loadTimer.setSingleShot(true);
    connect(&m_loadTimer, &QTimer::timeout, this, &ScreenLifecycle::onTimeout);
}

ScreenLifecycle::~ScreenLifecycle() = default;

void ScreenLifecycle::setBroker(const QString &brokerName, int pageLoadTimeoutMs)
{
    m_brokerName = brokerName;
    m_timeoutMs = pageLoadTimeoutMs;
}

ScreenLifecycle::State ScreenLifecycle::state() const
{
    return m_state;
}

ScreenLifecycle::Screen ScreenLifecycle::screen() const
{
    return m_screen;
}

ScreenLifecycle::Error ScreenLifecycle::error() const
{
    return m_error;
}

QString ScreenLifecycle::errorString() const
{
    return m_errorString;
}

bool ScreenLifecycle::isActive() const
{
    return m_state == State::Loading || m_state == State::Ready;
}

bool ScreenLifecycle::isScreenShown() const
{
    return m_shown;
}

QUrl ScreenLifecycle::screenUrl() const
{
    return m_screenUrl;
}

bool ScreenLifecycle::isTimingLoad() const
{
    return m_loadTimer.isActive();
}

void ScreenLifecycle::start(Screen screen, const QUrl &url, bool spendsToken)
{
    m_screen = screen;
    m_screenUrl = url;
    m_spendsToken = spendsToken;
    m_error = Error::NoError;
    m_errorString.clear();
    m_shown = false;
}

void ScreenLifecycle::begin(Screen screen, const QUrl &url, bool spendsToken)
{
    start(screen, url, spendsToken);
    setState(State::Loading);
    m_loadTimer.start(m_timeoutMs);
}

void ScreenLifecycle::refuse(Screen screen, const QUrl &url, bool spendsToken, Error why, const QString &message)
{
    m_loadTimer.stop();
    start(screen, url, spendsToken);
    // Loading first, as for any screen opened: the Failed that follows is this screen's.
    setState(State::Loading);
    fail(why, message);
}

void ScreenLifecycle::loadStarted()
{
    if (isActive() && !m_loadTimer.isActive())
        m_loadTimer.start(m_timeoutMs);
}

ScreenLifecycle::LoadVerdict ScreenLifecycle::judge(const LoadEnd &end, const ProxyQuestion &proxy,
                                                    const std::function<QString()> &connectionProxy) const
{
    using Domain = LoadEnd::Domain;
    using Kind = LoadVerdict::Kind;
    if (!isActive())
        return {};
    auto failure = [](Error why, const QString &message, bool proxyRefused = false) {
        return LoadVerdict{Kind::Failed, why, message, proxyRefused};
    };
    // A screen that cannot open (404, 410, 5xx) is a failure; once it is shown, a 4xx answer
    // to its own form (a wrong password, say) is the broker's page to show.
    const bool httpStatus = end.domain == Domain::Http;
    if (httpStatus && (end.code >= 500 || (end.code >= 400 && !m_shown))) {
        return failure(Error::HttpError, QCoreApplication::translate("InAppKit::ClientAreaView",
                                                                     "%1 answered with an error (HTTP %2). Try again in a moment.")
                                             .arg(m_brokerName)
                                             .arg(end.code));
    }
    if (end.succeeded || httpStatus)
        return {Kind::Shown, Error::NoError, QString(), false};
    // A navigation we (or the page) replaced, or the success URL RequestGuard kept off the network.
    if (end.replaced)
        return {};
    if (proxy.asked && !proxy.answered) {
        return failure(Error::ProxyAuthenticationRequired,
                       QCoreApplication::translate("InAppKit::ClientAreaView",
                                                   "The proxy %1 wants a user name and password to reach %2, and was given none. "
                                                   "Retry to enter them, or ask your network administrator.")
                           .arg(proxy.proxyName, m_brokerName));
    }
    if (proxy.asked && end.code == NetErrorTunnelConnectionFailed) {
        // Chromium ends the load when the proxy refuses what it was given, without asking again.
        return failure(Error::ProxyAuthenticationRequired,
                       QCoreApplication::translate("InAppKit::ClientAreaView",
                                                   "The proxy %1 did not let the page through: it may not have accepted the user "
                                                   "name and password. Retry to enter them again, or ask your network administrator.")
                           .arg(proxy.proxyName),
                       true);
    }
    if (end.domain == Domain::Connection && connectionProxy) {
        if (const QString name = connectionProxy(); !name.isEmpty()) {
            return failure(Error::NetworkError,
                           QCoreApplication::translate("InAppKit::ClientAreaView",
                                                       "%1 cannot be reached through the proxy %2. Check your connection or "
                                                       "your proxy settings and try again.")
                               .arg(m_brokerName, name));
        }
    }
    if (end.domain == Domain::Certificate) {
        return failure(Error::CertificateError,
                       QCoreApplication::translate("InAppKit::ClientAreaView", "The connection to %1 is not secure: its certificate was refused.")
                           .arg(m_brokerName));
    }
    return failure(Error::NetworkError,
                   QCoreApplication::translate("InAppKit::ClientAreaView", "%1 cannot be reached. Check your connection and try again.")
                       .arg(m_brokerName));
}

bool ScreenLifecycle::show()
{
    if (!isActive())
        return false;
    m_loadTimer.stop();
    const bool first = !m_shown;
    m_shown = true;
    setState(State::Ready);
    return first;
}

void ScreenLifecycle::fail(Error why, const QString &message)
{
    if (!isActive())
        return;
    m_loadTimer.stop();
    m_error = why;
    m_errorString = message;
    Q_EMIT failing(why, message);
    setState(State::Failed);
    Q_EMIT failed(why, message);
}

void ScreenLifecycle::finish(State endState)
{
    Q_ASSERT(endState == State::Completed || endState == State::Cancelled);
    if (!isActive())
        return;
    m_loadTimer.stop();
    Q_EMIT finishing(endState);
    setState(endState);
}

bool ScreenLifecycle::cancel()
{
    switch (m_state) {
    case State::Idle:
    case State::Completed:
    case State::Cancelled:
        return false;
    case State::Loading:
    case State::Ready:
    case State::Failed:
        break;
    }
    // From Failed too: the error page goes, and the page is left as from an open screen.
    m_loadTimer.stop();
    Q_EMIT finishing(State::Cancelled);
    setState(State::Cancelled);
    return true;
}

ScreenLifecycle::RetryStep ScreenLifecycle::retryStep() const
{
    if (m_state != State::Failed)
        return RetryStep::Nothing;
    if (m_screen == Screen::Login)
        return RetryStep::ReopenLogin;
    // One rule, whoever listens: a spent token is never sent again; only the owner can get a fresh one.
    if (m_spendsToken)
        return RetryStep::RequestToken;
    return m_screenUrl.isValid() ? RetryStep::Reload : RetryStep::Nothing;
}

void ScreenLifecycle::setState(State newState)
{
    if (m_state == newState)
        return;
    m_state = newState;
    Q_EMIT stateChanged(newState);
}

void ScreenLifecycle::onTimeout()
{
    // The person's time in a proxy's question does not count against the screen.
    if (const int more = ProxyAuthentication::extraTimeMs(m_timeoutMs)) {
        m_loadTimer.start(more);
        return;
    }
    if (!isActive())
        return;
    Q_EMIT timingOut();
    fail(Error::Timeout,
         QCoreApplication::translate("InAppKit::ClientAreaView", "%1 did not answer in time. Check your connection and try again.")
             .arg(m_brokerName));
}

} // namespace InAppKit
