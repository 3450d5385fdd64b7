// SPDX-License-Identifier: MIT
// Chromium's accessibility costs every page its accessibility tree: the kit turns it on (Qt 6.4,
// Linux) only while an assistive technology listens. Here none does; tst_accessibility is the
// other side, with one listening.
#include <InAppKit/brokerprofile.h>
#include <InAppKit/brokerwebprofile.h>
#include "clientareaviewautomation_p.h"

#include <QAccessible>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebEngineProfile>

using namespace InAppKit;

class TestWebAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offWithoutAssistiveTechnology()
    {
        QVERIFY2(!QAccessible::isActive(), "an assistive technology is active in this session: the case cannot be told");
        QVERIFY(qEnvironmentVariableIsEmpty("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"));
        BrokerProfileError error;
        const QString site = QStringLiteral("https://crm.acme-markets.example");
        const QJsonObject json{{QStringLiteral("schema"), 1},
                               {QStringLiteral("brokerName"), QStringLiteral("Acme Markets")},
                               {QStringLiteral("clientAreaUrl"), QString(site + u'/')},
                               {QStringLiteral("loginUrl"), QString(site + QStringLiteral("/auth/login"))},
                               {QStringLiteral("successUrl"), QString(site + QStringLiteral("/callback/success"))},
                               {QStringLiteral("sessionServiceUrl"), QString(site + QStringLiteral("/session/"))}};
        const BrokerProfile broker = BrokerProfile::fromJson(QJsonDocument(json).toJson(), &error);
        QVERIFY2(broker.isValid(), qPrintable(error.errorString()));
        BrokerWebProfile profile(broker);
        QVERIFY(Automation::webEngineProfile(&profile)); // Qt WebEngine starts here
        QVERIFY2(qEnvironmentVariableIsEmpty("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"),
                 "Chromium's accessibility was turned on with no assistive technology listening");
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestWebAccessibility test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_webaccessibility.moc"
