// SPDX-License-Identifier: MIT
// One row per rule of the navigation policy (README, "Security"): what a broker screen may load,
// where, and what is captured, handed to the browser or refused.
#include <InAppKit/navigationpolicy.h>
#include <InAppKit/screenurlbuilder.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace InAppKit;
using D = NavigationPolicy::Decision;
using F = NavigationPolicy::Frame;
using T = NavigationPolicy::Trigger;
using P = NavigationPolicy::PopUp;

namespace {

const QString Crm = QStringLiteral("https://crm.acme.example");
const QString Success = QStringLiteral("https://crm.acme.example/callback/success");

BrokerProfile profile(bool restricted = false)
{
    QJsonObject o{
        {QStringLiteral("schema"), QJsonValue(1)},
        {QStringLiteral("brokerName"), QStringLiteral("Acme")},
        {QStringLiteral("clientAreaUrl"), QString(Crm + u'/')},
        {QStringLiteral("loginUrl"), QStringLiteral("/auth/login")},
        {QStringLiteral("successUrl"), QStringLiteral("/callback/success")},
        {QStringLiteral("brokerOrigins"), QJsonArray{QStringLiteral("https://help.acme.example")}},
        {QStringLiteral("thirdPartyOrigins"), QJsonArray{QStringLiteral("https://*.acme-pay.example")}},
        {QStringLiteral("restrictToAllowedOrigins"), QJsonValue(restricted)},
    };
    BrokerProfileError error;
    const BrokerProfile p = BrokerProfile::fromJson(QJsonDocument(o).toJson(), &error);
    if (!p.isValid())
        qFatal("%s", qPrintable(error.errorString()));
    return p;
}

QUrl u(const QString &s)
{
    return QUrl(s);
}

} // namespace

class TestNavigationPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data();
    void classify();
    void decide_data();
    void decide();
    void newWindow_data();
    void newWindow();
    void tokens();
    void browserHandOff_data();
    void browserHandOff();
};

void TestNavigationPolicy::classify_data()
{
    using O = NavigationPolicy::OriginClass;
    QTest::addColumn<QString>("url");
    QTest::addColumn<O>("expected");
    QTest::newRow("client area") << Crm + QStringLiteral("/inapp/deposit") << O::ClientArea;
    QTest::newRow("client area upper case, port") << QStringLiteral("https://CRM.acme.example:443/x") << O::ClientArea;
    QTest::newRow("listed exact") << QStringLiteral("https://help.acme.example/faq") << O::Listed;
    QTest::newRow("third party wildcard") << QStringLiteral("https://cards.acme-pay.example/form") << O::ThirdParty;
    QTest::newRow("wildcard apex is foreign") << QStringLiteral("https://acme-pay.example/") << O::ForeignHttps;
    QTest::newRow("foreign https") << QStringLiteral("https://acs.bank.example/3ds") << O::ForeignHttps;
    QTest::newRow("client area host, other port") << QStringLiteral("https://crm.acme.example:8443/") << O::ForeignHttps;
    QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8080/") << O::LoopbackHttp;
    QTest::newRow("localhost http") << QStringLiteral("http://localhost/") << O::LoopbackHttp;
    QTest::newRow("about:blank") << QStringLiteral("about:blank") << O::Blank;
    QTest::newRow("about:srcdoc") << QStringLiteral("about:srcdoc") << O::Blank;
    QTest::newRow("about:config") << QStringLiteral("about:config") << O::Unsafe;
    QTest::newRow("http elsewhere") << QStringLiteral("http://crm.acme.example/") << O::Unsafe;
    QTest::newRow("data") << QStringLiteral("data:text/html,<b>x</b>") << O::Unsafe;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << O::Unsafe;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << O::Unsafe;
    QTest::newRow("blob") << QStringLiteral("blob:https://crm.acme.example/1234") << O::Unsafe;
    QTest::newRow("custom scheme") << QStringLiteral("acme-app://open") << O::Unsafe;
    QTest::newRow("user info on the client area") << QStringLiteral("https://x@crm.acme.example/") << O::Unsafe;
}

void TestNavigationPolicy::classify()
{
    QFETCH(QString, url);
    QFETCH(NavigationPolicy::OriginClass, expected);
    QCOMPARE(NavigationPolicy(profile()).classify(QUrl(url)), expected);
}

void TestNavigationPolicy::decide_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<F>("frame");
    QTest::addColumn<T>("trigger");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("restricted");
    QTest::addColumn<D>("expected");

    const QString page = Crm + QStringLiteral("/inapp/deposit");
    const QString acs = QStringLiteral("https://acs.bank.example/3ds");
    const QString token = Success + QStringLiteral("?token=abc");

    // The success URL: captured from the main frame when the broker sends it there, and only then.
    QTest::newRow("success: broker redirect") << token << F::MainFrame << T::ServerRedirect << page << false << D::Capture;
    QTest::newRow("success: broker script (SPA)") << token << F::MainFrame << T::LinkClicked << page << false << D::Capture;
    QTest::newRow("success: broker form") << token << F::MainFrame << T::FormSubmission << page << false << D::Capture;
    QTest::newRow("success: from a listed origin") << token << F::MainFrame << T::ServerRedirect << QStringLiteral("https://help.acme.example/") << false << D::Capture;
    QTest::newRow("success: without token (InApp done)") << Success << F::MainFrame << T::ServerRedirect << page << false << D::Capture;
    QTest::newRow("success: sub-frame") << token << F::SubFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("success: child window") << token << F::ChildWindow << T::ServerRedirect << page << false << D::Refuse;
    QTest::newRow("success: while away") << token << F::MainFrame << T::FormSubmission << acs << false << D::Refuse;
    QTest::newRow("success: foreign frame navigates top") << token << F::MainFrame << T::LinkClicked << QStringLiteral("https://evil.example/") << false << D::Refuse;
    QTest::newRow("success: unknown source") << token << F::MainFrame << T::LinkClicked << QString() << false << D::Refuse;
    QTest::newRow("success: kit load") << token << F::MainFrame << T::KitLoad << QString() << false << D::Refuse;

    // Broker origins load anywhere.
    QTest::newRow("broker: kit load") << page << F::MainFrame << T::KitLoad << QString() << false << D::Allow;
    QTest::newRow("broker: link") << page << F::MainFrame << T::LinkClicked << page << false << D::Allow;
    QTest::newRow("broker: 3-D Secure returns by POST") << page << F::MainFrame << T::FormSubmission << acs << false << D::Allow;
    QTest::newRow("third party: frame, restricted") << QStringLiteral("https://cards.acme-pay.example/") << F::SubFrame << T::Other << page << true << D::Allow;
    QTest::newRow("third party: takes the window, restricted") << QStringLiteral("https://cards.acme-pay.example/3ds") << F::MainFrame << T::FormSubmission << page << true << D::AllowAway;
    QTest::newRow("third party: redirected to, restricted") << QStringLiteral("https://cards.acme-pay.example/3ds") << F::MainFrame << T::ServerRedirect << page << true << D::AllowAway;
    QTest::newRow("third party: a link is the browser's") << QStringLiteral("https://cards.acme-pay.example/") << F::MainFrame << T::LinkClicked << page << true << D::SystemBrowser;
    QTest::newRow("success: from a third party") << token << F::MainFrame << T::ServerRedirect << QStringLiteral("https://cards.acme-pay.example/") << false << D::Refuse;
    QTest::newRow("success: a third party's script") << token << F::MainFrame << T::LinkClicked << QStringLiteral("https://cards.acme-pay.example/") << false << D::Refuse;
    QTest::newRow("broker: listed in restricted mode, top") << QStringLiteral("https://help.acme.example/") << F::MainFrame << T::LinkClicked << page << true << D::Allow;
    QTest::newRow("blank sub-frame") << QStringLiteral("about:blank") << F::SubFrame << T::Other << page << false << D::Allow;
    QTest::newRow("srcdoc sub-frame") << QStringLiteral("about:srcdoc") << F::SubFrame << T::Other << page << false << D::Allow;
    // A top-level empty document: a frame of the page could be writing it.
    QTest::newRow("blank: kit empties the screen") << QStringLiteral("about:blank") << F::MainFrame << T::KitLoad << QString() << false << D::Allow;
    QTest::newRow("blank: a page empties the screen") << QStringLiteral("about:blank") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("blank: location.replace") << QStringLiteral("about:blank") << F::MainFrame << T::Other << page << false << D::Refuse;
    QTest::newRow("srcdoc: the screen") << QStringLiteral("about:srcdoc") << F::MainFrame << T::Other << page << false << D::Refuse;
    QTest::newRow("blank: a pop-up") << QStringLiteral("about:blank") << F::ChildWindow << T::LinkClicked << page << false << D::AllowAway;

    // Foreign sub-frames: a provider's card form, a chat or KYC vendor.
    QTest::newRow("foreign https sub-frame") << QStringLiteral("https://pay.psp.example/card") << F::SubFrame << T::Other << page << false << D::Allow;
    QTest::newRow("foreign sub-frame, restricted") << QStringLiteral("https://pay.psp.example/card") << F::SubFrame << T::Other << page << true << D::Refuse;
    QTest::newRow("loopback http sub-frame") << QStringLiteral("http://127.0.0.1:9/x") << F::SubFrame << T::Other << page << false << D::Allow;
    QTest::newRow("http sub-frame off loopback") << QStringLiteral("http://pay.psp.example/card") << F::SubFrame << T::Other << page << false << D::Refuse;
    QTest::newRow("data sub-frame") << QStringLiteral("data:text/html,x") << F::SubFrame << T::Other << page << false << D::Refuse;
    QTest::newRow("custom scheme sub-frame") << QStringLiteral("acme-app://x") << F::SubFrame << T::Other << page << false << D::Refuse;

    // Foreign top level: redirects and forms stay (3-D Secure), links go to the browser.
    QTest::newRow("3-D Secure form POST") << acs << F::MainFrame << T::FormSubmission << page << false << D::AllowAway;
    QTest::newRow("provider redirect") << acs << F::MainFrame << T::ServerRedirect << page << false << D::AllowAway;
    QTest::newRow("script redirect (other)") << acs << F::MainFrame << T::Other << page << false << D::AllowAway;
    QTest::newRow("back to the foreign page") << acs << F::MainFrame << T::History << page << false << D::AllowAway;
    QTest::newRow("foreign form, restricted") << acs << F::MainFrame << T::FormSubmission << page << true << D::Refuse;
    QTest::newRow("foreign redirect, restricted") << acs << F::MainFrame << T::ServerRedirect << page << true << D::Refuse;
    QTest::newRow("foreign link") << QStringLiteral("https://news.example/article") << F::MainFrame << T::LinkClicked << page << false << D::SystemBrowser;
    QTest::newRow("foreign link while away") << QStringLiteral("https://bank.example/help") << F::MainFrame << T::LinkClicked << acs << false << D::SystemBrowser;
    QTest::newRow("foreign link, restricted") << QStringLiteral("https://news.example/") << F::MainFrame << T::LinkClicked << page << true << D::SystemBrowser;
    QTest::newRow("foreign kit load") << acs << F::MainFrame << T::KitLoad << QString() << false << D::Refuse;
    QTest::newRow("child window moves on") << acs << F::ChildWindow << T::LinkClicked << QStringLiteral("https://wallet.example/") << false << D::AllowAway;
    QTest::newRow("child window link, restricted") << acs << F::ChildWindow << T::LinkClicked << page << true << D::SystemBrowser;

    // What the browser never gets.
    QTest::newRow("link carrying the token parameter") << QStringLiteral("https://evil.example/?token=abc") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("link carrying TOKEN") << QStringLiteral("https://evil.example/?TOKEN=abc") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("success near miss: trailing dot") << QStringLiteral("https://crm.acme.example./callback/success?x=1") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("success near miss: other port") << QStringLiteral("https://crm.acme.example:8443/callback/success") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("success near miss: user info") << QStringLiteral("https://u:p@crm.acme.example/callback/success?token=abc") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("mailto link") << QStringLiteral("mailto:support@acme.example") << F::MainFrame << T::LinkClicked << page << false << D::SystemBrowser;
    QTest::newRow("mailto by redirect") << QStringLiteral("mailto:support@acme.example") << F::MainFrame << T::ServerRedirect << page << false << D::Refuse;
    QTest::newRow("mailto in a sub-frame") << QStringLiteral("mailto:support@acme.example") << F::SubFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("data top level") << QStringLiteral("data:text/html,<form>") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("javascript top level") << QStringLiteral("javascript:alert(1)") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("file top level") << QStringLiteral("file:///etc/passwd") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("custom scheme top level") << QStringLiteral("acme-app://open") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
    QTest::newRow("http top level off loopback") << QStringLiteral("http://news.example/") << F::MainFrame << T::LinkClicked << page << false << D::Refuse;
}

void TestNavigationPolicy::decide()
{
    QFETCH(QString, url);
    QFETCH(F, frame);
    QFETCH(T, trigger);
    QFETCH(QString, source);
    QFETCH(bool, restricted);
    QFETCH(D, expected);
    const NavigationPolicy policy(profile(restricted));
    QCOMPARE(policy.decide(QUrl(url), frame, trigger, source.isEmpty() ? QUrl() : QUrl(source)), expected);
}

void TestNavigationPolicy::newWindow_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<P>("kind");
    QTest::addColumn<bool>("gesture");
    QTest::addColumn<int>("open");
    QTest::addColumn<bool>("restricted");
    QTest::addColumn<D>("expected");
    const QString wallet = QStringLiteral("https://wallet.psp.example/approve");
    QTest::newRow("provider pop-up") << wallet << P::Window << true << 0 << false << D::ChildWindow;
    QTest::newRow("provider pop-up, third") << wallet << P::Window << true << NavigationPolicy::MaxChildWindows - 1 << false << D::ChildWindow;
    QTest::newRow("provider pop-up, one too many") << wallet << P::Window << true << NavigationPolicy::MaxChildWindows << false << D::Refuse;
    QTest::newRow("pop-up without gesture") << wallet << P::Window << false << 0 << false << D::Refuse;
    QTest::newRow("tab without gesture") << wallet << P::Tab << false << 0 << false << D::Refuse;
    QTest::newRow("blank pop-up filled by script") << QStringLiteral("about:blank") << P::Window << true << 0 << false << D::ChildWindow;
    QTest::newRow("broker pop-up") << Crm + QStringLiteral("/terms") << P::Window << true << 0 << false << D::ChildWindow;
    QTest::newRow("broker tab") << Crm + QStringLiteral("/terms") << P::Tab << true << 0 << false << D::ChildWindow;
    QTest::newRow("foreign tab") << QStringLiteral("https://news.example/") << P::Tab << true << 0 << false << D::SystemBrowser;
    QTest::newRow("foreign tab carrying a token") << QStringLiteral("https://news.example/?token=x") << P::Tab << true << 0 << false << D::Refuse;
    QTest::newRow("foreign pop-up, restricted") << wallet << P::Window << true << 0 << true << D::SystemBrowser;
    QTest::newRow("listed pop-up, restricted") << QStringLiteral("https://w.acme-pay.example/") << P::Window << true << 0 << true << D::ChildWindow;
    QTest::newRow("success URL pop-up") << Success + QStringLiteral("?token=x") << P::Window << true << 0 << false << D::Refuse;
    QTest::newRow("data pop-up") << QStringLiteral("data:text/html,x") << P::Window << true << 0 << false << D::Refuse;
    QTest::newRow("javascript pop-up") << QStringLiteral("javascript:1") << P::Window << true << 0 << false << D::Refuse;
}

void TestNavigationPolicy::newWindow()
{
    QFETCH(QString, url);
    QFETCH(P, kind);
    QFETCH(bool, gesture);
    QFETCH(int, open);
    QFETCH(bool, restricted);
    QFETCH(D, expected);
    QCOMPARE(NavigationPolicy(profile(restricted)).decideNewWindow(QUrl(url), kind, gesture, open), expected);
}

void TestNavigationPolicy::browserHandOff_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("handedOver");
    QTest::newRow("a web page") << QStringLiteral("https://news.example/markets") << true;
    QTest::newRow("plain http") << QStringLiteral("http://news.example/") << true;
    QTest::newRow("e-mail") << QStringLiteral("mailto:support@acme.example") << true;
    QTest::newRow("phone") << QStringLiteral("tel:+441234567890") << true;
    QTest::newRow("a token") << QStringLiteral("https://news.example/?token=OT") << false;
    QTest::newRow("the success URL") << Success << false;
    QTest::newRow("credentials") << QStringLiteral("https://user:pw@news.example/") << false;
    QTest::newRow("a local file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("a network share") << QStringLiteral("smb://files.example/share") << false;
    QTest::newRow("script") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<b>x</b>") << false;
    QTest::newRow("a program's scheme") << QStringLiteral("ms-settings:privacy") << false;
    QTest::newRow("nothing") << QString() << false;
}

void TestNavigationPolicy::browserHandOff()
{
    // Only web, e-mail and phone addresses that carry no token leave the kit for the browser.
    QFETCH(QString, url);
    QFETCH(bool, handedOver);
    QCOMPARE(NavigationPolicy(profile()).mayOpenInBrowser(QUrl(url)), handedOver);
}

void TestNavigationPolicy::tokens()
{
    const NavigationPolicy policy(profile());
    // Tokens and accounts are appended in one place, ScreenUrlBuilder::brokerUrl: ask it.
    const ScreenUrlBuilder builder(profile());
    auto carriesToken = [&builder](const QString &url) {
        return QUrlQuery(builder.brokerUrl(QUrl(url), QStringLiteral("OT"), QStringLiteral("1"))).hasQueryItem(QStringLiteral("token"));
    };
    QVERIFY(carriesToken(Crm + QStringLiteral("/inapp/deposit")));
    QVERIFY2(!carriesToken(QStringLiteral("https://help.acme.example/promo")), "a listed origin gets no token");
    QVERIFY(!carriesToken(QStringLiteral("https://cards.acme-pay.example/")));
    QVERIFY(!carriesToken(QStringLiteral("http://crm.acme.example/")));
    QVERIFY(!carriesToken(QStringLiteral("https://u@crm.acme.example/")));

    QVERIFY(policy.isAway(u(QStringLiteral("https://acs.bank.example/"))));
    QVERIFY(policy.isAway(u(QStringLiteral("http://127.0.0.1:1/"))));
    QVERIFY(!policy.isAway(u(Crm)));
    QVERIFY(!policy.isAway(u(QStringLiteral("https://help.acme.example/"))));
    QVERIFY2(policy.isAway(u(QStringLiteral("https://cards.acme-pay.example/"))), "a third party is always away");
    QVERIFY(policy.isAway(u(QStringLiteral("about:blank")))); // only a frame puts the screen there

    QVERIFY(policy.mayLeakToken(u(Success)));
    QVERIFY(policy.mayLeakToken(u(QStringLiteral("https://CRM.acme.example./callback/success"))));
    QVERIFY(policy.mayLeakToken(u(QStringLiteral("https://other.example/?a=1&Token=2"))));
    QVERIFY(!policy.mayLeakToken(u(QStringLiteral("https://other.example/callback/success"))));
    QVERIFY(!policy.mayLeakToken(u(QStringLiteral("https://news.example/?tokens=1"))));
}

QTEST_GUILESS_MAIN(TestNavigationPolicy)
#include "tst_navigationpolicy.moc"
