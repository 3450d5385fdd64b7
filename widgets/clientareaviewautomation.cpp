// SPDX-License-Identifier: MIT
#include "clientareaviewautomation_p.h"

#include "clientareaview_p.h"

namespace InAppKit::Automation {

QWebEnginePage *page(const ClientAreaView *view)
{
    return view ? ClientAreaViewPrivate::page(view) : nullptr;
}

QWebEngineProfile *webEngineProfile(BrokerWebProfile *profile)
{
    return ClientAreaViewPrivate::engineProfile(profile);
}

} // namespace InAppKit::Automation
