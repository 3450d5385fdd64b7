// SPDX-License-Identifier: MIT
#include "inappcontrolsbar.h"

#include "clientarealauncher.h"
#include "kiticons_p.h"
#include "../src/wellknownactions_p.h" // which actions the preview shows
#include <InAppKit/screenurlbuilder.h>
#include <InAppKit/ssosession.h>

#include <QAction>
#include <QEvent>
#include <QHash>
#include <QHBoxLayout>
#include <QIcon>
#include <QPointer>
#include <QToolButton>

namespace InAppKit {

class InAppControlsBarPrivate
{
public:
    InAppControlsBar *q;
    QPointer<ClientAreaLauncher> launcher;
    QHBoxLayout *layout = nullptr;
    QList<QAction *> actions;
    QList<QToolButton *> buttons;
    Qt::ToolButtonStyle style = Qt::ToolButtonTextBesideIcon;
    // A busy button that had the keyboard focus, and where Qt moved the focus when it disabled it.
    QHash<QToolButton *, QPointer<QWidget>> focusBack;

    BrokerProfile profile() const
    {
        return launcher ? launcher->session()->profile() : BrokerProfile();
    }

    void setLauncher(ClientAreaLauncher *newLauncher)
    {
        if (launcher) {
            QObject::disconnect(launcher, nullptr, q, nullptr);
            QObject::disconnect(launcher->session(), nullptr, q, nullptr);
            for (QToolButton *button : std::as_const(buttons))
                launcher->removeWarmUpOnIntent(button);
        }
        launcher = newLauncher;
        if (launcher) {
            SsoSession *session = launcher->session();
            QObject::connect(session, &SsoSession::stateChanged, q, [this] { update(); });
            QObject::connect(session, &SsoSession::currentAccountChanged, q, [this] { update(); });
            QObject::connect(launcher, &ClientAreaLauncher::busyChanged, q, [this] { update(); });
        }
        rebuild();
    }

    // One action and button per profile action; without a launcher (in Qt Designer), the common
    // built-in ones, disabled, as a preview.
    void rebuild()
    {
        focusBack.clear();
        qDeleteAll(buttons);
        buttons.clear();
        qDeleteAll(actions);
        actions.clear();
        QStringList ids;
        if (launcher) {
            for (const InAppAction &inApp : profile().actions())
                ids.append(inApp.id());
        } else {
            ids = WellKnownActions::ids(&WellKnownActions::Entry::preview);
        }
        const BrokerProfile broker = profile();
        for (const QString &id : std::as_const(ids)) {
            auto *action = new QAction(InAppControlsBar::icon(id, broker.action(id).icon()), QString(), q);
            action->setObjectName(QStringLiteral("inAppAction_") + id);
            action->setData(id);
            auto *button = new QToolButton(q);
            button->setObjectName(QStringLiteral("inAppButton_") + id);
            button->setDefaultAction(action);
            button->setToolButtonStyle(style);
            button->setAutoRaise(true);
            button->setFocusPolicy(Qt::StrongFocus);
            layout->insertWidget(layout->count() - 1, button); // before the stretch
            actions.append(action);
            buttons.append(button);
            if (launcher) {
                ClientAreaLauncher *l = launcher;
                QObject::connect(action, &QAction::triggered, l, [l, id] { l->openAction(id); });
                l->warmUpOnIntent(button);
            }
        }
        retranslate();
    }

    void retranslate()
    {
        const QString language = ScreenUrlBuilder::languageCode(q->locale());
        const BrokerProfile profile = this->profile();
        for (QAction *action : std::as_const(actions)) {
            const QString id = action->data().toString();
            const InAppAction inApp = profile.action(id);
            QString title = inApp.title(language);
            if (title.isEmpty())
                title = InAppAction::defaultTitle(id);
            if (title.isEmpty())
                title = id;
            action->setText(title);
            action->setToolTip(tooltip(id, title));
            action->setStatusTip(action->toolTip());
        }
        update();
    }

    QString tooltip(const QString &id, const QString &title) const
    {
        const QString builtIn = InAppAction::defaultToolTip(id);
        return builtIn.isEmpty() ? InAppControlsBar::tr("Open %1").arg(title) : builtIn;
    }

    // Enabled only when the action can run; "busy" while its token and first page are on the way.
    void update()
    {
        SsoSession *session = launcher ? launcher->session() : nullptr;
        const BrokerProfile profile = this->profile();
        const bool signedIn = session && session->isSignedIn();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QAction *action = actions.at(i);
            const QString id = action->data().toString();
            const bool busy = launcher && launcher->isBusy(id);
            const bool needsAccount = signedIn && profile.action(id).requiresAccount() && session->currentAccount().isEmpty();
            QToolButton *button = buttons.at(i);
            // Disabled while busy, the button that was pressed from the keyboard loses the focus to
            // the next one: back from the screen (or its failure) the user would be on Withdraw
            // after Deposit. It gets the focus back when it is no longer busy, unless the user
            // has moved it since (in a window that is not active, it is the one that gets the
            // focus when the window is active again).
            QWidget *window = button->window();
            const bool hadFocus = window->focusWidget() == button;
            action->setEnabled(signedIn && !needsAccount && !busy);
            if (busy && hadFocus && !button->isEnabled()) {
                focusBack.insert(button, window->focusWidget());
            } else if (!busy && focusBack.contains(button)) {
                const QPointer<QWidget> movedTo = focusBack.take(button);
                if (button->isEnabled() && window->focusWidget() == movedTo.data())
                    button->setFocus(Qt::OtherFocusReason);
            }
            button->setProperty("busy", busy);
            const QString description = busy        ? InAppControlsBar::tr("Opening…")
                                      : !signedIn   ? InAppControlsBar::tr("Log in to use this")
                                      : needsAccount ? InAppControlsBar::tr("Select a trading account to use this")
                                                     : action->toolTip();
            // Qt tells assistive technologies of every description set, changed or not: at sign-in
            // these made a flood of events in which Orca dropped the ribbon's announcement.
            if (button->accessibleDescription() != description)
                button->setAccessibleDescription(description);
            if (busy)
                button->setCursor(Qt::BusyCursor);
            else
                button->unsetCursor(); // the host's cursor
        }
    }
};

InAppControlsBar::InAppControlsBar(QWidget *parent)
    : InAppControlsBar(nullptr, parent)
{
}

// The buttons are made once, for the launcher given: not a preview first, then the real ones.
InAppControlsBar::InAppControlsBar(ClientAreaLauncher *launcher, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<InAppControlsBarPrivate>())
{
    d->q = this;
    setObjectName(QStringLiteral("inAppControlsBar"));
    d->layout = new QHBoxLayout(this);
    d->layout->setContentsMargins(0, 0, 0, 0);
    d->layout->addStretch();
    setAccessibleName(tr("Broker actions"));
    d->setLauncher(launcher);
}

ClientAreaLauncher *InAppControlsBar::launcher() const
{
    return d->launcher;
}

void InAppControlsBar::setLauncher(ClientAreaLauncher *launcher)
{
    if (launcher == d->launcher)
        return;
    d->setLauncher(launcher);
    Q_EMIT launcherChanged();
}

InAppControlsBar::~InAppControlsBar() = default;

QList<QAction *> InAppControlsBar::inAppActions() const
{
    return d->actions;
}

QAction *InAppControlsBar::inAppAction(const QString &actionId) const
{
    for (QAction *action : d->actions) {
        if (action->data().toString() == actionId)
            return action;
    }
    return nullptr;
}

Qt::ToolButtonStyle InAppControlsBar::toolButtonStyle() const
{
    return d->style;
}

void InAppControlsBar::setToolButtonStyle(Qt::ToolButtonStyle style)
{
    d->style = style;
    for (QToolButton *button : std::as_const(d->buttons))
        button->setToolButtonStyle(style);
}

QIcon InAppControlsBar::icon(const QString &actionId, const QString &iconName)
{
    for (const QString &name : {iconName, InAppAction::defaultIconName(actionId)}) {
        if (KitIconEngine::exists(name))
            return KitIconEngine::icon(name);
    }
    return KitIconEngine::icon(QStringLiteral("action"));
}

void InAppControlsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        d->retranslate();
    QWidget::changeEvent(event);
}

} // namespace InAppKit
