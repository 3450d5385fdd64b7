// SPDX-License-Identifier: MIT
#include <InAppKit/successurlmatcher.h>

#include <QTest>

using InAppKit::SuccessUrlMatcher;
using Outcome = SuccessUrlMatcher::Outcome;

class TestSuccessUrlMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data();
    void match();
    void customTokenParameter();
    void idnaHost();
    void brokerErrorDescription();
    void tokenLength();
};

void TestSuccessUrlMatcher::match_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("token");

    const QString none;
    // The configured success URL is https://crm.acme.example/callback/success.
    QTest::newRow("exact") << "https://crm.acme.example/callback/success?token=abc" << Outcome::Token << "abc";
    QTest::newRow("explicit default port") << "https://crm.acme.example:443/callback/success?token=abc" << Outcome::Token << "abc";
    QTest::newRow("host case") << "https://CRM.Acme.Example/callback/success?token=abc" << Outcome::Token << "abc";
    QTest::newRow("other items kept") << "https://crm.acme.example/callback/success?state=1&token=abc&x=y" << Outcome::Token << "abc";
    QTest::newRow("encoded token") << "https://crm.acme.example/callback/success?token=a%2Bb%2Fc%3D" << Outcome::Token << "a+b/c=";
    QTest::newRow("plus stays plus") << "https://crm.acme.example/callback/success?token=a+b" << Outcome::Token << "a+b";
    QTest::newRow("fragment ignored") << "https://crm.acme.example/callback/success?token=abc#frag" << Outcome::Token << "abc";

    QTest::newRow("look-alike suffix") << "https://crm.acme.example.evil/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("look-alike prefix") << "https://evilcrm.acme.example/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("subdomain") << "https://x.crm.acme.example/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("userinfo trick") << "https://crm.acme.example@evil.example/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("userinfo on right host") << "https://user:pw@crm.acme.example/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("other port") << "https://crm.acme.example:8443/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("http") << "http://crm.acme.example/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("http on 443") << "http://crm.acme.example:443/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("dot-dot") << "https://crm.acme.example/callback/success/../x?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("dot segment") << "https://crm.acme.example/callback/./success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("encoded slash") << "https://crm.acme.example/callback%2Fsuccess?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("encoded slash lower") << "https://crm.acme.example/callback%2fsuccess?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("trailing slash") << "https://crm.acme.example/callback/success/?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("path suffix") << "https://crm.acme.example/callback/successful?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("path case") << "https://crm.acme.example/Callback/Success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("double slash") << "https://crm.acme.example//callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("other path") << "https://crm.acme.example/auth/login?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("relative") << "/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("javascript") << "javascript:location='https://crm.acme.example/callback/success?token=abc'" << Outcome::NotSuccessUrl << none;
    QTest::newRow("data") << "data:text/html,https://crm.acme.example/callback/success?token=abc" << Outcome::NotSuccessUrl << none;
    QTest::newRow("empty") << "" << Outcome::NotSuccessUrl << none;
    QTest::newRow("fullwidth dot host") << QStringLiteral("https://crm\uFF0Eacme.example.evil/callback/success?token=abc") << Outcome::NotSuccessUrl << none;

    QTest::newRow("token only in fragment") << "https://crm.acme.example/callback/success#token=abc" << Outcome::NoToken << none;
    QTest::newRow("no query") << "https://crm.acme.example/callback/success" << Outcome::NoToken << none;
    QTest::newRow("token name case") << "https://crm.acme.example/callback/success?TOKEN=abc" << Outcome::NoToken << none;
    QTest::newRow("two tokens") << "https://crm.acme.example/callback/success?token=abc&token=def" << Outcome::AmbiguousToken << none;
    QTest::newRow("two equal tokens") << "https://crm.acme.example/callback/success?token=abc&token=abc" << Outcome::AmbiguousToken << none;
    QTest::newRow("empty token") << "https://crm.acme.example/callback/success?token=" << Outcome::InvalidToken << none;
    QTest::newRow("bare token") << "https://crm.acme.example/callback/success?token" << Outcome::InvalidToken << none;
    QTest::newRow("token with space") << "https://crm.acme.example/callback/success?token=a%20b" << Outcome::InvalidToken << none;
    QTest::newRow("token with newline") << "https://crm.acme.example/callback/success?token=a%0Ab" << Outcome::InvalidToken << none;
    QTest::newRow("broker error") << "https://crm.acme.example/callback/success?error=access_denied" << Outcome::BrokerError << none;
    QTest::newRow("broker error wins over token") << "https://crm.acme.example/callback/success?token=abc&error=x" << Outcome::BrokerError << none;
}

void TestSuccessUrlMatcher::match()
{
    QFETCH(QString, url);
    QFETCH(Outcome, outcome);
    QFETCH(QString, token);

    const SuccessUrlMatcher matcher(QUrl(QStringLiteral("https://crm.acme.example/callback/success")));
    const SuccessUrlMatcher::Match m = matcher.match(QUrl(url));
    QCOMPARE(m.outcome(), outcome);
    QCOMPARE(m.token(), token);
    QCOMPARE(m.isSuccessUrl(), outcome != Outcome::NotSuccessUrl);
    QCOMPARE(matcher.isSuccessUrl(QUrl(url)), outcome != Outcome::NotSuccessUrl);
}

void TestSuccessUrlMatcher::customTokenParameter()
{
    const SuccessUrlMatcher matcher(QUrl(QStringLiteral("http://127.0.0.1:8443/done")), QStringLiteral("ot"));
    auto m = matcher.match(QUrl(QStringLiteral("http://127.0.0.1:8443/done?ot=xyz&token=nope")));
    QCOMPARE(m.outcome(), Outcome::Token);
    QCOMPARE(m.token(), QStringLiteral("xyz"));
    m = matcher.match(QUrl(QStringLiteral("http://127.0.0.1:8443/done?token=xyz")));
    QCOMPARE(m.outcome(), Outcome::NoToken);
    QCOMPARE(matcher.match(QUrl(QStringLiteral("http://localhost:8443/done?ot=xyz"))).outcome(), Outcome::NotSuccessUrl);
}

void TestSuccessUrlMatcher::idnaHost()
{
    // The configured host in Unicode matches its punycode form, and vice versa.
    const SuccessUrlMatcher unicode(QUrl(QStringLiteral("https://bücher.example/ok")));
    QCOMPARE(unicode.match(QUrl(QStringLiteral("https://xn--bcher-kva.example/ok?token=t"))).outcome(), Outcome::Token);
    const SuccessUrlMatcher ace(QUrl(QStringLiteral("https://xn--bcher-kva.example/ok")));
    QCOMPARE(ace.match(QUrl(QStringLiteral("https://BÜCHER.example/ok?token=t"))).outcome(), Outcome::Token);
    // A Cyrillic look-alike of "acme" is another host.
    const SuccessUrlMatcher latin(QUrl(QStringLiteral("https://acme.example/ok")));
    QCOMPARE(latin.match(QUrl(QStringLiteral("https://\u0430cme.example/ok?token=t"))).outcome(), Outcome::NotSuccessUrl);
}

void TestSuccessUrlMatcher::brokerErrorDescription()
{
    const SuccessUrlMatcher matcher(QUrl(QStringLiteral("https://crm.acme.example/callback/success")));
    const auto m = matcher.match(QUrl(QStringLiteral(
        "https://crm.acme.example/callback/success?error=access_denied&error_description=User%20cancelled")));
    QCOMPARE(m.outcome(), Outcome::BrokerError);
    QCOMPARE(m.brokerError(), QStringLiteral("access_denied"));
    QCOMPARE(m.brokerErrorDescription(), QStringLiteral("User cancelled"));
    QVERIFY(m.token().isEmpty());
}

void TestSuccessUrlMatcher::tokenLength()
{
    const SuccessUrlMatcher matcher(QUrl(QStringLiteral("https://crm.acme.example/callback/success")));
    const QString base = QStringLiteral("https://crm.acme.example/callback/success?token=");
    QCOMPARE(matcher.match(QUrl(base + QString(SuccessUrlMatcher::MaxTokenLength, u'a'))).outcome(), Outcome::Token);
    QCOMPARE(matcher.match(QUrl(base + QString(SuccessUrlMatcher::MaxTokenLength + 1, u'a'))).outcome(),
             Outcome::InvalidToken);
}

QTEST_GUILESS_MAIN(TestSuccessUrlMatcher)
#include "tst_successurlmatcher.moc"
