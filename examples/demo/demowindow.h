// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_DEMOWINDOW_H
#define INAPPKIT_DEMOWINDOW_H

#include <InAppKit/BrokerProfile>

#include <QMainWindow>

class QLabel;
class QTableWidget;

namespace InAppKit {
class AccountWidget;
class BrokerWebProfile;
class ClientAreaLauncher;
class InAppControlsBar;
class RibbonBar;
class SecretStore;
class SessionBackend;
class SsoSession;
}

/**
 * The demo's main window: the shell of a trading platform (account selector, balance line,
 * symbol list, status line) with the kit's controls placed the way a host would place them.
 */
class DemoWindow : public QMainWindow
{
    Q_OBJECT
public:
    DemoWindow(const InAppKit::BrokerProfile &profile, InAppKit::SessionBackend *backend, InAppKit::SecretStore *secrets,
               QWidget *parent = nullptr);
    ~DemoWindow() override;

    InAppKit::SsoSession *session() const { return m_session; }
    InAppKit::ClientAreaLauncher *launcher() const { return m_launcher; }
    InAppKit::BrokerWebProfile *webProfile() const { return m_webProfile; }

    /// Restores the session (automatic re-login) and warms the web engine up.
    void start();
    /// A line for the status bar, such as how to log in to the sandbox.
    void setHint(const QString &hint);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateBalance();
    void showMessage(const QString &message);

    InAppKit::BrokerProfile m_profile;
    InAppKit::BrokerWebProfile *m_webProfile;
    InAppKit::SsoSession *m_session;
    InAppKit::ClientAreaLauncher *m_launcher;
    InAppKit::AccountWidget *m_account;
    InAppKit::InAppControlsBar *m_controls;
    InAppKit::RibbonBar *m_ribbons;
    QLabel *m_brokerLabel;
    QLabel *m_balance;
    QLabel *m_hint;
    QTableWidget *m_symbols;
    QMenu *m_brokerMenu;
    QMenu *m_fileMenu;
    QAction *m_quit;
};

#endif
