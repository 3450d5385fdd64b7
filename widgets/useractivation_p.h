// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_USERACTIVATION_P_H
#define INAPPKIT_USERACTIVATION_P_H

#include <QElapsedTimer>
#include <QObject>

namespace InAppKit {

/*
 * Whether a person has just used a web view: a press of a mouse button, a key or a touch on it,
 * within the last few seconds (Chromium's transient activation lasts 5 s). Chromium labels a
 * script's `location.href = ...` or `a.click()` as a link click, so the kit asks this before it
 * hands a navigation to the system browser: a page cannot open the browser on its own.
 * One activation allows one hand-off (consume()), as Chromium allows one pop-up per gesture.
 */
class UserActivation : public QObject
{
public:
    explicit UserActivation(QObject *parent);

    // Watches @p widget (a web view, and its focus proxy once it has one) for a person's input.
    void watch(QObject *widget);
    // True once per activation: a person used the view within the last few seconds.
    bool consume();
    // How many presses, keys and touches the view has had: whether a person acted in between.
    quint64 inputCount() const { return m_inputCount; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_lastInput;
    quint64 m_inputCount = 0;
};

} // namespace InAppKit

#endif
