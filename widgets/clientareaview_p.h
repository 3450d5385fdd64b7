// SPDX-License-Identifier: MIT
// ClientAreaView's inside, by job: the screen's state machine (ScreenLifecycle), what the page may
// do mapped onto NavigationPolicy (PageRequestPolicy), the hand-built UI (ClientAreaViewUi); this
// class glues them to Qt WebEngine: the screen's life (clientareaview.cpp) and the page's requests
// (clientareaviewpolicy.cpp).
#ifndef INAPPKIT_CLIENTAREAVIEW_P_H
#define INAPPKIT_CLIENTAREAVIEW_P_H

#include "clientareaview.h"

#include "brokerwebprofile.h"
#include "clientareachildwindow_p.h"
#include "clientareaviewui_p.h"
#include "escapefilter_p.h"
#include "pagerequestpolicy_p.h"
#include "permissionquestion_p.h"
#include "screenlifecycle_p.h"
#include "useractivation_p.h"
#include "widgetsloggingcategories_p.h"
#include <InAppKit/successurlmatcher.h>

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QPointer>

class QWebEngineLoadingInfo;
class QWebEngineNavigationRequest;
class QWebEngineNewWindowRequest;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;

namespace InAppKit {

inline QString redacted(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

class ClientAreaViewPrivate
{
    Q_DECLARE_TR_FUNCTIONS(InAppKit::ClientAreaView)
public:
    ClientAreaView *q;
    QPointer<BrokerWebProfile> webProfile;
    BrokerProfile broker;
    SuccessUrlMatcher matcher;
    ClientAreaViewUi ui;
    ScreenLifecycle lifecycle;
    PageRequestPolicy requests;
    QWebEngineView *webView = nullptr;
    EscapeFilter *escapeFilter = nullptr;
    UserActivation *userActivation = nullptr; // whether the person just used the page
    struct ProxyQuestion
    {
        QNetworkProxy proxy; // the proxy that asked for credentials during this load (DefaultProxy: none did)
        bool answered = false;
        bool asked() const { return proxy.type() != QNetworkProxy::DefaultProxy && proxy.type() != QNetworkProxy::NoProxy; }
    } proxyQuestion;
    QString title;
    int progressValue = 0;
    QString actionId;
    bool firstLogin = true;
    Attribution attribution;
    // What the notice bar asks: the open questions of one origin, answered together.
    QList<PermissionQuestion> pendingPermissions;
    QList<QPointer<ClientAreaChildWindow>> childWindows;

    explicit ClientAreaViewPrivate(ClientAreaView *view);

    // The kit's automation door (clientareaviewautomation_p.h).
    static QWebEnginePage *page(const ClientAreaView *view);
    static QWebEngineProfile *engineProfile(BrokerWebProfile *profile);

    // clientareaview.cpp: the screen's life.
    void setup();
    // The broker the screens are for; the current screen, if any, is cancelled.
    void setWebProfile(BrokerWebProfile *profile);
    ScreenUrlBuilder urlBuilder() const;
    void ensureWebView();
    void dropWebView();
    // Opens @p url as @p screen, or fails it when it cannot open here.
    void load(ClientAreaView::Screen screen, const QUrl &url, bool spendsToken);
    // A screen that cannot open: whatever was open goes, and the view is Failed with @p why.
    void refuse(ClientAreaView::Screen screen, const QUrl &url, bool spendsToken, ClientAreaView::Error why, const QString &message);
    void closeScreen(); // what hangs on the screen goes: progress, pop-ups, the away host
    void blankPage();   // the broker's page (and any form data in it) is left behind
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void retranslate();

    // clientareaviewpolicy.cpp: what the page may do.
    void onNavigationRequested(QWebEngineNavigationRequest &request);
    void onSuccessUrlBlocked(const QUrl &url, const QUrl &initiator);
    void onNewWindowRequested(QWebEngineNewWindowRequest &request);
    void closeChildWindows();
    void openExternally(const QUrl &url);
    void onSuccessUrl(const SuccessUrlMatcher::Match &match, const QUrl &url);
    void showAway(const QUrl &url);
    static QString deviceName(PermissionQuestion::Device device);
    void onPermissionRequested(PermissionQuestion question);
    void answerPermission(bool allow);
    void dropWithdrawnPermissions();
};

} // namespace InAppKit

#endif
