// SPDX-License-Identifier: MIT
// The Qt Designer plugin loads as Designer loads it, creates every widget with its parent alone,
// and the widgets so placed are wired in code afterwards, as a host does.
#include <InAppKit/AccountWidget>
#include <InAppKit/BrokerWebProfile>
#include <InAppKit/ClientAreaLauncher>
#include <InAppKit/ClientAreaView>
#include <InAppKit/HttpSessionBackend>
#include <InAppKit/InAppControlsBar>
#include <InAppKit/InMemorySecretStore>
#include <InAppKit/RibbonBar>
#include <InAppKit/SsoSession>

#include <QtUiPlugin/QDesignerCustomWidgetCollectionInterface>

#include <QAction>
#include <QApplication>
#include <QDomDocument>
#include <QFileInfo>
#include <QLabel>
#include <QPluginLoader>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace InAppKit;

class TestDesignerPlugin : public QObject
{
    Q_OBJECT
private:
    QWidget *create(const QString &className, QWidget *parent)
    {
        for (QDesignerCustomWidgetInterface *widget : std::as_const(m_widgets)) {
            if (widget->name() == className)
                return widget->createWidget(parent);
        }
        return nullptr;
    }

    QPluginLoader m_loader{QStringLiteral(INAPPKIT_DESIGNER_PLUGIN)};
    QList<QDesignerCustomWidgetInterface *> m_widgets;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_loader.load(), qPrintable(m_loader.errorString()));
        auto *collection = qobject_cast<QDesignerCustomWidgetCollectionInterface *>(m_loader.instance());
        QVERIFY(collection);
        m_widgets = collection->customWidgets();
    }

    void everyWidget_data()
    {
        QTest::addColumn<QString>("className");
        for (const char *name : {"InAppKit::InAppControlsBar", "InAppKit::RibbonBar", "InAppKit::AccountWidget", "InAppKit::ClientAreaView"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyWidget()
    {
        QFETCH(QString, className);
        QWidget form;
        QWidget *widget = create(className, &form);
        QVERIFY(widget);
        QCOMPARE(widget->parentWidget(), &form);
        QCOMPARE(QString::fromLatin1(widget->metaObject()->className()), className);
        for (QDesignerCustomWidgetInterface *w : std::as_const(m_widgets)) {
            if (w->name() != className)
                continue;
            // The header Designer's uic writes is the one a host includes.
            QVERIFY2(QFileInfo::exists(QStringLiteral(INAPPKIT_INCLUDE_DIR "/") + w->includeFile()), qPrintable(w->includeFile()));
            QDomDocument dom;
            QVERIFY(dom.setContent(w->domXml()));
            QCOMPARE(dom.documentElement().firstChildElement(QStringLiteral("widget")).attribute(QStringLiteral("class")), className);
            QVERIFY(!w->icon().isNull());
            QCOMPARE(w->group(), QStringLiteral("InAppKit"));
        }
        form.show(); // shown unwired, as in Designer's form: no crash, nothing to click
        QVERIFY(QTest::qWaitForWindowExposed(&form));
    }

    // Placed by Designer, wired in code: the same widgets, live.
    void wiredAfterwards()
    {
        BrokerProfileError error;
        const BrokerProfile profile = BrokerProfile::fromFile(QStringLiteral(INAPPKIT_TEST_DATA_DIR "/design-example.json"), &error);
        QVERIFY2(profile.isValid(), qPrintable(error.errorString()));
        QWidget form;
        auto *webProfile = new BrokerWebProfile(profile, &form);
        InMemorySecretStore keychain;
        auto *session = new SsoSession(profile, new HttpSessionBackend(profile, &form), &keychain, &form);
        auto *launcher = new ClientAreaLauncher(session, webProfile, &form);

        auto *account = qobject_cast<AccountWidget *>(create(QStringLiteral("InAppKit::AccountWidget"), &form));
        auto *logIn = account->findChild<QPushButton *>(QStringLiteral("accountLogIn"));
        QVERIFY(!logIn->isEnabled()); // inert until wired
        QSignalSpy accountWired(account, &AccountWidget::launcherChanged);
        account->setLauncher(launcher);
        QCOMPARE(accountWired.size(), 1);
        QCOMPARE(account->launcher(), launcher);
        QVERIFY(logIn->isEnabled());

        auto *bar = qobject_cast<InAppControlsBar *>(create(QStringLiteral("InAppKit::InAppControlsBar"), &form));
        QCOMPARE(bar->inAppActions().size(), 4); // the preview
        for (QAction *action : bar->inAppActions())
            QVERIFY(!action->isEnabled());
        bar->setLauncher(launcher);
        QStringList ids;
        for (QAction *action : bar->inAppActions())
            ids.append(action->data().toString());
        QCOMPARE(ids, QStringList({QStringLiteral("deposit"), QStringLiteral("withdraw"), QStringLiteral("kyc")}));
        bar->setLauncher(nullptr); // and back: the preview again
        QCOMPARE(bar->inAppActions().size(), 4);

        auto *ribbons = qobject_cast<RibbonBar *>(create(QStringLiteral("InAppKit::RibbonBar"), &form));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(ribbons->findChild<QLabel *>(QStringLiteral("ribbonPlaceholder"))->isVisible());
        ribbons->setLauncher(launcher);
        QVERIFY(!ribbons->isVisible()); // signed out: no ribbons, nothing shown

        auto *view = qobject_cast<ClientAreaView *>(create(QStringLiteral("InAppKit::ClientAreaView"), &form));
        QVERIFY(!view->webProfile());
        view->openLogin(false); // not wired: a clear failure, not a crash
        QCOMPARE(view->state(), ClientAreaView::State::Failed);
        QCOMPARE(view->error(), ClientAreaView::Error::NoWebProfile); // not a network error: nothing to retry
        QVERIFY(!view->errorString().isEmpty());
        view->setWebProfile(webProfile);
        QCOMPARE(view->webProfile(), webProfile);
        QVERIFY(!webProfile->isStarted()); // wiring starts nothing of WebEngine
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestDesignerPlugin test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_designerplugin.moc"
