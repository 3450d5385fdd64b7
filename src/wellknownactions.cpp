// SPDX-License-Identifier: MIT
#include "wellknownactions_p.h"

#include "inappaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace InAppKit::WellKnownActions {

const QList<Entry> &table()
{
    // Titles are short button labels; tooltips say what the screen does.
    static const QList<Entry> entries = {
        {InAppAction::Deposit, QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Deposit"),
         QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Add money to the selected trading account"), "deposit", true, true, true},
        {InAppAction::Withdraw, QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Withdraw"),
         QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Take money out of the selected trading account"), "withdraw", true, true, true},
        {InAppAction::VerifyIdentity, QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Verify identity"),
         QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Verify your identity with the broker"), "kyc", false, true, false},
        {InAppAction::Support, QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Support"),
         QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Chat with the broker's support"), "support", false, true, false},
        {InAppAction::NewAccount, QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Open new account"),
         QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Open a new trading account"), "newAccount", false, false, true},
        {InAppAction::ChangePassword, QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Change password"),
         QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Change your password"), "changePassword", false, false, true},
        {InAppAction::ChangeEmail, QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Change e-mail"),
         QT_TRANSLATE_NOOP("InAppKit::InAppAction", "Change your e-mail address"), "changeEmail", false, false, true},
    };
    return entries;
}

const Entry *find(const QString &id)
{
    for (const Entry &entry : table()) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

QStringList ids(bool Entry::*member)
{
    QStringList list;
    for (const Entry &entry : table()) {
        if (!member || entry.*member)
            list.append(QLatin1String(entry.id));
    }
    return list;
}

} // namespace InAppKit::WellKnownActions
