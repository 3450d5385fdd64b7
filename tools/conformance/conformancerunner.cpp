// SPDX-License-Identifier: MIT
#include "conformancerunner.h"

#include <InAppKit/BrokerWebProfile>
#include <InAppKit/ClientAreaView>
#include "clientareaviewautomation_p.h"

#include "proxyauthenticator_p.h"

#include <QAuthenticator>
#include <QDir>
#include <QNetworkProxy>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QSysInfo>
#include <QThread>
#include <QTimer>
#include <QWebEngineNavigationRequest>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

namespace InAppKit::Conformance {

namespace {
constexpr int CallTimeoutMs = 15000;
constexpr int LoginTimeoutMs = 45000;

// A URL as the report shows it: no query, no fragment (they may carry tokens).
QString shown(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

// A screen's state as the report names it ("loading", "failed"…).
QString stateName(ClientAreaView::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<ClientAreaView::State>().valueToKey(int(state))).toLower();
}

bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1)
        && a.path() == b.path();
}

} // namespace

QString ConformanceRunner::HttpAnswer::describe() const
{
    if (!networkError.isEmpty())
        return QStringLiteral("no HTTP answer (%1)").arg(networkError);
    const QString code = json.value(QLatin1String("code")).toString();
    return QStringLiteral("HTTP %1%2").arg(status).arg(code.isEmpty() ? QString() : u' ' + code);
}

QString ConformanceRunner::HttpAnswer::userId() const
{
    const QJsonValue id = json.value(QLatin1String("userId"));
    return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
}

QString ConformanceRunner::HttpAnswer::describeUserId() const
{
    const QJsonValue id = json.value(QLatin1String("userId"));
    if (id.isUndefined())
        return QStringLiteral("no userId");
    if (id.isNull())
        return QStringLiteral("userId null");
    return userId().isEmpty() ? QStringLiteral("an empty userId") : QStringLiteral("userId ") + userId();
}

ConformanceRunner::ConformanceRunner(const ConformancePlan &plan, const QString &outputFolder, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_output(outputFolder)
{
    answerProxies(&m_network);
    m_report.setBroker(plan.profile().brokerName());
    m_report.setMachine(QStringLiteral("%1, %2 cores, Qt %3").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount()).arg(QString::fromLatin1(qVersion())));
}

ConformanceRunner::~ConformanceRunner() = default;

void ConformanceRunner::answerProxies(QNetworkAccessManager *network)
{
    connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, network,
            [network](const QNetworkProxy &proxy, QAuthenticator *authenticator) { ProxyAuthentication::answer(proxy, network, authenticator); });
}

void ConformanceRunner::setOnly(const QStringList &prefixes)
{
    m_only = prefixes;
}

void ConformanceRunner::setHeadless(bool headless)
{
    m_headless = headless;
}

void ConformanceRunner::setSystemTrustForTests(const QList<QSslCertificate> &certificates)
{
    m_testTrust = certificates;
}

void ConformanceRunner::setWaitForTests(std::function<void(int ms)> wait)
{
    m_waitForTests = std::move(wait);
}

QString ConformanceRunner::jsString(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

bool ConformanceRunner::wanted(const QString &id) const
{
    return m_only.isEmpty() || std::any_of(m_only.cbegin(), m_only.cend(), [&id](const QString &p) { return id.startsWith(p); });
}

void ConformanceRunner::announce(const QString &id)
{
    if (!wanted(id))
        return;
    QString wait;
    if (!m_expiryToken.isEmpty())
        wait = QStringLiteral(" (api.tokenExpiry: %1 s left of its wait)").arg(qMax<qint64>(0, ExpiryWaitMs - m_expiryClock.elapsed()) / 1000);
    emit progress(QStringLiteral("%1  %2…%3").arg(QStringLiteral("[%1 s]").arg(m_runClock.elapsed() / 1000).leftJustified(7), id, wait));
}

bool ConformanceRunner::isBrokerPage(const QUrl &url) const
{
    const BrokerProfile profile = m_plan.profile();
    const bool broker = profile.isBrokerOrigin(url) || (url.scheme() == profile.loginUrl().scheme() && url.host() == profile.loginUrl().host()
                                                        && url.port(-1) == profile.loginUrl().port(-1));
    // The profile allows http only for a loopback client area; then its own pages may be http.
    const bool secure = url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && profile.isClientAreaOrigin(url));
    return url.isValid() && secure && broker && url.userInfo().isEmpty();
}

void ConformanceRunner::record(CheckResult result)
{
    // Every failure says why; an empty one would be a fault of this tool, and still a failure.
    if (result.verdict != CheckResult::Verdict::Pass && result.explanation.trimmed().isEmpty())
        result.explanation = QStringLiteral("no reason was recorded (a fault of inappkit-conformance): see the evidence");
    emit progress(QStringLiteral("%1  %2 (%3)%4")
                      .arg(ConformanceReport::verdictName(result.verdict).toUpper().leftJustified(7), result.title, result.id,
                           result.verdict == CheckResult::Verdict::Pass ? QString() : QStringLiteral(": ") + result.explanation));
    m_report.add(result);
}

void ConformanceRunner::wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool ConformanceRunner::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

ConformanceRunner::HttpAnswer ConformanceRunner::crmPost(const QString &path, const QJsonObject &body, const QUrlQuery &query, bool overHttp,
                                                         bool systemTrustOnly)
{
    QUrl url = (overHttp ? m_plan.crmHttpUrl() : m_plan.crmBaseUrl()).resolved(QUrl(path));
    url.setQuery(query);
    QNetworkRequest request(url);
    // The calls trust the profile's CA too, as the kit does for a UAT; whether the system's trust
    // alone accepts the CRM is a check of its own (6.1.9).
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_testTrust.isEmpty())
        tls.addCaCertificates(m_testTrust);
    if (!systemTrustOnly)
        tls.addCaCertificates(m_plan.profile().caCertificates());
    request.setSslConfiguration(tls);
    request.setTransferTimeout(CallTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // A manager of its own for the system-only probe: Qt reuses a connection per host whatever its
    // TLS configuration, so the probe would lend its trust to the calls that follow.
    QNetworkAccessManager probe;
    answerProxies(&probe);
    QNetworkReply *reply = (systemTrustOnly ? probe : m_network).post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    if (answer.status == 0)
        answer.networkError = reply->errorString();
    reply->deleteLater();
    return answer;
}

std::unique_ptr<ClientAreaView> ConformanceRunner::newScreen()
{
    // A fresh web session each time, as a new private window: nothing of an earlier screen helps.
    if (!m_webProfile)
        m_webProfile = std::make_unique<BrokerWebProfile>(m_plan.profile());
    m_webProfile->clear();
    auto view = std::make_unique<ClientAreaView>(m_webProfile.get());
    view->resize(1024, 768);
    if (m_headless)
        view->setAttribute(Qt::WA_DontShowOnScreen);
    view->show();
    view->prepare();
    // A screen's alert() would wait for a person in a modal box; the design checks report it.
    QWebEngineScript quiet;
    quiet.setName(QStringLiteral("inappkit-conformance-quiet-dialogs"));
    quiet.setInjectionPoint(QWebEngineScript::DocumentCreation);
    quiet.setWorldId(QWebEngineScript::MainWorld);
    quiet.setRunsOnSubFrames(true);
    quiet.setSourceCode(QStringLiteral("window.alert = function() {}; window.confirm = function() { return false; };"
                                       "window.prompt = function() { return null; };"));
    Automation::page(view.get())->scripts().insert(quiet);
    return view;
}

QString ConformanceRunner::screenshot(QWidget *view, const QString &name)
{
    wait(150); // a frame after the load, so that the page is painted
    view->grab().save(QDir(m_output).filePath(name), "PNG");
    return name;
}

QString ConformanceRunner::loginOneTimeToken(const TestUser &user, bool keepMeLoggedIn, QString *why, const QString &screenshotName)
{
    const std::unique_ptr<ClientAreaView> screen = newScreen();
    ClientAreaView &view = *screen;
    QString token;
    QString failure;
    QUrl success; // the last navigation to the success URL, to say where its token was
    connect(&view, &ClientAreaView::oneTimeTokenCaptured, &view, [&token](const QString &t) { token = t; });
    connect(&view, &ClientAreaView::failed, &view, [&failure](ClientAreaView::Error, const QString &message) { failure = message; });
    // Only watched, never decided: the kit's own policy accepts or refuses the navigation.
    connect(Automation::page(&view), &QWebEnginePage::navigationRequested, &view, [this, &success](QWebEngineNavigationRequest &request) {
        if (request.isMainFrame() && sameEndpoint(request.url(), m_plan.profile().successUrl()))
            success = request.url();
    });
    view.openLogin(false);
    if (!waitFor([&] { return view.state() != ClientAreaView::State::Loading; }, LoginTimeoutMs) || view.state() != ClientAreaView::State::Ready) {
        *why = !failure.isEmpty() ? QStringLiteral("the login screen failed: ") + failure
            : view.state() == ClientAreaView::State::Loading ? QStringLiteral("the login screen did not load within %1 s").arg(LoginTimeoutMs / 1000)
                                                             : QStringLiteral("the login screen did not load (it ended %1)").arg(stateName(view.state()));
        return QString();
    }
    // The test password goes into the broker's login screen only, never into a page it sent the
    // view on to; the script itself stops if the page changed in between.
    const QUrl showing = Automation::page(&view)->url();
    if (!isBrokerPage(showing)) {
        *why = QStringLiteral("the login screen showed %1, not a page of the broker (an https page on its origins): the test password was not typed")
                   .arg(shown(showing));
        return QString();
    }
    if (!screenshotName.isEmpty())
        screenshot(&view, screenshotName);
    QString script = QStringLiteral("if (location.origin !== %1) throw new Error('not the login screen');\n")
                         .arg(jsString(showing.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString(QUrl::StripTrailingSlash)))
        + m_plan.loginScript();
    script.replace(QLatin1String("%EMAIL%"), jsString(user.email))
        .replace(QLatin1String("%PASSWORD%"), jsString(user.password))
        .replace(QLatin1String("%KMLI%"), keepMeLoggedIn ? QStringLiteral("true") : QStringLiteral("false"));
    QString scriptAnswer;
    Automation::page(&view)->runJavaScript(script, [&scriptAnswer](const QVariant &v) { scriptAnswer = v.toString(); });
    if (!waitFor([&] { return !token.isEmpty() || !failure.isEmpty(); }, LoginTimeoutMs)) {
        *why = QStringLiteral("no one-time token within %1 s of submitting the login form (login script: %2)")
                   .arg(LoginTimeoutMs / 1000)
                   .arg(scriptAnswer.isEmpty() ? QStringLiteral("no answer") : scriptAnswer);
        return QString();
    }
    if (token.isEmpty()) {
        const QString name = m_plan.profile().tokenParameter();
        const bool inFragment = success.isValid() && !QUrlQuery(success).hasQueryItem(name)
            && QUrlQuery(success.fragment(QUrl::FullyEncoded)).hasQueryItem(name);
        *why = inFragment ? QStringLiteral("the login reached the success URL with the one-time token in its fragment (#%1=…), not in its query "
                                           "(?%1=…): the token travels as the query parameter %1 (2.2 step 5)").arg(name)
                          : QStringLiteral("the login ended without a usable one-time token: ") + failure;
    }
    return token;
}

QString ConformanceRunner::crmUserId(QString *why)
{
    if (!m_crmUserId.isEmpty())
        return m_crmUserId;
    if (m_crmApiToken.isEmpty()) {
        const HttpAnswer token = crmPost(QStringLiteral("oauth2/crmApiToken"), {{QStringLiteral("password"), m_plan.crmPassword()}});
        m_crmApiToken = token.json.value(QLatin1String("crmApiToken")).toString();
        if (m_crmApiToken.isEmpty()) {
            *why = QStringLiteral("no crmApiToken: %1").arg(token.describe());
            return QString();
        }
    }
    const QString code = loginOneTimeToken(m_plan.users().constFirst(), false, why);
    if (code.isEmpty())
        return QString();
    const HttpAnswer user = crmPost(QStringLiteral("oauth2/onetime/authorize"), {{QStringLiteral("code"), code}},
                                    {{QStringLiteral("crmApiToken"), m_crmApiToken}});
    m_crmUserId = user.userId();
    if (m_crmUserId.isEmpty())
        *why = QStringLiteral("4.2 gave no userId: %1").arg(user.describe());
    return m_crmUserId;
}

QString ConformanceRunner::crmInAppToken(const QString &userId)
{
    const HttpAnswer answer = crmPost(QStringLiteral("oauth2/onetime/generate"), {{QStringLiteral("userId"), userId.toLongLong()}},
                                      {{QStringLiteral("crmApiToken"), m_crmApiToken}});
    return answer.json.value(QLatin1String("token")).toString();
}

ConformanceReport ConformanceRunner::run()
{
    QDir().mkpath(m_output);
    m_runClock.start();
    apiChecks();
    designChecks();
    functionalChecks();
    finishExpiry();
    QString error;
    if (!m_report.write(m_output, &error))
        emit progress(QStringLiteral("ERROR  ") + error);
    return m_report;
}

} // namespace InAppKit::Conformance
