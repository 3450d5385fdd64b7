// SPDX-License-Identifier: MIT
#include "inappkitdesignerplugin.h"

#include "inappkitwidgetplugin.h"

#include <InAppKit/AccountWidget>
#include <InAppKit/ClientAreaView>
#include <InAppKit/InAppControlsBar>
#include <InAppKit/RibbonBar>

using namespace InAppKit;

InAppKitDesignerPlugin::InAppKitDesignerPlugin(QObject *parent)
    : QObject(parent)
{
    const auto icon = [](const char *name) { return InAppControlsBar::icon(QString(), QLatin1String(name)); };
    m_widgets = {
        new InAppKitWidgetPlugin(QStringLiteral("InAppKit::InAppControlsBar"), QStringLiteral("inAppControlsBar"),
                                 tr("The broker's InApp actions (deposit, withdraw, …); set its launcher in code"), icon("deposit"),
                                 [](QWidget *form) { return new InAppControlsBar(form); }, this),
        new InAppKitWidgetPlugin(QStringLiteral("InAppKit::RibbonBar"), QStringLiteral("ribbonBar"),
                                 tr("The broker's ribbons (messages); set its launcher in code"), icon("action"),
                                 [](QWidget *form) { return new RibbonBar(form); }, this),
        new InAppKitWidgetPlugin(QStringLiteral("InAppKit::AccountWidget"), QStringLiteral("accountWidget"),
                                 tr("Log in, sign up, the trading account and log out; set its launcher in code"), icon("login"),
                                 [](QWidget *form) { return new AccountWidget(form); }, this),
        new InAppKitWidgetPlugin(QStringLiteral("InAppKit::ClientAreaView"), QStringLiteral("clientAreaView"),
                                 tr("The broker's client area, embedded; set its web profile in code"), icon("secure"),
                                 [](QWidget *form) { return new ClientAreaView(form); }, this),
    };
}

QList<QDesignerCustomWidgetInterface *> InAppKitDesignerPlugin::customWidgets() const
{
    return m_widgets;
}
