// SPDX-License-Identifier: MIT
#include <InAppKit/ribbon.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using InAppKit::BrokerProfileError;
using InAppKit::Ribbon;
using Error = BrokerProfileError::Error;

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
        QVERIFY(!a.isValid());
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
        BrokerProfileError error(Error::InvalidValue, QStringLiteral("x"), QStringLiteral("stale"));
        Ribbon r = Ribbon::fromJson(ribbon(QStringLiteral("Deposit now"), QStringLiteral("8003098")), &error);
        QVERIFY2(r.isValid(), qPrintable(error.errorString()));
        QCOMPARE(error.error(), Error::NoError);
        QCOMPARE(r.color(), QStringLiteral("#ff33ee"));
        QCOMPARE(r.title(), QStringLiteral("Deposit now"));
        QVERIFY(r.isClosable());
        QCOMPARE(r.inAppUrl(), QUrl(QStringLiteral("https://crm.example/inapp/deposit")));
        QVERIFY(r.externalUrl().isEmpty());
        QCOMPARE(r.traderAccountId(), QStringLiteral("8003098"));

        QJsonObject numeric = ribbon(QStringLiteral("n"));
        numeric.insert(QStringLiteral("ctidTraderAccountId"), 42);
        numeric.insert(QStringLiteral("color"), QStringLiteral("00aa00"));
        r = Ribbon::fromJson(numeric);
        QVERIFY(r.isValid());
        QCOMPARE(r.traderAccountId(), QStringLiteral("42"));
        QCOMPARE(r.color(), QStringLiteral("#00aa00"));

        // A service may send both keys, one of them empty: that one counts as none.
        QJsonObject emptyInApp = ribbon(QStringLiteral("e"));
        emptyInApp.insert(QStringLiteral("action"), QJsonObject{{QStringLiteral("urlinApp"), QString()},
                                                                {QStringLiteral("urlExternal"), QStringLiteral("https://b.example/")}});
        r = Ribbon::fromJson(emptyInApp);
        QVERIFY(r.isValid());
        QCOMPARE(r.externalUrl(), QUrl(QStringLiteral("https://b.example/")));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<Error>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason");
        const QJsonValue remove(QJsonValue::Undefined);
        QTest::newRow("color missing") << "color" << remove << Error::MissingKey << "color" << "missing";
        QTest::newRow("color number") << "color" << QJsonValue(0xff0000) << Error::WrongType << "color" << "must be a string, not a number";
        QTest::newRow("color name") << "color" << QJsonValue(QStringLiteral("red")) << Error::InvalidValue << "color" << "'red' is not a 6-digit hex colour";
        QTest::newRow("color short") << "color" << QJsonValue(QStringLiteral("#fff")) << Error::InvalidValue << "color" << "6-digit";
        QTest::newRow("color forging a log line") << "color" << QJsonValue(QStringLiteral("#\nfake")) << Error::InvalidValue << "color" << "'#\\u000afake'";
        QTest::newRow("title missing") << "title" << remove << Error::MissingKey << "title" << "missing";
        QTest::newRow("title number") << "title" << QJsonValue(5) << Error::WrongType << "title" << "must be a string";
        QTest::newRow("title empty") << "title" << QJsonValue(QStringLiteral("  ")) << Error::InvalidValue << "title" << "empty";
        QTest::newRow("enabled string") << "enabled" << QJsonValue(QStringLiteral("true")) << Error::WrongType << "enabled" << "must be true or false";
        QTest::newRow("closable missing") << "closable" << remove << Error::MissingKey << "closable" << "missing";
        QTest::newRow("action missing") << "action" << remove << Error::MissingKey << "action" << "missing";
        QTest::newRow("action string") << "action" << QJsonValue(QStringLiteral("https://a.example/")) << Error::WrongType << "action" << "must be an object";
        QTest::newRow("no action") << "action" << QJsonValue(QJsonObject()) << Error::MissingKey << "action" << "exactly one";
        QTest::newRow("both urls") << "action" << QJsonValue(QJsonObject{{QStringLiteral("urlinApp"), QStringLiteral("https://a.example/")},
                                                                         {QStringLiteral("urlExternal"), QStringLiteral("https://b.example/")}})
                                   << Error::InvalidValue << "action" << "exactly one";
        QTest::newRow("javascript url") << "action" << QJsonValue(QJsonObject{{QStringLiteral("urlExternal"), QStringLiteral("javascript:alert(1)")}})
                                        << Error::InvalidValue << "action.urlExternal" << "http";
        QTest::newRow("file url") << "action" << QJsonValue(QJsonObject{{QStringLiteral("urlinApp"), QStringLiteral("file:///etc/passwd")}})
                                  << Error::InvalidValue << "action.urlinApp" << "http";
    }

    void malformed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(Error, kind);
        QFETCH(QString, key);
        QFETCH(QString, reason);
        QJsonObject o = ribbon(QStringLiteral("t"));
        if (value.isUndefined())
            o.remove(field);
        else
            o.insert(field, value);
        BrokerProfileError error;
        const Ribbon r = Ribbon::fromJson(o, &error);
        QVERIFY(!r.isValid());
        QCOMPARE(error.error(), kind);
        QCOMPARE(error.key(), key);
        QVERIFY2(error.reason().contains(reason), qPrintable(error.reason()));
        QVERIFY(!error.errorString().contains(u'\n'));
        QVERIFY2(!error.errorString().contains(QStringLiteral("passwd")), "a ribbon's URL is not echoed");
    }

    void listSkipsBadEntries()
    {
        QJsonArray array{ribbon(QStringLiteral("a")), 5, ribbon(QString())};
        QList<BrokerProfileError> errors;
        const QList<Ribbon> list = Ribbon::listFromJson(array, &errors);
        QCOMPARE(titles(list), QStringList{QStringLiteral("a")});
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).error(), Error::WrongType);
        QCOMPARE(errors.at(0).key(), QStringLiteral("ribbons[1]"));
        QCOMPARE(errors.at(0).errorString(), QStringLiteral("ribbons[1]: must be an object, not a number"));
        QCOMPARE(errors.at(1).error(), Error::InvalidValue);
        QCOMPARE(errors.at(1).key(), QStringLiteral("ribbons[2].title"));
        QCOMPARE(errors.at(1).errorString(), QStringLiteral("ribbons[2].title: must not be empty"));
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
