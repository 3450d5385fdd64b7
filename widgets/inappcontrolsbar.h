// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_INAPPCONTROLSBAR_H
#define INAPPKIT_INAPPCONTROLSBAR_H

#include <InAppKit/clientarealauncher.h>
#include <InAppKit/inappkitwidgets_export.h>

#include <QWidget>

#include <memory>

class QAction;

namespace InAppKit {

class InAppControlsBarPrivate;

/**
 * The InApp controls of a broker profile: Deposit, Withdraw, Verify identity, Support, Open new
 * account, Change password, Change email and the profile's custom actions, as buttons and as
 * QActions a host can put in its own menus and toolbars.
 *
 * An action is enabled only when it can run: signed in, an account selected where the action
 * needs one, and not already fetching its token. Each button and action has the objectName
 * "inAppAction_<id>".
 */
class INAPPKITWIDGETS_EXPORT InAppControlsBar : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(Qt::ToolButtonStyle toolButtonStyle READ toolButtonStyle WRITE setToolButtonStyle)
    Q_PROPERTY(InAppKit::ClientAreaLauncher *launcher READ launcher WRITE setLauncher NOTIFY launcherChanged DESIGNABLE false)

public:
    /// A bar with no launcher yet (as Qt Designer places it): it previews the common actions, disabled.
    explicit InAppControlsBar(QWidget *parent = nullptr);
    /// A bar for the profile actions of @p launcher's session.
    explicit InAppControlsBar(ClientAreaLauncher *launcher, QWidget *parent = nullptr);
    ~InAppControlsBar() override;

    /// The launcher the bar opens screens with; null until set.
    ClientAreaLauncher *launcher() const;
    /// The launcher whose profile actions the bar shows; the actions are made anew (earlier
    /// QActions are deleted).
    void setLauncher(ClientAreaLauncher *launcher);

    /// One QAction per profile action, in the profile's order.
    QList<QAction *> inAppActions() const;
    /// The QAction of @p actionId, or null.
    QAction *inAppAction(const QString &actionId) const;

    /// How the buttons show their icon and title (Qt::ToolButtonTextBesideIcon by default).
    ///@{
    Qt::ToolButtonStyle toolButtonStyle() const;
    void setToolButtonStyle(Qt::ToolButtonStyle style);
    ///@}

    /// The icon of @p actionId: the kit's icon named @p iconName (the profile's `icon`) if the kit
    /// has it, else the kit's icon for a well-known action (InAppAction::defaultIconName()), else a
    /// generic one.
    static QIcon icon(const QString &actionId, const QString &iconName = QString());

Q_SIGNALS:
    /// setLauncher() changed the launcher.
    void launcherChanged();

protected:
    /// Reimplemented from QWidget: follows language and locale changes.
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<InAppControlsBarPrivate> d;
};

} // namespace InAppKit

#endif
