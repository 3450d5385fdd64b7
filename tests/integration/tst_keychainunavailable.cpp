// SPDX-License-Identifier: MIT
// With no D-Bus session there is no Secret Service: the kit must say so, keep signing in for
// this run, and write the token nowhere else. CTest runs this with a D-Bus address that leads
// nowhere (see CMakeLists.txt).
#include <InAppKit/httpsessionbackend.h>
#include <InAppKit/keychainsecretstore.h>
#include <InAppKit/ssosession.h>

#include "../common/sandboxfixture.h"

#include <QDirIterator>
#include <QStandardPaths>

using namespace InAppKit;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InAppKitTests"));
        QVERIFY2(qgetenv("DBUS_SESSION_BUS_ADDRESS").startsWith("unix:path=/nonexistent"),
                 "run by CTest with a D-Bus address that leads nowhere");
    }

    void storeReportsUnavailable()
    {
        KeychainSecretStore store(QStringLiteral("InAppKitTest"));
        for (SecretJob *job : std::initializer_list<SecretJob *>{store.write(QStringLiteral("k"), QStringLiteral("secret")),
                                                                 store.read(QStringLiteral("k")), store.remove(QStringLiteral("k"))}) {
            QSignalSpy finished(job, &Job::result);
            job->start();
            QVERIFY(finished.wait(30000));
            QCOMPARE(job->error(), SecretJob::Error::Unavailable);
            QVERIFY(!job->errorString().isEmpty());
        }
    }

    void signInStillWorksAndNothingIsWritten()
    {
        Tests::SandboxFixture fixture;
        QVERIFY(fixture.start());
        KeychainSecretStore store(QStringLiteral("InAppKitTest"));
        HttpSessionBackend backend(fixture.profile);
        SsoSession session(fixture.profile, &backend, &store);

        const QString token = fixture.loginToken(true);
        QVERIFY(!token.isEmpty());

        QSignalSpy signedIn(&session, &SsoSession::signedIn);
        QSignalSpy kmliFailed(&session, &SsoSession::keepMeLoggedInFailed);
        QVERIFY(session.completeSignIn(token));
        QVERIFY(signedIn.wait(15000));
        QVERIFY(kmliFailed.wait(30000));
        QCOMPARE(kmliFailed.at(0).at(0).value<SecretJob::Error>(), SecretJob::Error::Unavailable);
        QVERIFY(kmliFailed.at(0).at(1).toString().contains(QStringLiteral("log in next time")));
        QCOMPARE(session.state(), SsoSession::State::SignedIn);

        const QString accessToken = fixture.broker->accessTokensOf(fixture.userId).value(0);
        QVERIFY(!accessToken.isEmpty());
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.size() < 4 * 1024 * 1024 && f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(accessToken.toLatin1()), qPrintable(f.fileName()));
        }

        // A restart has nothing to restore and says why.
        SsoSession next(fixture.profile, &backend, &store);
        QSignalSpy finished(&next, &SsoSession::restoreFinished);
        QSignalSpy failed(&next, &SsoSession::restoreFailed);
        next.restore();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<SessionJob::Error>(), SessionJob::Error::KeychainError);
        QCOMPARE(failed.at(0).at(2).toBool(), true); // the keychain may come back
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
