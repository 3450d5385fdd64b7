// SPDX-License-Identifier: MIT
// The well-known actions are one table (src/wellknownactions.cpp): InAppAction's functions, the
// controls bar and the conformance tool read it. Every row is complete, and what the bar shows for a
// well-known action (title, tooltip, icon) is the table's, translated in the table's context.
#include "wellknownactions_p.h"

#include <InAppKit/inappaction.h>
#include <InAppKit/inappcontrolsbar.h>

#include <QAction>
#include <QApplication>
#include <QTest>
#include <QTranslator>

using namespace InAppKit;

namespace {

// Marks every text of the table's context, so that a test sees where it was translated.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "InAppKit::InAppAction") != 0)
            return QString();
        return QStringLiteral("[%1]").arg(QLatin1String(sourceText));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestWellKnownActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRowIsComplete()
    {
        const QStringList ids = InAppAction::wellKnownIds();
        QCOMPARE(ids.size(), WellKnownActions::table().size());
        QVERIFY(!ids.isEmpty());
        for (const QString &id : ids) {
            QVERIFY2(InAppAction::isWellKnownId(id), qPrintable(id));
            QVERIFY2(!InAppAction::defaultTitle(id).isEmpty(), qPrintable(id));
            QVERIFY2(!InAppAction::defaultToolTip(id).isEmpty(), qPrintable(id));
            QVERIFY2(InAppAction::defaultTitle(id) != InAppAction::defaultToolTip(id), qPrintable(id));
            QVERIFY2(!InAppAction::defaultIconName(id).isEmpty(), qPrintable(id));
            // The kit has that icon: otherwise the bar would draw its generic one.
            QCOMPARE(InAppControlsBar::icon(id).name(), InAppAction::defaultIconName(id));
            QCOMPARE(ids.count(id), 1);
        }
        QCOMPARE(InAppControlsBar::icon(QStringLiteral("bonus")).name(), QStringLiteral("action"));
        // An id is not an icon name: a custom action called "logout" does not get the kit's logout icon.
        QCOMPARE(InAppControlsBar::icon(QStringLiteral("logout")).name(), QStringLiteral("action"));
        QCOMPARE(InAppControlsBar::icon(QStringLiteral("bonus"), QStringLiteral("support")).name(), QStringLiteral("support"));
    }

    void constantsAreInTheTable()
    {
        const QStringList ids = InAppAction::wellKnownIds();
        for (const char *id : {InAppAction::Deposit, InAppAction::Withdraw, InAppAction::VerifyIdentity, InAppAction::Support,
                               InAppAction::NewAccount, InAppAction::ChangePassword, InAppAction::ChangeEmail})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QCOMPARE(InAppAction::defaultTitle(QLatin1String(InAppAction::VerifyIdentity)), QStringLiteral("Verify identity"));
        QCOMPARE(InAppAction::defaultIconName(QLatin1String(InAppAction::VerifyIdentity)), QStringLiteral("kyc"));
    }

    void otherIdsHaveNothing()
    {
        for (const QString &id : {QStringLiteral("bonus"), QStringLiteral("Deposit"), QString()}) {
            QVERIFY(!InAppAction::isWellKnownId(id));
            QVERIFY(InAppAction::defaultTitle(id).isEmpty());
            QVERIFY(InAppAction::defaultToolTip(id).isEmpty());
            QVERIFY(InAppAction::defaultIconName(id).isEmpty());
            QVERIFY(!InAppAction::alwaysRequiresAccount(id));
        }
    }

    // Money moves on one account: the table says which, and an action of the profile follows it.
    void account()
    {
        QStringList always;
        for (const QString &id : InAppAction::wellKnownIds()) {
            if (InAppAction::alwaysRequiresAccount(id))
                always.append(id);
        }
        QCOMPARE(always, (QStringList{QStringLiteral("deposit"), QStringLiteral("withdraw")}));
        for (const QString &id : InAppAction::wellKnownIds()) {
            InAppAction action;
            action.setId(id);
            QCOMPARE(action.requiresAccount(), InAppAction::alwaysRequiresAccount(id));
            QVERIFY(action.isWellKnown());
        }
    }

    // What the kit's tools and preview take from the table.
    void uses()
    {
        QCOMPARE(WellKnownActions::ids(&WellKnownActions::Entry::specScreen),
                 (QStringList{QStringLiteral("deposit"), QStringLiteral("withdraw"), QStringLiteral("newAccount"),
                              QStringLiteral("changePassword"), QStringLiteral("changeEmail")}));
        QCOMPARE(WellKnownActions::ids(&WellKnownActions::Entry::preview),
                 (QStringList{QStringLiteral("deposit"), QStringLiteral("withdraw"), QStringLiteral("kyc"), QStringLiteral("support")}));
    }

    // The bar without a launcher (Qt Designer's preview) shows the table's preview rows with the
    // table's title, tooltip and icon, translated in the table's context where they are shown.
    void controlsBarReadsTheTable()
    {
        InAppControlsBar bar;
        QStringList shown;
        for (QAction *action : bar.inAppActions()) {
            const QString id = action->data().toString();
            shown.append(id);
            QCOMPARE(action->text(), InAppAction::defaultTitle(id));
            QCOMPARE(action->toolTip(), InAppAction::defaultToolTip(id));
            QCOMPARE(action->icon().name(), InAppAction::defaultIconName(id));
        }
        QCOMPARE(shown, WellKnownActions::ids(&WellKnownActions::Entry::preview));

        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator); // sends LanguageChange to every widget
        QCOMPARE(InAppAction::defaultTitle(QStringLiteral("deposit")), QStringLiteral("[Deposit]"));
        QCOMPARE(InAppAction::defaultToolTip(QStringLiteral("support")), QStringLiteral("[Chat with the broker's support]"));
        QAction *deposit = bar.inAppAction(QStringLiteral("deposit"));
        QVERIFY(deposit);
        QTRY_COMPARE(deposit->text(), QStringLiteral("[Deposit]"));
        QCOMPARE(deposit->toolTip(), QStringLiteral("[Add money to the selected trading account]"));
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(deposit->text(), QStringLiteral("Deposit"));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestWellKnownActions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wellknownactions.moc"
