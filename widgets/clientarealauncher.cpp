// SPDX-License-Identifier: MIT
#include "clientarealauncher.h"

#include "announcement_p.h"

#include "brokerwebprofile.h"
#include "clientareadialog.h"
#include <InAppKit/navigationpolicy.h>
#include <InAppKit/ssosession.h>

#include <QAccessible>
#include <QApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFocusEvent>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace InAppKit {

namespace {
// Qt WebEngine reports a web field's caret before its focus (Chromium sends the selection change
// of a focus change ahead of the focus event, and Qt passes both on in that order). Orca's script
// for Qt programs takes a focused object whose caret moves as its new focus without a word, so the
// focus event that follows has nothing new to say: the login page's e-mail and password fields
// were silent. This handler holds back the one caret event of a focused object whose focus has not
// been reported yet: its focus event, next, says all there is (a field just entered, its caret
// where the field shows it). Qt calls it only while an assistive technology is active.
QAccessible::UpdateHandler updateHandlerBefore = nullptr;
QAccessible::Id lastFocused = 0;
QAccessible::Id caretHeldBack = 0;

void focusBeforeCaret(QAccessibleEvent *event);

// Whether @p iface is a focused object. Qt WebEngine's interfaces are of classes whose type
// information its library keeps hidden: UBSan's vptr check cannot tell that they are
// QAccessibleInterfaces and would call them invalid objects.
#if defined(__GNUC__) || defined(__clang__)
__attribute__((no_sanitize("vptr")))
#endif
bool isFocused(QAccessibleInterface *iface)
{
    return iface && iface->isValid() && iface->state().focused;
}

void passOn(QAccessibleEvent *event)
{
    if (updateHandlerBefore) {
        updateHandlerBefore(event);
        return;
    }
    QAccessible::installUpdateHandler(nullptr); // Qt's own way to the platform's bridge
    QAccessible::updateAccessibility(event);
    QAccessible::installUpdateHandler(focusBeforeCaret);
}

void focusBeforeCaret(QAccessibleEvent *event)
{
    QAccessibleInterface *iface = event->accessibleInterface();
    if (event->type() == QAccessible::Focus) {
        lastFocused = iface ? QAccessible::uniqueId(iface) : 0;
        caretHeldBack = 0;
    } else if (event->type() == QAccessible::TextCaretMoved && isFocused(iface)) {
        const QAccessible::Id id = QAccessible::uniqueId(iface);
        if (id != lastFocused && id != caretHeldBack) {
            caretHeldBack = id; // once: if no focus event comes, the next caret goes on
            return;
        }
    }
    passOn(event);
}

void reportFocusBeforeCaret()
{
    static const bool installed = [] {
        updateHandlerBefore = QAccessible::installUpdateHandler(focusBeforeCaret);
        return true;
    }();
    Q_UNUSED(installed)
}
} // namespace

class ClientAreaLauncherPrivate
{
public:
    ClientAreaLauncher *q;
    QPointer<SsoSession> session;
    QPointer<BrokerWebProfile> webProfile;
    QPointer<QWidget> window;
    QHash<QString, QPointer<ClientAreaDialog>> dialogs;
    QSet<QString> busy;
    QHash<QString, QUrl> pendingUrls; // token requests for broker pages, by key
    QObject *intent = nullptr;        // warms the web engine up on a control's hover or focus
    Attribution attribution;
    QElapsedTimer sinceActivationRefresh;

    void setBusy(const QString &key, bool on)
    {
        if (on == busy.contains(key))
            return;
        if (on)
            busy.insert(key);
        else
            busy.remove(key);
        Q_EMIT q->busyChanged(key, on);
    }

    static void present(ClientAreaDialog *dialog)
    {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }

    // Brings the open screen for @p key forward; false if there is none.
    bool raise(const QString &key)
    {
        ClientAreaDialog *dialog = dialogs.value(key);
        if (!dialog || !dialog->isVisible())
            return false;
        present(dialog);
        return true;
    }

    ClientAreaDialog *createDialog(const QString &key)
    {
        auto *dialog = new ClientAreaDialog(webProfile, window);
        dialog->setObjectName(QStringLiteral("clientAreaDialog_") + key);
        dialogs.insert(key, dialog);
        ClientAreaView *view = dialog->view();
        view->prepare();
        // Busy until the first page is shown or has failed.
        QObject::connect(view, &ClientAreaView::stateChanged, q, [this, key](ClientAreaView::State state) {
            if (state != ClientAreaView::State::Loading)
                setBusy(key, false);
        });
        // A finished screen is deleted, and its page with it.
        QObject::connect(dialog, &QDialog::finished, q, [this, key, dialog] {
            setBusy(key, false);
            if (dialogs.value(key) == dialog)
                dialogs.remove(key);
            dialog->deleteLater();
        });
        return dialog;
    }

    // The one-time token for @p key arrived: open (or re-open, after Retry) its screen, built
    // while the token was on its way.
    void open(const QString &key, const QString &token)
    {
        ClientAreaDialog *dialog = dialogs.value(key);
        if (!dialog)
            return; // closed by closeAll() meanwhile
        const QString account = session ? session->currentAccount() : QString();
        if (pendingUrls.contains(key)) {
            dialog->view()->openBrokerPage(pendingUrls.take(key), token, account);
        } else {
            if (!dialog->view()->openAction(key, token, account)) {
                const QString error = dialog->view()->errorString();
                setBusy(key, false);
                dialog->close();
                Q_EMIT q->openFailed(key, error);
                return;
            }
        }
        present(dialog);
    }

    void requestToken(const QString &key)
    {
        setBusy(key, true);
        session->requestActionToken(key);
    }

    // A screen whose token never came: gone without having been shown.
    void discardUnshown(const QString &key)
    {
        ClientAreaDialog *dialog = dialogs.value(key);
        if (dialog && !dialog->isVisible()) {
            dialogs.remove(key);
            dialog->deleteLater();
        }
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

QString ClientAreaLauncher::loginKey()
{
    return QStringLiteral("login");
}

ClientAreaLauncher::ClientAreaLauncher(SsoSession *session, BrokerWebProfile *webProfile, QWidget *window)
    : QObject(window)
    , d(std::make_unique<ClientAreaLauncherPrivate>())
{
    d->q = this;
    d->session = session;
    d->webProfile = webProfile;
    d->window = window;
    reportFocusBeforeCaret(); // the screens' web fields, heard when they take the focus

    connect(session, &SsoSession::actionTokenReady, this, [this](const QString &key, const QString &token) {
        if (d->busy.contains(key))
            d->open(key, token);
    });
    connect(session, &SsoSession::actionTokenFailed, this, [this](const QString &key, const QString &message) {
        if (!d->busy.contains(key))
            return;
        d->setBusy(key, false);
        d->pendingUrls.remove(key);
        d->discardUnshown(key);
        Q_EMIT openFailed(key, message);
    });
    // A screen that could not be opened (its token refused, the broker out of reach) has no page
    // to say so; the host may show the message far from the focus, where a screen reader does
    // not look: it is said in the window where the user acted.
    connect(this, &ClientAreaLauncher::openFailed, this, [this](const QString &, const QString &message) {
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

ClientAreaLauncher::~ClientAreaLauncher() = default;

SsoSession *ClientAreaLauncher::session() const
{
    return d->session;
}

BrokerWebProfile *ClientAreaLauncher::webProfile() const
{
    return d->webProfile;
}

ClientAreaDialog *ClientAreaLauncher::dialog(const QString &key) const
{
    return d->dialogs.value(key);
}

bool ClientAreaLauncher::isBusy(const QString &key) const
{
    return d->busy.contains(key);
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
    const QString key = loginKey();
    if (d->raise(key) || !d->session || d->session->state() != SsoSession::State::SignedOut
        || d->session->profile().isLightIdentity())
        return;
    ClientAreaDialog *dialog = d->dialogs.value(key);
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
    if (d->raise(actionId) || d->busy.contains(actionId) || !d->session)
        return;
    // The token request goes first; the screen is built while it is on its way.
    d->requestToken(actionId);
    ClientAreaDialog *dialog = d->createDialog(actionId);
    connect(dialog->view(), &ClientAreaView::completed, this, [this, actionId] {
        Q_EMIT actionCompleted(actionId);
        if (!d->session)
            return;
        // A deposit changes a balance, Change E-mail the e-mail; a new account becomes the current one.
        if (actionId == QLatin1String("newAccount"))
            d->session->adoptNewAccount();
        else
            d->session->refreshAccounts();
    });
    // After a failure the spent token is useless: Retry asks for a new one.
    connect(dialog->view(), &ClientAreaView::retryRequested, this, [this, actionId] { d->requestToken(actionId); });
}

void ClientAreaLauncher::openBrokerUrl(const QUrl &url)
{
    if (!d->session)
        return;
    const BrokerProfile profile = d->session->profile();
    const QString key = url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!profile.isBrokerOrigin(url)) {
        // The broker's service chose the URL: it leaves the kit only as a screen's links do.
        if (NavigationPolicy(profile).mayOpenInBrowser(url))
            QDesktopServices::openUrl(url);
        else
            Q_EMIT openFailed(key, tr("This link cannot be opened: only web, e-mail and phone addresses that carry no sign-in token go to your browser."));
        return;
    }
    if (d->raise(key) || d->busy.contains(key))
        return;
    if (!d->session->isSignedIn()) {
        Q_EMIT openFailed(key, tr("Log in first."));
        return;
    }
    d->pendingUrls.insert(key, url);
    d->requestToken(key);
    ClientAreaDialog *dialog = d->createDialog(key); // built while the token is on its way
    connect(dialog->view(), &ClientAreaView::retryRequested, this, [this, key, url] {
        d->pendingUrls.insert(key, url);
        d->requestToken(key);
    });
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
    const auto dialogs = d->dialogs;
    for (const QPointer<ClientAreaDialog> &dialog : dialogs) {
        if (dialog)
            dialog->reject();
    }
    d->dialogs.clear();
    const QSet<QString> keys = d->busy;
    for (const QString &key : keys)
        d->setBusy(key, false);
    d->pendingUrls.clear();
}

} // namespace InAppKit
