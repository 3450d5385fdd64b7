// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_ACCOUNTWIDGET_H
#define INAPPKIT_ACCOUNTWIDGET_H

#include <InAppKit/inappkitwidgets_export.h>

#include <QWidget>

#include <memory>

namespace InAppKit {

class AccountWidgetPrivate;
class ClientAreaLauncher;

/**
 * The compact sign-in widget: Log in and Sign up when signed out; the user, the trading account
 * selector and Log out when signed in; a busy line while the session restores or signs in.
 * Children: accountLogIn, accountSignUp, accountUser, accountSelector, accountLogOut, accountStatus.
 */
class INAPPKITWIDGETS_EXPORT AccountWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AccountWidget(ClientAreaLauncher *launcher, QWidget *parent = nullptr);
    ~AccountWidget() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<AccountWidgetPrivate> d;
};

} // namespace InAppKit

#endif
