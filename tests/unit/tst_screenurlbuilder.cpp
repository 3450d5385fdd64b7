// SPDX-License-Identifier: MIT
#include <InAppKit/screenurlbuilder.h>

#include <QFile>
#include <QTest>
#include <QUrlQuery>

using namespace InAppKit;

namespace {

BrokerProfile profile(const QByteArray &loginUrl = "https://crm.acme.example/auth/login?client_id=desk&x=%2B1")
{
    BrokerProfileError error;
    // moc cannot read raw string literals that hold "//", so the JSON lives in data/.
    QFile file(QFINDTESTDATA("data/screen-profile.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("data/screen-profile.json is missing");
    QByteArray json = file.readAll();
    json.replace("@LOGIN_URL@", loginUrl);
    const BrokerProfile p = BrokerProfile::fromJson(json, &error);
    if (!p.isValid())
        qFatal("%s", qPrintable(error.errorString()));
    return p;
}

QString item(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

} // namespace

class TestScreenUrlBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginUrlDefaults();
    void loginUrlLoginFace();
    void attribution();
    void encoding();
    void actionUrl();
    void accountRequired();
    void unknownActionAndEmptyToken();
    void languageCode_data();
    void languageCode();
    void lightIdentityHasNoLoginUrl();
    void kitItemReplacesConfigured();
};

void TestScreenUrlBuilder::loginUrlDefaults()
{
    ScreenUrlBuilder builder(profile());
    const QUrl url = builder.loginUrl();
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.host(), QStringLiteral("crm.acme.example"));
    QCOMPARE(url.path(), QStringLiteral("/auth/login"));
    QCOMPARE(item(url, QStringLiteral("firstLogin")), QStringLiteral("true"));
    QCOMPARE(item(url, QStringLiteral("lang")), QStringLiteral("en"));
    QCOMPARE(item(url, QStringLiteral("source")), QStringLiteral("Desktop"));
    QCOMPARE(item(url, QStringLiteral("theme")), QStringLiteral("light"));
    // Items already in the configured URL are kept, byte for byte.
    QCOMPARE(item(url, QStringLiteral("client_id")), QStringLiteral("desk"));
    QVERIFY2(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("x=%2B1")), qPrintable(url.toString()));
    QCOMPARE(item(url, QStringLiteral("client_secret_hint")), QStringLiteral("a b&c"));
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("partnerId")));
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("utm_source")));
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("token")));
}

void TestScreenUrlBuilder::loginUrlLoginFace()
{
    ScreenUrlBuilder builder(profile());
    builder.setFirstLogin(false);
    builder.setTheme(ScreenUrlBuilder::Theme::Dark);
    builder.setLocale(QLocale(QLocale::German, QLocale::Austria));
    const QUrl url = builder.loginUrl();
    QCOMPARE(item(url, QStringLiteral("firstLogin")), QStringLiteral("false"));
    QCOMPARE(item(url, QStringLiteral("theme")), QStringLiteral("dark"));
    QCOMPARE(item(url, QStringLiteral("lang")), QStringLiteral("de"));
}

void TestScreenUrlBuilder::attribution()
{
    ScreenUrlBuilder builder(profile());
    Attribution a;
    a.setPartnerId(QStringLiteral("partner@example.com"));
    a.setUtmSource(QStringLiteral("news letter"));
    a.setUtmMedium(QStringLiteral("email"));
    a.setUtmCampaign(QStringLiteral("spring"));
    a.setUtmTerm(QStringLiteral("fx"));
    a.setUtmContent(QStringLiteral("banner/1"));
    a.setClickId(QStringLiteral("Cj0KCQ&x=1"));
    builder.setAttribution(a);
    const QUrl url = builder.loginUrl();
    QCOMPARE(item(url, QStringLiteral("partnerId")), a.partnerId());
    QCOMPARE(item(url, QStringLiteral("utm_source")), a.utmSource());
    QCOMPARE(item(url, QStringLiteral("utm_medium")), a.utmMedium());
    QCOMPARE(item(url, QStringLiteral("utm_campaign")), a.utmCampaign());
    QCOMPARE(item(url, QStringLiteral("utm_term")), a.utmTerm());
    QCOMPARE(item(url, QStringLiteral("utm_content")), a.utmContent());
    QCOMPARE(item(url, QStringLiteral("gclid")), a.clickId());
    // A value: the builder keeps its own copy.
    Attribution changed = a;
    changed.setPartnerId(QStringLiteral("other"));
    QCOMPARE(builder.attribution(), a);
    QVERIFY(builder.attribution() != changed);
    QVERIFY(!a.isEmpty());
    QVERIFY(Attribution().isEmpty());
    QCOMPARE(a.queryItems().size(), 7);
    // Attribution belongs to the login screen only.
    const QUrl action = builder.actionUrl(QStringLiteral("kyc"), QStringLiteral("t"));
    QVERIFY(!QUrlQuery(action).hasQueryItem(QStringLiteral("partnerId")));
    QVERIFY(!QUrlQuery(action).hasQueryItem(QStringLiteral("utm_source")));
}

void TestScreenUrlBuilder::encoding()
{
    ScreenUrlBuilder builder(profile());
    Attribution a;
    a.setPartnerId(QStringLiteral("a+b c&d=e#f/ü"));
    builder.setAttribution(a);
    const QUrl url = builder.loginUrl();
    const QString encoded = url.toString(QUrl::FullyEncoded);
    QVERIFY2(encoded.contains(QStringLiteral("partnerId=a%2Bb%20c%26d%3De%23f%2F%C3%BC")), qPrintable(encoded));
    QVERIFY(!url.hasFragment());
    QCOMPARE(item(url, QStringLiteral("partnerId")), a.partnerId());

    const QUrl action = builder.actionUrl(QStringLiteral("deposit"), QStringLiteral("to+k/en="), QStringLiteral("1234"));
    QVERIFY2(action.toString(QUrl::FullyEncoded).contains(QStringLiteral("token=to%2Bk%2Fen%3D")),
             qPrintable(action.toString(QUrl::FullyEncoded)));
    // A server that decodes '+' as a space still sees the token.
    QCOMPARE(QUrl::fromPercentEncoding(QUrlQuery(action).queryItemValue(QStringLiteral("token"), QUrl::FullyEncoded).toUtf8()),
             QStringLiteral("to+k/en="));
}

void TestScreenUrlBuilder::actionUrl()
{
    ScreenUrlBuilder builder(profile());
    builder.setLocale(QLocale(QLocale::Spanish));
    builder.setTheme(ScreenUrlBuilder::Theme::Dark);
    const QUrl url = builder.actionUrl(QStringLiteral("deposit"), QStringLiteral("OT123"), QStringLiteral("8003098"));
    QVERIFY2(builder.errorString().isEmpty(), qPrintable(builder.errorString()));
    QCOMPARE(builder.error(), ScreenUrlBuilder::Error::NoError);
    QCOMPARE(url.path(), QStringLiteral("/inapp/deposit"));
    QCOMPARE(item(url, QStringLiteral("currency")), QStringLiteral("EUR"));
    QCOMPARE(item(url, QStringLiteral("token")), QStringLiteral("OT123"));
    QCOMPARE(item(url, QStringLiteral("account")), QStringLiteral("8003098"));
    QCOMPARE(item(url, QStringLiteral("lang")), QStringLiteral("es"));
    QCOMPARE(item(url, QStringLiteral("source")), QStringLiteral("Desktop"));
    QCOMPARE(item(url, QStringLiteral("theme")), QStringLiteral("dark"));
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("firstLogin")));

    const QUrl kyc = builder.actionUrl(QStringLiteral("kyc"), QStringLiteral("OT9"));
    QCOMPARE(item(kyc, QStringLiteral("token")), QStringLiteral("OT9"));
    QVERIFY(!QUrlQuery(kyc).hasQueryItem(QStringLiteral("account")));

    // On another origin the profile lists: neither the token nor the account, the rest as usual.
    const QUrl lessons = builder.actionUrl(QStringLiteral("lessons"), QStringLiteral("OT10"), QStringLiteral("8003098"));
    QVERIFY2(builder.errorString().isEmpty(), qPrintable(builder.errorString()));
    QCOMPARE(lessons.host(), QStringLiteral("academy.acme.example"));
    QVERIFY(!QUrlQuery(lessons).hasQueryItem(QStringLiteral("token")));
    QVERIFY(!QUrlQuery(lessons).hasQueryItem(QStringLiteral("account")));
    QCOMPARE(item(lessons, QStringLiteral("lang")), QStringLiteral("es"));
    const QUrl ribbon = builder.brokerUrl(QUrl(QStringLiteral("https://academy.acme.example/promo")), QStringLiteral("OT11"), QStringLiteral("1"));
    QVERIFY(!QUrlQuery(ribbon).hasQueryItem(QStringLiteral("token")));
    QVERIFY(!QUrlQuery(ribbon).hasQueryItem(QStringLiteral("account")));
}

void TestScreenUrlBuilder::accountRequired()
{
    ScreenUrlBuilder builder(profile());
    for (const QString &id : {QStringLiteral("deposit"), QStringLiteral("chat")}) {
        QVERIFY(builder.actionUrl(id, QStringLiteral("OT"), QString()).isEmpty());
        QCOMPARE(builder.error(), ScreenUrlBuilder::Error::NoAccount);
        QVERIFY2(builder.errorString().contains(QStringLiteral("account")), qPrintable(builder.errorString()));
    }
    // A call that succeeds clears what the one before failed on.
    QVERIFY(!builder.actionUrl(QStringLiteral("deposit"), QStringLiteral("OT"), QStringLiteral("1")).isEmpty());
    QCOMPARE(builder.error(), ScreenUrlBuilder::Error::NoError);
    QVERIFY(builder.errorString().isEmpty());
}

void TestScreenUrlBuilder::unknownActionAndEmptyToken()
{
    ScreenUrlBuilder builder(profile());
    QCOMPARE(builder.error(), ScreenUrlBuilder::Error::NoError); // nothing built yet
    QVERIFY(builder.actionUrl(QStringLiteral("withdraw"), QStringLiteral("OT"), QStringLiteral("1")).isEmpty());
    QCOMPARE(builder.error(), ScreenUrlBuilder::Error::UnknownAction);
    QVERIFY(builder.errorString().contains(QStringLiteral("withdraw")));
    QVERIFY(builder.actionUrl(QStringLiteral("kyc"), QString(), QString()).isEmpty());
    QCOMPARE(builder.error(), ScreenUrlBuilder::Error::NoToken);
    QVERIFY(!builder.errorString().isEmpty());
    QVERIFY(!builder.errorString().contains(QStringLiteral("withdraw")));
    // A copy is the builder's own: it keeps its own last error.
    const ScreenUrlBuilder copy = builder;
    QVERIFY(!builder.actionUrl(QStringLiteral("kyc"), QStringLiteral("OT"), QString()).isEmpty());
    QCOMPARE(builder.error(), ScreenUrlBuilder::Error::NoError);
    QCOMPARE(copy.error(), ScreenUrlBuilder::Error::NoToken);
}

void TestScreenUrlBuilder::languageCode_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("code");
    QTest::newRow("C") << QLocale::c() << "en";
    QTest::newRow("en_US") << QLocale(QStringLiteral("en_US")) << "en";
    QTest::newRow("de_CH") << QLocale(QStringLiteral("de_CH")) << "de";
    QTest::newRow("zh_CN") << QLocale(QStringLiteral("zh_CN")) << "zh";
    QTest::newRow("ar_EG") << QLocale(QStringLiteral("ar_EG")) << "ar";
    QTest::newRow("ru") << QLocale(QStringLiteral("ru")) << "ru";
    QTest::newRow("pt_BR") << QLocale(QStringLiteral("pt_BR")) << "pt";
}

void TestScreenUrlBuilder::languageCode()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, code);
    QCOMPARE(ScreenUrlBuilder::languageCode(locale), code);
}

void TestScreenUrlBuilder::lightIdentityHasNoLoginUrl()
{
    const BrokerProfile p = BrokerProfile::fromFile(QFINDTESTDATA("data/light-profile.json"));
    QVERIFY(p.isValid());
    ScreenUrlBuilder builder(p);
    QVERIFY(builder.loginUrl().isEmpty());
    QVERIFY(!builder.actionUrl(QStringLiteral("kyc"), QStringLiteral("t")).isEmpty());
}

void TestScreenUrlBuilder::kitItemReplacesConfigured()
{
    ScreenUrlBuilder builder(profile("https://crm.acme.example/auth/login?lang=xx&theme=neon&keep=1"));
    const QUrl url = builder.loginUrl();
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("lang")), QStringList{QStringLiteral("en")});
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("theme")), QStringList{QStringLiteral("light")});
    QCOMPARE(item(url, QStringLiteral("keep")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestScreenUrlBuilder)
#include "tst_screenurlbuilder.moc"
