// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CLIENTAREACHILDWINDOW_P_H
#define INAPPKIT_CLIENTAREACHILDWINDOW_P_H

#include "useractivation_p.h"
#include <InAppKit/navigationpolicy.h>

#include <QWidget>

class QLabel;
class QWebEngineNewWindowRequest;
class QWebEnginePage;
class QWebEngineView;

namespace InAppKit {

class BrokerWebProfile;

/**
 * A pop-up that a broker screen opened from a user gesture (a payment provider's window, say):
 * same web profile, same navigation policy, the kit's header only (a padlock, the page's host and
 * Close), and window.opener kept, so that the page can post back to the screen and close itself.
 * It never finishes a flow: the success URL is refused here.
 */
class ClientAreaChildWindow : public QWidget
{
    Q_OBJECT
public:
    ClientAreaChildWindow(BrokerWebProfile *webProfile, const NavigationPolicy &policy, QWidget *parent);
    ~ClientAreaChildWindow() override;

    /// The page that QWebEngineNewWindowRequest::openIn() fills.
    QWebEnginePage *page() const;
    /// Sizes the window for a page of @p pageSize (the window features it asked for; a default
    /// when empty), within the screen, centred on @p over.
    void place(const QSize &pageSize, const QWidget *over);

Q_SIGNALS:
    /// A link here asks for the system browser (the screen opens it, with its rate limit).
    void externalUrlRequested(const QUrl &url);
    /// The page here asks for another window; the screen decides, counting all its windows.
    void newWindowRequested(QWebEngineNewWindowRequest &request);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showUrl(const QUrl &url);
    void showTitle();

    NavigationPolicy m_policy;
    QWebEngineView *m_view = nullptr;
    UserActivation *m_activation = nullptr; // whether the person just used the pop-up
    QLabel *m_secure = nullptr;
    QLabel *m_host = nullptr;
    QString m_pageTitle; // the page's own <title>, as shown (never a URL)
    bool m_blank = true; // an empty page: anyone's (see showUrl())
};

} // namespace InAppKit

#endif
