// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_BROKERWEBVIEW_P_H
#define INAPPKIT_BROKERWEBVIEW_P_H

#include <QWebEngineView>

namespace InAppKit {

// The view of a broker screen: the page's own context menu reduced to editing, no "inspect",
// "view source" or "open in new window".
class BrokerWebView : public QWebEngineView
{
public:
    using QWebEngineView::QWebEngineView;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace InAppKit

#endif
