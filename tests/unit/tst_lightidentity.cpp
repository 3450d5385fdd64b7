// SPDX-License-Identifier: MIT
// Light identity: the host signs the user in; the kit offers InApp actions with one-time tokens
// from the host's own SessionBackend, and never a login screen.
#include <InAppKit/accountwidget.h>
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientareadialog.h>
#include <InAppKit/clientarealauncher.h>
#include <InAppKit/inappcontrolsbar.h>
#include <InAppKit/inmemorysecretstore.h>
#include <InAppKit/ribbonbar.h>
#include <InAppKit/sessionbackend.h>
#include <InAppKit/ssosession.h>

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QToolButton>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "../common/jobutils.h"

using namespace InAppKit;

// A host's backend: it hands out one-time tokens from its own connection.
class HostBackend : public SessionBackend
{
public:
    int issued = 0;
    SignInJob *exchangeOneTimeToken(const QString &) override { return fail<SignInJob>(); }
    SignInJob *relogin(const QString &) override { return fail<SignInJob>(); }
    InAppTokenJob *issueInAppToken() override
    {
        auto *job = new InAppTokenJob(this);
        finishWithOneTimeToken(job, QStringLiteral("host-token-%1").arg(++issued));
        return job;
    }
    SessionJob *logout(const QString &) override
    {
        auto *job = new SessionJob(this);
        finish(job);
        return job;
    }
    RibbonsJob *fetchRibbons() override
    {
        if (ribbons.isEmpty())
            return fail<RibbonsJob>();
        auto *job = new RibbonsJob(this);
        connect(job, &Job::result, this, [this] { ++ribbonAnswers; }); // before the bar's own
        finishWithRibbons(job, ribbons);
        return job;
    }
    QJsonArray ribbons;
    int ribbonAnswers = 0;
    AccountsJob *fetchAccounts() override { return fail<AccountsJob>(); }

private:
    template<typename J>
    J *fail()
    {
        auto *job = new J(this);
        finishWithError(job, SessionJob::Error::ServiceError, QStringLiteral("not offered by the host"));
        return job;
    }
};

class TestLightIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostSessionOffersActions()
    {
        const BrokerProfile profile = BrokerProfile::fromFile(QFINDTESTDATA("data/light-actions-profile.json"));
        QVERIFY(profile.isValid());
        QVERIFY(profile.isLightIdentity());
        HostBackend backend;
        InMemorySecretStore secrets;
        SsoSession session(profile, &backend, &secrets);
        BrokerWebProfile webProfile(profile);
        QWidget window;
        ClientAreaLauncher launcher(&session, &webProfile, &window);
        AccountWidget account(&launcher, &window);
        InAppControlsBar bar(&launcher, &window);

        // No login screen, ever.
        launcher.openLogin();
        QVERIFY(!launcher.loginDialog());
        QVERIFY(!account.findChild<QPushButton *>(QStringLiteral("accountLogIn"))->isVisibleTo(&account));
        QVERIFY(!bar.inAppAction(QStringLiteral("kyc"))->isEnabled());

        TradingAccount a;
        a.setLogin(QStringLiteral("123"));
        a.setCurrency(QStringLiteral("USD"));
        QVERIFY(session.adoptHostSession(QStringLiteral("42"), {a}));
        QVERIFY(!session.adoptHostSession(QStringLiteral("43"), {a})); // already signed in
        QCOMPARE(session.state(), SsoSession::State::SignedIn);
        QCOMPARE(session.currentAccount(), QStringLiteral("123"));
        QVERIFY(bar.inAppAction(QStringLiteral("deposit"))->isEnabled());
        QVERIFY(!account.findChild<QPushButton *>(QStringLiteral("accountLogOut"))->isVisibleTo(&account));

        InAppTokenJob *token = session.requestInAppToken();
        QVERIFY(Tests::runJob(token, 5000));
        QCOMPARE(token->oneTimeToken(), QStringLiteral("host-token-1"));
        QVERIFY(secrets.entries().isEmpty()); // nothing to keep: there is no access token
    }

    // A profile may name an action "login": it is that action's screen, never the login screen
    // (the launcher knows a screen by its kind and id, not by one string).
    void actionNamedLoginIsNotTheLoginScreen()
    {
        BrokerProfileError error;
        const QJsonObject json{{QStringLiteral("schema"), 1},
                               {QStringLiteral("brokerName"), QStringLiteral("Acme")},
                               {QStringLiteral("clientAreaUrl"), QStringLiteral("https://acme.example/")},
                               {QStringLiteral("loginUrl"), QStringLiteral("/login")},
                               {QStringLiteral("successUrl"), QStringLiteral("https://acme.example/done")},
                               {QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("login")},
                                                                                  {QStringLiteral("title"), QStringLiteral("Login history")},
                                                                                  {QStringLiteral("url"), QStringLiteral("/login-history")}}}}};
        const BrokerProfile profile = BrokerProfile::fromJson(QJsonDocument(json).toJson(), &error);
        QVERIFY2(profile.isValid(), qPrintable(error.errorString()));
        HostBackend backend;
        InMemorySecretStore secrets;
        SsoSession session(profile, &backend, &secrets);
        BrokerWebProfile webProfile(profile);
        QWidget window;
        ClientAreaLauncher launcher(&session, &webProfile, &window);
        TradingAccount a;
        a.setLogin(QStringLiteral("123"));
        QVERIFY(session.adoptHostSession(QStringLiteral("42"), {a}));
        QSignalSpy busy(&launcher, &ClientAreaLauncher::busyChanged);
        launcher.openAction(QStringLiteral("login"));
        QVERIFY(launcher.isBusy(QStringLiteral("login")));
        QVERIFY(!launcher.isLoginBusy());
        QCOMPARE(busy.size(), 1);
        QCOMPARE(busy.at(0).at(0).value<ClientAreaView::Screen>(), ClientAreaView::Screen::InAppAction);
        QCOMPARE(busy.at(0).at(1).toString(), QStringLiteral("login"));
        QTRY_VERIFY(launcher.dialog(QStringLiteral("login")) && launcher.dialog(QStringLiteral("login"))->isVisible());
        QVERIFY(!launcher.loginDialog());
        QCOMPARE(launcher.dialog(QStringLiteral("login"))->view()->actionId(), QStringLiteral("login"));
        launcher.closeAll();
        QVERIFY(!launcher.isBusy(QStringLiteral("login")));
    }

    void closedRibbonStaysClosedForItsUserOnly()
    {
        const BrokerProfile profile = BrokerProfile::fromFile(QFINDTESTDATA("data/light-actions-profile.json"));
        QVERIFY(profile.isValid());
        HostBackend backend;
        backend.ribbons = {QJsonObject{{QStringLiteral("color"), QStringLiteral("#f6c343")},
                                       {QStringLiteral("title"), QStringLiteral("Deposit now: no fees")},
                                       {QStringLiteral("enabled"), true},
                                       {QStringLiteral("closable"), true},
                                       {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlExternal"), QStringLiteral("https://acme.example/fees")}}}}};
        InMemorySecretStore secrets;
        SsoSession session(profile, &backend, &secrets);
        BrokerWebProfile webProfile(profile);
        QWidget window;
        ClientAreaLauncher launcher(&session, &webProfile, &window);
        RibbonBar bar(&launcher, &window);
        TradingAccount a;
        a.setLogin(QStringLiteral("123"));
        a.setCurrency(QStringLiteral("USD"));
        // Signs in and waits until the bar has the broker's answer.
        auto signInAs = [&](const QString &user) {
            const int answers = backend.ribbonAnswers;
            QVERIFY(session.adoptHostSession(user, {a}));
            QTRY_COMPARE(backend.ribbonAnswers, answers + 1);
        };
        auto logOut = [&] {
            QSignalSpy out(&session, &SsoSession::signedOut);
            session.logout();
            QVERIFY(!out.isEmpty() || out.wait(5000));
        };

        signInAs(QStringLiteral("42"));
        QCOMPARE(bar.ribbons().size(), 1);
        auto *close = bar.findChild<QToolButton *>(QStringLiteral("ribbonClose_0"));
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_COMPARE(bar.ribbons().size(), 0);
        logOut();
        // Another user on this launch still sees it...
        signInAs(QStringLiteral("43"));
        QCOMPARE(bar.ribbons().size(), 1);
        logOut();
        // ...and for the one who closed it, it stays closed until the next launch.
        signInAs(QStringLiteral("42"));
        QCOMPARE(bar.ribbons().size(), 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestLightIdentity test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lightidentity.moc"
