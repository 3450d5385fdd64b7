// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_PROXYCREDENTIALSDIALOG_P_H
#define INAPPKIT_PROXYCREDENTIALSDIALOG_P_H

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QNetworkProxy;

namespace InAppKit {

/*
 * The kit's question to the person when a proxy wants credentials that nothing else gave
 * (ProxyAuthenticator): names the proxy, shows its realm as its own words (plain text), and
 * keeps the answer until the application closes, or in the keychain if the person asks.
 * Installed as the core's prompt when this library loads.
 */
class ProxyCredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    ProxyCredentialsDialog(const QNetworkProxy &proxy, const QString &realm, bool refusedBefore, QWidget *parent);

    QString user() const;
    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace InAppKit

#endif
