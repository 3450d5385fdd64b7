// SPDX-License-Identifier: MIT
#include "brokerwebview_p.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QWebEnginePage>

namespace InAppKit {

void BrokerWebView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    if (!menu)
        return;
    const QList<QWebEnginePage::WebAction> editing = {QWebEnginePage::Undo, QWebEnginePage::Redo, QWebEnginePage::Cut,
                                                      QWebEnginePage::Copy, QWebEnginePage::Paste, QWebEnginePage::SelectAll};
    QList<QAction *> keep;
    for (QWebEnginePage::WebAction a : editing)
        keep.append(page()->action(a));
    for (QAction *action : menu->actions()) {
        if (!keep.contains(action) && !action->isSeparator())
            menu->removeAction(action);
    }
    if (menu->actions().isEmpty()) {
        delete menu;
        return;
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace InAppKit
