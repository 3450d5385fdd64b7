// SPDX-License-Identifier: MIT
#include "announcement_p.h"

#include <QAccessible>
#include <QWidget>

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
#include <QAccessibleWidget>
#endif

namespace InAppKit {

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
// Before Qt 6.8 there is no announcement event, and Qt's AT-SPI bridge passes QAccessible::Alert
// on to no one. What screen readers do speak is a notification that shows: Orca 43 (Debian 12)
// speaks an object:state-changed:showing from the notification role ("Notification. Message
// from ..."), and not from the alert role, which it reads only when it takes the focus. This
// invisible one is shown again with every message.
class AnnouncementAlert : public QWidget
{
    Q_OBJECT // findChild() and the accessibility factory tell it from other widgets by its class
public:
    explicit AnnouncementAlert(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("inAppKitAnnouncement"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        resize(1, 1); // paints nothing: no background, no children
    }
};

static QAccessibleInterface *alertFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String(AnnouncementAlert::staticMetaObject.className()))
        return new QAccessibleWidget(static_cast<AnnouncementAlert *>(object), QAccessible::Notification);
    return nullptr;
}
#endif

void Announcement::announce(QWidget *source, const QString &message, Urgency urgency)
{
    if (!source || message.isEmpty() || !QAccessible::isActive())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(source, message);
    event.setPoliteness(urgency == Urgency::Assertive ? QAccessible::AnnouncementPoliteness::Assertive
                                                      : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    Q_UNUSED(urgency) // an alert is always spoken at once
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(alertFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    auto *alert = source->findChild<AnnouncementAlert *>(QString(), Qt::FindDirectChildrenOnly);
    if (!alert)
        alert = new AnnouncementAlert(source);
    alert->hide();
    alert->setAccessibleName(message);
    alert->show();
    alert->raise();
    // For the platforms whose bridge does pass alerts on (Windows: EVENT_SYSTEM_ALERT).
    QAccessibleEvent event(alert, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
#endif
}

} // namespace InAppKit

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
#include "announcement.moc"
#endif
