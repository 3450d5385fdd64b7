// SPDX-License-Identifier: MIT
#include "inappcontrolsbar.h"

#include "clientarealauncher.h"
#include <InAppKit/screenurlbuilder.h>
#include <InAppKit/ssosession.h>

#include <QAction>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QToolButton>

namespace InAppKit {

class InAppControlsBarPrivate
{
public:
    InAppControlsBar *q;
    ClientAreaLauncher *launcher;
    QList<QAction *> actions;
    QList<QToolButton *> buttons;
    Qt::ToolButtonStyle style = Qt::ToolButtonTextBesideIcon;

    void retranslate()
    {
        const QString language = ScreenUrlBuilder::languageCode(q->locale());
        const BrokerProfile profile = launcher->session()->profile();
        for (QAction *action : std::as_const(actions)) {
            const QString id = action->data().toString();
            const InAppAction inApp = profile.action(id);
            QString title = inApp.title(language);
            if (title.isEmpty())
                title = InAppControlsBar::builtInTitle(id);
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
        if (id == QLatin1String(InAppAction::Deposit))
            return InAppControlsBar::tr("Add money to the selected trading account");
        if (id == QLatin1String(InAppAction::Withdraw))
            return InAppControlsBar::tr("Take money out of the selected trading account");
        if (id == QLatin1String(InAppAction::VerifyIdentity))
            return InAppControlsBar::tr("Verify your identity with the broker");
        if (id == QLatin1String(InAppAction::Support))
            return InAppControlsBar::tr("Chat with the broker's support");
        if (id == QLatin1String(InAppAction::NewAccount))
            return InAppControlsBar::tr("Open a new trading account");
        if (id == QLatin1String(InAppAction::ChangePassword))
            return InAppControlsBar::tr("Change your password");
        if (id == QLatin1String(InAppAction::ChangeEmail))
            return InAppControlsBar::tr("Change your e-mail address");
        return InAppControlsBar::tr("Open %1").arg(title);
    }

    // Enabled only when the action can run; "busy" while its token and first page are on the way.
    void update()
    {
        SsoSession *session = launcher->session();
        const BrokerProfile profile = session->profile();
        const bool signedIn = session->isSignedIn();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QAction *action = actions.at(i);
            const QString id = action->data().toString();
            const bool busy = launcher->isBusy(id);
            const bool needsAccount = profile.action(id).requiresAccount() && session->currentAccount().isEmpty();
            action->setEnabled(signedIn && !needsAccount && !busy);
            QToolButton *button = buttons.at(i);
            button->setProperty("busy", busy);
            if (busy)
                button->setAccessibleDescription(InAppControlsBar::tr("Opening…"));
            else if (!signedIn)
                button->setAccessibleDescription(InAppControlsBar::tr("Log in to use this"));
            else if (needsAccount)
                button->setAccessibleDescription(InAppControlsBar::tr("Select a trading account to use this"));
            else
                button->setAccessibleDescription(action->toolTip());
            button->setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
        }
    }
};

InAppControlsBar::InAppControlsBar(ClientAreaLauncher *launcher, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<InAppControlsBarPrivate>())
{
    d->q = this;
    d->launcher = launcher;
    setObjectName(QStringLiteral("inAppControlsBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const BrokerProfile profile = launcher->session()->profile();
    for (const InAppAction &inApp : profile.actions()) {
        auto *action = new QAction(icon(inApp.id(), inApp.icon()), QString(), this);
        action->setObjectName(QStringLiteral("inAppAction_") + inApp.id());
        action->setData(inApp.id());
        connect(action, &QAction::triggered, launcher, [launcher, id = inApp.id()] { launcher->openAction(id); });
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("inAppButton_") + inApp.id());
        button->setDefaultAction(action);
        button->setToolButtonStyle(d->style);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(button);
        d->actions.append(action);
        d->buttons.append(button);
        d->launcher->warmUpOnIntent(button);
    }
    layout->addStretch();
    setAccessibleName(tr("Broker actions"));

    SsoSession *session = launcher->session();
    connect(session, &SsoSession::stateChanged, this, [this] { d->update(); });
    connect(session, &SsoSession::currentAccountChanged, this, [this] { d->update(); });
    connect(launcher, &ClientAreaLauncher::busyChanged, this, [this] { d->update(); });
    d->retranslate();
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

QString InAppControlsBar::builtInTitle(const QString &actionId)
{
    if (actionId == QLatin1String(InAppAction::Deposit))
        return tr("Deposit");
    if (actionId == QLatin1String(InAppAction::Withdraw))
        return tr("Withdraw");
    if (actionId == QLatin1String(InAppAction::VerifyIdentity))
        return tr("Verify identity");
    if (actionId == QLatin1String(InAppAction::Support))
        return tr("Support");
    if (actionId == QLatin1String(InAppAction::NewAccount))
        return tr("Open new account");
    if (actionId == QLatin1String(InAppAction::ChangePassword))
        return tr("Change password");
    if (actionId == QLatin1String(InAppAction::ChangeEmail))
        return tr("Change e-mail");
    return QString();
}

QIcon InAppControlsBar::icon(const QString &actionId, const QString &iconName)
{
    for (const QString &name : {iconName, actionId}) {
        const QString path = QStringLiteral(":/inappkit/icons/") + name + QStringLiteral(".svg");
        if (!name.isEmpty() && QFile::exists(path))
            return QIcon(path);
    }
    return QIcon(QStringLiteral(":/inappkit/icons/action.svg"));
}

void InAppControlsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        d->retranslate();
    QWidget::changeEvent(event);
}

} // namespace InAppKit
