// SPDX-License-Identifier: MIT
// What a ClientAreaView screen's page may do, decided without a web engine: navigations and
// server redirects, the success URL, pop-ups, permission questions, hand-offs to the browser.
#include "pagerequestpolicy_p.h"

#include <InAppKit/brokerprofile.h>
#include <InAppKit/brokerprofileerror.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace InAppKit;
using D = NavigationPolicy::Decision;
using T = NavigationPolicy::Trigger;
using Step = PageRequestPolicy::Step;
using Blocked = PageRequestPolicy::BlockedCapture;
using External = PageRequestPolicy::ExternalOpen;

namespace {

const QUrl Page(QStringLiteral("https://crm.acme.example/inapp/deposit"));
const QUrl Acs(QStringLiteral("https://acs.bank.example/3ds"));
const QUrl Token(QStringLiteral("https://crm.acme.example/callback/success?token=abc"));

BrokerProfile profile()
{
    const QJsonObject o{
        {QStringLiteral("schema"), QJsonValue(1)},
        {QStringLiteral("brokerName"), QStringLiteral("Acme")},
        {QStringLiteral("clientAreaUrl"), QStringLiteral("https://crm.acme.example/")},
        {QStringLiteral("loginUrl"), QStringLiteral("/auth/login")},
        {QStringLiteral("successUrl"), QStringLiteral("/callback/success")},
        {QStringLiteral("brokerOrigins"), QJsonArray{QStringLiteral("https://help.acme.example")}},
    };
    BrokerProfileError error;
    const BrokerProfile p = BrokerProfile::fromJson(QJsonDocument(o).toJson(), &error);
    if (!p.isValid())
        qFatal("%s", qPrintable(error.errorString()));
    return p;
}

PageRequestPolicy::Navigation mainFrame(const QUrl &url, T trigger, const QUrl &shown, quint64 inputs = 0)
{
    return {url, true, trigger, shown, inputs, true};
}

} // namespace

class TestPageRequestPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serverRedirectToSuccessIsCapturedNow()
    {
        PageRequestPolicy requests{NavigationPolicy(profile())};
        QCOMPARE(requests.navigate(mainFrame(Page, T::KitLoad, QUrl())).step, Step::Let);
        QVERIFY(requests.isNavigating());
        const auto answer = requests.navigate(mainFrame(Token, T::ServerRedirect, QUrl()));
        QCOMPARE(answer.decision, D::Capture);
        QVERIFY(answer.serverRedirect);
        QCOMPARE(answer.step, Step::CaptureNow);
    }

    void redirectChainComesFromItsLastHop()
    {
        // The broker's page, a bank's 3-D Secure page, then the success URL by redirect: it comes
        // from the bank (the last hop), not from the broker's page shown before: refused.
        PageRequestPolicy requests{NavigationPolicy(profile())};
        requests.navigate(mainFrame(Page, T::KitLoad, QUrl()));
        QCOMPARE(requests.navigate(mainFrame(Acs, T::ServerRedirect, QUrl())).decision, D::AllowAway);
        const auto answer = requests.navigate(mainFrame(Token, T::ServerRedirect, Page));
        QVERIFY(answer.serverRedirect);
        QCOMPARE(answer.decision, D::Refuse);
        QCOMPARE(answer.step, Step::Reject);
        QVERIFY(!requests.isNavigating()); // a refused main-frame navigation ends it
    }

    void documentRedirectGoesToTheGuard()
    {
        // Nothing in flight: Qt's "redirect" is the document's (location.replace()), from the page shown.
        PageRequestPolicy requests{NavigationPolicy(profile())};
        const auto answer = requests.navigate(mainFrame(Token, T::ServerRedirect, Page));
        QVERIFY(!answer.serverRedirect);
        QCOMPARE(answer.decision, D::Capture);
        QCOMPARE(answer.step, Step::AwaitGuard);
        // RequestGuard then names who asked: a foreign initiator may not end the screen...
        QCOMPARE(requests.successUrlBlocked(Token, QUrl(QStringLiteral("https://evil.example/")), true), Blocked::Refused);
        QCOMPARE(requests.successUrlBlocked(Token, Page, true), Blocked::NotOurs); // taken once only
        // ...the broker's page may; another URL, or a screen no longer open, is not this one's.
        requests.navigate(mainFrame(Token, T::LinkClicked, Page));
        QCOMPARE(requests.successUrlBlocked(QUrl(QStringLiteral("https://crm.acme.example/callback/success?token=other")), Page, true),
                 Blocked::NotOurs);
        QCOMPARE(requests.successUrlBlocked(Token, Page, true), Blocked::Capture);
        requests.navigate(mainFrame(Token, T::LinkClicked, Page));
        QCOMPARE(requests.successUrlBlocked(Token, Page, false), Blocked::Refused);
        requests.navigate(mainFrame(Token, T::LinkClicked, Page));
        requests.reset();
        QCOMPARE(requests.successUrlBlocked(Token, Page, true), Blocked::NotOurs);
    }

    void kitLoadRedirectEndsWithThePersonsInput()
    {
        // The kit's load counts as in flight until it loads, unless the person acted in the page
        // meanwhile: then a "redirect" is the page's script.
        PageRequestPolicy requests{NavigationPolicy(profile())};
        requests.navigate(mainFrame(Page, T::KitLoad, QUrl(), 4));
        requests.committed(Page); // the kit's load is shown before it commits: still in flight
        QVERIFY(requests.isNavigating());
        QVERIFY(!requests.navigate(mainFrame(Acs, T::ServerRedirect, Page, 5)).serverRedirect);
        PageRequestPolicy other{NavigationPolicy(profile())};
        other.navigate(mainFrame(Page, T::KitLoad, QUrl(), 4));
        QVERIFY(other.navigate(mainFrame(Acs, T::ServerRedirect, Page, 4)).serverRedirect);
        other.loadEnded(Acs);
        QVERIFY(!other.isNavigating());
    }

    void pageNavigationEndsWhenItCommits()
    {
        PageRequestPolicy requests{NavigationPolicy(profile())};
        const QUrl next(QStringLiteral("https://crm.acme.example/inapp/next"));
        QCOMPARE(requests.navigate(mainFrame(next, T::LinkClicked, Page)).step, Step::Let);
        QVERIFY(requests.isNavigating());
        requests.committed(Page); // a late signal of the page before
        QVERIFY(requests.isNavigating());
        requests.committed(next);
        QVERIFY(!requests.isNavigating());
        QVERIFY(!requests.navigate(mainFrame(Token, T::ServerRedirect, next)).serverRedirect);
    }

    void successUrlOfAClosedScreenIsRejected()
    {
        PageRequestPolicy requests{NavigationPolicy(profile())};
        requests.navigate(mainFrame(Page, T::KitLoad, QUrl()));
        auto navigation = mainFrame(Token, T::ServerRedirect, QUrl());
        navigation.screenActive = false;
        const auto answer = requests.navigate(navigation);
        QCOMPARE(answer.decision, D::Capture);
        QCOMPARE(answer.step, Step::Reject);
    }

    void otherSteps()
    {
        PageRequestPolicy requests{NavigationPolicy(profile())};
        QCOMPARE(requests.navigate(mainFrame(QUrl(QStringLiteral("https://news.example/a")), T::LinkClicked, Page)).step, Step::ToBrowser);
        QCOMPARE(requests.navigate(mainFrame(QUrl(QStringLiteral("javascript:alert(1)")), T::LinkClicked, Page)).step, Step::Reject);
        PageRequestPolicy::Navigation frame{Token, false, T::LinkClicked, Page, 0, true};
        QCOMPARE(requests.navigate(frame).step, Step::Reject); // the success URL in a frame
        QVERIFY(!requests.isNavigating()); // a frame's navigation is not the main frame's
        QCOMPARE(requests.newWindow(QUrl(QStringLiteral("https://wallet.example/pay")), NavigationPolicy::PopUp::Window, true, 0),
                 D::ChildWindow);
        QCOMPARE(requests.newWindow(QUrl(QStringLiteral("https://wallet.example/pay")), NavigationPolicy::PopUp::Window, false, 0),
                 D::Refuse);
    }

    void permissions()
    {
        PageRequestPolicy requests{NavigationPolicy(profile())};
        const QUrl crm(QStringLiteral("https://crm.acme.example"));
        const QUrl vendor(QStringLiteral("https://kyc.vendor.example"));
        auto step = requests.permission(crm, true, Page, QUrl());
        QVERIFY(step.ask);
        QVERIFY(!step.denyPending);
        step = requests.permission(crm, true, Page, crm); // asked together with the open ones
        QVERIFY(step.ask);
        QVERIFY(!step.denyPending);
        step = requests.permission(vendor, true, Page, crm); // another origin replaces them
        QVERIFY(step.ask);
        QVERIFY(step.denyPending);
        step = requests.permission(crm, false, Page, crm); // never offered (screen capture): no, with the open ones
        QVERIFY(!step.ask);
        QVERIFY(step.denyPending);
        step = requests.permission(crm, true, Acs, QUrl()); // away from the broker: whose question?
        QVERIFY(!step.ask);
        QVERIFY(!step.denyPending);
        step = requests.permission(QUrl(QStringLiteral("http://plain.example")), true, Page, crm); // not let into the screen
        QVERIFY(!step.ask);
        QVERIFY(!step.denyPending);
    }

    void externalOpens()
    {
        PageRequestPolicy requests{NavigationPolicy(profile())};
        const QUrl news(QStringLiteral("https://news.example/a"));
        QCOMPARE(requests.openExternally(news, 100000), External::Open);
        QCOMPARE(requests.openExternally(news, 100000 + PageRequestPolicy::ExternalOpenIntervalMs - 1), External::TooSoon);
        QCOMPARE(requests.openExternally(news, 100000 + PageRequestPolicy::ExternalOpenIntervalMs), External::Open);
        QCOMPARE(requests.openExternally(QUrl(QStringLiteral("https://evil.example/?token=abc")), 200000), External::TokenRisk);
        QCOMPARE(requests.openExternally(QUrl(QStringLiteral("file:///etc/passwd")), 300000), External::SchemeRefused);
        // Refusals do not count against the next one.
        QCOMPARE(requests.openExternally(news, 300000), External::Open);
    }
};

QTEST_GUILESS_MAIN(TestPageRequestPolicy)
#include "tst_pagerequestpolicy.moc"
