// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_INAPPCONTROLSBAR_H
#define INAPPKIT_INAPPCONTROLSBAR_H

#include <InAppKit/inappkitwidgets_export.h>

#include <QWidget>

#include <memory>

class QAction;

namespace InAppKit {

class ClientAreaLauncher;
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

public:
    explicit InAppControlsBar(ClientAreaLauncher *launcher, QWidget *parent = nullptr);
    ~InAppControlsBar() override;

    /// One QAction per profile action, in the profile's order.
    QList<QAction *> inAppActions() const;
    QAction *inAppAction(const QString &actionId) const;

    Qt::ToolButtonStyle toolButtonStyle() const;
    void setToolButtonStyle(Qt::ToolButtonStyle style);

    /// The translated title of a well-known action id, empty for others.
    static QString builtInTitle(const QString &actionId);
    /// The icon of @p actionId: the profile's icon name if the kit has it, else the built-in one.
    static QIcon icon(const QString &actionId, const QString &iconName = QString());

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<InAppControlsBarPrivate> d;
};

} // namespace InAppKit

#endif
