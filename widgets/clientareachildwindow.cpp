// SPDX-License-Identifier: MIT
#include "clientareachildwindow_p.h"

#include "brokerwebprofile.h"
#include "kiticons_p.h"
#include "webnavigation_p.h"
#include "widgetsloggingcategories_p.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace InAppKit {

ClientAreaChildWindow::ClientAreaChildWindow(BrokerWebProfile *webProfile, const NavigationPolicy &policy, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_policy(policy)
{
    setObjectName(QStringLiteral("clientAreaChildWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(tr("%1 pop-up window").arg(policy.brokerProfile().brokerName()));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(8, 4, 6, 4);
    m_secure = new QLabel(header);
    m_secure->setPixmap(KitIconEngine::icon(QStringLiteral("secure")).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_host = new QLabel(header);
    m_host->setObjectName(QStringLiteral("childWindowHost"));
    m_host->setTextFormat(Qt::PlainText);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeButton = new QToolButton(header);
    closeButton->setObjectName(QStringLiteral("childWindowClose"));
    closeButton->setIcon(KitIconEngine::icon(QStringLiteral("close")));
    closeButton->setAutoRaise(true);
    closeButton->setToolTip(tr("Close (Esc)"));
    closeButton->setAccessibleName(tr("Close"));
    headerLayout->addWidget(m_secure);
    headerLayout->addWidget(m_host, 1);
    headerLayout->addWidget(closeButton);
    layout->addWidget(header);
    connect(closeButton, &QToolButton::clicked, this, &QWidget::close);

    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("childWindowWebView"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    QWebEnginePage *page = webProfile->createPage(m_view);
    m_view->setPage(page);
    layout->addWidget(m_view, 1);
    showUrl(QUrl(QStringLiteral("about:blank"))); // what it is until its page commits
    m_activation = new UserActivation(this);
    m_activation->watch(m_view);
    connect(page, &QWebEnginePage::loadStarted, this, [this] {
        if (QWidget *input = m_view->focusProxy())
            m_activation->watch(input); // Chromium's input widget exists once the page has a renderer
    });

    connect(page, &QWebEnginePage::navigationRequested, this, [this](QWebEngineNavigationRequest &request) {
        const NavigationPolicy::Frame frame =
            request.isMainFrame() ? NavigationPolicy::Frame::ChildWindow : NavigationPolicy::Frame::SubFrame;
        const NavigationPolicy::Decision decision =
            m_policy.decide(request.url(), frame, WebNavigation::trigger(request.navigationType()), m_view->page()->url());
        qCDebug(lcInAppKitWeb) << "child window navigation" << request.navigationType() << decision;
        switch (decision) {
        case NavigationPolicy::Decision::Allow:
        case NavigationPolicy::Decision::AllowAway:
            return;
        case NavigationPolicy::Decision::SystemBrowser:
            request.reject();
            // Chromium calls a script's navigation a link click too: only a person's leaves the kit.
            if (m_activation->consume())
                Q_EMIT externalUrlRequested(request.url());
            else
                qCInfo(lcInAppKitWeb) << "child window navigation to the browser without a user gesture refused";
            return;
        case NavigationPolicy::Decision::Capture:
        case NavigationPolicy::Decision::ChildWindow:
        case NavigationPolicy::Decision::Refuse:
            request.reject();
            return;
        }
    });
    connect(page, &QWebEnginePage::newWindowRequested, this,
            [this](QWebEngineNewWindowRequest &request) { Q_EMIT newWindowRequested(request); });
    connect(page, &QWebEnginePage::windowCloseRequested, this, &QWidget::close);
    connect(page, &QWebEnginePage::urlChanged, this, &ClientAreaChildWindow::showUrl);
    connect(page, &QWebEnginePage::titleChanged, this, [this](const QString &title) {
        m_pageTitle = WebNavigation::displayTitle(title, m_view->page()->url(), m_policy.brokerProfile().tokenParameter(), QString());
        showTitle();
    });
    connect(webProfile, &BrokerWebProfile::aboutToReset, this, [this] {
        // Log out or the profile's end: the page goes first, then the window.
        delete m_view;
        m_view = nullptr;
        hide();
        deleteLater();
    });
    connect(page, &QWebEnginePage::renderProcessTerminated, this, [this](QWebEnginePage::RenderProcessTerminationStatus status) {
        if (status != QWebEnginePage::NormalTerminationStatus)
            close(); // the screen behind it is still there to retry from
    });
}

ClientAreaChildWindow::~ClientAreaChildWindow()
{
    delete m_view; // the page before anything of the profile goes
}

QWebEnginePage *ClientAreaChildWindow::page() const
{
    return m_view ? m_view->page() : nullptr;
}

void ClientAreaChildWindow::place(const QSize &pageSize, const QWidget *over)
{
    const QSize page = pageSize.width() >= 200 && pageSize.height() >= 150 ? pageSize : QSize(480, 600);
    QSize size(page.width(), page.height() + sizeHint().height() - m_view->sizeHint().height());
    const QScreen *screen = over ? over->screen() : this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(), size);
    size = size.boundedTo(available.size());
    QRect frame(QPoint(), size);
    frame.moveCenter(over ? over->frameGeometry().center() : available.center());
    // Whole on the screen, even when the window behind it is not.
    frame.moveLeft(qBound(available.left(), frame.left(), qMax(available.left(), available.right() - size.width())));
    frame.moveTop(qBound(available.top(), frame.top(), qMax(available.top(), available.bottom() - size.height())));
    resize(size);
    move(frame.topLeft());
}

void ClientAreaChildWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ClientAreaChildWindow::showUrl(const QUrl &url)
{
    // Who asks for the user's data is always in sight: the host, never the path or query. An
    // empty page is whoever writes into it (any frame of the screen could have opened it): it is
    // shown as what it is, and takes no title from its writer.
    m_blank = m_policy.classify(url) == NavigationPolicy::OriginClass::Blank;
    const QString host = WebNavigation::displayHost(url);
    m_host->setText(host);
    m_host->setAccessibleName(m_blank ? tr("Blank page, not from %1").arg(m_policy.brokerProfile().brokerName()) : tr("Page from %1").arg(host));
    m_secure->setVisible(!m_blank && url.scheme() == QLatin1String("https"));
    showTitle();
}

void ClientAreaChildWindow::showTitle()
{
    const QString broker = m_policy.brokerProfile().brokerName();
    if (m_blank)
        setWindowTitle(tr("Blank page — not from %1").arg(broker));
    else
        setWindowTitle(m_pageTitle.isEmpty() ? broker : tr("%1 — %2").arg(m_pageTitle, broker));
}

} // namespace InAppKit
