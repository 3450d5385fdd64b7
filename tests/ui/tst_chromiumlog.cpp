// SPDX-License-Identifier: MIT
// Chromium's log stays quiet (its lines can name URLs, and broker URLs carry tokens) even when
// the host starts Qt WebEngine itself, with a plain QWebEngineProfile, before any kit object
// exists: Chromium reads its flags once, so the kit sets them when the application object is made.
// A process of its own, since what is tested is what happens when Qt WebEngine starts.
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientareaview.h>

#include "../common/leakscan.h"
#include "../common/sandboxfixture.h"
#include "../common/webengineprocesses.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QWebEnginePage>
#include <QWebEngineProfile>


using namespace InAppKit;


class TestChromiumLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quietEvenWhenTheHostStartsWebEngineFirst()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=true")); // the kit's own lines, checked too
        Tests::LeakScan leakScan;
        QVERIFY(leakScan.start());
        // The host's own web page, first: Qt WebEngine starts here, not in the kit.
        QVERIFY(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").contains("--log-level=3"));
        QWebEngineProfile hostProfile;
        QWebEnginePage hostPage(&hostProfile);
        QSignalSpy hostLoaded(&hostPage, &QWebEnginePage::loadFinished);
        hostPage.setHtml(QStringLiteral("<p>the host's own page</p>"));
        QVERIFY(hostLoaded.wait(20000));
        const QStringList children = Tests::webEngineChildren();
        QVERIFY(!children.isEmpty());
        for (const QString &child : children)
            QVERIFY2(child.contains(QLatin1String("--log-level=3")), qPrintable(child));

        // Then the kit's screen with a one-time token in its URL: no log line names it.
        Tests::SandboxFixture fixture;
        QVERIFY(fixture.start());
        const QString session = fixture.signIn();
        const QString token = fixture.inAppToken(session);
        QVERIFY(!token.isEmpty());
        BrokerWebProfile webProfile(fixture.profile);
        ClientAreaView view(&webProfile);
        view.show();
        QVERIFY(view.openAction(QStringLiteral("kyc"), token, fixture.account));
        QTRY_COMPARE_WITH_TIMEOUT(view.state(), ClientAreaView::State::Ready, 20000);
        const QString leak = leakScan.stopAndFindLeaks({token, session}, {});
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestChromiumLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_chromiumlog.moc"
