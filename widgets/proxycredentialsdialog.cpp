// SPDX-License-Identifier: MIT
#include "proxycredentialsdialog_p.h"

#include "../src/proxyauthenticator_p.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace InAppKit {

ProxyCredentialsDialog::ProxyCredentialsDialog(const QNetworkProxy &proxy, const QString &realm, bool refusedBefore, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("proxyCredentialsDialog"));
    setWindowTitle(tr("Proxy sign-in"));
    setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    const QString name = ProxyAuthentication::displayName(proxy);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(refusedBefore ? tr("The proxy %1 did not accept the user name and password. Enter them again.").arg(name)
                                          : tr("The proxy %1 wants a user name and password.").arg(name),
                            this);
    text->setObjectName(QStringLiteral("proxyCredentialsText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    layout->addWidget(text);
    if (!realm.isEmpty()) {
        auto *said = new QLabel(tr("The proxy says: %1").arg(realm.left(200)), this);
        said->setObjectName(QStringLiteral("proxyCredentialsRealm"));
        said->setTextFormat(Qt::PlainText); // the proxy's words, never markup or links
        said->setWordWrap(true);
        layout->addWidget(said);
    }
    auto *form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    // Off unless asked: by default nothing outlives the application.
    m_remember = new QCheckBox(tr("&Remember in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("proxyRemember"));
    m_remember->setToolTip(tr("Without it, they are kept until the application closes, for this proxy only."));
    m_remember->setAccessibleDescription(m_remember->toolTip());
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("proxyCredentialsButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Sign in"));
    ok->setEnabled(false);
    connect(m_user, &QLineEdit::textChanged, ok, [ok](const QString &user) { ok->setEnabled(!user.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setAccessibleName(windowTitle());
    setAccessibleDescription(text->text());
    m_user->setFocus();
}

QString ProxyCredentialsDialog::user() const
{
    return m_user->text();
}

QString ProxyCredentialsDialog::password() const
{
    return m_password->text();
}

bool ProxyCredentialsDialog::remember() const
{
    return m_remember->isChecked();
}

namespace {

QWidget *dialogParent(QObject *context)
{
    if (auto *page = qobject_cast<QWebEnginePage *>(context)) {
        if (QWidget *view = QWebEngineView::forPage(page); view && view->isVisible())
            return view->window();
    }
    return QApplication::activeWindow();
}

void askForProxyCredentials(const QNetworkProxy &proxy, const QString &realm, bool refusedBefore, QObject *context,
                            std::function<void(const ProxyAuthentication::Credentials &)> done)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) { // a host without widgets
        done({});
        return;
    }
    auto *dialog = new ProxyCredentialsDialog(proxy, realm, refusedBefore, dialogParent(context));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? ProxyAuthentication::Credentials{dialog->user(), dialog->password(), dialog->remember()}
                                         : ProxyAuthentication::Credentials{});
    });
    dialog->open();
}

// As the library loads: a proxy may ask before any of the kit's widgets exists (the session's
// re-login at start-up).
const bool installed = [] {
    ProxyAuthentication::setPrompt(askForProxyCredentials);
    return true;
}();

} // namespace
} // namespace InAppKit
