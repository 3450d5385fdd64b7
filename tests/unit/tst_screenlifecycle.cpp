// SPDX-License-Identifier: MIT
// The life of a ClientAreaView screen, without a web engine: its states, its first page, how a
// finished load ends it, the load timeout, and what cancel() and retry() do.
#include "screenlifecycle_p.h"

#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace InAppKit;
using State = ClientAreaView::State;
using Screen = ClientAreaView::Screen;
using Error = ClientAreaView::Error;
using Domain = ScreenLifecycle::LoadEnd::Domain;
using Kind = ScreenLifecycle::LoadVerdict::Kind;
using Retry = ScreenLifecycle::RetryStep;

Q_DECLARE_METATYPE(ScreenLifecycle::LoadEnd)

namespace {

const QUrl Login(QStringLiteral("https://crm.acme.example/auth/login"));
const QUrl Deposit(QStringLiteral("https://crm.acme.example/inapp/deposit?token=OT"));

QList<State> states(const QSignalSpy &spy)
{
    QList<State> list;
    for (const QList<QVariant> &arguments : spy)
        list.append(arguments.at(0).value<State>());
    return list;
}

ScreenLifecycle::LoadEnd ended(bool succeeded, Domain domain = Domain::NoError, int code = 0, bool replaced = false)
{
    return {succeeded, domain, code, replaced};
}

} // namespace

class TestScreenLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensAndShows()
    {
        ScreenLifecycle screen;
        screen.setBroker(QStringLiteral("Acme"), 30000);
        QCOMPARE(screen.state(), State::Idle);
        QVERIFY(!screen.isActive());
        QSignalSpy changed(&screen, &ScreenLifecycle::stateChanged);
        screen.begin(Screen::Login, Login, false);
        QCOMPARE(states(changed), QList<State>{State::Loading});
        QCOMPARE(screen.screen(), Screen::Login);
        QCOMPARE(screen.screenUrl(), Login);
        QVERIFY(screen.isTimingLoad());
        QVERIFY(!screen.isScreenShown());
        QVERIFY(screen.show()); // the screen's first page
        QVERIFY(!screen.isTimingLoad());
        QVERIFY(screen.isScreenShown());
        screen.loadStarted(); // a link in the screen: timed again
        QVERIFY(screen.isTimingLoad());
        QVERIFY(!screen.show()); // not the first any more; Ready once
        QCOMPARE(states(changed), (QList<State>{State::Loading, State::Ready}));
        // A new screen starts afresh.
        screen.begin(Screen::InAppAction, Deposit, true);
        QVERIFY(!screen.isScreenShown());
        QCOMPARE(screen.state(), State::Loading);
    }

    void loadsEnd_data()
    {
        QTest::addColumn<ScreenLifecycle::LoadEnd>("end");
        QTest::addColumn<bool>("shownBefore");
        QTest::addColumn<int>("kind");
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("says");

        QTest::newRow("loaded") << ended(true) << false << int(Kind::Shown) << Error::NoError << QString();
        QTest::newRow("404 opening") << ended(false, Domain::Http, 404) << false << int(Kind::Failed) << Error::HttpError << QStringLiteral("HTTP 404");
        QTest::newRow("401 to the screen's form") << ended(false, Domain::Http, 401) << true << int(Kind::Shown) << Error::NoError << QString();
        QTest::newRow("500 later") << ended(false, Domain::Http, 500) << true << int(Kind::Failed) << Error::HttpError << QStringLiteral("HTTP 500");
        QTest::newRow("replaced") << ended(false, Domain::Connection, -3, true) << false << int(Kind::Nothing) << Error::NoError << QString();
        QTest::newRow("unreachable") << ended(false, Domain::Connection, -105) << false << int(Kind::Failed) << Error::NetworkError
                                     << QStringLiteral("Acme cannot be reached.");
        QTest::newRow("certificate") << ended(false, Domain::Certificate, -202) << false << int(Kind::Failed) << Error::CertificateError
                                     << QStringLiteral("not secure");
        QTest::newRow("other") << ended(false, Domain::Other, -1) << false << int(Kind::Failed) << Error::NetworkError
                               << QStringLiteral("cannot be reached");
    }

    void loadsEnd()
    {
        QFETCH(ScreenLifecycle::LoadEnd, end);
        QFETCH(bool, shownBefore);
        QFETCH(int, kind);
        QFETCH(Error, error);
        QFETCH(QString, says);
        ScreenLifecycle screen;
        screen.setBroker(QStringLiteral("Acme"), 30000);
        screen.begin(Screen::Login, Login, false);
        if (shownBefore)
            screen.show();
        const ScreenLifecycle::LoadVerdict verdict = screen.judge(end, {}, [] { return QString(); });
        QCOMPARE(int(verdict.kind), kind);
        QCOMPARE(verdict.error, error);
        QVERIFY2(verdict.message.contains(says), qPrintable(verdict.message));
        QVERIFY(!verdict.proxyRefused);
        // Nothing of it once the screen is over.
        screen.fail(Error::Timeout, QStringLiteral("late"));
        QCOMPARE(int(screen.judge(end, {}, [] { return QString(); }).kind), int(Kind::Nothing));
    }

    void proxiesOnTheWay()
    {
        ScreenLifecycle screen;
        screen.setBroker(QStringLiteral("Acme"), 30000);
        screen.begin(Screen::Login, Login, false);
        int lookups = 0;
        const auto lookup = [&lookups] {
            ++lookups;
            return QStringLiteral("proxy.example:3128");
        };
        // The proxy is looked up for a connection error only (Qt's lookup is not free).
        auto verdict = screen.judge(ended(false, Domain::Certificate, -202), {}, lookup);
        QCOMPARE(verdict.error, Error::CertificateError);
        QCOMPARE(lookups, 0);
        verdict = screen.judge(ended(false, Domain::Connection, -105), {}, lookup);
        QCOMPARE(verdict.error, Error::NetworkError);
        QVERIFY2(verdict.message.contains(QStringLiteral("through the proxy proxy.example:3128")), qPrintable(verdict.message));
        QCOMPARE(lookups, 1);
        // A proxy that asked and got no answer; one that refused what it was given.
        verdict = screen.judge(ended(false, Domain::Connection, -111), {true, false, QStringLiteral("gate:8080")}, lookup);
        QCOMPARE(verdict.error, Error::ProxyAuthenticationRequired);
        QVERIFY(verdict.message.contains(QStringLiteral("gate:8080")));
        QVERIFY(!verdict.proxyRefused);
        verdict = screen.judge(ended(false, Domain::Connection, -111), {true, true, QStringLiteral("gate:8080")}, lookup);
        QCOMPARE(verdict.error, Error::ProxyAuthenticationRequired);
        QVERIFY(verdict.proxyRefused);
        QCOMPARE(lookups, 1);
    }

    void failsInOrder()
    {
        ScreenLifecycle screen;
        QStringList heard;
        connect(&screen, &ScreenLifecycle::failing, this, [&](Error, const QString &m) { heard << QStringLiteral("failing ") + m; });
        connect(&screen, &ScreenLifecycle::stateChanged, this, [&](State s) { heard << QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(s))); });
        connect(&screen, &ScreenLifecycle::failed, this, [&](Error e, const QString &) { heard << QString::fromLatin1(QMetaEnum::fromType<Error>().valueToKey(int(e))); });
        screen.fail(Error::NetworkError, QStringLiteral("nothing open")); // nothing happens
        QVERIFY(heard.isEmpty());
        screen.refuse(Screen::InAppAction, QUrl(), false, Error::InvalidScreen, QStringLiteral("why"));
        QCOMPARE(heard, (QStringList{QStringLiteral("Loading"), QStringLiteral("failing why"), QStringLiteral("Failed"), QStringLiteral("InvalidScreen")}));
        QCOMPARE(screen.error(), Error::InvalidScreen);
        QCOMPARE(screen.errorString(), QStringLiteral("why"));
        QVERIFY(!screen.isTimingLoad());
        // Opening again clears the error.
        screen.begin(Screen::Login, Login, false);
        QCOMPARE(screen.error(), Error::NoError);
        QVERIFY(screen.errorString().isEmpty());
    }

    void timesOut()
    {
        ScreenLifecycle screen;
        screen.setBroker(QStringLiteral("Acme"), 50);
        QSignalSpy timingOut(&screen, &ScreenLifecycle::timingOut);
        QSignalSpy failed(&screen, &ScreenLifecycle::failed);
        screen.begin(Screen::Login, Login, false);
        QVERIFY(failed.wait(5000));
        QCOMPARE(timingOut.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>(), Error::Timeout);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("Acme did not answer in time")));
        QCOMPARE(screen.state(), State::Failed);
        // A shown screen is not timed out; a load it starts is.
        screen.begin(Screen::Login, Login, false);
        screen.show();
        QVERIFY(!screen.isTimingLoad());
        screen.loadStarted();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.size(), 2);
    }

    void finishes()
    {
        ScreenLifecycle screen;
        QSignalSpy finishing(&screen, &ScreenLifecycle::finishing);
        QSignalSpy changed(&screen, &ScreenLifecycle::stateChanged);
        screen.finish(State::Completed); // nothing open
        QVERIFY(changed.isEmpty());
        screen.begin(Screen::InAppAction, Deposit, true);
        screen.finish(State::Completed);
        QCOMPARE(finishing.size(), 1);
        QCOMPARE(states(changed), (QList<State>{State::Loading, State::Completed}));
        QVERIFY(!screen.isTimingLoad());
        QVERIFY(!screen.cancel()); // ended: nothing to leave
        QCOMPARE(changed.size(), 2);
    }

    void cancels_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<bool>("leaves");
        QTest::newRow("idle") << int(State::Idle) << false;
        QTest::newRow("loading") << int(State::Loading) << true;
        QTest::newRow("ready") << int(State::Ready) << true;
        QTest::newRow("failed") << int(State::Failed) << true;
        QTest::newRow("completed") << int(State::Completed) << false;
        QTest::newRow("cancelled") << int(State::Cancelled) << false;
    }

    void cancels()
    {
        QFETCH(int, from);
        QFETCH(bool, leaves);
        ScreenLifecycle screen;
        if (State(from) != State::Idle)
            screen.begin(Screen::InAppAction, Deposit, true);
        switch (State(from)) {
        case State::Ready: screen.show(); break;
        case State::Failed: screen.fail(Error::HttpError, QStringLiteral("500")); break;
        case State::Completed: screen.finish(State::Completed); break;
        case State::Cancelled: screen.cancel(); break;
        case State::Idle:
        case State::Loading: break;
        }
        QCOMPARE(int(screen.state()), from);
        QSignalSpy finishing(&screen, &ScreenLifecycle::finishing);
        QSignalSpy changed(&screen, &ScreenLifecycle::stateChanged);
        QCOMPARE(screen.cancel(), leaves);
        // Through the state machine, from Failed too: one change, straight to Cancelled, told.
        QCOMPARE(states(changed), leaves ? QList<State>{State::Cancelled} : QList<State>());
        QCOMPARE(finishing.size(), leaves ? 1 : 0);
        QVERIFY(!screen.isTimingLoad());
        QCOMPARE(screen.state(), leaves ? State::Cancelled : State(from));
    }

    void retries()
    {
        ScreenLifecycle screen;
        QCOMPARE(screen.retryStep(), Retry::Nothing);
        screen.begin(Screen::Login, Login, false);
        QCOMPARE(screen.retryStep(), Retry::Nothing); // not failed
        screen.fail(Error::NetworkError, QString());
        QCOMPARE(screen.retryStep(), Retry::ReopenLogin);
        // One rule for a spent token, InApp action or broker page: the owner gets a fresh one.
        screen.begin(Screen::InAppAction, Deposit, true);
        screen.fail(Error::HttpError, QString());
        QCOMPARE(screen.retryStep(), Retry::RequestToken);
        screen.begin(Screen::BrokerPage, Deposit, true);
        screen.fail(Error::RendererCrashed, QString());
        QCOMPARE(screen.retryStep(), Retry::RequestToken);
        // A broker page without a token loads again.
        screen.begin(Screen::BrokerPage, QUrl(QStringLiteral("https://crm.acme.example/promo")), false);
        screen.fail(Error::NetworkError, QString());
        QCOMPARE(screen.retryStep(), Retry::Reload);
        // Nothing to load: nothing to retry.
        screen.refuse(Screen::BrokerPage, QUrl(), false, Error::NoWebProfile, QString());
        QCOMPARE(screen.retryStep(), Retry::Nothing);
        screen.cancel();
        QCOMPARE(screen.retryStep(), Retry::Nothing);
    }
};

QTEST_GUILESS_MAIN(TestScreenLifecycle)
#include "tst_screenlifecycle.moc"
