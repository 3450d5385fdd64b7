// SPDX-License-Identifier: MIT
// Light identity: the host signs the user in; the kit offers InApp actions with one-time tokens
// from the host's own SessionBackend, and never a login screen.
#include "accountwidget.h"
#include "brokerwebprofile.h"
#include "clientarealauncher.h"
#include "inappcontrolsbar.h"
#include "inmemorysecretstore.h"
#include "sessionbackend.h"
#include "ssosession.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace InAppKit;

// A host's backend: it hands out one-time tokens from its own connection.
class HostBackend : public SessionBackend
{
public:
    int issued = 0;
    SessionJob *exchangeOneTimeToken(const QString &) override { return fail(); }
    SessionJob *relogin(const QString &) override { return fail(); }
    SessionJob *issueInAppToken() override
    {
        auto *job = new SessionJob(this);
        job->finishWithOneTimeToken(QStringLiteral("host-token-%1").arg(++issued));
        return job;
    }
    SessionJob *logout(const QString &) override
    {
        auto *job = new SessionJob(this);
        job->finish();
        return job;
    }
    SessionJob *fetchRibbons() override { return fail(); }
    SessionJob *fetchAccounts() override { return fail(); }

private:
    SessionJob *fail()
    {
        auto *job = new SessionJob(this);
        job->finishWithError(SessionJob::Error::ServiceError, QStringLiteral("not offered by the host"));
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
        launcher.openLogin(false);
        QVERIFY(!launcher.dialog(ClientAreaLauncher::loginKey()));
        QVERIFY(!account.findChild<QPushButton *>(QStringLiteral("accountLogIn"))->isVisibleTo(&account));
        QVERIFY(!bar.inAppAction(QStringLiteral("kyc"))->isEnabled());

        TradingAccount a;
        a.login = QStringLiteral("123");
        a.currency = QStringLiteral("USD");
        QVERIFY(session.adoptHostSession(QStringLiteral("42"), {a}));
        QVERIFY(!session.adoptHostSession(QStringLiteral("43"), {a})); // already signed in
        QCOMPARE(session.state(), SsoSession::State::SignedIn);
        QCOMPARE(session.currentAccount(), QStringLiteral("123"));
        QVERIFY(bar.inAppAction(QStringLiteral("deposit"))->isEnabled());
        QVERIFY(!account.findChild<QPushButton *>(QStringLiteral("accountLogOut"))->isVisibleTo(&account));

        QSignalSpy ready(&session, &SsoSession::actionTokenReady);
        session.requestActionToken(QStringLiteral("kyc"));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.at(0).at(1).toString(), QStringLiteral("host-token-1"));
        QVERIFY(secrets.entries().isEmpty()); // nothing to keep: there is no access token
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
