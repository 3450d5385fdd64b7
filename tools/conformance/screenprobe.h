// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_CONFORMANCE_SCREENPROBE_H
#define INAPPKIT_CONFORMANCE_SCREENPROBE_H

#include <InAppKit/BrokerProfile>

#include <QObject>
#include <QSize>
#include <QSslCertificate>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

class QWebEngineProfile;
class QWebEngineView;

namespace InAppKit::Conformance {

class ProbePage;
class RequestRecorder;

/**
 * One broker screen as a client meets it, watched for what the design and transport checks need:
 * the load time, every request's scheme, certificates the system does not trust, JavaScript
 * dialogs and pop-up attempts. Scripts are evaluated in it and screenshots taken of it. Nothing of
 * a screen reaches the network beyond the broker: pop-ups are refused, dialogs answered at once.
 */
class ScreenProbe : public QObject
{
    Q_OBJECT
public:
    ScreenProbe(const BrokerProfile &profile, const QList<QSslCertificate> &testTrust, bool headless, QObject *parent = nullptr);
    ~ScreenProbe() override;

    struct Load {
        bool ok = false;
        qint64 ms = 0;  ///< from the request to the page's load event
        QString error;  ///< why it did not load
    };
    /// Where the main frame may go; a page elsewhere is never requested.
    using Allowed = std::function<bool(const QUrl &)>;
    /// Loads @p url in a window of @p size, in a fresh session; with @p allowed, the main frame
    /// goes nowhere else (neither @p url nor a redirect or script later), and such a load fails.
    Load load(const QUrl &url, const QSize &size, int timeoutMs = 20000, const Allowed &allowed = {});
    /// Runs @p script in the page and returns its value.
    QVariant evaluate(const QString &script);
    /// Saves what the window shows as a PNG.
    bool screenshot(const QString &path);

    /// What the loads since the last clear() did that a conforming screen does not do.
    QStringList insecureRequests() const { return m_insecure; }
    QStringList certificateProblems() const { return m_certificates; }
    QStringList dialogs() const { return m_dialogs; }
    QStringList popUps() const { return m_popUps; }
    void clear();

private:
    friend class ProbePage;
    friend class RequestRecorder;
    BrokerProfile m_broker;
    QList<QSslCertificate> m_testTrust;
    bool m_headless;
    std::unique_ptr<QWebEngineView> m_view;
    QWebEngineProfile *m_profile = nullptr;
    QStringList m_insecure;
    QStringList m_certificates;
    QStringList m_dialogs;
    QStringList m_popUps;
    Allowed m_allowed;
    QUrl m_refused; ///< where the main frame was not let go during the current load
};

} // namespace InAppKit::Conformance

#endif
