// SPDX-License-Identifier: MIT
#include "inappaction.h"

#include "wellknownactions_p.h"

#include <QCoreApplication>

namespace InAppKit {

class InAppActionPrivate : public QSharedData
{
public:
    QString id;
    QUrl url;
    QMap<QString, QString> titles;
    QString icon;
    bool requiresAccount = false;
};

InAppAction::InAppAction()
    : d(new InAppActionPrivate)
{
}

InAppAction::InAppAction(const InAppAction &other) = default;
InAppAction &InAppAction::operator=(const InAppAction &other) = default;
InAppAction::~InAppAction() = default;

bool InAppAction::isValid() const
{
    return !d->id.isEmpty() && d->url.isValid();
}

QString InAppAction::id() const
{
    return d->id;
}

void InAppAction::setId(const QString &id)
{
    d->id = id;
}

QUrl InAppAction::url() const
{
    return d->url;
}

void InAppAction::setUrl(const QUrl &url)
{
    d->url = url;
}

QMap<QString, QString> InAppAction::titles() const
{
    return d->titles;
}

void InAppAction::setTitles(const QMap<QString, QString> &titles)
{
    d->titles = titles;
}

QString InAppAction::title(const QString &language) const
{
    for (const QString &key : {language, QString(), QStringLiteral("en")}) {
        const auto it = d->titles.constFind(key);
        if (it != d->titles.constEnd())
            return *it;
    }
    return QString();
}

QString InAppAction::icon() const
{
    return d->icon;
}

void InAppAction::setIcon(const QString &icon)
{
    d->icon = icon;
}

bool InAppAction::requiresAccount() const
{
    return d->requiresAccount || alwaysRequiresAccount(d->id);
}

void InAppAction::setRequiresAccount(bool required)
{
    d->requiresAccount = required;
}

bool InAppAction::isWellKnown() const
{
    return isWellKnownId(d->id);
}

bool InAppAction::isWellKnownId(const QString &id)
{
    return WellKnownActions::find(id) != nullptr;
}

QStringList InAppAction::wellKnownIds()
{
    return WellKnownActions::ids();
}

QString InAppAction::defaultTitle(const QString &id)
{
    const WellKnownActions::Entry *entry = WellKnownActions::find(id);
    return entry ? QCoreApplication::translate(WellKnownActions::TranslationContext, entry->title) : QString();
}

QString InAppAction::defaultToolTip(const QString &id)
{
    const WellKnownActions::Entry *entry = WellKnownActions::find(id);
    return entry ? QCoreApplication::translate(WellKnownActions::TranslationContext, entry->toolTip) : QString();
}

QString InAppAction::defaultIconName(const QString &id)
{
    const WellKnownActions::Entry *entry = WellKnownActions::find(id);
    return entry ? QLatin1String(entry->iconName) : QString();
}

bool InAppAction::alwaysRequiresAccount(const QString &id)
{
    const WellKnownActions::Entry *entry = WellKnownActions::find(id);
    return entry && entry->requiresAccount;
}

} // namespace InAppKit
