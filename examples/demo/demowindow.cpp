// SPDX-License-Identifier: MIT
#include "demowindow.h"

#include <InAppKit/AccountWidget>
#include <InAppKit/BrokerWebProfile>
#include <InAppKit/ClientAreaLauncher>
#include <InAppKit/InAppAction>
#include <InAppKit/InAppControlsBar>
#include <InAppKit/RibbonBar>
#include <InAppKit/SsoSession>

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace InAppKit;

DemoWindow::DemoWindow(const BrokerProfile &profile, SessionBackend *backend, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("demoWindow"));
    m_webProfile = new BrokerWebProfile(profile, this);
    m_session = new SsoSession(profile, backend, secrets, this);
    m_launcher = new ClientAreaLauncher(m_session, m_webProfile, this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *top = new QHBoxLayout;
    m_brokerLabel = new QLabel(central);
    m_brokerLabel->setObjectName(QStringLiteral("brokerLabel"));
    QFont bold = m_brokerLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_brokerLabel->setFont(bold);
    m_account = new AccountWidget(m_launcher, central);
    top->addWidget(m_brokerLabel);
    top->addStretch();
    top->addWidget(m_account);
    layout->addLayout(top);

    m_balance = new QLabel(central);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_balance->setTextFormat(Qt::PlainText);
    layout->addWidget(m_balance);

    m_controls = new InAppControlsBar(m_launcher, central);
    layout->addWidget(m_controls);
    m_ribbons = new RibbonBar(m_launcher, central);
    layout->addWidget(m_ribbons);

    // A stand-in for the trading platform itself.
    auto *symbols = new QTableWidget(5, 3, central);
    m_symbols = symbols;
    symbols->setObjectName(QStringLiteral("symbolTable"));
    // Tab leaves the table (arrows move between cells), instead of going round its 15 cells.
    symbols->setTabKeyNavigation(false);
    const char *rows[][3] = {{"EURUSD", "1.08421", "1.08424"}, {"GBPUSD", "1.26310", "1.26315"}, {"USDJPY", "149.812", "149.815"},
                             {"XAUUSD", "2034.15", "2034.45"}, {"US500", "4783.2", "4783.7"}};
    for (int r = 0; r < 5; ++r) {
        for (int c = 0; c < 3; ++c)
            symbols->setItem(r, c, new QTableWidgetItem(QString::fromLatin1(rows[r][c])));
    }
    symbols->setEditTriggers(QAbstractItemView::NoEditTriggers);
    symbols->verticalHeader()->hide();
    symbols->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(symbols, 1);
    setCentralWidget(central);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    statusBar()->addPermanentWidget(m_hint);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quit->setShortcut(QKeySequence::Quit);
    m_brokerMenu = menuBar()->addMenu(QString());
    m_brokerMenu->addActions(m_controls->inAppActions()); // the same actions as the bar

    connect(m_session, &SsoSession::accountsChanged, this, &DemoWindow::updateBalance);
    connect(m_session, &SsoSession::currentAccountChanged, this, &DemoWindow::updateBalance);
    connect(m_session, &SsoSession::signedIn, this, [this] { showMessage(tr("Signed in.")); });
    connect(m_session, &SsoSession::signedOut, this, [this] { showMessage(tr("Logged out.")); });
    connect(m_session, &SsoSession::signInFailed, this, [this](SessionJob::Error, const QString &message) {
        showMessage(tr("Sign-in failed: %1").arg(message));
    });
    connect(m_session, &SsoSession::keepMeLoggedInFailed, this, [this](SecretJob::Error, const QString &message) { showMessage(message); });
    connect(m_session, &SsoSession::sessionEnded, this, [this](SessionJob::Error, const QString &message) { showMessage(message); });
    connect(m_session, &SsoSession::signInRefused, this, [this](SessionJob::Error, const QString &message) { showMessage(message); });
    connect(m_session, &SsoSession::restoreFailed, this, [this](SessionJob::Error, const QString &message, bool retryable) {
        showMessage(retryable ? tr("%1 Use Log in, or restart to try again.").arg(message) : message);
    });
    connect(m_session, &SsoSession::logoutIncomplete, this, [this](SessionJob::Error, const QString &message) {
        showMessage(tr("Logged out here; the broker was not told: %1").arg(message));
    });
    connect(m_launcher, &ClientAreaLauncher::openFailed, this,
            [this](ClientAreaView::Screen, const QString &, ClientAreaLauncher::OpenError, const QString &message) { showMessage(message); });
    connect(m_launcher, &ClientAreaLauncher::actionCompleted, this, [this](const QString &id) {
        showMessage(tr("%1: done.").arg(InAppAction::defaultTitle(id).isEmpty() ? id : InAppAction::defaultTitle(id)));
    });
    retranslate();
    updateBalance();
    resize(980, 640);
}

DemoWindow::~DemoWindow() = default;

void DemoWindow::start()
{
    // No warm-up here: Chromium starts when the user reaches for a control (ClientAreaLauncher::warmUpOnIntent).
    m_session->restore();
}

void DemoWindow::setHint(const QString &hint)
{
    m_hint->setText(hint);
}

void DemoWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void DemoWindow::retranslate()
{
    setWindowTitle(tr("InAppKit demo — %1").arg(m_profile.brokerName()));
    m_brokerLabel->setText(m_profile.brokerName());
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_brokerMenu->setTitle(tr("&Broker"));
    m_symbols->setHorizontalHeaderLabels({tr("Symbol"), tr("Bid"), tr("Ask")});
    m_symbols->setAccessibleName(tr("Quotes"));
    updateBalance();
}

void DemoWindow::updateBalance()
{
    for (const TradingAccount &a : m_session->accounts()) {
        if (a.login() == m_session->currentAccount()) {
            m_balance->setText(tr("Balance: %1 %2").arg(QLocale().toString(a.balance() / std::pow(10.0, a.moneyDigits()), 'f', a.moneyDigits()),
                                                        a.currency()));
            return;
        }
    }
    m_balance->setText(tr("Not signed in"));
}

void DemoWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}
