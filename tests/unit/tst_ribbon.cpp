// SPDX-License-Identifier: MIT
#include <InAppKit/ribbon.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using InAppKit::Ribbon;

namespace {

QJsonObject ribbon(const QString &title, const QString &account = QString(), const QString &broker = QString(), bool enabled = true)
{
    QJsonObject o{{QStringLiteral("color"), QStringLiteral("#FF33EE")},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("enabled"), enabled},
                  {QStringLiteral("closable"), true},
                  {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlinApp"), QStringLiteral("https://crm.example/inapp/deposit")}}}};
    if (!account.isEmpty())
        o.insert(QStringLiteral("ctidTraderAccountId"), account);
    if (!broker.isEmpty())
        o.insert(QStringLiteral("brokerName"), broker);
    return o;
}

QStringList titles(const QList<Ribbon> &list)
{
    QStringList t;
    for (const Ribbon &r : list)
        t.append(r.title());
    return t;
}

} // namespace

class TestRibbon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueSemantics()
    {
        Ribbon a;
        QVERIFY(a.isEnabled());
        QVERIFY(!a.isClosable());
        a.setTitle(QStringLiteral("Deposit now"));
        Ribbon b = a;
        QCOMPARE(b, a);
        b.setTitle(QStringLiteral("Other"));
        QCOMPARE(a.title(), QStringLiteral("Deposit now"));
        QVERIFY(a != b);
        QVERIFY(a.key() != b.key());
    }

    void parse()
    {
        Ribbon r;
        QString error;
        QVERIFY2(Ribbon::fromJson(ribbon(QStringLiteral("Deposit now"), QStringLiteral("8003098")), &r, &error), qPrintable(error));
        QCOMPARE(r.color(), QStringLiteral("#ff33ee"));
        QCOMPARE(r.title(), QStringLiteral("Deposit now"));
        QVERIFY(r.isClosable());
        QCOMPARE(r.inAppUrl(), QUrl(QStringLiteral("https://crm.example/inapp/deposit")));
        QVERIFY(r.externalUrl().isEmpty());
        QCOMPARE(r.traderAccountId(), QStringLiteral("8003098"));

        QJsonObject numeric = ribbon(QStringLiteral("n"));
        numeric.insert(QStringLiteral("ctidTraderAccountId"), 42);
        numeric.insert(QStringLiteral("color"), QStringLiteral("00aa00"));
        QVERIFY(Ribbon::fromJson(numeric, &r));
        QCOMPARE(r.traderAccountId(), QStringLiteral("42"));
        QCOMPARE(r.color(), QStringLiteral("#00aa00"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("color name") << "color" << QJsonValue(QStringLiteral("red")) << "color";
        QTest::newRow("color short") << "color" << QJsonValue(QStringLiteral("#fff")) << "color";
        QTest::newRow("title empty") << "title" << QJsonValue(QStringLiteral("  ")) << "title";
        QTest::newRow("enabled string") << "enabled" << QJsonValue(QStringLiteral("true")) << "booleans";
        QTest::newRow("no action") << "action" << QJsonValue(QJsonObject()) << "exactly one";
        QTest::newRow("both urls") << "action" << QJsonValue(QJsonObject{{QStringLiteral("urlinApp"), QStringLiteral("https://a.example/")},
                                                                         {QStringLiteral("urlExternal"), QStringLiteral("https://b.example/")}}) << "exactly one";
        QTest::newRow("javascript url") << "action" << QJsonValue(QJsonObject{{QStringLiteral("urlExternal"), QStringLiteral("javascript:alert(1)")}}) << "http";
        QTest::newRow("file url") << "action" << QJsonValue(QJsonObject{{QStringLiteral("urlinApp"), QStringLiteral("file:///etc/passwd")}}) << "http";
    }

    void malformed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject o = ribbon(QStringLiteral("t"));
        o.insert(field, value);
        Ribbon r;
        QString error;
        QVERIFY(!Ribbon::fromJson(o, &r, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void listSkipsBadEntries()
    {
        QJsonArray array{ribbon(QStringLiteral("a")), 5, ribbon(QString())};
        QStringList errors;
        const QList<Ribbon> list = Ribbon::listFromJson(array, &errors);
        QCOMPARE(titles(list), QStringList{QStringLiteral("a")});
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(QStringLiteral("ribbons[1]")));
    }

    void precedence()
    {
        QList<Ribbon> all = Ribbon::listFromJson(QJsonArray{
            ribbon(QStringLiteral("user")),
            ribbon(QStringLiteral("broker"), QString(), QStringLiteral("Acme")),
            ribbon(QStringLiteral("account 1"), QStringLiteral("1")),
            ribbon(QStringLiteral("account 2"), QStringLiteral("2")),
            ribbon(QStringLiteral("account 1 off"), QStringLiteral("1"), QString(), false),
            ribbon(QStringLiteral("other broker"), QString(), QStringLiteral("Other")),
        });
        QCOMPARE(all.size(), 6);
        QCOMPARE(titles(Ribbon::select(all, QStringLiteral("1"), QStringLiteral("Acme"))), QStringList{QStringLiteral("account 1")});
        QCOMPARE(titles(Ribbon::select(all, QStringLiteral("3"), QStringLiteral("Acme"))), QStringList{QStringLiteral("broker")});
        QCOMPARE(titles(Ribbon::select(all, QStringLiteral("3"), QStringLiteral("Nobody"))), QStringList{QStringLiteral("user")});
        QCOMPARE(titles(Ribbon::select(all, QString(), QString())), QStringList{QStringLiteral("user")});
        all.removeFirst();
        QVERIFY(Ribbon::select(all, QStringLiteral("3"), QStringLiteral("Nobody")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRibbon)
#include "tst_ribbon.moc"
