// SPDX-License-Identifier: MIT
#include "accountwidget.h"

#include "clientarealauncher.h"
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
    QWidget *busyPage;
    QWidget *signedInPage;
    QPushButton *logIn;
    QPushButton *signUp;
    QLabel *status;
    QLabel *user;
    QLabel *accountLabel;
    QComboBox *selector;
    QPushButton *logOut;

    void retranslate()
    {
        logIn->setText(AccountWidget::tr("&Log in"));
        logIn->setToolTip(AccountWidget::tr("Log in to your broker account"));
        logIn->setAccessibleName(AccountWidget::tr("Log in"));
        signUp->setText(AccountWidget::tr("&Sign up"));
        signUp->setToolTip(AccountWidget::tr("Open an account with the broker"));
        signUp->setAccessibleName(AccountWidget::tr("Sign up"));
        logOut->setText(AccountWidget::tr("Log &out"));
        logOut->setAccessibleName(AccountWidget::tr("Log out"));
        logOut->setToolTip(AccountWidget::tr("Log out and forget the saved login"));
        accountLabel->setText(AccountWidget::tr("&Account:"));
        selector->setAccessibleName(AccountWidget::tr("Trading account"));
        user->setAccessibleName(AccountWidget::tr("Signed-in user"));
        status->setAccessibleName(AccountWidget::tr("Sign-in status"));
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
                status->setText(AccountWidget::tr("Not signed in"));
                stack->setCurrentWidget(busyPage);
            } else {
                stack->setCurrentWidget(signedOutPage);
            }
            break;
        case SsoSession::State::Restoring:
            status->setText(AccountWidget::tr("Restoring your session…"));
            stack->setCurrentWidget(busyPage);
            break;
        case SsoSession::State::SigningIn:
            status->setText(AccountWidget::tr("Signing in…"));
            stack->setCurrentWidget(busyPage);
            break;
        case SsoSession::State::SigningOut:
            status->setText(AccountWidget::tr("Logging out…"));
            stack->setCurrentWidget(busyPage);
            break;
        case SsoSession::State::SignedIn:
            user->setText(session->email().isEmpty() ? session->userId() : session->email());
            // In light identity the host owns the session: it logs out, not the kit.
            logOut->setVisible(!session->profile().isLightIdentity());
            stack->setCurrentWidget(signedInPage);
            break;
        }
        const bool loginOpen = launcher->isBusy(ClientAreaLauncher::loginKey());
        logIn->setEnabled(!loginOpen);
        signUp->setEnabled(!loginOpen);
    }

    void fillAccounts()
    {
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
    d->logIn = new QPushButton(QIcon(QStringLiteral(":/inappkit/icons/login.svg")), QString(), d->signedOutPage);
    d->logIn->setObjectName(QStringLiteral("accountLogIn"));
    d->logIn->setDefault(true);
    d->signUp = new QPushButton(QIcon(QStringLiteral(":/inappkit/icons/signup.svg")), QString(), d->signedOutPage);
    d->signUp->setObjectName(QStringLiteral("accountSignUp"));
    outLayout->addWidget(d->logIn);
    outLayout->addWidget(d->signUp);
    d->stack->addWidget(d->signedOutPage);

    d->busyPage = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(d->busyPage);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    d->status = new QLabel(d->busyPage);
    d->status->setObjectName(QStringLiteral("accountStatus"));
    busyLayout->addWidget(d->status);
    d->stack->addWidget(d->busyPage);

    d->signedInPage = new QWidget(this);
    auto *inLayout = new QHBoxLayout(d->signedInPage);
    inLayout->setContentsMargins(0, 0, 0, 0);
    d->user = new QLabel(d->signedInPage);
    d->user->setObjectName(QStringLiteral("accountUser"));
    d->user->setTextFormat(Qt::PlainText);
    d->accountLabel = new QLabel(d->signedInPage);
    d->selector = new QComboBox(d->signedInPage);
    d->selector->setObjectName(QStringLiteral("accountSelector"));
    d->accountLabel->setBuddy(d->selector);
    d->logOut = new QPushButton(QIcon(QStringLiteral(":/inappkit/icons/logout.svg")), QString(), d->signedInPage);
    d->logOut->setObjectName(QStringLiteral("accountLogOut"));
    inLayout->addWidget(d->user);
    inLayout->addWidget(d->accountLabel);
    inLayout->addWidget(d->selector);
    inLayout->addWidget(d->logOut);
    d->stack->addWidget(d->signedInPage);
    setTabOrder(d->logIn, d->signUp);
    setTabOrder(d->selector, d->logOut);

    connect(d->selector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (d->launcher)
            d->launcher->session()->setCurrentAccount(d->selector->itemData(index).toString());
    });
    d->retranslate();
}

AccountWidget::AccountWidget(ClientAreaLauncher *launcher, QWidget *parent)
    : AccountWidget(parent)
{
    setLauncher(launcher);
}

ClientAreaLauncher *AccountWidget::launcher() const
{
    return d->launcher;
}

void AccountWidget::setLauncher(ClientAreaLauncher *launcher)
{
    if (launcher == d->launcher)
        return;
    if (d->launcher) {
        disconnect(d->launcher, nullptr, this, nullptr);
        disconnect(d->launcher->session(), nullptr, this, nullptr);
        disconnect(d->logIn, nullptr, d->launcher, nullptr);
        disconnect(d->signUp, nullptr, d->launcher, nullptr);
        disconnect(d->logOut, nullptr, d->launcher->session(), nullptr);
        d->launcher->removeWarmUpOnIntent(d->logIn);
        d->launcher->removeWarmUpOnIntent(d->signUp);
    }
    d->launcher = launcher;
    if (launcher) {
        SsoSession *session = launcher->session();
        launcher->warmUpOnIntent(d->logIn);
        launcher->warmUpOnIntent(d->signUp);
        connect(d->logIn, &QPushButton::clicked, launcher, [launcher] { launcher->openLogin(ClientAreaLauncher::LoginFace::LogIn); });
        connect(d->signUp, &QPushButton::clicked, launcher, [launcher] { launcher->openLogin(ClientAreaLauncher::LoginFace::SignUp); });
        connect(d->logOut, &QPushButton::clicked, session, &SsoSession::logout);
        connect(session, &SsoSession::stateChanged, this, [this] { d->update(); });
        connect(session, &SsoSession::emailChanged, this, [this] { d->update(); });
        connect(session, &SsoSession::accountsChanged, this, [this] { d->fillAccounts(); });
        connect(session, &SsoSession::currentAccountChanged, this, [this] { d->fillAccounts(); });
        connect(launcher, &ClientAreaLauncher::busyChanged, this, [this] { d->update(); });
    }
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
