// SPDX-License-Identifier: MIT
#include <InAppKit/brokerprofile.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace InAppKit;
using Error = BrokerProfileError::Error;

namespace {

QJsonObject validProfile()
{
    // moc cannot read raw string literals that hold "//", so the JSON lives in data/.
    QFile file(QFINDTESTDATA("data/acme-profile.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("data/acme-profile.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Sets a value at a simple path such as "actions[1].url" (null QJsonValue = remove).
QJsonObject with(QJsonObject root, const QString &key, const QJsonValue &value)
{
    const qsizetype bracket = key.indexOf(u'[');
    if (bracket < 0) {
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
        return root;
    }
    const QString arrayKey = key.left(bracket);
    const int index = key.mid(bracket + 1, key.indexOf(u']') - bracket - 1).toInt();
    const QString rest = key.mid(key.indexOf(u']') + 2);
    QJsonArray array = root.value(arrayKey).toArray();
    QJsonObject item = array.at(index).toObject();
    if (value.isUndefined())
        item.remove(rest);
    else
        item.insert(rest, value);
    array.replace(index, item);
    root.insert(arrayKey, array);
    return root;
}

} // namespace

class TestBrokerProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validProfileLoads();
    void defaults();
    void invalid_data();
    void invalid();
    void notJson();
    void unknownKeysWarn();
    void lightIdentity();
    void loopbackHttp();
    void caCertificatesFile();
    void keysAndValuesEscaped();
    void notARegularFile();
    void fromFileErrors();
    void brokerOrigin();
    void wildcardOrigins();
    void legacyAllowedOrigins();
    void designDocExample();
};

void TestBrokerProfile::validProfileLoads()
{
    QCOMPARE(BrokerProfileError().error(), Error::NoError);
    QVERIFY(BrokerProfileError().errorString().isEmpty());
    BrokerProfileError error(Error::InvalidValue, QStringLiteral("x"), QStringLiteral("stale"));
    QVERIFY(!error.isNull());
    QCOMPARE(error.errorString(), QStringLiteral("x: stale"));
    const BrokerProfile p = BrokerProfile::fromJson(bytes(validProfile()), &error);
    QVERIFY2(p.isValid(), qPrintable(error.errorString()));
    QVERIFY(error.isNull());
    QCOMPARE(error.error(), Error::NoError);
    QCOMPARE(p.brokerName(), QStringLiteral("Acme Markets"));
    QCOMPARE(p.clientAreaUrl(), QUrl(QStringLiteral("https://crm.acme-markets.example/")));
    QCOMPARE(p.successUrl(), QUrl(QStringLiteral("https://crm.acme-markets.example/callback/success")));
    QCOMPARE(p.actions().size(), 4);
    QCOMPARE(p.action(QStringLiteral("deposit")).url(), QUrl(QStringLiteral("https://crm.acme-markets.example/inapp/deposit")));
    QVERIFY(p.action(QStringLiteral("deposit")).requiresAccount());
    QVERIFY2(p.action(QStringLiteral("withdraw")).requiresAccount(), "withdraw needs an account even when not said");
    QVERIFY(!p.action(QStringLiteral("kyc")).requiresAccount());
    QCOMPARE(p.action(QStringLiteral("kyc")).title(QStringLiteral("de")), QStringLiteral("Identität bestätigen"));
    QCOMPARE(p.action(QStringLiteral("kyc")).title(QStringLiteral("fr")), QStringLiteral("Verify identity"));
    QCOMPARE(p.action(QStringLiteral("bonus")).title(QStringLiteral("fr")), QStringLiteral("Claim bonus"));
    QCOMPARE(p.action(QStringLiteral("bonus")).icon(), QStringLiteral("gift"));
    QVERIFY(!p.action(QStringLiteral("bonus")).isWellKnown());
    QVERIFY(!p.action(QStringLiteral("nope")).isValid());
    QCOMPARE(p.loginQuery().size(), 1);
    QCOMPARE(p.brokerOrigins(), QStringList{QStringLiteral("https://promo.acme-markets.example:443")});
    QCOMPARE(p.thirdPartyOrigins().size(), 2);
    QVERIFY(p.isThirdPartyOrigin(QUrl(QStringLiteral("https://pay.psp.example/checkout"))));
    QVERIFY(!p.isBrokerOrigin(QUrl(QStringLiteral("https://pay.psp.example/checkout"))));
    QVERIFY(p.warnings().isEmpty());
    QVERIFY(!p.isLightIdentity());
}

void TestBrokerProfile::defaults()
{
    const BrokerProfile p = BrokerProfile::fromJson(bytes(validProfile()));
    QCOMPARE(p.tokenParameter(), QStringLiteral("token"));
    QCOMPARE(p.source(), BrokerProfile::platformSource());
#ifdef Q_OS_MACOS
    QCOMPARE(BrokerProfile::platformSource(), QStringLiteral("MacOS"));
#else
    QCOMPARE(BrokerProfile::platformSource(), QStringLiteral("Desktop"));
#endif
    QCOMPARE(p.pageLoadTimeoutMs(), BrokerProfile::DefaultPageLoadTimeoutMs);
    QCOMPARE(p.refreshIntervalSeconds(), 300);
    QVERIFY(p.caCertificates().isEmpty());
    QVERIFY(!BrokerProfile().isValid());
}

void TestBrokerProfile::invalid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorKey");
    QTest::addColumn<QString>("reasonContains");
    QTest::addColumn<Error>("kind");

    const QJsonValue remove(QJsonValue::Undefined);
    QTest::newRow("schema missing") << "schema" << remove << "schema" << "missing" << Error::MissingKey;
    QTest::newRow("schema string") << "schema" << QJsonValue(QStringLiteral("1")) << "schema" << "must be a number" << Error::WrongType;
    QTest::newRow("schema 2") << "schema" << QJsonValue(2) << "schema" << "unknown schema version 2" << Error::UnknownVersion;
    QTest::newRow("brokerName missing") << "brokerName" << remove << "brokerName" << "missing" << Error::MissingKey;
    QTest::newRow("brokerName number") << "brokerName" << QJsonValue(3) << "brokerName" << "must be a string" << Error::WrongType;
    QTest::newRow("brokerName empty") << "brokerName" << QJsonValue(QStringLiteral("  ")) << "brokerName" << "empty" << Error::InvalidValue;
    QTest::newRow("clientAreaUrl missing") << "clientAreaUrl" << remove << "clientAreaUrl" << "missing" << Error::MissingKey;
    QTest::newRow("clientAreaUrl malformed") << "clientAreaUrl" << QJsonValue(QStringLiteral("https://exa mple.com/")) << "clientAreaUrl" << "malformed URL" << Error::InvalidValue;
    QTest::newRow("clientAreaUrl relative") << "clientAreaUrl" << QJsonValue(QStringLiteral("/x")) << "clientAreaUrl" << "absolute" << Error::InvalidValue;
    QTest::newRow("clientAreaUrl http") << "clientAreaUrl" << QJsonValue(QStringLiteral("http://crm.acme-markets.example/")) << "clientAreaUrl" << "loopback" << Error::InvalidValue;
    QTest::newRow("clientAreaUrl ftp") << "clientAreaUrl" << QJsonValue(QStringLiteral("ftp://crm.acme-markets.example/")) << "clientAreaUrl" << "scheme 'ftp'" << Error::InvalidValue;
    QTest::newRow("clientAreaUrl userinfo") << "clientAreaUrl" << QJsonValue(QStringLiteral("https://u:p@crm.acme-markets.example/")) << "clientAreaUrl" << "user info" << Error::InvalidValue;
    QTest::newRow("successUrl missing") << "successUrl" << remove << "successUrl" << "missing" << Error::MissingKey;
    QTest::newRow("successUrl other origin") << "successUrl" << QJsonValue(QStringLiteral("https://evil.example/callback/success")) << "successUrl" << "outside the client area" << Error::InvalidValue;
    QTest::newRow("successUrl other port") << "successUrl" << QJsonValue(QStringLiteral("https://crm.acme-markets.example:444/cb")) << "successUrl" << "outside the client area" << Error::InvalidValue;
    QTest::newRow("successUrl fragment") << "successUrl" << QJsonValue(QStringLiteral("https://crm.acme-markets.example/cb#x")) << "successUrl" << "fragment" << Error::InvalidValue;
    QTest::newRow("successUrl has token") << "successUrl" << QJsonValue(QStringLiteral("https://crm.acme-markets.example/cb?token=1")) << "successUrl" << "token parameter" << Error::InvalidValue;
    QTest::newRow("loginUrl other origin") << "loginUrl" << QJsonValue(QStringLiteral("https://login.example/")) << "loginUrl" << "outside the client area" << Error::InvalidValue;
    QTest::newRow("tokenParameter empty") << "tokenParameter" << QJsonValue(QString()) << "tokenParameter" << "empty" << Error::InvalidValue;
    QTest::newRow("tokenParameter bool") << "tokenParameter" << QJsonValue(true) << "tokenParameter" << "must be a string" << Error::WrongType;
    QTest::newRow("tokenParameter with &") << "tokenParameter" << QJsonValue(QStringLiteral("a&b")) << "tokenParameter" << "'&'" << Error::InvalidValue;
    QTest::newRow("loginQuery array") << "loginQuery" << QJsonValue(QJsonArray()) << "loginQuery" << "must be an object" << Error::WrongType;
    QTest::newRow("loginQuery number") << "loginQuery" << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}) << "loginQuery.a" << "must be a string" << Error::WrongType;
    QTest::newRow("loginQuery pins lang") << "loginQuery" << QJsonValue(QJsonObject{{QStringLiteral("lang"), QStringLiteral("de")}}) << "loginQuery.lang" << "set by InAppKit" << Error::InvalidValue;
    QTest::newRow("actions object") << "actions" << QJsonValue(QJsonObject()) << "actions" << "must be an array" << Error::WrongType;
    QTest::newRow("action not object") << "actions" << QJsonValue(QJsonArray{1}) << "actions[0]" << "must be an object" << Error::WrongType;
    QTest::newRow("action id missing") << "actions[0].id" << remove << "actions[0].id" << "missing" << Error::MissingKey;
    QTest::newRow("action id bad") << "actions[0].id" << QJsonValue(QStringLiteral("de posit")) << "actions[0].id" << "must start with a letter" << Error::InvalidValue;
    QTest::newRow("action duplicate id") << "actions[2].id" << QJsonValue(QStringLiteral("deposit")) << "actions[2].id" << "duplicate action id 'deposit' (first at actions[0])" << Error::InvalidValue;
    QTest::newRow("action url missing") << "actions[1].url" << remove << "actions[1].url" << "missing" << Error::MissingKey;
    QTest::newRow("action url other origin") << "actions[1].url" << QJsonValue(QStringLiteral("https://evil.example/w")) << "actions[1].url" << "outside the client area" << Error::InvalidValue;
    QTest::newRow("action url protocol-relative") << "actions[1].url" << QJsonValue(QStringLiteral("//evil.example/w")) << "actions[1].url" << "single '/'" << Error::InvalidValue;
    QTest::newRow("action url http") << "actions[1].url" << QJsonValue(QStringLiteral("http://crm.acme-markets.example/w")) << "actions[1].url" << "loopback" << Error::InvalidValue;
    QTest::newRow("action url javascript") << "actions[1].url" << QJsonValue(QStringLiteral("javascript:alert(1)")) << "actions[1].url" << "scheme 'javascript'" << Error::InvalidValue;
    QTest::newRow("custom action no title") << "actions[3].title" << remove << "actions[3].title" << "needs a title" << Error::MissingKey;
    QTest::newRow("title bad language") << "actions[2].title" << QJsonValue(QJsonObject{{QStringLiteral("english"), QStringLiteral("x")}}) << "actions[2].title.english" << "ISO 639-1" << Error::InvalidValue;
    QTest::newRow("title in a language number") << "actions[2].title" << QJsonValue(QJsonObject{{QStringLiteral("de"), 5}}) << "actions[2].title.de" << "must be a string, not a number" << Error::WrongType;
    QTest::newRow("title in a language empty") << "actions[2].title" << QJsonValue(QJsonObject{{QStringLiteral("de"), QStringLiteral(" ")}}) << "actions[2].title.de" << "must not be empty" << Error::InvalidValue;
    QTest::newRow("title number") << "actions[2].title" << QJsonValue(5) << "actions[2].title" << "must be a string or an object" << Error::WrongType;
    QTest::newRow("requiresAccount string") << "actions[2].requiresAccount" << QJsonValue(QStringLiteral("yes")) << "actions[2].requiresAccount" << "must be a boolean" << Error::WrongType;
    QTest::newRow("deposit without account") << "actions[0].requiresAccount" << QJsonValue(false) << "actions[0].requiresAccount" << "always requires an account" << Error::InvalidValue;
    QTest::newRow("brokerOrigins with path") << "brokerOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://a.example/pay")}) << "brokerOrigins[0]" << "without a path" << Error::InvalidValue;
    QTest::newRow("allowedOrigins beside the new lists") << "allowedOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://a.example")}) << "allowedOrigins" << "replaced by brokerOrigins and thirdPartyOrigins" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins string") << "thirdPartyOrigins" << QJsonValue(QStringLiteral("https://a.example")) << "thirdPartyOrigins" << "must be an array" << Error::WrongType;
    QTest::newRow("thirdPartyOrigins with path") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://a.example/pay")}) << "thirdPartyOrigins[0]" << "without a path" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins http") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("http://a.example")}) << "thirdPartyOrigins[0]" << "loopback" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins bare wildcard") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://*")}) << "thirdPartyOrigins[0]" << "whole first label" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins star") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("*")}) << "thirdPartyOrigins[0]" << "whole first label" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins inner wildcard") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://pay.*.example")}) << "thirdPartyOrigins[0]" << "whole first label" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins partial label") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://pay*.psp.example")}) << "thirdPartyOrigins[0]" << "whole first label" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins wildcard TLD") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://*.com")}) << "thirdPartyOrigins[0]" << "public suffix 'com'" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins wildcard co.uk") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://*.co.uk")}) << "thirdPartyOrigins[0]" << "public suffix 'co.uk'" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins wildcard github.io") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://*.github.io")}) << "thirdPartyOrigins[0]" << "public suffix" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins wildcard IP") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://*.0.0.1")}) << "thirdPartyOrigins[0]" << "IP address" << Error::InvalidValue;
    QTest::newRow("thirdPartyOrigins wildcard path") << "thirdPartyOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://*.psp.example/pay")}) << "thirdPartyOrigins[0]" << "without a path" << Error::InvalidValue;
    QTest::newRow("restrictToAllowedOrigins string") << "restrictToAllowedOrigins" << QJsonValue(QStringLiteral("yes")) << "restrictToAllowedOrigins" << "must be true or false" << Error::WrongType;
    QTest::newRow("caCertificatesOrigins without CA") << "caCertificatesOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://acs.example")}) << "caCertificatesOrigins" << "needs caCertificatesFile" << Error::InvalidValue;
    QTest::newRow("caCertificatesOrigins wildcard TLD") << "caCertificatesOrigins" << QJsonValue(QJsonArray{QStringLiteral("https://*.net")}) << "caCertificatesOrigins[0]" << "public suffix" << Error::InvalidValue;
    QTest::newRow("sessionServiceUrl http") << "sessionServiceUrl" << QJsonValue(QStringLiteral("http://api.example/")) << "sessionServiceUrl" << "loopback" << Error::InvalidValue;
    QTest::newRow("source unknown") << "source" << QJsonValue(QStringLiteral("Linux")) << "source" << "is not one of" << Error::InvalidValue;
    QTest::newRow("timeout negative") << "pageLoadTimeoutMs" << QJsonValue(-1) << "pageLoadTimeoutMs" << "must be from 1 to 600000 milliseconds" << Error::InvalidValue;
    QTest::newRow("timeout zero") << "pageLoadTimeoutMs" << QJsonValue(0) << "pageLoadTimeoutMs" << "must be from 1" << Error::InvalidValue;
    QTest::newRow("timeout fraction") << "pageLoadTimeoutMs" << QJsonValue(1.5) << "pageLoadTimeoutMs" << "whole number" << Error::InvalidValue;
    QTest::newRow("timeout string") << "pageLoadTimeoutMs" << QJsonValue(QStringLiteral("30000")) << "pageLoadTimeoutMs" << "must be a number" << Error::WrongType;
    QTest::newRow("timeout huge") << "pageLoadTimeoutMs" << QJsonValue(1e12) << "pageLoadTimeoutMs" << "to 600000" << Error::InvalidValue;
    QTest::newRow("refresh negative") << "refreshIntervalSeconds" << QJsonValue(-5) << "refreshIntervalSeconds" << "must be from 0 to 86400 seconds, not -5" << Error::InvalidValue;
    QTest::newRow("refresh fraction") << "refreshIntervalSeconds" << QJsonValue(0.5) << "refreshIntervalSeconds" << "whole number of seconds" << Error::InvalidValue;
    QTest::newRow("refresh text") << "refreshIntervalSeconds" << QJsonValue(QStringLiteral("300")) << "refreshIntervalSeconds" << "must be a number" << Error::WrongType;
    QTest::newRow("ca file missing") << "caCertificatesFile" << QJsonValue(QStringLiteral("/nonexistent/ca.pem")) << "caCertificatesFile" << "no such file" << Error::FileError;
    QTest::newRow("ca file a device") << "caCertificatesFile" << QJsonValue(QStringLiteral("/dev/zero")) << "caCertificatesFile" << "not a regular file" << Error::FileError;
    QTest::newRow("ca file a folder") << "caCertificatesFile" << QJsonValue(QStringLiteral("/")) << "caCertificatesFile" << "not a regular file" << Error::FileError;
}

void TestBrokerProfile::invalid()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorKey);
    QFETCH(QString, reasonContains);
    QFETCH(Error, kind);

    BrokerProfileError error;
    const BrokerProfile p = BrokerProfile::fromJson(bytes(with(validProfile(), key, value)), &error);
    QVERIFY(!p.isValid());
    QVERIFY(p.actions().isEmpty()); // refused whole: nothing half-loaded
    QVERIFY(p.brokerName().isEmpty());
    QCOMPARE(error.error(), kind);
    QCOMPARE(error.key(), errorKey);
    QVERIFY2(error.reason().contains(reasonContains), qPrintable(error.reason()));
    QVERIFY(error.errorString().startsWith(errorKey + QStringLiteral(": ")));
}

void TestBrokerProfile::notJson()
{
    BrokerProfileError error;
    QVERIFY(!BrokerProfile::fromJson("{\n  \"schema\": 1,\n  \"brokerName\": oops\n}", &error).isValid());
    QCOMPARE(error.error(), Error::SyntaxError);
    QVERIFY(error.key().isEmpty());
    QVERIFY2(error.reason().startsWith(QStringLiteral("not valid JSON")), qPrintable(error.reason()));
    QCOMPARE(error.line(), 3);
    QVERIFY(error.column() > 1);
    QVERIFY(error.offset() > 0);
    QVERIFY2(error.errorString().startsWith(QStringLiteral("3:")), qPrintable(error.errorString()));

    QVERIFY(!BrokerProfile::fromJson("[1,2]", &error).isValid());
    QCOMPARE(error.error(), Error::WrongType);
    QVERIFY(error.key().isEmpty());
    QVERIFY(error.reason().contains(QStringLiteral("JSON object")));
    QVERIFY(!BrokerProfile::fromJson("", &error).isValid());
    QVERIFY(!error.isNull());
    QCOMPARE(error.error(), Error::SyntaxError);
    QVERIFY(!BrokerProfile::fromJson(QByteArray(2 * 1024 * 1024, ' '), &error).isValid());
    QCOMPARE(error.error(), Error::FileError);
    QVERIFY(error.reason().contains(QStringLiteral("1 MiB")));
}

void TestBrokerProfile::unknownKeysWarn()
{
    QJsonObject o = validProfile();
    o.insert(QStringLiteral("colour"), QStringLiteral("red"));
    o = with(o, QStringLiteral("actions[1].urll"), QStringLiteral("/typo"));
    // Logged as well, so that an integrator sees a typo without calling warnings().
    QTest::ignoreMessage(QtWarningMsg, "broker profile: colour: unknown key, ignored");
    QTest::ignoreMessage(QtWarningMsg, "broker profile: actions[1].urll: unknown key, ignored");
    BrokerProfileError error;
    const BrokerProfile p = BrokerProfile::fromJson(bytes(o), &error);
    QVERIFY(p.isValid());
    QCOMPARE(p.warnings().size(), 2);
    QVERIFY(p.warnings().contains(QStringLiteral("colour: unknown key, ignored")));
    QVERIFY(p.warnings().contains(QStringLiteral("actions[1].urll: unknown key, ignored")));
}

void TestBrokerProfile::lightIdentity()
{
    const BrokerProfile p = BrokerProfile::fromJson(bytes(with(validProfile(), QStringLiteral("loginUrl"), QJsonValue::Undefined)));
    QVERIFY(p.isValid());
    QVERIFY(p.isLightIdentity());
    QVERIFY(p.loginUrl().isEmpty());
}

void TestBrokerProfile::loopbackHttp()
{
    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), QStringLiteral("[::1]"),
                                QStringLiteral("127.8.9.10")}) {
        QJsonObject o = validProfile();
        const QString base = QStringLiteral("http://") + host + QStringLiteral(":8080");
        o.insert(QStringLiteral("clientAreaUrl"), QString(base + u'/'));
        o.insert(QStringLiteral("loginUrl"), QString(base + QStringLiteral("/auth/login")));
        o.insert(QStringLiteral("successUrl"), QString(base + QStringLiteral("/callback/success")));
        o = with(o, QStringLiteral("actions[3].url"), QStringLiteral("/inapp/bonus"));
        BrokerProfileError error;
        QVERIFY2(BrokerProfile::fromJson(bytes(o), &error).isValid(), qPrintable(host + u' ' + error.errorString()));
    }
    // Not loopback, though it looks like it.
    for (const QString &host : {QStringLiteral("127.0.0.1.evil.example"), QStringLiteral("localhost.evil.example"),
                                QStringLiteral("10.0.0.1")}) {
        QJsonObject o = validProfile();
        o.insert(QStringLiteral("clientAreaUrl"), QString(QStringLiteral("http://") + host + u'/'));
        BrokerProfileError error;
        QVERIFY2(!BrokerProfile::fromJson(bytes(o), &error).isValid(), qPrintable(host));
        QCOMPARE(error.key(), QStringLiteral("clientAreaUrl"));
    }
}

void TestBrokerProfile::caCertificatesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The sandbox's test CA, generated by the build (cmake/InAppKitTestCertificates.cmake).
    QFile ca(QStringLiteral(INAPPKIT_TEST_CERT_DIR "/sandbox-ca.pem"));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    const QByteArray pem = ca.readAll();
    QFile file(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pem);
    file.close();
    QFile junk(dir.filePath(QStringLiteral("junk.pem")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();

    QJsonObject o = validProfile();
    o.insert(QStringLiteral("caCertificatesFile"), QStringLiteral("ca.pem"));
    QFile profileFile(dir.filePath(QStringLiteral("broker.json")));
    QVERIFY(profileFile.open(QIODevice::WriteOnly));
    profileFile.write(bytes(o));
    profileFile.close();

    BrokerProfileError error;
    const BrokerProfile p = BrokerProfile::fromFile(profileFile.fileName(), &error);
    QVERIFY2(p.isValid(), qPrintable(error.errorString()));
    QCOMPARE(p.caCertificatesFile(), file.fileName());
    QCOMPARE(p.caCertificates().size(), 1);

    // The same relative name, loaded from bytes with another base directory, is not found.
    QVERIFY(!BrokerProfile::fromJson(bytes(o), &error, QStringLiteral("/nonexistent")).isValid());
    QCOMPARE(error.error(), Error::FileError);
    QCOMPARE(error.key(), QStringLiteral("caCertificatesFile"));

    o.insert(QStringLiteral("caCertificatesFile"), QStringLiteral("junk.pem"));
    QVERIFY(!BrokerProfile::fromJson(bytes(o), &error, dir.path()).isValid());
    QCOMPARE(error.error(), Error::FileError);
    QCOMPARE(error.key(), QStringLiteral("caCertificatesFile"));
    QVERIFY(error.reason().contains(QStringLiteral("no PEM certificate")));

    // A relative path may not leave the profile's folder; the same file by its absolute path may.
    QDir(dir.path()).mkdir(QStringLiteral("profiles"));
    o.insert(QStringLiteral("caCertificatesFile"), QStringLiteral("../ca.pem"));
    QVERIFY(!BrokerProfile::fromJson(bytes(o), &error, dir.filePath(QStringLiteral("profiles"))).isValid());
    QCOMPARE(error.error(), Error::InvalidValue);
    QCOMPARE(error.key(), QStringLiteral("caCertificatesFile"));
    QVERIFY2(error.reason().contains(QStringLiteral("leaves the profile's folder")), qPrintable(error.reason()));
    o.insert(QStringLiteral("caCertificatesFile"), file.fileName());
    QVERIFY2(BrokerProfile::fromJson(bytes(o), &error, dir.filePath(QStringLiteral("profiles"))).isValid(), qPrintable(error.errorString()));

    // A CA file over its cap is refused, and no error echoes a file's contents.
    QFile big(dir.filePath(QStringLiteral("big.pem")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(pem);
    big.write(QByteArray(300 * 1024, 'A'));
    big.close();
    o.insert(QStringLiteral("caCertificatesFile"), QStringLiteral("big.pem"));
    QVERIFY(!BrokerProfile::fromJson(bytes(o), &error, dir.path()).isValid());
    QCOMPARE(error.error(), Error::FileError);
    QVERIFY2(error.reason().contains(QStringLiteral("larger than 256 KiB")), qPrintable(error.reason()));
    QVERIFY(!error.errorString().contains(QStringLiteral("AAAA")));
}

// What a profile says reaches messages and logs escaped: a key cannot forge a log line.
void TestBrokerProfile::keysAndValuesEscaped()
{
    QJsonObject o = validProfile();
    o.insert(QStringLiteral("evil\ninappkit.session: signed in as admin"), 1);
    BrokerProfileError error;
    const BrokerProfile p = BrokerProfile::fromJson(bytes(o), &error);
    QVERIFY(p.isValid());
    QCOMPARE(p.warnings().size(), 1);
    QVERIFY(!p.warnings().first().contains(u'\n'));
    QVERIFY2(p.warnings().first().contains(QStringLiteral("evil\\u000ainappkit")), qPrintable(p.warnings().first()));

    o = validProfile();
    o.insert(QStringLiteral("brokerName"), QString(QStringLiteral("Acme\r\nforged line") + QString(500, u'x')));
    o.insert(QStringLiteral("clientAreaUrl"), QStringLiteral("ftp://evil\n.example/"));
    QVERIFY(!BrokerProfile::fromJson(bytes(o), &error).isValid());
    QVERIFY(!error.errorString().contains(u'\n'));
    QVERIFY(error.errorString().size() < 600);
}

// Not a regular file: refused without being read (a FIFO would block, /dev/zero never end).
void TestBrokerProfile::notARegularFile()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("broker.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {fifo, QStringLiteral("/dev/zero"), dir.path()}) {
        BrokerProfileError error;
        QVERIFY(!BrokerProfile::fromFile(path, &error).isValid());
        QCOMPARE(error.error(), Error::FileError);
        QVERIFY(error.key().isEmpty());
        QVERIFY2(error.reason().contains(QStringLiteral("not a regular file")), qPrintable(error.errorString()));
    }
}

void TestBrokerProfile::fromFileErrors()
{
    BrokerProfileError error;
    QVERIFY(!BrokerProfile::fromFile(QStringLiteral("/nonexistent/broker.json"), &error).isValid());
    QCOMPARE(error.error(), Error::FileError);
    QCOMPARE(error.source(), QStringLiteral("/nonexistent/broker.json"));
    QVERIFY(error.errorString().startsWith(QStringLiteral("/nonexistent/broker.json: cannot read")));

    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n\n  ,\n}");
    f.close();
    QVERIFY(!BrokerProfile::fromFile(f.fileName(), &error).isValid());
    QCOMPARE(error.error(), Error::SyntaxError);
    QVERIFY2(error.errorString().startsWith(f.fileName() + QStringLiteral(":3:")), qPrintable(error.errorString()));
}

void TestBrokerProfile::brokerOrigin()
{
    const BrokerProfile p = BrokerProfile::fromJson(bytes(validProfile()));
    QVERIFY(p.isBrokerOrigin(QUrl(QStringLiteral("https://crm.acme-markets.example/anything?x=1"))));
    QVERIFY(p.isBrokerOrigin(QUrl(QStringLiteral("https://CRM.acme-markets.example:443/"))));
    QVERIFY(p.isBrokerOrigin(QUrl(QStringLiteral("https://promo.acme-markets.example/bonus"))));
    QVERIFY2(!p.isBrokerOrigin(QUrl(QStringLiteral("https://pay.psp.example/checkout"))), "a third party is not the broker");
    QVERIFY(p.isThirdPartyOrigin(QUrl(QStringLiteral("https://kyc.vendor.example:8443/"))));
    QVERIFY(!p.isThirdPartyOrigin(QUrl(QStringLiteral("https://kyc.vendor.example/"))));
    QVERIFY(!p.isThirdPartyOrigin(QUrl(QStringLiteral("https://crm.acme-markets.example/"))));
    QVERIFY(!p.isBrokerOrigin(QUrl(QStringLiteral("http://crm.acme-markets.example/"))));
    QVERIFY(!p.isBrokerOrigin(QUrl(QStringLiteral("https://crm.acme-markets.example.evil/"))));
    QVERIFY(!p.isBrokerOrigin(QUrl(QStringLiteral("https://x@crm.acme-markets.example/"))));
    QVERIFY(!BrokerProfile().isBrokerOrigin(QUrl(QStringLiteral("https://crm.acme-markets.example/"))));
    QVERIFY(p.isClientAreaOrigin(QUrl(QStringLiteral("https://crm.acme-markets.example/x"))));
    QVERIFY(!p.isClientAreaOrigin(QUrl(QStringLiteral("https://pay.psp.example/checkout"))));
    QVERIFY2(!p.isCaTrustedOrigin(QUrl(QStringLiteral("https://crm.acme-markets.example/"))), "no CA, nothing to trust");
}

void TestBrokerProfile::wildcardOrigins()
{
    const BrokerProfile p = BrokerProfile::fromJson(bytes(with(validProfile(), QStringLiteral("thirdPartyOrigins"),
                                                               QJsonArray{QStringLiteral("https://*.psp.example"),
                                                                          QStringLiteral("https://*.Vendor.example:8443")})));
    QVERIFY(p.isValid());
    QCOMPARE(p.thirdPartyOrigins(), (QStringList{QStringLiteral("https://*.psp.example:443"), QStringLiteral("https://*.vendor.example:8443")}));
    QVERIFY(p.isThirdPartyOrigin(QUrl(QStringLiteral("https://pay.psp.example/x"))));
    QVERIFY(p.isThirdPartyOrigin(QUrl(QStringLiteral("https://a.b.psp.example/"))));
    QVERIFY(p.isThirdPartyOrigin(QUrl(QStringLiteral("https://KYC.vendor.example:8443/"))));
    QVERIFY2(!p.isThirdPartyOrigin(QUrl(QStringLiteral("https://psp.example/"))), "a wildcard covers subdomains only");
    QVERIFY(!p.isThirdPartyOrigin(QUrl(QStringLiteral("https://evilpsp.example/"))));
    QVERIFY(!p.isThirdPartyOrigin(QUrl(QStringLiteral("https://pay.psp.example.evil/"))));
    QVERIFY(!p.isThirdPartyOrigin(QUrl(QStringLiteral("http://pay.psp.example/"))));
    QVERIFY(!p.isThirdPartyOrigin(QUrl(QStringLiteral("https://pay.psp.example:444/"))));
    QVERIFY(!p.isThirdPartyOrigin(QUrl(QStringLiteral("https://kyc.vendor.example/"))));
    QVERIFY(!p.isThirdPartyOrigin(QUrl(QStringLiteral("https://u@pay.psp.example/"))));
    QVERIFY(!p.restrictsToAllowedOrigins());

    const BrokerProfile locked = BrokerProfile::fromJson(bytes(with(validProfile(), QStringLiteral("restrictToAllowedOrigins"), true)));
    QVERIFY(locked.restrictsToAllowedOrigins());
}


void TestBrokerProfile::legacyAllowedOrigins()
{
    // A schema-1 profile's one list: what hosts the profile's own URLs is the broker's, the rest
    // third parties (which never finish a flow); it loads, with a warning that names the key.
    QJsonObject o = validProfile();
    o.remove(QStringLiteral("brokerOrigins"));
    o.remove(QStringLiteral("thirdPartyOrigins"));
    o.insert(QStringLiteral("allowedOrigins"), QJsonArray{QStringLiteral("https://pay.psp.example"), QStringLiteral("https://*.acme-help.example"),
                                                          QStringLiteral("https://promo.acme-markets.example")});
    QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
    actions.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("faq")}, {QStringLiteral("url"), QStringLiteral("https://faq.acme-help.example/desk")},
                               {QStringLiteral("title"), QStringLiteral("FAQ")}});
    o.insert(QStringLiteral("actions"), actions);
    BrokerProfileError error;
    const BrokerProfile p = BrokerProfile::fromJson(bytes(o), &error);
    QVERIFY2(p.isValid(), qPrintable(error.errorString()));
    QCOMPARE(p.brokerOrigins(), (QStringList{QStringLiteral("https://promo.acme-markets.example:443"), QStringLiteral("https://*.acme-help.example:443")}));
    QCOMPARE(p.thirdPartyOrigins(), QStringList{QStringLiteral("https://pay.psp.example:443")});
    QVERIFY(!p.isBrokerOrigin(QUrl(QStringLiteral("https://pay.psp.example/"))));
    QVERIFY(p.isThirdPartyOrigin(QUrl(QStringLiteral("https://pay.psp.example/"))));
    QCOMPARE(p.warnings().size(), 1);
    const QString warning = p.warnings().constFirst();
    QVERIFY2(warning.startsWith(QLatin1String("allowedOrigins: ")) && warning.contains(QLatin1String("brokerOrigins [https://promo.acme-markets.example:443, https://*.acme-help.example:443]"))
                 && warning.contains(QLatin1String("thirdPartyOrigins [https://pay.psp.example:443]")),
             qPrintable(warning));
}

void TestBrokerProfile::designDocExample()
{
    // The example of DESIGN.md, verbatim (data/design-example.json).
    BrokerProfileError error;
    const BrokerProfile p = BrokerProfile::fromFile(QFINDTESTDATA("data/design-example.json"), &error);
    QVERIFY2(p.isValid(), qPrintable(error.errorString()));
    QCOMPARE(p.actions().size(), 3);
}

QTEST_GUILESS_MAIN(TestBrokerProfile)
#include "tst_brokerprofile.moc"
