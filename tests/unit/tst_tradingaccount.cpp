// SPDX-License-Identifier: MIT
#include <InAppKit/tradingaccount.h>

#include <QJsonObject>
#include <QTest>

using InAppKit::TradingAccount;

class TestTradingAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The account number and the account-link id are two numbers (specification 1.3): both are read.
    void loginAndLinkId()
    {
        TradingAccount a;
        QVERIFY(TradingAccount::fromJson(QJsonObject{{QStringLiteral("login"), 8003098},
                                                     {QStringLiteral("ctidTraderAccountId"), 30417001},
                                                     {QStringLiteral("currency"), QStringLiteral("EUR")}},
                                         &a));
        QCOMPARE(a.login, QStringLiteral("8003098"));
        QCOMPARE(a.traderAccountId, QStringLiteral("30417001"));
        QCOMPARE(a.currency, QStringLiteral("EUR"));

        // Typed string in the ribbon's section of the specification: taken as it is.
        QVERIFY(TradingAccount::fromJson(QJsonObject{{QStringLiteral("login"), 1}, {QStringLiteral("ctidTraderAccountId"), QStringLiteral("77")}}, &a));
        QCOMPARE(a.traderAccountId, QStringLiteral("77"));
        // Optional: an account without one cannot be targeted by a ribbon, and is still an account.
        QVERIFY(TradingAccount::fromJson(QJsonObject{{QStringLiteral("login"), 2}}, &a));
        QVERIFY(a.traderAccountId.isEmpty());
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
        a.login = QStringLiteral("untouched");
        QVERIFY(!TradingAccount::fromJson(QJsonObject{{QStringLiteral("login"), 1}, {QStringLiteral("ctidTraderAccountId"), value}}, &a));
        QCOMPARE(a.login, QStringLiteral("untouched"));
    }
};

QTEST_GUILESS_MAIN(TestTradingAccount)
#include "tst_tradingaccount.moc"
