// SPDX-License-Identifier: MIT
// ClientAreaView's inside, implemented by concern: the screen's life and the public API
// (clientareaview.cpp), the hand-built UI (clientareaviewui.cpp), and what the page may do:
// navigation, pop-ups, the success URL, permissions (clientareaviewpolicy.cpp).
#ifndef INAPPKIT_CLIENTAREAVIEW_P_H
#define INAPPKIT_CLIENTAREAVIEW_P_H

#include "clientareaview.h"

#include "announcement_p.h"
#include "brokerwebprofile.h"
#include "brokerwebview_p.h"
#include "clientareachildwindow_p.h"
#include "hostappearance.h"
#include "permissionquestion_p.h"
#include <InAppKit/navigationpolicy.h>
#include "requestguard_p.h"
#include "useractivation_p.h"
#include <InAppKit/successurlmatcher.h>
#include "webnavigation_p.h"
#include "widgetsloggingcategories_p.h"
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMetaMethod>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QNetworkProxy>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>
#include <functional>
#include <QWebEngineHistory>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNavigationRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace InAppKit {

// Chromium's net::ERR_ABORTED: a navigation that was stopped or replaced, ours included.
inline constexpr int NetErrorAborted = -3;
// net::ERR_TUNNEL_CONNECTION_FAILED: a proxy would not open the way (refused credentials, a
// destination it could not reach).
inline constexpr int NetErrorTunnelConnectionFailed = -111;
inline constexpr int ExternalOpenIntervalMs = 1000;

inline QString redacted(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// Esc leaves the screen even while the web page has the focus: Chromium takes key events before
// Qt's shortcuts would see them.
class EscapeFilter : public QObject
{
public:
    EscapeFilter(std::function<void()> onEscape, QObject *parent)
        : QObject(parent)
        , m_onEscape(std::move(onEscape))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
            && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            m_onEscape();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEscape;
};

class ClientAreaViewPrivate
{
    Q_DECLARE_TR_FUNCTIONS(InAppKit::ClientAreaView)
public:
    ClientAreaView *q;
    QPointer<BrokerWebProfile> webProfile;
    BrokerProfile broker;
    SuccessUrlMatcher matcher;
    NavigationPolicy policy;

    QToolButton *backButton = nullptr;
    QLabel *secureIcon = nullptr;
    QLabel *awayHostLabel = nullptr;
    QLabel *titleLabel = nullptr;
    QToolButton *closeButton = nullptr;
    QProgressBar *progress = nullptr;
    QFrame *noticeBar = nullptr;
    QLabel *noticeLabel = nullptr;
    QPushButton *allowButton = nullptr;
    QPushButton *denyButton = nullptr;
    QStackedWidget *stack = nullptr;
    QWidget *busyPage = nullptr;
    QLabel *busyLabel = nullptr;
    QWidget *errorPage = nullptr;
    QLabel *errorIcon = nullptr;
    QLabel *errorLabel = nullptr;
    QPushButton *retryButton = nullptr;
    QWebEngineView *webView = nullptr;
    EscapeFilter *escapeFilter = nullptr;
    UserActivation *userActivation = nullptr; // whether the person just used the page
    QTimer loadTimer;
    QTimer noticeTimer;

    ClientAreaView::State state = ClientAreaView::State::Idle;
    ClientAreaView::Screen screen = ClientAreaView::Screen::NoScreen;
    ClientAreaView::Failure failure = ClientAreaView::Failure::NoFailure;
    bool screenShown = false; // the current screen's first page has loaded
    QString errorString;
    struct ProxyQuestion
    {
        QNetworkProxy proxy; // the proxy that asked for credentials during this load (DefaultProxy: none did)
        bool answered = false;
        bool asked() const { return proxy.type() != QNetworkProxy::DefaultProxy && proxy.type() != QNetworkProxy::NoProxy; }
    } proxyQuestion;
    QString title;
    int progressValue = 0;
    QString actionId;
    QUrl screenUrl;         // what was opened (carries the token: never logged)
    bool firstLogin = true;
    Attribution attribution;
    qint64 lastExternalOpen = 0;
    // What the notice bar asks: the open questions of one origin, answered together (Qt 6.8
    // answers every open request of an origin with the answer to one of them).
    QList<PermissionQuestion> pendingPermissions;
    // The main frame's navigation in flight, as far as Qt lets the kit tell. Qt calls a server's
    // 3xx and a document's location.replace() or meta refresh (any frame's) alike a redirect: only
    // one that continues this navigation is the server's; a document's goes to RequestGuard, which
    // knows who started it. A page's navigation is in flight until it commits (urlChanged); the
    // kit's load or history is shown before it commits, so it counts as in flight until it
    // loads, or until the person acts in the page (a click in a frame comes before its script).
    struct MainFrameNavigation {
        QUrl start;          // the URL it started with: what Qt names its load by
        QUrl hop;            // its current URL: where a server redirect comes from
        bool inFlight = false;
        bool byKit = false;  // the kit's load or history
        quint64 inputs = 0;  // UserActivation::inputCount() when it started
    } mainFrameNavigation;
    QUrl pendingCapture; // a success URL let through to RequestGuard, which knows its initiator
    QList<QPointer<ClientAreaChildWindow>> childWindows;

    explicit ClientAreaViewPrivate(ClientAreaView *view)
        : q(view)
        , matcher(QUrl())
    {
    }

    // clientareaview.cpp: the screen's life.
    // The broker the screens are for; the current screen, if any, is cancelled.
    void setWebProfile(BrokerWebProfile *profile);
    ScreenUrlBuilder urlBuilder() const;
    void ensureWebView();
    void dropWebView();
    bool isActive() const;
    void setState(ClientAreaView::State newState);
    void load(const QUrl &url);
    void finish(ClientAreaView::State endState);
    void fail(ClientAreaView::Failure why, const QString &message);
    void onLoadingChanged(const QWebEngineLoadingInfo &info);

    // clientareaviewpolicy.cpp: what the page may do.
    void onNavigationRequested(QWebEngineNavigationRequest &request);
    void onSuccessUrlBlocked(const QUrl &url, const QUrl &initiator);
    void onNewWindowRequested(QWebEngineNewWindowRequest &request);
    void closeChildWindows();
    void openExternally(const QUrl &url);
    void onSuccessUrl(const SuccessUrlMatcher::Match &match, const QUrl &url);
    static QString deviceName(PermissionQuestion::Device device);
    void onPermissionRequested(PermissionQuestion question);
    void answerPermission(bool allow);
    void dropWithdrawnPermissions();

    // clientareaviewui.cpp: the hand-built UI.
    void setupUi();
    void retranslate();
    void showAway(const QUrl &url);
    void showNotice(const QString &text);
    void updateAccessibleName();
};

} // namespace InAppKit

#endif
