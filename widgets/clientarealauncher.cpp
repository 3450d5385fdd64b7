// SPDX-License-Identifier: MIT
#include "clientarealauncher.h"

#include "announcement_p.h"
#include "focusbeforecaret_p.h"

#include "brokerwebprofile.h"
#include "clientareadialog.h"
#include <InAppKit/inappaction.h>
#include <InAppKit/inapptokenjob.h>
#include <InAppKit/navigationpolicy.h>
#include <InAppKit/ssosession.h>

#include <QApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFocusEvent>
#include <QHash>
#include <QPointer>

namespace InAppKit {

// A screen's key: its kind and, for an InApp action, its id; for a broker page, its URL without
// query. No id of a profile can stand for the login screen.
struct ScreenKey {
    ClientAreaView::Screen screen;
    QString id;
    bool operator==(const ScreenKey &other) const { return screen == other.screen && id == other.id; }
};

size_t qHash(const ScreenKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.screen), key.id);
}

// What the launcher holds for one screen: its dialog, the token job it waits for, and for a
// broker page the URL it opens.
struct OpenScreen {
    QPointer<ClientAreaDialog> dialog;
    QPointer<InAppTokenJob> token;
    QUrl url;
    bool busy = false;
};

class ClientAreaLauncherPrivate
{
public:
    ClientAreaLauncher *q;
    QPointer<SsoSession> session;
    QPointer<BrokerWebProfile> webProfile;
    QPointer<QWidget> window;
    QHash<ScreenKey, OpenScreen> screens;
    QObject *intent = nullptr;        // warms the web engine up on a control's hover or focus
    Attribution attribution;
    QElapsedTimer sinceActivationRefresh;

    void setBusy(const ScreenKey &key, bool on)
    {
        auto it = screens.find(key);
        if (it == screens.end() || it->busy == on)
            return;
        it->busy = on;
        Q_EMIT q->busyChanged(key.screen, key.id, on);
    }

    bool isBusy(const ScreenKey &key) const { return screens.value(key).busy; }

    static void present(ClientAreaDialog *dialog)
    {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }

    // Brings the open screen for @p key forward; false if there is none.
    bool raise(const ScreenKey &key)
    {
        ClientAreaDialog *dialog = screens.value(key).dialog;
        if (!dialog || !dialog->isVisible())
            return false;
        present(dialog);
        return true;
    }

    ClientAreaDialog *createDialog(const ScreenKey &key, const QUrl &url = QUrl())
    {
        auto *dialog = new ClientAreaDialog(webProfile, window);
        // The login screen is named apart from every action's clientAreaDialog_<id>.
        dialog->setObjectName(key.screen == ClientAreaView::Screen::Login ? QStringLiteral("clientAreaDialog-login")
                                                                         : QStringLiteral("clientAreaDialog_") + key.id);
        OpenScreen &open = screens[key];
        open.dialog = dialog;
        open.url = url;
        ClientAreaView *view = dialog->view();
        view->prepare();
        // Busy until the first page is shown or has failed.
        QObject::connect(view, &ClientAreaView::stateChanged, q, [this, key](ClientAreaView::State state) {
            if (state != ClientAreaView::State::Loading)
                setBusy(key, false);
        });
        // A finished screen is deleted, and its page with it; a token still on its way is not wanted.
        QObject::connect(dialog, &QDialog::finished, q, [this, key, dialog] {
            setBusy(key, false);
            if (screens.value(key).dialog == dialog)
                drop(key);
            dialog->deleteLater();
        });
        return dialog;
    }

    // Forgets the screen @p key: its token job is killed (its request aborted).
    void drop(const ScreenKey &key)
    {
        const OpenScreen open = screens.take(key);
        if (open.token)
            open.token->kill();
    }

    // Asks for the one-time token of @p key's screen; the screen is built meanwhile. Its job is the
    // launcher's: the token reaches only this screen.
    void requestToken(const ScreenKey &key)
    {
        if (!session)
            return;
        OpenScreen &open = screens[key];
        if (open.token)
            open.token->kill(); // a Retry while an older request is still on its way
        InAppTokenJob *job = session->requestInAppToken();
        open.token = job;
        setBusy(key, true);
        QObject::connect(job, &Job::result, q, [this, key, job] {
            const auto screen = screens.find(key);
            if (screen == screens.end() || screen->token != job)
                return;
            screen->token = nullptr;
            if (job->error() != SessionJob::Error::NoError) {
                fail(key, job->error() == SessionJob::Error::NotSignedIn ? ClientAreaLauncher::OpenError::NotSignedIn
                                                                         : ClientAreaLauncher::OpenError::NoToken,
                     job->errorString());
                return;
            }
            openWithToken(key, job->oneTimeToken());
        });
        job->start();
    }

    // The one-time token for @p key arrived: open (or re-open, after Retry) its screen, built
    // while the token was on its way.
    void openWithToken(const ScreenKey &key, const QString &token)
    {
        const OpenScreen open = screens.value(key);
        if (!open.dialog)
            return;
        const QString account = session ? session->currentAccount() : QString();
        ClientAreaView *view = open.dialog->view();
        const bool opened = key.screen == ClientAreaView::Screen::BrokerPage ? view->openBrokerPage(open.url, token, account)
                                                                             : view->openAction(key.id, token, account);
        if (!opened) {
            fail(key, ClientAreaLauncher::OpenError::InvalidScreen, view->errorString());
            return;
        }
        present(open.dialog);
    }

    // A screen that could not be opened: a screen not yet shown goes; one shown (a Retry) keeps
    // its error panel.
    void fail(const ScreenKey &key, ClientAreaLauncher::OpenError error, const QString &message)
    {
        setBusy(key, false);
        ClientAreaDialog *dialog = screens.value(key).dialog;
        if (dialog && !dialog->isVisible()) {
            screens.remove(key);
            dialog->deleteLater();
        }
        Q_EMIT q->openFailed(key.screen, key.id, error, message);
    }
};

namespace {
// The host window became active again: the user is back, and the session may have changed
// meanwhile (the broker ended it, a deposit landed, a ribbon was published).
class ActivationFilter : public QObject
{
public:
    ActivationFilter(ClientAreaLauncherPrivate *d, QObject *parent)
        : QObject(parent)
        , m_d(d)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ActivationChange && static_cast<QWidget *>(watched)->isActiveWindow() && m_d->session) {
            // At most every few seconds, however often the user switches windows.
            QElapsedTimer &since = m_d->sinceActivationRefresh;
            if (!since.isValid() || since.hasExpired(ActivationRefreshGapMs)) {
                since.start();
                m_d->session->refresh();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static constexpr qint64 ActivationRefreshGapMs = 3000;
    ClientAreaLauncherPrivate *m_d;
};

// The pointer on a control, or the focus in it: a click is likely to follow.
class IntentFilter : public QObject
{
public:
    IntentFilter(BrokerWebProfile *webProfile, QObject *parent)
        : QObject(parent)
        , m_webProfile(webProfile)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_webProfile && static_cast<QWidget *>(watched)->isEnabled() && isIntent(static_cast<QWidget *>(watched), event))
            m_webProfile->warmUp();
        return QObject::eventFilter(watched, event);
    }

private:
    static bool isIntent(QWidget *control, QEvent *event)
    {
        // The pointer already resting on the control when it became usable (the session signed in
        // under it): no Enter will come.
        if (event->type() == QEvent::EnabledChange)
            return control->underMouse();
        if (event->type() == QEvent::Enter)
            return true;
        if (event->type() != QEvent::FocusIn)
            return false;
        // The user moved the focus there; a window that gives its first widget the focus did not.
        switch (static_cast<QFocusEvent *>(event)->reason()) {
        case Qt::TabFocusReason:
        case Qt::BacktabFocusReason:
        case Qt::ShortcutFocusReason:
        case Qt::MouseFocusReason:
            return true;
        default:
            return false;
        }
    }


    QPointer<BrokerWebProfile> m_webProfile;
};
} // namespace

ClientAreaLauncher::ClientAreaLauncher(SsoSession *session, BrokerWebProfile *webProfile, QWidget *window)
    : QObject(window)
    , d(std::make_unique<ClientAreaLauncherPrivate>())
{
    d->q = this;
    d->session = session;
    d->webProfile = webProfile;
    d->window = window;
    FocusBeforeCaret::install(); // the screens' web fields, heard when they take the focus

    // A screen that could not be opened (its token refused, the broker out of reach) has no page
    // to say so; the host may show the message far from the focus, where a screen reader does
    // not look: it is said in the window where the user acted.
    connect(this, &ClientAreaLauncher::openFailed, this, [this](ClientAreaView::Screen screen, const QString &id, OpenError, const QString &message) {
        // A screen that shows (a Retry) says it on its own error panel.
        if (const ClientAreaDialog *shown = d->screens.value({screen, id}).dialog; shown && shown->isVisible())
            return;
        QWidget *where = d->window ? d->window.data() : QApplication::activeWindow();
        Announcement::announce(where, message, Announcement::Urgency::Assertive);
    });
    if (window)
        window->installEventFilter(new ActivationFilter(d.get(), this));
    connect(session, &SsoSession::signedOut, this, [this] {
        closeAll();
        // Cookies, cache and storage of the broker's web session go with the user.
        if (d->webProfile)
            d->webProfile->clear();
    });
}

ClientAreaLauncher::~ClientAreaLauncher()
{
    // A token still on its way is for no one now.
    for (const OpenScreen &open : std::as_const(d->screens)) {
        if (open.token)
            open.token->kill();
    }
}

SsoSession *ClientAreaLauncher::session() const
{
    return d->session;
}

BrokerWebProfile *ClientAreaLauncher::webProfile() const
{
    return d->webProfile;
}

namespace {
ScreenKey loginScreen()
{
    return {ClientAreaView::Screen::Login, QString()};
}

ScreenKey actionScreen(const QString &actionId)
{
    return {ClientAreaView::Screen::InAppAction, actionId};
}

ScreenKey brokerPageScreen(const QUrl &url)
{
    return {ClientAreaView::Screen::BrokerPage, url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment)};
}
} // namespace

ClientAreaDialog *ClientAreaLauncher::dialog(const QString &actionId) const
{
    return d->screens.value(actionScreen(actionId)).dialog;
}

ClientAreaDialog *ClientAreaLauncher::loginDialog() const
{
    return d->screens.value(loginScreen()).dialog;
}

ClientAreaDialog *ClientAreaLauncher::brokerPageDialog(const QUrl &url) const
{
    return d->screens.value(brokerPageScreen(url)).dialog;
}

bool ClientAreaLauncher::isBusy(const QString &actionId) const
{
    return d->isBusy(actionScreen(actionId));
}

bool ClientAreaLauncher::isLoginBusy() const
{
    return d->isBusy(loginScreen());
}

void ClientAreaLauncher::setAttribution(const Attribution &attribution)
{
    d->attribution = attribution;
}

Attribution ClientAreaLauncher::attribution() const
{
    return d->attribution;
}

void ClientAreaLauncher::openLogin(LoginFace face)
{
    const ScreenKey key = loginScreen();
    if (d->raise(key) || !d->session || d->session->state() != SsoSession::State::SignedOut
        || d->session->profile().isLightIdentity())
        return;
    ClientAreaDialog *dialog = d->screens.value(key).dialog;
    if (!dialog) {
        dialog = d->createDialog(key);
        connect(dialog->view(), &ClientAreaView::oneTimeTokenCaptured, this, [this](const QString &token) {
            if (d->session)
                d->session->completeSignIn(token);
        });
    }
    d->setBusy(key, true);
    const bool signUp = face == LoginFace::SignUp || (face == LoginFace::Automatic && d->session->isFirstLogin());
    dialog->view()->openLogin(signUp, d->attribution);
    ClientAreaLauncherPrivate::present(dialog);
}

void ClientAreaLauncher::openAction(const QString &actionId)
{
    const ScreenKey key = actionScreen(actionId);
    if (d->raise(key) || d->isBusy(key) || !d->session)
        return;
    // The token request goes first; the screen is built while it is on its way.
    d->requestToken(key);
    ClientAreaDialog *dialog = d->createDialog(key);
    connect(dialog->view(), &ClientAreaView::completed, this, [this, actionId] {
        Q_EMIT actionCompleted(actionId);
        if (!d->session)
            return;
        // A deposit changes a balance, Change E-mail the e-mail; a new account becomes the current one.
        if (actionId == QLatin1String(InAppAction::NewAccount))
            d->session->adoptNewAccount();
        else
            d->session->refreshAccounts();
    });
    // After a failure the spent token is useless: Retry asks for a new one.
    connect(dialog->view(), &ClientAreaView::retryRequested, this, [this, key] { d->requestToken(key); });
}

void ClientAreaLauncher::openBrokerUrl(const QUrl &url)
{
    if (!d->session)
        return;
    const BrokerProfile profile = d->session->profile();
    const ScreenKey key = brokerPageScreen(url);
    if (!profile.isBrokerOrigin(url)) {
        // The broker's service chose the URL: it leaves the kit only as a screen's links do.
        if (NavigationPolicy(profile).mayOpenInBrowser(url))
            QDesktopServices::openUrl(url);
        else
            Q_EMIT openFailed(key.screen, key.id, OpenError::LinkRefused,
                              tr("This link cannot be opened: only web, e-mail and phone addresses that carry no sign-in token go to your browser."));
        return;
    }
    if (d->raise(key) || d->isBusy(key))
        return;
    if (!d->session->isSignedIn()) {
        Q_EMIT openFailed(key.screen, key.id, OpenError::NotSignedIn, tr("Log in first."));
        return;
    }
    d->requestToken(key);
    ClientAreaDialog *dialog = d->createDialog(key, url); // built while the token is on its way
    connect(dialog->view(), &ClientAreaView::retryRequested, this, [this, key] { d->requestToken(key); });
}

void ClientAreaLauncher::warmUpOnIntent(QWidget *control)
{
    if (!d->intent)
        d->intent = new IntentFilter(d->webProfile, this);
    control->installEventFilter(d->intent);
}

void ClientAreaLauncher::removeWarmUpOnIntent(QWidget *control)
{
    if (d->intent)
        control->removeEventFilter(d->intent);
}

void ClientAreaLauncher::closeAll()
{
    const auto screens = d->screens;
    for (auto it = screens.cbegin(); it != screens.cend(); ++it) {
        d->setBusy(it.key(), false);
        d->drop(it.key());
        if (it->dialog)
            it->dialog->reject();
    }
}

} // namespace InAppKit
