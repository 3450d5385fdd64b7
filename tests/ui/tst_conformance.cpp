// SPDX-License-Identifier: MIT
// inappkit-conformance against the sandbox: the conforming sandbox passes every check; each rule
// the sandbox is told to break makes exactly its check fail, with a message naming it; an unusable
// plan ends with exit 2 naming the key; no secret reaches the report.
#include "conformanceplan.h"
#include "conformancerunner.h"

#include "../common/sandboxfixture.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QProcess>

using namespace InAppKit;
using namespace InAppKit::Conformance;
using Sandbox::SandboxBroker;

namespace {
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return file.fileName();
}
} // namespace

class TestConformance : public QObject
{
    Q_OBJECT
private:
    Tests::SandboxFixture fixture;
    QString planPath;

    // The plan a broker would write for this sandbox.
    QByteArray plan(const QJsonObject &changes = {}) const
    {
        QJsonObject o{{QStringLiteral("profile"), QStringLiteral("broker.json")},
                      {QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("alice@example.com")},
                                                                       {QStringLiteral("password"), QStringLiteral("password1")}},
                                                           QJsonObject{{QStringLiteral("email"), QStringLiteral("bob@example.com")},
                                                                       {QStringLiteral("password"), QStringLiteral("password2")}}}},
                      {QStringLiteral("crm"), QJsonObject{{QStringLiteral("baseUrl"), fixture.baseUrl.toString()},
                                                          {QStringLiteral("password"), fixture.broker->crmPassword()}}}};
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                o.remove(it.key());
            else
                o.insert(it.key(), it.value());
        }
        return QJsonDocument(o).toJson();
    }

    // The API and transport checks, in this process, trusting the sandbox's CA as a system would.
    ConformanceReport runApiChecks(const QString &output)
    {
        BrokerProfileError error;
        const ConformancePlan p = ConformancePlan::fromFile(planPath, &error);
        if (!p.isValid())
            qWarning("plan refused: %s", qPrintable(error.toString()));
        ConformanceRunner runner(p, output);
        runner.setHeadless(true);
        runner.setOnly({QStringLiteral("api."), QStringLiteral("transport.")});
        runner.setSystemTrustForTests(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
        runner.setWaitForTests([this](int ms) { fixture.broker->advanceClock(ms); }); // the minute, without waiting it
        return runner.run();
    }

    static QStringList failed(const ConformanceReport &report)
    {
        QStringList ids;
        for (const CheckResult &r : report.results()) {
            if (r.verdict != CheckResult::Verdict::Pass)
                ids.append(r.id + QStringLiteral(": ") + r.explanation);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fixture.start());
        fixture.broker->addUser(QStringLiteral("bob@example.com"), QStringLiteral("password2"));
        planPath = writeFile(fixture.dir, QStringLiteral("plan.json"), plan());
        QVERIFY(!planPath.isEmpty());
    }

    void conformingSandboxPasses()
    {
        QTemporaryDir output;
        const ConformanceReport report = runApiChecks(output.path());
        QVERIFY2(failed(report).isEmpty(), qPrintable(failed(report).join(u'\n')));
        QCOMPARE(report.results().size(), 10);
        QVERIFY(report.passed());
        QFile json(output.filePath(QStringLiteral("report.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("passed")).toBool(), true);
        QFile html(output.filePath(QStringLiteral("report.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray page = html.readAll();
        QVERIFY(page.contains("Conforms"));
        // No secret in either file: passwords, and any token the broker issued.
        QStringList secrets = fixture.broker->issuedSecrets();
        secrets << QStringLiteral("password1") << QStringLiteral("password2") << fixture.broker->crmPassword();
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY2(!bytes.contains(secret.toUtf8()) && !page.contains(secret.toUtf8()), "a secret in the report");
        }
    }

    void eachBrokenRuleFailsItsCheck_data()
    {
        QTest::addColumn<SandboxBroker::NonConformance>("rule");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("message");
        QTest::newRow("reused one-time token") << SandboxBroker::NonConformance::ReusableOneTimeToken
                                               << QStringLiteral("api.onetimeAuthorize") << QStringLiteral("redeemed twice");
        QTest::newRow("token that does not expire") << SandboxBroker::NonConformance::EverlastingOneTimeToken
                                                    << QStringLiteral("api.tokenExpiry") << QStringLiteral("must expire after 60 s");
        QTest::newRow("wrong status code") << SandboxBroker::NonConformance::WrongStatusCode << QStringLiteral("api.crmApiToken")
                                           << QStringLiteral("not 403");
    }

    void eachBrokenRuleFailsItsCheck()
    {
        QFETCH(SandboxBroker::NonConformance, rule);
        QFETCH(QString, check);
        QFETCH(QString, message);
        fixture.broker->setNonConformance(rule);
        QTemporaryDir output;
        const ConformanceReport report = runApiChecks(output.path());
        fixture.broker->setNonConformance(rule, false);
        const QStringList failures = failed(report);
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.constFirst().startsWith(check + u':'), qPrintable(failures.constFirst()));
        QVERIFY2(failures.constFirst().contains(message), qPrintable(failures.constFirst()));
        QVERIFY(!report.passed());
    }

    // The program as a broker runs it: exit 2 for a plan it cannot use, naming the key.
    void unusablePlans_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::newRow("not JSON") << QByteArray("{users") << QStringLiteral("not valid JSON");
        QTest::newRow("no users") << plan({{QStringLiteral("users"), QJsonValue::Null}}) << QStringLiteral("users");
        QTest::newRow("user without e-mail") << plan({{QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("password"), QStringLiteral("x")}}}}})
                                             << QStringLiteral("users[0].email");
        QTest::newRow("CRM over http") << plan({{QStringLiteral("crm"), QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("http://crm.example/")},
                                                                                     {QStringLiteral("password"), QStringLiteral("x")}}}})
                                       << QStringLiteral("crm.baseUrl");
        QTest::newRow("unknown key") << plan({{QStringLiteral("userz"), 1}}) << QStringLiteral("userz");
        QTest::newRow("profile missing") << plan({{QStringLiteral("profile"), QStringLiteral("nowhere.json")}}) << QStringLiteral("profile");
    }

    void unusablePlans()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        const QString path = writeFile(fixture.dir, QStringLiteral("bad-plan.json"), content);
        QProcess tool;
        tool.start(QStringLiteral(INAPPKIT_CONFORMANCE_PROGRAM), {path, QStringLiteral("--headless")});
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitCode(), 2);
        const QString error = QString::fromUtf8(tool.readAllStandardError());
        QVERIFY2(error.contains(key), qPrintable(error));
    }

    // Exit 0 when every check run passes, 1 when one fails; the report is written either way.
    void exitStatus()
    {
        // The sandbox runs in this process: wait with the event loop running, not blocked.
        QTemporaryDir output;
        QProcess tool;
        QSignalSpy finished(&tool, &QProcess::finished);
        tool.start(QStringLiteral(INAPPKIT_CONFORMANCE_PROGRAM),
                   {planPath, QStringLiteral("--headless"), QStringLiteral("--only"), QStringLiteral("api.crmApiToken"),
                    QStringLiteral("-o"), output.path()});
        QVERIFY(finished.wait(60000));
        QCOMPARE(tool.exitCode(), 0);
        QVERIFY(QFile::exists(output.filePath(QStringLiteral("report.html"))));
        // The sandbox's CA is no system's: the program itself (no test trust) says so.
        tool.start(QStringLiteral(INAPPKIT_CONFORMANCE_PROGRAM),
                   {planPath, QStringLiteral("--headless"), QStringLiteral("--only"), QStringLiteral("transport.crmCertificate"),
                    QStringLiteral("-o"), output.path()});
        QVERIFY(finished.wait(60000));
        QCOMPARE(tool.exitCode(), 1);
        QVERIFY(tool.readAllStandardOutput().contains("transport.crmCertificate"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestConformance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_conformance.moc"
