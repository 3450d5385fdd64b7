// SPDX-License-Identifier: MIT
#include "clientareadialog.h"

#include "brokerwebprofile.h"

#include <QVBoxLayout>

namespace InAppKit {

class ClientAreaDialogPrivate
{
public:
    ClientAreaView *view = nullptr;
};

ClientAreaDialog::ClientAreaDialog(BrokerWebProfile *webProfile, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<ClientAreaDialogPrivate>())
{
    setObjectName(QStringLiteral("clientAreaDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->view = new ClientAreaView(webProfile, this);
    layout->addWidget(d->view);
    const QString broker = webProfile ? webProfile->brokerProfile().brokerName() : QString();
    setWindowTitle(broker);
    // Named by the screen it shows, as its title bar reads ("Deposit — Acme Markets"), so that a
    // screen reader says which screen opened.
    setAccessibleName(broker);

    connect(d->view, &ClientAreaView::titleChanged, this, [this, broker](const QString &title) {
        setWindowTitle(title.isEmpty() || title == broker ? broker : tr("%1 — %2").arg(title, broker));
        setAccessibleName(windowTitle());
    });
    connect(d->view, &ClientAreaView::completed, this, &QDialog::accept);
    connect(d->view, &ClientAreaView::cancelled, this, [this] { QDialog::reject(); });
}

ClientAreaDialog::~ClientAreaDialog() = default;

ClientAreaView *ClientAreaDialog::view() const
{
    return d->view;
}

void ClientAreaDialog::reject()
{
    // Esc and the window's close button are the user leaving the screen. cancel() closes the
    // dialog through cancelled(), unless no screen was open.
    d->view->cancel();
    if (isVisible())
        QDialog::reject();
}

} // namespace InAppKit
