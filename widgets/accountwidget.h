// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_ACCOUNTWIDGET_H
#define INAPPKIT_ACCOUNTWIDGET_H

#include <InAppKit/clientarealauncher.h>
#include <InAppKit/inappkitwidgets_export.h>

#include <QWidget>

#include <memory>

namespace InAppKit {

class AccountWidgetPrivate;

/**
 * The compact sign-in widget: Log in and Sign up when signed out; the user, the trading account
 * selector and Log out when signed in; a busy line while the session restores or signs in.
 * Children: accountLogIn, accountSignUp, accountUser, accountSelector, accountLogOut, accountStatus.
 */
class INAPPKITWIDGETS_EXPORT AccountWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(InAppKit::ClientAreaLauncher *launcher READ launcher WRITE setLauncher NOTIFY launcherChanged DESIGNABLE false)
public:
    /// A widget with no launcher yet (as Qt Designer places it): it shows Log in and Sign up, inert.
    explicit AccountWidget(QWidget *parent = nullptr);
    /// A widget driven by @p launcher and its session.
    explicit AccountWidget(ClientAreaLauncher *launcher, QWidget *parent = nullptr);
    ~AccountWidget() override;

    /// The launcher the widget drives; null until set.
    ClientAreaLauncher *launcher() const;
    /// The launcher (and its session) this widget shows and drives.
    void setLauncher(ClientAreaLauncher *launcher);

Q_SIGNALS:
    /// setLauncher() changed the launcher.
    void launcherChanged();

protected:
    /// Reimplemented from QWidget: follows language changes.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<AccountWidgetPrivate> d;
};

} // namespace InAppKit

#endif
