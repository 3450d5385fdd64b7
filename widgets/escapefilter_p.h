// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_ESCAPEFILTER_P_H
#define INAPPKIT_ESCAPEFILTER_P_H

#include <QEvent>
#include <QKeyEvent>
#include <QObject>

#include <functional>

namespace InAppKit {

// Esc leaves the screen even while the web page has the focus: Chromium takes key events before
// Qt's shortcuts would see them.
class EscapeFilter : public QObject
{
public:
    EscapeFilter(std::function<void()> onEscape, QObject *parent)
        : QObject(parent)
        , m_onEscape(std::move(onEscape))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape
            && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
            m_onEscape();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEscape;
};

} // namespace InAppKit

#endif
