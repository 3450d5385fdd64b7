// SPDX-License-Identifier: MIT
#include "clientareaview.h"

#include "brokerwebprofile.h"
#include "brokerwebview_p.h"
#include "clientareachildwindow_p.h"
#include "hostappearance.h"
#include <InAppKit/navigationpolicy.h>
#include "requestguard_p.h"
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

namespace {

// Chromium's net::ERR_ABORTED: a navigation that was stopped or replaced, ours included.
constexpr int NetErrorAborted = -3;
// net::ERR_BLOCKED_BY_CLIENT: the kit's RequestGuard stopped a request for the success URL.
constexpr int NetErrorBlockedByClient = -20;
constexpr int ExternalOpenIntervalMs = 1000;

QString redacted(const QUrl &url)
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

} // namespace

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
    QLabel *errorLabel = nullptr;
    QPushButton *retryButton = nullptr;
    QWebEngineView *webView = nullptr;
    EscapeFilter *escapeFilter = nullptr;
    QTimer loadTimer;
    QTimer noticeTimer;

    ClientAreaView::State state = ClientAreaView::State::Idle;
    ClientAreaView::Screen screen = ClientAreaView::Screen::NoScreen;
    ClientAreaView::Failure failure = ClientAreaView::Failure::NoFailure;
    bool screenShown = false; // the current screen's first page has loaded
    QString errorString;
    QString title;
    int progressValue = 0;
    QString actionId;
    QUrl screenUrl;         // what was opened (carries the token: never logged)
    bool firstLogin = true;
    Attribution attribution;
    qint64 lastExternalOpen = 0;
    QUrl pendingPermissionOrigin;
    QWebEnginePage::Feature pendingPermissionFeature = QWebEnginePage::Notifications;
    QUrl mainFrameHop;   // the main frame's last allowed navigation: where a server redirect comes from
    QUrl pendingCapture; // a success URL let through to RequestGuard, which knows its initiator
    QList<QPointer<ClientAreaChildWindow>> childWindows;

    explicit ClientAreaViewPrivate(ClientAreaView *view)
        : q(view)
        , matcher(QUrl())
    {
    }

    // The broker the screens are for; the current screen, if any, is cancelled.
    void setWebProfile(BrokerWebProfile *profile)
    {
        if (webProfile)
            QObject::disconnect(webProfile, nullptr, q, nullptr);
        dropWebView();
        closeChildWindows();
        webProfile = profile;
        broker = profile ? profile->brokerProfile() : BrokerProfile();
        matcher = SuccessUrlMatcher(broker.successUrl(), broker.tokenParameter());
        policy = NavigationPolicy(broker);
        if (profile) {
            QObject::connect(profile, &BrokerWebProfile::aboutToReset, q, [this] { dropWebView(); });
            QObject::connect(profile, &BrokerWebProfile::downloadRefused, q, [this] {
                if (q->isVisible() && webView)
                    showNotice(tr("Downloads are not available in this window."));
            });
        }
        retranslate();
    }

    void setupUi()
    {
        q->setObjectName(QStringLiteral("clientAreaView"));
        auto *layout = new QVBoxLayout(q);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);

        auto *header = new QWidget(q);
        header->setObjectName(QStringLiteral("clientAreaHeader"));
        auto *headerLayout = new QHBoxLayout(header);
        headerLayout->setContentsMargins(6, 4, 6, 4);
        backButton = new QToolButton(header);
        backButton->setObjectName(QStringLiteral("clientAreaBack"));
        backButton->setIcon(q->style()->standardIcon(QStyle::SP_ArrowBack));
        backButton->setAutoRaise(true);
        // While the main frame is away from the broker (3-D Secure), the header names the host.
        secureIcon = new QLabel(header);
        secureIcon->setObjectName(QStringLiteral("clientAreaSecure"));
        secureIcon->setPixmap(QIcon(QStringLiteral(":/inappkit/icons/secure.svg")).pixmap(QSize(16, 16), q->devicePixelRatioF()));
        secureIcon->hide();
        awayHostLabel = new QLabel(header);
        awayHostLabel->setObjectName(QStringLiteral("clientAreaAwayHost"));
        awayHostLabel->setTextFormat(Qt::PlainText);
        awayHostLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        awayHostLabel->hide();
        titleLabel = new QLabel(header);
        titleLabel->setObjectName(QStringLiteral("clientAreaTitle"));
        titleLabel->setTextFormat(Qt::PlainText);
        QFont bold = titleLabel->font();
        bold.setBold(true);
        titleLabel->setFont(bold);
        closeButton = new QToolButton(header);
        closeButton->setObjectName(QStringLiteral("clientAreaClose"));
        closeButton->setIcon(q->style()->standardIcon(QStyle::SP_TitleBarCloseButton));
        closeButton->setAutoRaise(true);
        headerLayout->addWidget(backButton);
        headerLayout->addWidget(secureIcon);
        headerLayout->addWidget(awayHostLabel);
        headerLayout->addWidget(titleLabel, 1);
        headerLayout->addWidget(closeButton);
        layout->addWidget(header);

        progress = new QProgressBar(q);
        progress->setObjectName(QStringLiteral("clientAreaProgress"));
        progress->setTextVisible(false);
        progress->setFixedHeight(3);
        progress->setRange(0, 100);
        progress->hide();
        layout->addWidget(progress);

        noticeBar = new QFrame(q);
        noticeBar->setObjectName(QStringLiteral("clientAreaNotice"));
        noticeBar->setFrameShape(QFrame::StyledPanel);
        auto *noticeLayout = new QHBoxLayout(noticeBar);
        noticeLabel = new QLabel(noticeBar);
        noticeLabel->setObjectName(QStringLiteral("clientAreaNoticeText"));
        noticeLabel->setTextFormat(Qt::PlainText);
        noticeLabel->setWordWrap(true);
        allowButton = new QPushButton(noticeBar);
        allowButton->setObjectName(QStringLiteral("clientAreaPermissionAllow"));
        denyButton = new QPushButton(noticeBar);
        denyButton->setObjectName(QStringLiteral("clientAreaPermissionDeny"));
        noticeLayout->addWidget(noticeLabel, 1);
        noticeLayout->addWidget(allowButton);
        noticeLayout->addWidget(denyButton);
        noticeBar->hide();
        layout->addWidget(noticeBar);
        noticeTimer.setSingleShot(true);
        noticeTimer.setInterval(8000);
        QObject::connect(&noticeTimer, &QTimer::timeout, noticeBar, &QWidget::hide);

        stack = new QStackedWidget(q);
        stack->setObjectName(QStringLiteral("clientAreaStack"));
        busyPage = new QWidget(stack);
        busyPage->setObjectName(QStringLiteral("clientAreaBusy"));
        auto *busyLayout = new QVBoxLayout(busyPage);
        busyLayout->addStretch();
        busyLabel = new QLabel(busyPage);
        busyLabel->setObjectName(QStringLiteral("clientAreaBusyText"));
        busyLabel->setAlignment(Qt::AlignCenter);
        auto *spinner = new QProgressBar(busyPage);
        spinner->setRange(0, 0); // indeterminate: the first paint has no measurable progress
        spinner->setTextVisible(false);
        spinner->setMaximumWidth(200);
        busyLayout->addWidget(busyLabel);
        busyLayout->addWidget(spinner, 0, Qt::AlignHCenter);
        busyLayout->addStretch();
        stack->addWidget(busyPage);

        errorPage = new QWidget(stack);
        errorPage->setObjectName(QStringLiteral("clientAreaError"));
        auto *errorLayout = new QVBoxLayout(errorPage);
        errorLayout->addStretch();
        auto *errorIcon = new QLabel(errorPage);
        errorIcon->setPixmap(q->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
        errorIcon->setAlignment(Qt::AlignCenter);
        errorLabel = new QLabel(errorPage);
        errorLabel->setObjectName(QStringLiteral("clientAreaErrorText"));
        errorLabel->setTextFormat(Qt::PlainText);
        errorLabel->setWordWrap(true);
        errorLabel->setAlignment(Qt::AlignCenter);
        retryButton = new QPushButton(errorPage);
        retryButton->setObjectName(QStringLiteral("clientAreaRetry"));
        retryButton->setDefault(true);
        errorLayout->addWidget(errorIcon);
        errorLayout->addWidget(errorLabel);
        errorLayout->addWidget(retryButton, 0, Qt::AlignHCenter);
        errorLayout->addStretch();
        stack->addWidget(errorPage);
        layout->addWidget(stack, 1);

        QObject::connect(backButton, &QToolButton::clicked, q, &ClientAreaView::goBack);
        QObject::connect(closeButton, &QToolButton::clicked, q, &ClientAreaView::cancel);
        QObject::connect(retryButton, &QPushButton::clicked, q, &ClientAreaView::retry);
        QObject::connect(allowButton, &QPushButton::clicked, q, [this] { answerPermission(true); });
        QObject::connect(denyButton, &QPushButton::clicked, q, [this] { answerPermission(false); });
        auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), q);
        escape->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(escape, &QShortcut::activated, q, &ClientAreaView::cancel);
        escapeFilter = new EscapeFilter([this] { q->cancel(); }, q);

        loadTimer.setSingleShot(true);
        QObject::connect(&loadTimer, &QTimer::timeout, q, [this] {
            if (webView)
                webView->page()->triggerAction(QWebEnginePage::Stop);
            fail(ClientAreaView::Failure::Timeout,
                 tr("%1 did not answer in time. Check your connection and try again.").arg(broker.brokerName()));
        });

    }

    void retranslate()
    {
        backButton->setToolTip(tr("Back"));
        backButton->setAccessibleName(tr("Back"));
        backButton->setAccessibleDescription(tr("Go back to the previous page, or leave this screen"));
        closeButton->setToolTip(tr("Close (Esc)"));
        closeButton->setAccessibleName(tr("Close"));
        closeButton->setAccessibleDescription(tr("Leave this screen"));
        titleLabel->setAccessibleName(tr("Screen title"));
        progress->setAccessibleName(tr("Loading progress"));
        busyLabel->setText(tr("Connecting to %1…").arg(broker.brokerName()));
        retryButton->setText(tr("&Retry"));
        retryButton->setAccessibleName(tr("Retry"));
        allowButton->setText(tr("&Allow"));
        denyButton->setText(tr("&Deny"));
        errorLabel->setAccessibleName(tr("Error"));
        noticeLabel->setAccessibleName(tr("Notice"));
        q->setAccessibleName(tr("%1 screen").arg(broker.brokerName()));
        if (title.isEmpty())
            titleLabel->setText(broker.brokerName());
    }

    ScreenUrlBuilder urlBuilder() const
    {
        ScreenUrlBuilder builder(broker);
        builder.setLocale(HostAppearance::locale(q));
        builder.setTheme(HostAppearance::theme(q));
        builder.setFirstLogin(firstLogin);
        builder.setAttribution(attribution);
        return builder;
    }

    void ensureWebView()
    {
        if (webView || !webProfile || !webProfile->mayOpenScreens())
            return;
        // The view warmUp() prepared, if any: Chromium, renderer and page are running already.
        BrokerWebView *spare = webProfile->takeSpareView();
        webView = spare ? spare : new BrokerWebView;
        webView->setParent(stack);
        webView->setObjectName(QStringLiteral("clientAreaWebView"));
        webView->setAccessibleName(tr("Broker page"));
        QWebEnginePage *page = spare ? spare->page() : webProfile->createPage(webView);
        if (!spare)
            webView->setPage(page);
        webView->installEventFilter(escapeFilter);
        stack->addWidget(webView);

        QObject::connect(page, &QWebEnginePage::navigationRequested, q,
                         [this](QWebEngineNavigationRequest &request) { onNavigationRequested(request); });
        QObject::connect(page, &QWebEnginePage::newWindowRequested, q,
                         [this](QWebEngineNewWindowRequest &request) { onNewWindowRequested(request); });
        QObject::connect(page, &QWebEnginePage::loadingChanged, q,
                         [this](const QWebEngineLoadingInfo &info) { onLoadingChanged(info); });
        QObject::connect(page, &QWebEnginePage::loadProgress, q, [this](int value) {
            progressValue = value;
            progress->setValue(value);
            Q_EMIT q->loadProgressChanged(value);
        });
        QObject::connect(page, &QWebEnginePage::titleChanged, q, [this](const QString &text) {
            // A page without a <title> reports its URL as title: never show that (it can carry a token).
            const QString shown = WebNavigation::displayTitle(text, webView->page()->url(), broker.tokenParameter(), broker.brokerName());
            if (shown == title)
                return;
            title = shown;
            titleLabel->setText(shown);
            Q_EMIT q->titleChanged(shown);
        });
        QObject::connect(page, &QWebEnginePage::renderProcessTerminated, q,
                         [this](QWebEnginePage::RenderProcessTerminationStatus status, int) {
                             if (status == QWebEnginePage::NormalTerminationStatus || !isActive())
                                 return;
                             fail(ClientAreaView::Failure::RendererCrashed,
                                  tr("The page stopped working. Retry to load it again."));
                         });
        QObject::connect(page, &QWebEnginePage::featurePermissionRequested, q,
                         [this](const QUrl &origin, QWebEnginePage::Feature feature) { onPermissionRequested(origin, feature); });
        QObject::connect(page, &QWebEnginePage::featurePermissionRequestCanceled, q, [this](const QUrl &origin) {
            if (origin == pendingPermissionOrigin)
                noticeBar->hide();
        });
        QObject::connect(page, &QWebEnginePage::urlChanged, q, [this](const QUrl &url) { showAway(url); });
        if (RequestGuard *guard = webProfile->requestGuard()) {
            QObject::connect(guard, &RequestGuard::mainFrameSuccessUrlBlocked, q,
                             [this](const QUrl &url, const QUrl &initiator) { onSuccessUrlBlocked(url, initiator); });
        }
        QObject::connect(page, &QWebEnginePage::windowCloseRequested, q, [this] {
            if (isActive())
                q->cancel();
        });
    }

    void dropWebView()
    {
        if (!webView)
            return;
        loadTimer.stop();
        delete webView; // and its page, which is its child
        webView = nullptr;
        if (isActive())
            finish(ClientAreaView::State::Cancelled);
    }

    bool isActive() const
    {
        return state == ClientAreaView::State::Loading || state == ClientAreaView::State::Ready;
    }

    void setState(ClientAreaView::State newState)
    {
        if (state == newState)
            return;
        state = newState;
        Q_EMIT q->stateChanged(newState);
    }

    void load(const QUrl &url)
    {
        if (webProfile && !webProfile->mayOpenScreens()) {
            // A debugging port would let any local process read the page, token included.
            screenUrl = url;
            setState(ClientAreaView::State::Loading);
            fail(ClientAreaView::Failure::DebuggingOpen,
                 tr("This screen is not opened while web debugging is switched on (QTWEBENGINE_REMOTE_DEBUGGING): any "
                    "program on this computer could read it. Restart the application without it."));
            return;
        }
        if (!webProfile) { // a view placed in Designer, not wired yet
            setState(ClientAreaView::State::Loading);
            fail(ClientAreaView::Failure::NetworkError, tr("No broker is set for this screen."));
            return;
        }
        ensureWebView();
        failure = ClientAreaView::Failure::NoFailure;
        errorString.clear();
        screenShown = false;
        screenUrl = url;
        mainFrameHop = QUrl();
        pendingCapture = QUrl();
        showAway(QUrl());
        title.clear();
        titleLabel->setText(broker.brokerName());
        noticeBar->hide();
        progressValue = 0;
        progress->setValue(0);
        progress->show();
        stack->setCurrentWidget(busyPage);
        setState(ClientAreaView::State::Loading);
        loadTimer.start(broker.pageLoadTimeoutMs());
        qCDebug(lcInAppKitWeb).noquote() << "opening" << redacted(url);
        webView->load(url);
    }

    void finish(ClientAreaView::State endState)
    {
        loadTimer.stop();
        progress->hide();
        closeChildWindows();
        pendingCapture = QUrl();
        showAway(QUrl());
        setState(endState);
        // The screen is done: leave the broker's page (and any form data in it) behind.
        if (webView) {
            webView->page()->triggerAction(QWebEnginePage::Stop);
            webView->setUrl(QUrl(QStringLiteral("about:blank")));
        }
        stack->setCurrentWidget(busyPage);
    }

    void fail(ClientAreaView::Failure why, const QString &message)
    {
        if (!isActive())
            return;
        loadTimer.stop();
        progress->hide();
        failure = why;
        errorString = message;
        errorLabel->setText(message);
        stack->setCurrentWidget(errorPage);
        retryButton->setFocus();
        qCInfo(lcInAppKitWeb) << "screen failed:" << why;
        setState(ClientAreaView::State::Failed);
        Q_EMIT q->failed(why, message);
    }

    void onNavigationRequested(QWebEngineNavigationRequest &request)
    {
        const QUrl url = request.url();
        const NavigationPolicy::Trigger trigger = WebNavigation::trigger(request.navigationType());
        const bool mainFrame = request.isMainFrame();
        // A server redirect comes from the hop before it; anything else from the document shown.
        const QUrl source = trigger == NavigationPolicy::Trigger::ServerRedirect ? mainFrameHop : webView->page()->url();
        const NavigationPolicy::Decision decision = policy.decide(url, mainFrame ? NavigationPolicy::Frame::MainFrame : NavigationPolicy::Frame::SubFrame, trigger, source);
        qCDebug(lcInAppKitWeb).noquote() << "navigation" << request.navigationType() << (mainFrame ? "main" : "frame")
                                         << redacted(url) << decision;
        switch (decision) {
        case NavigationPolicy::Decision::Capture:
            if (!isActive()) {
                request.reject();
                return;
            }
            if (trigger == NavigationPolicy::Trigger::ServerRedirect) {
                // The broker's server sent it: capture now; the redirect never reaches the network.
                request.reject();
                onSuccessUrl(matcher.match(url), url);
                return;
            }
            // A document asked for it: RequestGuard blocks the request and reports who asked.
            pendingCapture = url;
            return;
        case NavigationPolicy::Decision::Allow:
        case NavigationPolicy::Decision::AllowAway:
            if (mainFrame)
                mainFrameHop = url;
            return;
        case NavigationPolicy::Decision::SystemBrowser:
            request.reject();
            openExternally(url);
            return;
        case NavigationPolicy::Decision::ChildWindow:
        case NavigationPolicy::Decision::Refuse:
            request.reject();
            qCInfo(lcInAppKitWeb).noquote() << (mainFrame ? "navigation" : "frame navigation") << "refused:" << redacted(url);
            return;
        }
    }

    void onSuccessUrlBlocked(const QUrl &url, const QUrl &initiator)
    {
        if (pendingCapture.isEmpty() || url != pendingCapture)
            return; // another screen's, or one the policy refused already
        pendingCapture = QUrl();
        const NavigationPolicy::Decision decision = policy.decide(url, NavigationPolicy::Frame::MainFrame, NavigationPolicy::Trigger::Other, initiator);
        if (decision != NavigationPolicy::Decision::Capture || !isActive()) {
            qCWarning(lcInAppKitWeb).noquote() << "success URL requested by" << redacted(initiator) << "refused";
            return;
        }
        // Out of the interceptor's call before the screen is torn down.
        QMetaObject::invokeMethod(q, [this, url] {
            if (isActive())
                onSuccessUrl(matcher.match(url), url);
        }, Qt::QueuedConnection);
    }

    void onNewWindowRequested(QWebEngineNewWindowRequest &request)
    {
        const QUrl url = request.requestedUrl();
        childWindows.removeAll(nullptr);
        const NavigationPolicy::Decision decision = policy.decideNewWindow(
            url, WebNavigation::popUp(request.destination()), request.isUserInitiated(), int(childWindows.size()));
        qCDebug(lcInAppKitWeb).noquote() << "new window" << request.destination() << redacted(url) << decision;
        switch (decision) {
        case NavigationPolicy::Decision::ChildWindow: {
            if (!webView || !isActive())
                return;
            auto *window = new ClientAreaChildWindow(webProfile, policy, q);
            QObject::connect(window, &ClientAreaChildWindow::externalUrlRequested, q, [this](const QUrl &external) { openExternally(external); });
            QObject::connect(window, &ClientAreaChildWindow::newWindowRequested, q,
                             [this](QWebEngineNewWindowRequest &next) { onNewWindowRequested(next); });
            childWindows.append(window);
            request.openIn(window->page());
            window->place(request.requestedGeometry().size(), q->window());
            window->show();
            return;
        }
        case NavigationPolicy::Decision::SystemBrowser:
            openExternally(url);
            return;
        case NavigationPolicy::Decision::Capture:
        case NavigationPolicy::Decision::Allow:
        case NavigationPolicy::Decision::AllowAway:
        case NavigationPolicy::Decision::Refuse:
            qCInfo(lcInAppKitWeb).noquote() << "pop-up refused:" << redacted(url);
            if (webView)
                showNotice(tr("A pop-up window from %1 was blocked.").arg(WebNavigation::displayHost(webView->page()->url())));
            return;
        }
    }

    void closeChildWindows()
    {
        const auto windows = childWindows;
        childWindows.clear();
        // Later, not now: this can run while one of them is telling its opener it is done.
        for (const QPointer<ClientAreaChildWindow> &window : windows) {
            if (window) {
                window->hide();
                window->deleteLater();
            }
        }
    }

    void showAway(const QUrl &url)
    {
        const bool away = policy.isAway(url);
        const QString host = away ? WebNavigation::displayHost(url) : QString();
        awayHostLabel->setText(host);
        awayHostLabel->setAccessibleName(away ? tr("Page from %1").arg(host) : QString());
        awayHostLabel->setToolTip(away ? tr("This page is from %1, not from %2.").arg(host, broker.brokerName()) : QString());
        awayHostLabel->setVisible(away);
        secureIcon->setVisible(away && url.scheme() == QLatin1String("https"));
    }

    void openExternally(const QUrl &url)
    {
        if (policy.mayLeakToken(url)) {
            qCWarning(lcInAppKitWeb) << "a URL that may carry a token was not handed to the browser";
            return;
        }
        const QString scheme = url.scheme();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http") && scheme != QLatin1String("mailto")
            && scheme != QLatin1String("tel")) {
            qCInfo(lcInAppKitWeb) << "navigation to a" << scheme << "URL refused";
            return;
        }
        // A page cannot flood the desktop with browser windows.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - lastExternalOpen < ExternalOpenIntervalMs) {
            qCInfo(lcInAppKitWeb).noquote() << "external link ignored (too many):" << redacted(url);
            return;
        }
        lastExternalOpen = now;
        qCInfo(lcInAppKitWeb).noquote() << "opening in the system browser:" << redacted(url);
        QDesktopServices::openUrl(url);
        showNotice(tr("Opened %1 in your browser.").arg(url.host().isEmpty() ? url.scheme() : url.host()));
        Q_EMIT q->externalUrlOpened(url);
    }

    void onSuccessUrl(const SuccessUrlMatcher::Match &match, const QUrl &url)
    {
        using Outcome = SuccessUrlMatcher::Outcome;
        switch (match.outcome()) {
        case Outcome::Token:
            finish(ClientAreaView::State::Completed);
            Q_EMIT q->oneTimeTokenCaptured(match.token());
            Q_EMIT q->completed();
            return;
        case Outcome::NoToken:
            if (screen == ClientAreaView::Screen::Login) {
                fail(ClientAreaView::Failure::InvalidToken,
                     tr("%1 finished the sign-in without a sign-in token. Try again.").arg(broker.brokerName()));
                return;
            }
            if (QUrlQuery(url).queryItemValue(QStringLiteral("status")) == QLatin1String("cancelled")) {
                finish(ClientAreaView::State::Cancelled);
                Q_EMIT q->cancelled();
                return;
            }
            finish(ClientAreaView::State::Completed);
            Q_EMIT q->completed();
            return;
        case Outcome::AmbiguousToken:
        case Outcome::InvalidToken:
            fail(ClientAreaView::Failure::InvalidToken,
                 tr("%1 sent an unusable sign-in token. Try again.").arg(broker.brokerName()));
            return;
        case Outcome::BrokerError: {
            // The broker's own words, bounded: it is text from the network.
            const QString detail = (match.brokerErrorDescription().isEmpty() ? match.brokerError() : match.brokerErrorDescription()).left(200);
            fail(ClientAreaView::Failure::BrokerError, tr("%1 reported a problem: %2").arg(broker.brokerName(), detail));
            return;
        }
        case Outcome::NotSuccessUrl:
            return;
        }
    }

    void onLoadingChanged(const QWebEngineLoadingInfo &info)
    {
        if (!isActive())
            return;
        switch (info.status()) {
        case QWebEngineLoadingInfo::LoadStartedStatus:
            // Chromium's input widget exists once the page has a renderer.
            if (QWidget *input = webView->focusProxy())
                input->installEventFilter(escapeFilter);
            progress->show();
            if (!loadTimer.isActive())
                loadTimer.start(broker.pageLoadTimeoutMs());
            return;
        case QWebEngineLoadingInfo::LoadStoppedStatus:
            return;
        case QWebEngineLoadingInfo::LoadSucceededStatus:
        case QWebEngineLoadingInfo::LoadFailedStatus:
            break;
        }
        // A screen that cannot open (404, 410, 5xx) is a failure; once it is shown, a 4xx answer
        // to its own form (a wrong password, say) is the broker's page to show.
        const bool httpStatus = info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain;
        if (httpStatus && (info.errorCode() >= 500 || (info.errorCode() >= 400 && !screenShown))) {
            fail(ClientAreaView::Failure::HttpError,
                 tr("%1 answered with an error (HTTP %2). Try again in a moment.").arg(broker.brokerName()).arg(info.errorCode()));
            return;
        }
        if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus || httpStatus) {
            loadTimer.stop();
            progress->hide();
            screenShown = true;
            qCDebug(lcInAppKitWeb) << "screen shown";
            stack->setCurrentWidget(webView);
            webView->setFocus();
            setState(ClientAreaView::State::Ready);
            return;
        }
        if (info.errorCode() == NetErrorAborted || info.errorCode() == NetErrorBlockedByClient)
            return; // a navigation we (or the page) replaced, or the success URL RequestGuard kept off the network
        switch (info.errorDomain()) {
        case QWebEngineLoadingInfo::CertificateErrorDomain:
            fail(ClientAreaView::Failure::CertificateError,
                 tr("The connection to %1 is not secure: its certificate was refused.").arg(broker.brokerName()));
            return;
        default:
            fail(ClientAreaView::Failure::NetworkError,
                 tr("%1 cannot be reached. Check your connection and try again.").arg(broker.brokerName()));
            return;
        }
    }

    void showNotice(const QString &text)
    {
        noticeLabel->setText(text);
        allowButton->hide();
        denyButton->hide();
        noticeBar->show();
        noticeTimer.start();
    }

    static QString featureName(QWebEnginePage::Feature feature)
    {
        switch (feature) {
        case QWebEnginePage::MediaAudioCapture: return tr("your microphone");
        case QWebEnginePage::MediaVideoCapture: return tr("your camera");
        case QWebEnginePage::MediaAudioVideoCapture: return tr("your camera and microphone");
        case QWebEnginePage::Geolocation: return tr("your location");
        case QWebEnginePage::Notifications: return tr("desktop notifications");
        case QWebEnginePage::DesktopVideoCapture:
        case QWebEnginePage::DesktopAudioVideoCapture: return tr("your screen");
        default: return tr("a device");
        }
    }

    void onPermissionRequested(const QUrl &origin, QWebEnginePage::Feature feature)
    {
        // Whoever the policy lets into the screen may ask (a KYC vendor's frame wants the camera);
        // the user sees the asking host and decides. Screen capture is never offered.
        const bool mayAsk = policy.decide(origin, NavigationPolicy::Frame::SubFrame, NavigationPolicy::Trigger::Other, QUrl())
            == NavigationPolicy::Decision::Allow;
        if (!mayAsk || feature == QWebEnginePage::DesktopVideoCapture
            || feature == QWebEnginePage::DesktopAudioVideoCapture || feature == QWebEnginePage::MouseLock) {
            webView->page()->setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            return;
        }
        if (!pendingPermissionOrigin.isEmpty())
            answerPermission(false); // one question at a time; the older one is denied
        pendingPermissionOrigin = origin;
        pendingPermissionFeature = feature;
        noticeTimer.stop();
        noticeLabel->setText(tr("%1 wants to use %2.").arg(WebNavigation::displayHost(origin), featureName(feature)));
        allowButton->show();
        denyButton->show();
        denyButton->setDefault(true);
        noticeBar->show();
        denyButton->setFocus();
    }

    void answerPermission(bool allow)
    {
        if (pendingPermissionOrigin.isEmpty() || !webView)
            return;
        webView->page()->setFeaturePermission(pendingPermissionOrigin, pendingPermissionFeature,
                                               allow ? QWebEnginePage::PermissionGrantedByUser : QWebEnginePage::PermissionDeniedByUser);
        pendingPermissionOrigin.clear();
        noticeBar->hide();
    }
};

ClientAreaView::ClientAreaView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<ClientAreaViewPrivate>(this))
{
    d->setupUi();
    d->retranslate();
}

ClientAreaView::ClientAreaView(BrokerWebProfile *webProfile, QWidget *parent)
    : ClientAreaView(parent)
{
    setWebProfile(webProfile);
}

ClientAreaView::~ClientAreaView()
{
    // The page goes before the profile it belongs to.
    delete d->webView;
}

BrokerWebProfile *ClientAreaView::webProfile() const
{
    return d->webProfile;
}

void ClientAreaView::setWebProfile(BrokerWebProfile *webProfile)
{
    if (webProfile == d->webProfile)
        return;
    d->setWebProfile(webProfile);
    Q_EMIT webProfileChanged();
}

void ClientAreaView::prepare()
{
    d->ensureWebView();
}

void ClientAreaView::openLogin(bool firstLogin, const Attribution &attribution)
{
    d->screen = Screen::Login;
    d->actionId.clear();
    d->firstLogin = firstLogin;
    d->attribution = attribution;
    const QUrl url = d->urlBuilder().loginUrl();
    if (url.isEmpty()) {
        d->setState(State::Loading);
        d->fail(Failure::NetworkError, tr("%1 has no login screen.").arg(d->broker.brokerName()));
        return;
    }
    d->load(url);
}

bool ClientAreaView::openAction(const QString &actionId, const QString &oneTimeToken, const QString &account, QString *errorString)
{
    QString error;
    const QUrl url = d->urlBuilder().actionUrl(actionId, oneTimeToken, account, &error);
    if (url.isEmpty()) {
        if (errorString)
            *errorString = error;
        return false;
    }
    d->screen = Screen::InAppAction;
    d->actionId = actionId;
    d->load(url);
    return true;
}

bool ClientAreaView::openBrokerPage(const QUrl &url, const QString &oneTimeToken, const QString &account)
{
    if (!d->broker.isBrokerOrigin(url) || d->matcher.isSuccessUrl(url))
        return false;
    d->screen = Screen::BrokerPage;
    d->actionId.clear();
    d->load(oneTimeToken.isEmpty() ? url : d->urlBuilder().brokerUrl(url, oneTimeToken, account));
    return true;
}

ClientAreaView::State ClientAreaView::state() const
{
    return d->state;
}

ClientAreaView::Screen ClientAreaView::screen() const
{
    return d->screen;
}

ClientAreaView::Failure ClientAreaView::failure() const
{
    return d->failure;
}

QString ClientAreaView::errorString() const
{
    return d->errorString;
}

QString ClientAreaView::title() const
{
    return d->title;
}

int ClientAreaView::loadProgress() const
{
    return d->progressValue;
}

QString ClientAreaView::actionId() const
{
    return d->actionId;
}

QWebEnginePage *ClientAreaView::page() const
{
    return d->webView ? d->webView->page() : nullptr;
}

QSize ClientAreaView::sizeHint() const
{
    return QSize(480, 640);
}

void ClientAreaView::cancel()
{
    if (d->state == State::Completed || d->state == State::Cancelled || d->state == State::Idle)
        return;
    d->state = State::Loading; // so that finish() runs from Failed too
    d->finish(State::Cancelled);
    Q_EMIT cancelled();
}

void ClientAreaView::goBack()
{
    if (d->webView && d->state == State::Ready && d->webView->history()->canGoBack()) {
        d->webView->back();
        return;
    }
    cancel();
}

void ClientAreaView::retry()
{
    if (d->state != State::Failed)
        return;
    switch (d->screen) {
    case Screen::Login:
        openLogin(d->firstLogin, d->attribution);
        return;
    case Screen::InAppAction:
    case Screen::BrokerPage:
        // The one-time token in the URL is spent: only the owner can get a fresh one.
        if (isSignalConnected(QMetaMethod::fromSignal(&ClientAreaView::retryRequested))) {
            Q_EMIT retryRequested();
            return;
        }
        break;
    case Screen::NoScreen:
        break;
    }
    if (d->screenUrl.isValid())
        d->load(d->screenUrl);
}

void ClientAreaView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->retranslate();
        break;
    case QEvent::PaletteChange:
    case QEvent::LocaleChange:
        // The login screen carries no token, so it can follow the host's theme and language at once.
        if (d->screen == Screen::Login && d->state == State::Ready) {
            const QUrl url = d->urlBuilder().loginUrl();
            if (url != d->screenUrl)
                d->load(url);
        }
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace InAppKit
