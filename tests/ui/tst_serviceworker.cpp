// SPDX-License-Identifier: MIT
// A broker whose service worker stands between its pages and the network. A navigation the worker
// answers reaches neither RequestGuard as a main-frame request (fetched through: a sign-in that
// never ends) nor the network at all (answered by the worker: the success page shown, no token
// taken), so the kit's screens run without service workers. Chromium registers none on an origin
// whose certificate was let through by an override (as the kit does for a profile's CA): here the
// sandbox CA is trusted as a system CA would be, in the NSS database of this process's own HOME.
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientareaview.h>
#include "clientareaviewautomation_p.h"

#include "../common/sandboxfixture.h"
#include "../common/webtestutils.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace InAppKit;
using State = ClientAreaView::State;

class TestServiceWorker : public QObject
{
    Q_OBJECT

private:
    Tests::SandboxFixture fixture;
    BrokerWebProfile *webProfile = nullptr;
    ClientAreaView *view = nullptr;

    QVariant js(const QString &script) { return Tests::runScript(Automation::page(view), script); }
    bool waitForScript(const QString &condition)
    {
        return QTest::qWaitFor([&] { return js(condition).toBool(); }, 20000);
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void noWorkerBetweenTheScreenAndTheKit_data();
    void noWorkerBetweenTheScreenAndTheKit();
};

void TestServiceWorker::init()
{
    QVERIFY(fixture.start());
    webProfile = new BrokerWebProfile(fixture.profile);
    view = new ClientAreaView(webProfile);
    view->resize(640, 800);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
}

void TestServiceWorker::cleanup()
{
    delete view;
    view = nullptr;
    delete webProfile;
    webProfile = nullptr;
    fixture.broker.reset();
}

void TestServiceWorker::noWorkerBetweenTheScreenAndTheKit_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("a worker that fetches through") << QStringLiteral("fetch");
    QTest::newRow("a worker that answers the success URL") << QStringLiteral("answer");
}

void TestServiceWorker::noWorkerBetweenTheScreenAndTheKit()
{
    QFETCH(QString, mode);
    QSignalSpy captured(view, &ClientAreaView::oneTimeTokenCaptured);
    QVERIFY(view->openBrokerPage(fixture.broker->baseUrl().resolved(QUrl(QStringLiteral("/test/service-worker?mode=") + mode))));
    QVERIFY(Tests::waitForState(view, State::Ready));
    QVERIFY(waitForScript(QStringLiteral("!!document.body.dataset.controlled")));
    // Refused for its script, which never reached the broker: not Chromium's SecurityError for an
    // untrusted certificate, which would make this test pass without the kit.
    QCOMPARE(js(QStringLiteral("document.body.dataset.controlled")).toString(), QStringLiteral("refused:TypeError"));
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/test/sw.js")), 0);

    // The broker's own page finishes the sign-in, as a single-page login does.
    QUrl success = fixture.profile.successUrl();
    success.setQuery(QStringLiteral("token=sw-token"));
    js(QStringLiteral("location.href = %1; true;").arg(Tests::jsString(success.toString(QUrl::FullyEncoded))));
    QTRY_COMPARE_WITH_TIMEOUT(captured.size(), 1, 20000);
    QCOMPARE(captured.constFirst().constFirst().toString(), QStringLiteral("sw-token"));
    QCOMPARE(view->state(), State::Completed);
    QCOMPARE(fixture.broker->requestCount(QStringLiteral("/callback/success")), 0);
}

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("no temporary HOME");
    const QString nssdb = QStringLiteral("sql:") + home.path() + QStringLiteral("/.pki/nssdb");
    QDir(home.path()).mkpath(QStringLiteral(".pki/nssdb"));
    for (const QStringList &arguments : {QStringList{QStringLiteral("-N"), QStringLiteral("-d"), nssdb, QStringLiteral("--empty-password")},
                                         QStringList{QStringLiteral("-A"), QStringLiteral("-d"), nssdb, QStringLiteral("-t"), QStringLiteral("C,,"),
                                                     QStringLiteral("-n"), QStringLiteral("InAppKit sandbox"), QStringLiteral("-i"),
                                                     QStringLiteral(INAPPKIT_SANDBOX_CA)}}) {
        // certutil (libnss3-tools) is in scripts/install-deps.sh: without it this test fails, never skips.
        if (QProcess::execute(QStringLiteral("certutil"), arguments) != 0)
            qFatal("certutil %s failed", qPrintable(arguments.join(u' ')));
    }
    qputenv("HOME", home.path().toLocal8Bit());
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestServiceWorker test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serviceworker.moc"
