// SPDX-License-Identifier: MIT
#include "useractivation_p.h"

#include <QEvent>

namespace InAppKit {

namespace {
constexpr qint64 ActivationMs = 5000;
} // namespace

UserActivation::UserActivation(QObject *parent)
    : QObject(parent)
{
}

void UserActivation::watch(QObject *widget)
{
    // installEventFilter() moves an installed filter to the front: watching twice is harmless.
    widget->installEventFilter(this);
}

bool UserActivation::consume()
{
    const bool active = m_lastInput.isValid() && m_lastInput.elapsed() < ActivationMs;
    m_lastInput.invalidate();
    return active;
}

bool UserActivation::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
        m_lastInput.start(); // input a host's UI test sends counts too: it is a person's stand-in
        ++m_inputCount;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace InAppKit
