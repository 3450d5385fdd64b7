// SPDX-License-Identifier: MIT
#include <InAppKit/tradingaccount.h>

#include <QJsonObject>
#include <QMetaProperty>
#include <QTest>

using InAppKit::TradingAccount;

class TestTradingAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A value, implicitly shared: a copy changed on its own leaves the original alone, and the
    // gadget's properties read and write the same data.
    void valueSemantics()
    {
        TradingAccount a;
        QCOMPARE(a.moneyDigits(), 2);
        a.setLogin(QStringLiteral("8003098"));
        a.setBalance(12345);
        TradingAccount b = a;
        QCOMPARE(b, a);
        b.setBalance(1);
        QCOMPARE(a.balance(), qint64(12345));
        QVERIFY(a != b);
        const QMetaObject &meta = TradingAccount::staticMetaObject;
        const QMetaProperty login = meta.property(meta.indexOfProperty("login"));
        QVERIFY(login.writeOnGadget(&b, QStringLiteral("42")));
        QCOMPARE(b.login(), QStringLiteral("42"));
        QCOMPARE(a.login(), QStringLiteral("8003098"));
        QCOMPARE(login.readOnGadget(&a).toString(), QStringLiteral("8003098"));
    }

    // The account number and the account-link id are two numbers (specification 1.3): both are read.
    void loginAndLinkId()
    {
        TradingAccount a;
        QVERIFY(TradingAccount::fromJson(QJsonObject{{QStringLiteral("login"), 8003098},
                                                     {QStringLiteral("ctidTraderAccountId"), 30417001},
                                                     {QStringLiteral("currency"), QStringLiteral("EUR")}},
                                         &a));
        QCOMPARE(a.login(), QStringLiteral("8003098"));
        QCOMPARE(a.traderAccountId(), QStringLiteral("30417001"));
        QCOMPARE(a.currency(), QStringLiteral("EUR"));

        // Typed string in the ribbon's section of the specification: taken as it is.
        QVERIFY(TradingAccount::fromJson(QJsonObject{{QStringLiteral("login"), 1}, {QStringLiteral("ctidTraderAccountId"), QStringLiteral("77")}}, &a));
        QCOMPARE(a.traderAccountId(), QStringLiteral("77"));
        // Optional: an account without one cannot be targeted by a ribbon, and is still an account.
        QVERIFY(TradingAccount::fromJson(QJsonObject{{QStringLiteral("login"), 2}}, &a));
        QVERIFY(a.traderAccountId().isEmpty());
    }

    void malformedLinkId_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("fraction") << QJsonValue(1.5);
        QTest::newRow("negative") << QJsonValue(-3);
        QTest::newRow("object") << QJsonValue(QJsonObject());
        QTest::newRow("bool") << QJsonValue(true);
    }

    void malformedLinkId()
    {
        QFETCH(QJsonValue, value);
        TradingAccount a;
        a.setLogin(QStringLiteral("untouched"));
        QVERIFY(!TradingAccount::fromJson(QJsonObject{{QStringLiteral("login"), 1}, {QStringLiteral("ctidTraderAccountId"), value}}, &a));
        QCOMPARE(a.login(), QStringLiteral("untouched"));
    }
};

QTEST_GUILESS_MAIN(TestTradingAccount)
#include "tst_tradingaccount.moc"
