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
#include <QXmlStreamReader>

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
    QList<int> expiryWaits; // what the runs asked the expiry check to wait, in ms

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
    ConformanceReport runChecks(const QString &output, const QStringList &only, const QString &planFile = QString(),
                                QStringList *progress = nullptr)
    {
        BrokerProfileError error;
        const ConformancePlan p = ConformancePlan::fromFile(planFile.isEmpty() ? planPath : planFile, &error);
        if (!p.isValid())
            qWarning("plan refused: %s", qPrintable(error.errorString()));
        ConformanceRunner runner(p, output);
        runner.setHeadless(true);
        runner.setOnly(only);
        runner.setSystemTrustForTests(QSslCertificate::fromData(SandboxBroker::caCertificatePem()));
        // What is left of the minute, without waiting it.
        runner.setWaitForTests([this](int ms) {
            expiryWaits.append(ms);
            fixture.broker->advanceClock(ms);
        });
        if (progress)
            connect(&runner, &ConformanceRunner::progress, this, [progress](const QString &line) { progress->append(line); });
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

    // Every failure and skip says why, in whole sentences: no empty reason, none cut off after a colon.
    static void verifyReasons(const ConformanceReport &report)
    {
        for (const CheckResult &r : report.results()) {
            if (r.verdict == CheckResult::Verdict::Pass)
                continue;
            QVERIFY2(!r.explanation.trimmed().isEmpty(), qPrintable(r.id + QStringLiteral(" has no reason")));
            QVERIFY2(!r.explanation.trimmed().endsWith(u':') && !r.explanation.contains(QLatin1String(": ;"))
                         && !r.explanation.contains(QLatin1String(": )")),
                     qPrintable(r.id + QStringLiteral(": a reason cut off: ") + r.explanation));
        }
    }

    // The broken rules, each with the check it fails: those of the CRM's API (@p api), or those of
    // the screens. Two test functions, so that each stays within QTest's function time limit in a
    // sanitizer build.
    void addBrokenRules(bool api)
    {
        QTest::addColumn<int>("rule"); // SandboxBroker::NonConformance, or -1 for a slow login screen
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("alsoFailing"); // checks that combine the broken rule with another
        QTest::addColumn<QStringList>("only");        // the checks run; by default the check's whole group
        using R = SandboxBroker::NonConformance;
        const QStringList none;
        auto row = [api](const char *name, int rule, const QString &check, const QString &message, const QStringList &alsoFailing,
                         const QStringList &only) {
            if (api == (check.startsWith(QLatin1String("api.")) || check == QLatin1String("transport.httpRefused")))
                QTest::newRow(name) << rule << check << message << alsoFailing << only;
        };
        row("reused one-time token", int(R::ReusableOneTimeToken),
            QStringLiteral("api.onetimeAuthorize"),
            QStringLiteral("redeemed twice"), none, none);
        row("token that does not expire", int(R::EverlastingOneTimeToken),
            QStringLiteral("api.tokenExpiry"),
            QStringLiteral("must expire 1 minute after generation"), none, none);
        row("expired answered 500", int(R::ExpiredAsServerError),
            QStringLiteral("api.tokenExpiry"),
            QStringLiteral("got HTTP 500 UNKNOWN_ERROR, not 410"), none, none);
        row("wrong status code", int(R::WrongStatusCode), QStringLiteral("api.crmApiToken"), QStringLiteral("not 403"), none, none);
        row("access token without the box", int(R::AccessTokenWithoutKeepMeLoggedIn),
            QStringLiteral("api.keepMeLoggedIn"),
            QStringLiteral("4.2 gave an accessToken for a login without Keep Me Logged In"), none, none);
        row("4.3 without crmApiToken", int(R::AuthorizeIgnoresCrmApiToken),
            QStringLiteral("api.authorize"),
            QStringLiteral("a wrong crmApiToken got HTTP 200"), none, none);
        row("4.4 for an unknown user", int(R::GenerateForUnknownUser),
            QStringLiteral("api.onetimeGenerate"),
            QStringLiteral("an unknown userId got HTTP 200"), none, none);
        row("4.5 keeps the access token", int(R::LogoutKeepsAccessToken),
            QStringLiteral("api.logout"),
            QStringLiteral("after log out, 4.3 answered the same access token with HTTP 200 and userId "), none, none);
        // The token the expiry check keeps is given again to the next login and spent there.
        row("same token for two logins", int(R::RepeatedLoginToken),
            QStringLiteral("api.newTokenPerLogin"),
            QStringLiteral("two logins gave the same one-time token"), QStringList{QStringLiteral("api.tokenExpiry")}, none);
        row("another user's token", int(R::SharedLoginToken),
            QStringLiteral("api.tokenPerUser"),
            QStringLiteral("bob@example.com got a one-time token alice@example.com got too"), none, none);
        row("API over http", int(R::ApiOverHttp),
            QStringLiteral("transport.httpRefused"),
            QStringLiteral("the CRM's API answers over http at http://127.0.0.1:"), none, none);
        row("ignores lang", int(R::IgnoreLanguage),
            QStringLiteral("design.language"),
            QStringLiteral("lang=de"), QStringList{QStringLiteral("design.severalParameters")}, none);
        row("ignores theme", int(R::IgnoreTheme),
            QStringLiteral("design.theme"),
            QStringLiteral("in both themes"), QStringList{QStringLiteral("design.severalParameters")}, none);
        row("ignores firstLogin", int(R::IgnoreFirstLogin),
            QStringLiteral("design.firstLogin"),
            QStringLiteral("firstLogin=true and false show the same page"), none, none);
        row("reset link to a file", int(R::ResetLinkOffBroker),
            QStringLiteral("design.resetPassword"),
            QStringLiteral("the reset link leads to file:///etc/passwd, not to an https page on the broker's origins: not loaded"), none, none);
        row("too wide", int(R::WideScreens),
            QStringLiteral("design.noHorizontalScroll"),
            QStringLiteral("login scrolls sideways at 1280×720"), none, none);
        row("http resource", int(R::InsecureResource), QStringLiteral("transport.screens"), QStringLiteral("http request"), none, none);
        row("cTrader ID on a screen", int(R::ForbiddenWords),
            QStringLiteral("design.platformNames"),
            QStringLiteral("cTrader ID"), none, none);
        // Once, with the screens that showed it.
        row("alert()", int(R::Alert),
            QStringLiteral("design.noPopUps"),
            QStringLiteral("alert: Welcome back! (on login, signup, deposit, withdraw, newAccount, changePassword, changeEmail)"), none, none);
        row("token in the fragment", int(R::TokenInFragment),
            QStringLiteral("func.login"),
            QStringLiteral("with the one-time token in its fragment (#token=…), not in its query"), QStringList{QStringLiteral("func.signUp")}, none);
        row("no login link on the sign-up", int(R::NoLoginLinkOnSignUp),
            QStringLiteral("func.links"),
            QStringLiteral("the sign-up page the login screen's link leads to (/auth/login) has no link back to the login"), none, none);
        row("partnerId dropped", int(R::DropPartnerId),
            QStringLiteral("func.partnerId"),
            QStringLiteral("keeps it nowhere (not in its address, a form field or a link)"), none, none);
        row("InApp tokens refused", int(R::RefuseInAppTokens),
            QStringLiteral("func.inAppScreens"),
            QStringLiteral("deposit did not reach the success URL: "), none, none);
        // Every login of the run meets the third party's page; the login check alone shows it.
        row("login on a third party's page", int(R::LoginOnForeignOrigin),
            QStringLiteral("func.login"),
            QStringLiteral("not a page of the broker (an https page on its origins): the test password was not typed"), none, QStringList{QStringLiteral("func.login")});
        row("slow screen", -1,
            QStringLiteral("design.loadTime"),
            QStringLiteral("login takes"), none, QStringList{QStringLiteral("design.loadTime")});
    }

    void verifyBrokenRule()
    {
        QFETCH(int, rule);
        QFETCH(QString, check);
        QFETCH(QString, message);
        QFETCH(QStringList, alsoFailing);
        QFETCH(QStringList, only);
        if (only.isEmpty())
            only = {check.section(u'.', 0, 0) + u'.'};
        QString planFile;
        using R = SandboxBroker::NonConformance;
        if (rule >= 0) {
            fixture.broker->setNonConformance(R(rule));
        } else {
            // The login screen's timed loads (3, the plan's default) answer after 3.5 s; without a
            // CRM no login comes before them.
            planFile = writeFile(fixture.dir, QStringLiteral("plan-no-crm.json"), plan({{QStringLiteral("crm"), QJsonValue::Null}}));
            fixture.broker->setFaultDelayMs(3500);
            fixture.broker->setFault(QStringLiteral("/auth/login"), SandboxBroker::Fault::Slow, 3);
        }
        const qsizetype clearBefore = fixture.broker->receivedInClear().size();
        if (rule == int(R::ApiOverHttp)) {
            // Where the broken CRM answers in clear, as a broker with a listener on port 80 would.
            QVERIFY(fixture.broker->httpUrl().isValid());
            planFile = writeFile(fixture.dir, QStringLiteral("plan-http.json"),
                                 plan({{QStringLiteral("crm"), QJsonObject{{QStringLiteral("baseUrl"), fixture.baseUrl.toString()},
                                                                            {QStringLiteral("password"), fixture.broker->crmPassword()},
                                                                            {QStringLiteral("httpUrl"), fixture.broker->httpUrl().toString()}}}}));
        }
        QTemporaryDir output;
        const ConformanceReport report = runChecks(output.path(), only, planFile);
        const QByteArrayList inClear = fixture.broker->receivedInClear().mid(clearBefore);
        if (rule >= 0)
            fixture.broker->setNonConformance(R(rule), false);
        fixture.broker->clearFaults();
        verifyReasons(report);
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
        if (rule == int(R::ApiOverHttp)) {
            // The check asked over http, and never with the plan's password.
            QVERIFY(!inClear.isEmpty());
            for (const QByteArray &request : inClear)
                QVERIFY2(!request.contains(fixture.broker->crmPassword().toUtf8()), request.constData());
        }
        if (rule == int(R::ResetLinkOffBroker)) // neither loaded nor photographed
            QVERIFY(!QFile::exists(output.filePath(QStringLiteral("reset-password.png"))));
    }

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
        expiryWaits.clear();
        QStringList progress;
        QElapsedTimer clock;
        clock.start();
        const ConformanceReport report = runChecks(output.path(), {}, QString(), &progress);
        // The expiry check's minute ran under the other checks: only what was left was waited.
        QCOMPARE(expiryWaits.size(), 1);
        QVERIFY2(expiryWaits.constFirst() <= qMax<qint64>(0, ConformanceRunner::ExpiryWaitMs - clock.elapsed()) + 2000,
                 qPrintable(QStringLiteral("waited %1 ms after a run of %2 ms").arg(expiryWaits.constFirst()).arg(clock.elapsed())));
        // Progress names each check as it starts, with what is left of the wait.
        for (const char *id : {"api.keepMeLoggedIn", "design.resetPassword", "func.inAppScreens"}) {
            QVERIFY2(std::any_of(progress.cbegin(), progress.cend(),
                                 [id](const QString &l) { return l.contains(QLatin1String(id) + u'…') && l.contains(QLatin1String("s left of its wait")); }),
                     qPrintable(progress.join(u'\n')));
        }
        QCOMPARE(fixture.broker->balanceCents(fixture.account), before + 2500 - 100); // the deposit and the withdrawal were completed
        QVERIFY2(failed(report).isEmpty(), qPrintable(failed(report).join(u'\n')));
        const QStringList skipped = withVerdict(report, CheckResult::Verdict::Skipped);
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(u'\n')));
        QCOMPARE(report.results().size(), 26);
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

    void eachBrokenApiRuleFailsItsCheck_data() { addBrokenRules(true); }
    void eachBrokenApiRuleFailsItsCheck() { verifyBrokenRule(); }
    void eachBrokenScreenRuleFailsItsCheck_data() { addBrokenRules(false); }
    void eachBrokenScreenRuleFailsItsCheck() { verifyBrokenRule(); }

    // A screen script that submits at DOMContentLoaded, before the screen's first load has
    // finished (an image of the page is slow), completes the screen: the success URL reached at
    // any moment after the screen opened counts.
    void screenCompletedBeforeItsFirstLoad()
    {
        QVERIFY(!writeFile(fixture.dir, QStringLiteral("early-withdraw.js"),
                           "(function() { var a = document.querySelector('input[name=amount]'); if (!a) return;"
                           "  var slow = new Image(); slow.src = '/test/slow-image.png'; document.body.appendChild(slow);"
                           "  a.value = '1.00'; a.form.requestSubmit(); })()").isEmpty());
        const QString planFile = writeFile(fixture.dir, QStringLiteral("plan-early.json"),
                                           plan({{QStringLiteral("screenScripts"), QJsonObject{{QStringLiteral("withdraw"), QStringLiteral("early-withdraw.js")}}}}));
        fixture.broker->setFaultDelayMs(8000);
        fixture.broker->setFault(QStringLiteral("/test/slow-image.png"), SandboxBroker::Fault::Slow, 1);
        const qint64 before = fixture.broker->balanceCents(fixture.account);
        QTemporaryDir output;
        const ConformanceReport report = runChecks(output.path(), {QStringLiteral("func.inAppScreens")}, planFile);
        fixture.broker->clearFaults();
        verifyReasons(report);
        QCOMPARE(fixture.broker->balanceCents(fixture.account), before - 100);
        QVERIFY2(failed(report).isEmpty(), qPrintable(failed(report).join(u'\n')));
        QCOMPARE(report.results().size(), 1);
        QCOMPARE(report.results().constFirst().verdict, CheckResult::Verdict::Pass);
        QVERIFY(report.results().constFirst().evidence.contains(QStringLiteral("withdraw: completed at the success URL")));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.broker->pendingDelayedAnswers(), 0, 15000);
    }

    // The JUnit report: one test case per check with its number and message; a failure with the
    // check's explanation and evidence, a skip as skipped.
    void junitReport()
    {
        ConformanceReport report;
        report.setBroker(QStringLiteral("Sandbox Markets"));
        report.setMachine(QStringLiteral("Debian, 2 cores, Qt 6.4.2"));
        CheckResult passed(QStringLiteral("api.crmApiToken"), QStringLiteral("6.1.1"), QStringLiteral("4.1 gives a token"));
        passed.pass(QStringLiteral("200 with a token"));
        CheckResult failedCheck(QStringLiteral("design.theme"), QStringLiteral("6.2.4"), QStringLiteral("Themes differ"), false);
        failedCheck.fail(QStringLiteral("login has the background <white> in both themes"));
        failedCheck.evidence = {QStringLiteral("login: light white, dark white")};
        CheckResult skipped(QStringLiteral("api.tokenPerUser"), QStringLiteral("6.1.6"), QStringLiteral("Different users"));
        skipped.skip(QStringLiteral("the plan has one test user"));
        for (const CheckResult &r : {passed, failedCheck, skipped})
            report.add(r);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junit.xml"));
        QString error;
        QVERIFY2(report.writeJUnit(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList cases, failures, skips;
        QString suiteCounts, spec, machine;
        while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("testsuite"))
                suiteCounts = QStringList{a.value(QLatin1String("tests")).toString(), a.value(QLatin1String("failures")).toString(),
                                          a.value(QLatin1String("skipped")).toString()}.join(u'/');
            else if (xml.name() == QLatin1String("testcase"))
                cases.append(a.value(QLatin1String("classname")).toString() + u' ' + a.value(QLatin1String("name")).toString());
            else if (xml.name() == QLatin1String("property") && a.value(QLatin1String("name")) == QLatin1String("specification"))
                spec += a.value(QLatin1String("value")).toString() + u' ';
            else if (xml.name() == QLatin1String("property") && a.value(QLatin1String("name")) == QLatin1String("machine"))
                machine = a.value(QLatin1String("value")).toString();
            else if (xml.name() == QLatin1String("failure"))
                failures.append(a.value(QLatin1String("message")).toString() + u'|' + a.value(QLatin1String("type")).toString() + u'|'
                                + xml.readElementText());
            else if (xml.name() == QLatin1String("skipped"))
                skips.append(a.value(QLatin1String("message")).toString());
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(suiteCounts, QStringLiteral("3/1/1"));
        QCOMPARE(cases, (QStringList{QStringLiteral("conformance.api api.crmApiToken (specification 6.1.1): 4.1 gives a token"),
                                     QStringLiteral("conformance.design design.theme (specification 6.2.4, optional): Themes differ"),
                                     QStringLiteral("conformance.api api.tokenPerUser (specification 6.1.6): Different users")}));
        QCOMPARE(spec, QStringLiteral("6.1.1 6.2.4 6.1.6 "));
        QCOMPARE(machine, QStringLiteral("Debian, 2 cores, Qt 6.4.2"));
        QCOMPARE(failures, QStringList{QStringLiteral("login has the background <white> in both themes|optional|login: light white, dark white")});
        QCOMPARE(skips, QStringList{QStringLiteral("the plan has one test user")});
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
        // Progress: which check runs, then its verdict.
        const QString shown = QString::fromUtf8(tool.readAllStandardOutput());
        QVERIFY2(shown.contains(QStringLiteral("api.crmApiToken…")) && shown.contains(QLatin1String("PASS")), qPrintable(shown));
        // The sandbox's CA is no system's: the program itself (no test trust) says so.
        tool.start(QStringLiteral(INAPPKIT_CONFORMANCE_PROGRAM),
                   {planPath, QStringLiteral("--headless"), QStringLiteral("--only"), QStringLiteral("transport.crmCertificate"),
                    QStringLiteral("-o"), output.path()});
        QVERIFY(finished.wait(60000));
        QCOMPARE(tool.exitCode(), 1);
        QVERIFY(tool.readAllStandardOutput().contains("transport.crmCertificate"));
        // --quiet: the verdict alone; --junit: the report CI servers read, its failure named.
        const QString junit = output.filePath(QStringLiteral("junit.xml"));
        tool.start(QStringLiteral(INAPPKIT_CONFORMANCE_PROGRAM),
                   {planPath, QStringLiteral("--headless"), QStringLiteral("--quiet"), QStringLiteral("--only"), QStringLiteral("transport.crmCertificate"),
                    QStringLiteral("-o"), output.path(), QStringLiteral("--junit"), junit});
        QVERIFY(finished.wait(60000));
        QCOMPARE(tool.exitCode(), 1);
        const QByteArray quiet = tool.readAllStandardOutput();
        QVERIFY2(quiet.startsWith("DOES NOT CONFORM") && quiet.count('\n') == 1, quiet.constData());
        QFile file(junit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xml = file.readAll();
        QVERIFY2(xml.contains("<testcase classname=\"conformance.transport\" name=\"transport.crmCertificate (specification 6.1.9): ")
                     && xml.contains("<failure message=\"the CRM's certificate is refused with the system's trust alone"),
                 xml.constData());
    }

    // What the program prints, to the terminal or a CI log, holds no token: the screens' console
    // messages (here Chromium's mixed-content warning, which names the screen's URL with its
    // one-time token) are not passed on.
    void noSecretInOutput()
    {
        fixture.broker->setNonConformance(SandboxBroker::NonConformance::InsecureResource);
        QTemporaryDir output;
        QProcess tool;
        QSignalSpy finished(&tool, &QProcess::finished);
        tool.start(QStringLiteral(INAPPKIT_CONFORMANCE_PROGRAM),
                   {planPath, QStringLiteral("--headless"), QStringLiteral("--only"), QStringLiteral("transport.screens"),
                    QStringLiteral("-o"), output.path()});
        QVERIFY(finished.wait(120000));
        fixture.broker->setNonConformance(SandboxBroker::NonConformance::InsecureResource, false);
        QCOMPARE(tool.exitCode(), 1);
        const QByteArray printed = tool.readAllStandardOutput() + tool.readAllStandardError();
        QVERIFY(printed.contains("transport.screens"));
        QStringList secrets = fixture.broker->issuedSecrets();
        secrets << fixture.broker->crmPassword() << QStringLiteral("password1");
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!printed.contains(secret.toUtf8()), printed.constData());
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
