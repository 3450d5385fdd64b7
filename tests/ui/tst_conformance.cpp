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

#include <algorithm>

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
                                                                       {QStringLiteral("password"), QStringLiteral("password1")},
                                                                       {QStringLiteral("account"), fixture.account}},
                                                           QJsonObject{{QStringLiteral("email"), QStringLiteral("bob@example.com")},
                                                                       {QStringLiteral("password"), QStringLiteral("password2")}}}},
                      {QStringLiteral("languages"), QJsonArray{QStringLiteral("de")}},
                      {QStringLiteral("screenScripts"), QJsonObject{{QStringLiteral("withdraw"), QStringLiteral("withdraw.js")},
                                                                    {QStringLiteral("deposit"), QStringLiteral("deposit.js")}}},
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

    // The checks whose ids start with @p only, in this process, trusting the sandbox's CA as a
    // system would.
    ConformanceReport runChecks(const QString &output, const QStringList &only, const QString &planFile = QString())
    {
        BrokerProfileError error;
        const ConformancePlan p = ConformancePlan::fromFile(planFile.isEmpty() ? planPath : planFile, &error);
        if (!p.isValid())
            qWarning("plan refused: %s", qPrintable(error.toString()));
        ConformanceRunner runner(p, output);
        runner.setHeadless(true);
        runner.setOnly(only);
        runner.setSystemTrustForTests(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
        runner.setWaitForTests([this](int ms) { fixture.broker->advanceClock(ms); }); // the minute, without waiting it
        return runner.run();
    }

    static QStringList withVerdict(const ConformanceReport &report, CheckResult::Verdict verdict)
    {
        QStringList ids;
        for (const CheckResult &r : report.results()) {
            if (r.verdict == verdict)
                ids.append(r.id + QStringLiteral(": ") + r.explanation);
        }
        return ids;
    }
    static QStringList failed(const ConformanceReport &report) { return withVerdict(report, CheckResult::Verdict::Fail); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(fixture.start());
        fixture.broker->addUser(QStringLiteral("bob@example.com"), QStringLiteral("password2"));
        fixture.broker->creditCents(fixture.account, 100000);
        // How this broker's withdrawal screen is completed: the amount, then submit.
        QVERIFY(!writeFile(fixture.dir, QStringLiteral("withdraw.js"),
                           "(function() { var a = document.querySelector('input[name=amount]');"
                           "  if (a) { a.value = '1.00'; a.form.requestSubmit(); } })()").isEmpty());
        // And its deposit, through the payment provider's card frame and the issuer's 3-D Secure page.
        QVERIFY(!writeFile(fixture.dir, QStringLiteral("deposit.js"),
                           "(function() { var f = document.querySelector('form'); if (!f) return;"
                           "  function set(n, v) { var e = f.querySelector('[name=' + n + ']'); if (e) e.value = v; return !!e; }"
                           "  if (set('amount', '25.00') || (set('card', '4242 4242 4242 4242') && set('expiry', '12/30') && set('cvc', '123'))"
                           "      || set('otp', '1234') || f.querySelector('[name=PaRes]'))"
                           "    f.requestSubmit(); })()").isEmpty());
        planPath = writeFile(fixture.dir, QStringLiteral("plan.json"), plan());
        QVERIFY(!planPath.isEmpty());
    }

    void conformingSandboxPasses()
    {
        QTemporaryDir output;
        const qint64 before = fixture.broker->balanceCents(fixture.account);
        const ConformanceReport report = runChecks(output.path(), {});
        QCOMPARE(fixture.broker->balanceCents(fixture.account), before + 2500 - 100); // the deposit and the withdrawal were completed
        QVERIFY2(failed(report).isEmpty(), qPrintable(failed(report).join(u'\n')));
        const QStringList skipped = withVerdict(report, CheckResult::Verdict::Skipped);
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
        QCOMPARE(report.results().size(), 25);
        // Every screen, at every size, in the report's folder.
        for (const char *shot : {"login-390x844.png", "signup-1024x768.png", "newAccount-1280x720.png", "changeEmail-390x844.png",
                                 "login-de.png", "login-dark.png"})
            QVERIFY2(QFile::exists(output.filePath(QString::fromLatin1(shot))), shot);
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
        QTest::addColumn<int>("rule"); // SandboxBroker::NonConformance, or -1 for a slow login screen
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("alsoFailing"); // checks that combine the broken rule with another
        using R = SandboxBroker::NonConformance;
        const QStringList none;
        QTest::newRow("reused one-time token") << int(R::ReusableOneTimeToken) << QStringLiteral("api.onetimeAuthorize")
                                               << QStringLiteral("redeemed twice") << none;
        QTest::newRow("token that does not expire") << int(R::EverlastingOneTimeToken) << QStringLiteral("api.tokenExpiry")
                                                    << QStringLiteral("must expire after 60 s") << none;
        QTest::newRow("wrong status code") << int(R::WrongStatusCode) << QStringLiteral("api.crmApiToken") << QStringLiteral("not 403") << none;
        QTest::newRow("ignores lang") << int(R::IgnoreLanguage) << QStringLiteral("design.language") << QStringLiteral("lang=de")
                                      << QStringList{QStringLiteral("design.severalParameters")};
        QTest::newRow("ignores theme") << int(R::IgnoreTheme) << QStringLiteral("design.theme") << QStringLiteral("in both themes")
                                       << QStringList{QStringLiteral("design.severalParameters")};
        QTest::newRow("http resource") << int(R::InsecureResource) << QStringLiteral("transport.screens") << QStringLiteral("http request") << none;
        QTest::newRow("cTrader ID on a screen") << int(R::ForbiddenWords) << QStringLiteral("design.platformNames")
                                                << QStringLiteral("cTrader ID") << none;
        QTest::newRow("alert()") << int(R::Alert) << QStringLiteral("design.noPopUps") << QStringLiteral("alert: Welcome back!") << none;
        QTest::newRow("token in the fragment") << int(R::TokenInFragment) << QStringLiteral("func.login")
                                               << QStringLiteral("without a sign-in token") << QStringList{QStringLiteral("func.signUp")};
        QTest::newRow("slow screen") << -1 << QStringLiteral("design.loadTime") << QStringLiteral("login takes") << none;
    }

    void eachBrokenRuleFailsItsCheck()
    {
        QFETCH(int, rule);
        QFETCH(QString, check);
        QFETCH(QString, message);
        QFETCH(QStringList, alsoFailing);
        QStringList only = {check.section(u'.', 0, 0) + u'.'};
        QString planFile;
        if (rule >= 0) {
            fixture.broker->setNonConformance(SandboxBroker::NonConformance(rule));
        } else {
            // The login screen's timed loads (3, the plan's default) answer after 3.5 s; without a
            // CRM no login comes before them.
            only = {check};
            planFile = writeFile(fixture.dir, QStringLiteral("plan-no-crm.json"), plan({{QStringLiteral("crm"), QJsonValue::Null}}));
            fixture.broker->setFaultDelayMs(3500);
            fixture.broker->setFault(QStringLiteral("/auth/login"), SandboxBroker::Fault::Slow, 3);
        }
        QTemporaryDir output;
        const ConformanceReport report = runChecks(output.path(), only, planFile);
        if (rule >= 0)
            fixture.broker->setNonConformance(SandboxBroker::NonConformance(rule), false);
        fixture.broker->clearFaults();
        QStringList failures = failed(report);
        const auto it = std::find_if(failures.cbegin(), failures.cend(), [&](const QString &f) { return f.startsWith(check + u':'); });
        QVERIFY2(it != failures.cend(), qPrintable(QStringLiteral("%1 did not fail; failures: %2").arg(check, failures.join(u'\n'))));
        QVERIFY2(it->contains(message), qPrintable(*it));
        failures.erase(it);
        for (const QString &other : std::as_const(failures))
            QVERIFY2(alsoFailing.contains(other.section(u':', 0, 0)), qPrintable(QStringLiteral("also failed: ") + other));
        const QList<CheckResult> results = report.results();
        const bool required = std::any_of(results.cbegin(), results.cend(), [&](const CheckResult &r) { return r.id == check && r.required; });
        QCOMPARE(report.passed(), !required); // an optional check (6.2.3 to 6.2.6) fails without failing the run
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
