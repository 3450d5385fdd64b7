// SPDX-License-Identifier: MIT
#include "screenprobe.h"

#include "certificatetrust_p.h"
#include "proxyauthenticator_p.h"

#include <QAuthenticator>
#include <QNetworkProxy>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QWebEngineCertificateError>
#include <QWebEngineNavigationRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineView>

namespace InAppKit::Conformance {

namespace {
// A URL as the report shows it: no query, no fragment (they may carry tokens).
QString shown(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

} // namespace

// Every request of the screen, frames and sub-resources included: http is recorded (mixed content).
class RequestRecorder : public QWebEngineUrlRequestInterceptor
{
public:
    explicit RequestRecorder(ScreenProbe *probe)
        : QWebEngineUrlRequestInterceptor(probe)
        , m_probe(probe)
    {
    }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QString scheme = info.requestUrl().scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("ws")) {
            m_probe->m_insecure.append(shown(info.requestUrl()));
            info.block(true);
        }
    }

private:
    ScreenProbe *m_probe;
};

class ProbePage : public QWebEnginePage
{
public:
    ProbePage(QWebEngineProfile *profile, ScreenProbe *probe, QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_probe(probe)
    {
        // Behind an authenticating proxy, as the kit's own pages are (ProxyAuthenticator).
        connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
                [this](const QUrl &requestUrl, QAuthenticator *authenticator, const QString &proxyHost) {
                    ProxyAuthentication::answer(ProxyAuthentication::proxyFor(requestUrl, proxyHost), this->profile(), authenticator, this);
                });
        connect(this, &QWebEnginePage::certificateError, this, [this](const QWebEngineCertificateError &e) {
            auto error = e;
            const QList<QSslCertificate> chain = error.certificateChain();
            const bool authorityInvalid = error.type() == QWebEngineCertificateError::CertificateAuthorityInvalid;
            // The kit's own check of a chain against given anchors alone (as BrokerWebProfile trusts a profile's CA).
            auto verifiesAgainst = [&](const QList<QSslCertificate> &anchors) {
                return authorityInvalid && !anchors.isEmpty() && CertificateTrust::verifiesAgainst(chain, anchors, error.url().host());
            };
            if (verifiesAgainst(m_probe->m_testTrust)) {
                error.acceptCertificate(); // the tool's own tests: their sandbox CA stands for the system's
                return;
            }
            m_probe->m_certificates.append(QStringLiteral("%1: %2").arg(shown(error.url()), error.description()));
            // The screens still load on a UAT's own CA, for the other checks; the transport check fails.
            if (verifiesAgainst(m_probe->m_broker.caCertificates()))
                error.acceptCertificate();
            else
                error.rejectCertificate();
        });
        connect(this, &QWebEnginePage::navigationRequested, this, [this](QWebEngineNavigationRequest &request) {
            if (request.isMainFrame() && m_probe->m_allowed && !m_probe->m_allowed(request.url())) {
                m_probe->m_refused = request.url();
                request.reject();
            }
        });
    }

protected:
    void javaScriptAlert(const QUrl &, const QString &message) override { m_probe->m_dialogs.append(QStringLiteral("alert: ") + message.left(200)); }
    bool javaScriptConfirm(const QUrl &, const QString &message) override
    {
        m_probe->m_dialogs.append(QStringLiteral("confirm: ") + message.left(200));
        return false;
    }
    bool javaScriptPrompt(const QUrl &, const QString &message, const QString &, QString *) override
    {
        m_probe->m_dialogs.append(QStringLiteral("prompt: ") + message.left(200));
        return false;
    }
    // A screen's console names its URLs, tokens and all: none of it reaches the tool's output.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int, const QString &) override { }
    QWebEnginePage *createWindow(WebWindowType) override
    {
        m_probe->m_popUps.append(QStringLiteral("a new window from %1").arg(shown(url())));
        return nullptr;
    }

private:
    ScreenProbe *m_probe;
};

ScreenProbe::ScreenProbe(const BrokerProfile &profile, const QList<QSslCertificate> &testTrust, bool headless, QObject *parent)
    : QObject(parent)
    , m_broker(profile)
    , m_testTrust(testTrust)
    , m_headless(headless)
{
}

ScreenProbe::~ScreenProbe()
{
    m_view.reset(); // the page before its profile
    delete m_profile;
}

void ScreenProbe::clear()
{
    m_insecure.clear();
    m_certificates.clear();
    m_dialogs.clear();
    m_popUps.clear();
}

ScreenProbe::Load ScreenProbe::load(const QUrl &url, const QSize &size, int timeoutMs, const Allowed &allowed)
{
    m_allowed = allowed;
    m_refused = QUrl();
    if (allowed && !allowed(url))
        return {false, 0, QStringLiteral("%1 is not a page the probe may open: not loaded").arg(shown(url))};
    // A fresh session for each load, as a new private window: nothing cached helps the timing.
    m_view.reset();
    delete m_profile;
    m_profile = new QWebEngineProfile; // off the record
    m_profile->setUrlRequestInterceptor(new RequestRecorder(this));
    m_view = std::make_unique<QWebEngineView>();
    // The view owns the page, so that the page goes with it, before its profile.
    m_view->setPage(new ProbePage(m_profile, this, m_view.get()));
    m_view->resize(size);
    if (m_headless)
        m_view->setAttribute(Qt::WA_DontShowOnScreen);
    m_view->show();

    Load result;
    QEventLoop loop;
    QElapsedTimer timer;
    connect(m_view->page(), &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        result.ok = ok;
        result.ms = timer.elapsed();
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&] {
        result.error = QStringLiteral("not loaded within %1 s").arg(timeoutMs / 1000);
        loop.quit();
    });
    timer.start();
    m_view->load(url);
    loop.exec();
    if (m_refused.isValid()) {
        result.ok = false;
        result.error = QStringLiteral("it led to %1, which the probe does not open: not loaded").arg(shown(m_refused));
    }
    if (!result.ok && result.error.isEmpty())
        result.error = QStringLiteral("the page did not load");
    return result;
}

QVariant ScreenProbe::evaluate(const QString &script)
{
    QVariant value;
    QEventLoop loop;
    m_view->page()->runJavaScript(script, [&](const QVariant &v) {
        value = v;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return value;
}

bool ScreenProbe::screenshot(const QString &path)
{
    // One frame later than the load event, so that the page is painted.
    QEventLoop loop;
    QTimer::singleShot(150, &loop, &QEventLoop::quit);
    loop.exec();
    return m_view->grab().save(path, "PNG");
}

} // namespace InAppKit::Conformance
