// SPDX-License-Identifier: MIT
// Load on the sandbox broker (its own process, loopback only, bounded in time): N clients doing
// the whole cycle (login form → exchange → action tokens) as fast as they can, while abusive
// clients trickle headers (slowloris), pipeline without reading, send oversized headers and
// garbage. Prints requests per second and latency percentiles; fails if a well-behaved request
// failed or the broker's memory grew without bound. usage: load_sandbox [SECONDS] [CLIENTS]
#include "../common/sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace InAppKit;

namespace {

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.simplified().split(' ').value(1).toLongLong();
    }
    return -1;
}

struct Figures {
    QMap<QString, QList<double>> latencies; // by operation, ms
    int failures = 0;
    QStringList firstFailures;
};

// One well-behaved client: login form → exchange → three action tokens, again and again.
class Client : public QObject
{
public:
    Client(Tests::SandboxFixture &fixture, Figures &figures, QElapsedTimer &clock, qint64 endMs)
        : m_fixture(fixture), m_figures(figures), m_clock(clock), m_endMs(endMs)
    {
    }
    void start() { login(); }
    bool done = false;

private:
    Tests::SandboxFixture &m_fixture;
    Figures &m_figures;
    QElapsedTimer &m_clock;
    qint64 m_endMs;
    QNetworkAccessManager m_nam;
    QString m_session;
    int m_tokens = 0;

    void call(const QString &name, QNetworkReply *reply, const std::function<bool(QNetworkReply *)> &ok,
              const std::function<void(QNetworkReply *)> &next)
    {
        const qint64 started = m_clock.nsecsElapsed();
        connect(reply, &QNetworkReply::finished, this, [=] {
            reply->deleteLater();
            m_figures.latencies[name].append((m_clock.nsecsElapsed() - started) / 1e6);
            if (!ok(reply)) {
                ++m_figures.failures;
                if (m_figures.firstFailures.size() < 5)
                    m_figures.firstFailures.append(name + QStringLiteral(": ") + reply->errorString());
                login(); // start the cycle again
                return;
            }
            next(reply);
        });
    }

    void login()
    {
        if (m_clock.elapsed() >= m_endMs) {
            done = true;
            return;
        }
        QNetworkRequest r = m_fixture.request(QStringLiteral("/auth/login"));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        call(QStringLiteral("login form"), m_nam.post(r, "email=alice%40example.com&password=password1&client_id=inappkit-demo"),
             [](QNetworkReply *reply) { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 302; },
             [this](QNetworkReply *reply) {
                 const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
                 exchange(QUrlQuery(location).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
             });
    }

    QNetworkReply *post(const QString &path, const QJsonObject &body)
    {
        QNetworkRequest r = m_fixture.request(path);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_session.isEmpty())
            r.setRawHeader("Authorization", "Bearer " + m_session.toLatin1());
        return m_nam.post(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static bool ok200(QNetworkReply *reply) { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200; }

    void exchange(const QString &token)
    {
        m_session.clear();
        call(QStringLiteral("exchange"), post(QStringLiteral("/session/exchange"), {{QStringLiteral("token"), token}}), ok200,
             [this](QNetworkReply *reply) {
                 m_session = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("sessionToken")).toString();
                 m_tokens = 0;
                 actionToken();
             });
    }

    void actionToken()
    {
        call(QStringLiteral("action token"), post(QStringLiteral("/session/inapp-token"), {}), ok200, [this](QNetworkReply *) {
            if (++m_tokens < 3)
                actionToken();
            else
                login();
        });
    }
};

QSslSocket *abusiveSocket(quint16 port, QObject *parent)
{
    auto *socket = new QSslSocket(parent);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return socket;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    const int clients = argc > 2 ? QByteArray(argv[2]).toInt() : 8;
    Tests::SandboxFixture fixture;
    if (!fixture.startProcess(QStringLiteral(INAPPKIT_SANDBOX_PROGRAM))) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const qint64 pid = fixture.process->processId();
    const quint16 port = quint16(fixture.baseUrl.port());
    // Warm up once, then take the memory baseline.
    if (fixture.signIn().isEmpty()) {
        std::fprintf(stderr, "the sandbox does not sign in\n");
        return 1;
    }
    const qint64 rssBefore = residentKiB(pid);

    QElapsedTimer clock;
    clock.start();
    const qint64 endMs = qint64(seconds) * 1000;
    Figures figures;
    std::vector<std::unique_ptr<Client>> well;
    for (int i = 0; i < clients; ++i) {
        well.push_back(std::make_unique<Client>(fixture, figures, clock, endMs));
        well.back()->start();
    }

    // The abusers.
    QObject abusers;
    int abusiveAnswers = 0;
    for (int i = 0; i < 8; ++i) { // slowloris: a header byte every 200 ms, never finished
        QSslSocket *s = abusiveSocket(port, &abusers);
        auto *trickle = new QTimer(s);
        QObject::connect(trickle, &QTimer::timeout, s, [s] { s->write("X"); });
        QObject::connect(s, &QSslSocket::encrypted, s, [s, trickle] {
            s->write("GET / HTTP/1.1\r\nHost: a\r\nX-Slow: ");
            trickle->start(200);
        });
    }
    { // pipelining without reading
        QSslSocket *s = abusiveSocket(port, &abusers);
        s->setReadBufferSize(16 * 1024);
        QObject::connect(s, &QSslSocket::encrypted, s, [s] {
            QByteArray all;
            for (int i = 0; i < 20000; ++i)
                all += "GET /auth/login?client_id=inappkit-demo HTTP/1.1\r\nHost: a\r\n\r\n";
            s->write(all);
        });
    }
    QTimer bad; // oversized headers and garbage, a new connection every 50 ms
    int badCount = 0;
    QObject::connect(&bad, &QTimer::timeout, &abusers, [&] {
        if (clock.elapsed() >= endMs)
            return;
        QSslSocket *s = abusiveSocket(port, &abusers);
        const bool oversized = ++badCount % 2;
        QObject::connect(s, &QSslSocket::encrypted, s, [s, oversized] {
            QByteArray junk(4096, '\0');
            for (char &c : junk)
                c = char(QRandomGenerator::global()->bounded(256));
            const QByteArray request = oversized ? QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n")
                                                 : QByteArray(junk + "\r\n\r\n");
            s->write(request);
        });
        QObject::connect(s, &QIODevice::readyRead, s, [s, &abusiveAnswers] {
            if (s->readAll().startsWith("HTTP/1.1 4"))
                ++abusiveAnswers;
        });
        QObject::connect(s, &QAbstractSocket::disconnected, s, &QObject::deleteLater);
    });
    bad.start(50);

    while (!std::all_of(well.cbegin(), well.cend(), [](const auto &c) { return c->done; }))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    const double elapsed = clock.elapsed() / 1000.0;
    bad.stop();
    const qint64 rssAfter = residentKiB(pid);

    int total = 0;
    std::printf("%d clients for %.1f s against the sandbox (own process), with 8 slowloris, 1 pipelining non-reader and "
                "%d oversized/garbage connections (%d answered 4xx)\n",
                clients, elapsed, badCount, abusiveAnswers);
    std::printf("%-14s %8s %8s %8s %8s %8s\n", "operation", "count", "p50 ms", "p90 ms", "p99 ms", "max ms");
    for (auto it = figures.latencies.cbegin(); it != figures.latencies.cend(); ++it) {
        total += int(it.value().size());
        std::printf("%-14s %8lld %8.1f %8.1f %8.1f %8.1f\n", qPrintable(it.key()), qlonglong(it.value().size()), percentile(it.value(), 0.5),
                    percentile(it.value(), 0.9), percentile(it.value(), 0.99), percentile(it.value(), 1.0));
    }
    std::printf("requests per second: %.0f; failed: %d\n", total / elapsed, figures.failures);
    std::printf("broker resident memory: %.1f MiB before, %.1f MiB after\n", rssBefore / 1024.0, rssAfter / 1024.0);
    for (const QString &f : std::as_const(figures.firstFailures))
        std::printf("  failure: %s\n", qPrintable(f));
    std::fflush(stdout);

    constexpr qint64 MaxGrowthKiB = 64 * 1024;
    const bool ok = figures.failures == 0 && total > 0 && rssAfter > 0 && rssAfter - rssBefore < MaxGrowthKiB;
    if (!ok)
        std::fprintf(stderr, "FAIL: %s\n", figures.failures ? "well-behaved requests failed" : "the broker's memory grew by more than 64 MiB");
    return ok ? 0 : 1;
}
