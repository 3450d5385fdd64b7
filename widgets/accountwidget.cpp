// SPDX-License-Identifier: MIT
#include "accountwidget.h"

#include "announcement_p.h"
#include "clientarealauncher.h"
#include "kiticons_p.h"
#include <InAppKit/ssosession.h>

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStackedLayout>

namespace InAppKit {

class AccountWidgetPrivate
{
public:
    AccountWidget *q;
    QPointer<ClientAreaLauncher> launcher;
    QStackedLayout *stack;
    QWidget *signedOutPage;
    QPushButton *logIn;
    QPushButton *signUp;
    // The busy face (restoring, signing in or out, or not signed in with light identity), made when
    // first needed.
    QWidget *busyPage = nullptr;
    QLabel *status = nullptr;
    // The signed-in face, made when the user first signs in: a host's start-up does not pay for it.
    QWidget *signedInPage = nullptr;
    QLabel *user = nullptr;
    QLabel *accountLabel = nullptr;
    QComboBox *selector = nullptr;
    QPushButton *logOut = nullptr;
    // The keyboard focus was on a face that went (Log out pressed: the busy face takes its place,
    // and Qt moves the focus on to the next widget of the window, wherever that is): the signed-out
    // face gives it to Log in, unless the user has moved it since.
    bool focusLost = false;
    QPointer<QWidget> focusMovedTo;

    // Shows @p page; @p focusTarget, on a face that gives the focus back, takes it if it was lost.
    void showFace(QWidget *page, QWidget *focusTarget = nullptr)
    {
        QWidget *window = q->window();
        QWidget *before = window->focusWidget();
        const bool losing = before && q->isAncestorOf(before) && !page->isAncestorOf(before) && page != stack->currentWidget();
        stack->setCurrentWidget(page);
        if (losing) {
            focusLost = true;
            focusMovedTo = window->focusWidget();
        }
        if (focusLost && focusTarget) {
            if (window->focusWidget() == focusMovedTo.data() && focusTarget->isEnabled())
                focusTarget->setFocus(Qt::OtherFocusReason);
            focusLost = false;
            focusMovedTo = nullptr;
        } else if (focusLost && page == signedInPage) {
            focusLost = false; // signed in again: the focus is where the user left it
            focusMovedTo = nullptr;
        }
    }

    QWidget *ensureSignedInPage()
    {
        if (signedInPage)
            return signedInPage;
        signedInPage = new QWidget(q);
        auto *inLayout = new QHBoxLayout(signedInPage);
        inLayout->setContentsMargins(0, 0, 0, 0);
        user = new QLabel(signedInPage);
        user->setObjectName(QStringLiteral("accountUser"));
        user->setTextFormat(Qt::PlainText);
        accountLabel = new QLabel(signedInPage);
        selector = new QComboBox(signedInPage);
        selector->setObjectName(QStringLiteral("accountSelector"));
        accountLabel->setBuddy(selector);
        logOut = new QPushButton(KitIconEngine::icon(QStringLiteral("logout")), QString(), signedInPage);
        logOut->setObjectName(QStringLiteral("accountLogOut"));
        inLayout->addWidget(user);
        inLayout->addWidget(accountLabel);
        inLayout->addWidget(selector);
        inLayout->addWidget(logOut);
        stack->addWidget(signedInPage);
        // Where the page sat in the focus chain when it was made with the widget: after Sign up.
        QWidget::setTabOrder(signUp, selector);
        QWidget::setTabOrder(selector, logOut);
        QObject::connect(selector, &QComboBox::currentIndexChanged, q, [this](int index) {
            if (launcher)
                launcher->session()->setCurrentAccount(selector->itemData(index).toString());
        });
        QObject::connect(logOut, &QPushButton::clicked, q, [this] {
            if (launcher)
                launcher->session()->logout();
        });
        retranslateSignedIn();
        fillAccounts();
        return signedInPage;
    }

    void showStatus(const QString &text)
    {
        if (!busyPage) {
            busyPage = new QWidget(q);
            auto *busyLayout = new QHBoxLayout(busyPage);
            busyLayout->setContentsMargins(0, 0, 0, 0);
            status = new QLabel(busyPage);
            status->setObjectName(QStringLiteral("accountStatus"));
            busyLayout->addWidget(status);
            stack->addWidget(busyPage);
            retranslateBusy();
        }
        status->setText(text);
        showFace(busyPage);
    }

    void retranslateBusy()
    {
        if (status)
            status->setAccessibleName(AccountWidget::tr("Sign-in status"));
    }

    void retranslateSignedIn()
    {
        if (!signedInPage)
            return;
        logOut->setText(AccountWidget::tr("Log &out"));
        logOut->setAccessibleName(AccountWidget::tr("Log out"));
        logOut->setToolTip(AccountWidget::tr("Log out and forget the saved login"));
        accountLabel->setText(AccountWidget::tr("&Account:"));
        // No accessible names on these two: a name replaces what a screen reader reads, the e-mail
        // and the current account. The selector is named by its buddy label (labelled-by).
        user->setAccessibleDescription(AccountWidget::tr("Signed-in user"));
    }

    void setLauncher(ClientAreaLauncher *newLauncher)
    {
        if (launcher) {
            QObject::disconnect(launcher, nullptr, q, nullptr);
            QObject::disconnect(launcher->session(), nullptr, q, nullptr);
            QObject::disconnect(logIn, nullptr, launcher, nullptr);
            QObject::disconnect(signUp, nullptr, launcher, nullptr);
            launcher->removeWarmUpOnIntent(logIn);
            launcher->removeWarmUpOnIntent(signUp);
        }
        launcher = newLauncher;
        if (!launcher)
            return;
        SsoSession *session = launcher->session();
        ClientAreaLauncher *l = launcher;
        l->warmUpOnIntent(logIn);
        l->warmUpOnIntent(signUp);
        QObject::connect(logIn, &QPushButton::clicked, l, [l] { l->openLogin(ClientAreaLauncher::LoginFace::LogIn); });
        QObject::connect(signUp, &QPushButton::clicked, l, [l] { l->openLogin(ClientAreaLauncher::LoginFace::SignUp); });
        QObject::connect(session, &SsoSession::stateChanged, q, [this] { update(); });
        QObject::connect(session, &SsoSession::emailChanged, q, [this] { update(); });
        // The broker ended the session while the user looked elsewhere: the only trace is the
        // log-in button coming back, which a screen reader does not speak.
        QObject::connect(session, &SsoSession::sessionEnded, q, [this](SessionJob::Error, const QString &message) {
            Announcement::announce(q, message, Announcement::Urgency::Assertive);
        });
        QObject::connect(session, &SsoSession::accountsChanged, q, [this] { fillAccounts(); });
        QObject::connect(session, &SsoSession::currentAccountChanged, q, [this] { fillAccounts(); });
        QObject::connect(l, &ClientAreaLauncher::busyChanged, q, [this] { update(); });
    }

    void retranslate()
    {
        logIn->setText(AccountWidget::tr("&Log in"));
        logIn->setToolTip(AccountWidget::tr("Log in to your broker account"));
        logIn->setAccessibleName(AccountWidget::tr("Log in"));
        signUp->setText(AccountWidget::tr("&Sign up"));
        signUp->setToolTip(AccountWidget::tr("Open an account with the broker"));
        signUp->setAccessibleName(AccountWidget::tr("Sign up"));
        retranslateBusy();
        retranslateSignedIn();
        q->setAccessibleName(AccountWidget::tr("Broker account"));
        update();
    }

    void update()
    {
        if (!launcher) { // in Qt Designer: the signed-out face, inert
            stack->setCurrentWidget(signedOutPage);
            logIn->setEnabled(false);
            signUp->setEnabled(false);
            return;
        }
        SsoSession *session = launcher->session();
        switch (session->state()) {
        case SsoSession::State::SignedOut:
            if (session->profile().isLightIdentity()) {
                // The host signs the user in; the broker has no login screen to offer.
                showStatus(AccountWidget::tr("Not signed in"));
            } else {
                showFace(signedOutPage, logIn);
            }
            break;
        case SsoSession::State::Restoring:
            showStatus(AccountWidget::tr("Restoring your session…"));
            break;
        case SsoSession::State::SigningIn:
            showStatus(AccountWidget::tr("Signing in…"));
            break;
        case SsoSession::State::SigningOut:
            showStatus(AccountWidget::tr("Logging out…"));
            break;
        case SsoSession::State::SignedIn:
            ensureSignedInPage();
            user->setText(session->email().isEmpty() ? session->userId() : session->email());
            // In light identity the host owns the session: it logs out, not the kit.
            logOut->setVisible(!session->profile().isLightIdentity());
            showFace(signedInPage);
            break;
        }
        const bool loginOpen = launcher->isLoginBusy();
        logIn->setEnabled(!loginOpen);
        signUp->setEnabled(!loginOpen);
    }

    void fillAccounts()
    {
        if (!selector)
            return;
        const QSignalBlocker blocker(selector);
        selector->clear();
        if (!launcher)
            return;
        SsoSession *session = launcher->session();
        for (const TradingAccount &a : session->accounts())
            selector->addItem(QStringLiteral("%1 · %2").arg(a.login(), a.currency()), a.login());
        selector->setCurrentIndex(selector->findData(session->currentAccount()));
        selector->setEnabled(selector->count() > 1);
    }
};

AccountWidget::AccountWidget(QWidget *parent)
    : AccountWidget(nullptr, parent)
{
}

// Wired at once to the launcher given: no inert Designer face first.
AccountWidget::AccountWidget(ClientAreaLauncher *launcher, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<AccountWidgetPrivate>())
{
    d->q = this;
    setObjectName(QStringLiteral("accountWidget"));
    d->stack = new QStackedLayout(this);
    d->stack->setContentsMargins(0, 0, 0, 0);

    d->signedOutPage = new QWidget(this);
    auto *outLayout = new QHBoxLayout(d->signedOutPage);
    outLayout->setContentsMargins(0, 0, 0, 0);
    d->logIn = new QPushButton(KitIconEngine::icon(QStringLiteral("login")), QString(), d->signedOutPage);
    d->logIn->setObjectName(QStringLiteral("accountLogIn"));
    d->logIn->setDefault(true);
    d->signUp = new QPushButton(KitIconEngine::icon(QStringLiteral("signup")), QString(), d->signedOutPage);
    d->signUp->setObjectName(QStringLiteral("accountSignUp"));
    outLayout->addWidget(d->logIn);
    outLayout->addWidget(d->signUp);
    d->stack->addWidget(d->signedOutPage);

    setTabOrder(d->logIn, d->signUp);
    d->setLauncher(launcher);
    d->retranslate();
}

ClientAreaLauncher *AccountWidget::launcher() const
{
    return d->launcher;
}

void AccountWidget::setLauncher(ClientAreaLauncher *launcher)
{
    if (launcher == d->launcher)
        return;
    d->setLauncher(launcher);
    d->update();
    d->fillAccounts();
    Q_EMIT launcherChanged();
}

AccountWidget::~AccountWidget() = default;

void AccountWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate();
    QWidget::changeEvent(event);
}

} // namespace InAppKit
