// SPDX-License-Identifier: MIT
// Tells a screen reader what happened away from the keyboard focus (a screen that failed, a broker
// message that appeared, a session the broker ended): the one way the kit announces anything.
#ifndef INAPPKIT_ANNOUNCEMENT_P_H
#define INAPPKIT_ANNOUNCEMENT_P_H

#include <QString>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace InAppKit {

class Announcement
{
public:
    enum class Urgency {
        Polite,   // after what is being said (a broker message)
        Assertive // at once (a failure, a session that ended)
    };

    /// Announces @p message as coming from @p source (a widget in the window it concerns).
    /// Costs nothing while no assistive technology listens.
    static void announce(QWidget *source, const QString &message, Urgency urgency = Urgency::Polite);
};

} // namespace InAppKit

#endif
