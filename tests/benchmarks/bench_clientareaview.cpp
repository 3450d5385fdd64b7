// SPDX-License-Identifier: MIT
// Figures, not assertions: how long the first broker screen takes to show, cold and warmed up,
// and what opening and closing screens does to memory, each beside a bare QWebEngineView doing
// the same in the same run. run-benchmarks.sh runs every mode in a fresh process.
#include "accountwidget.h"
#include "brokerwebprofile.h"
#include "clientareadialog.h"
#include "clientarealauncher.h"
#include "clientareaview.h"
#include "httpsessionbackend.h"
#include "inappcontrolsbar.h"
#include "inmemorysecretstore.h"
#include "ribbonbar.h"
#include "ssosession.h"

#include "../common/sandboxfixture.h"

#include <QApplication>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QWebEngineCertificateError>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <cstdio>

using namespace InAppKit;

namespace {

// Resident memory of this process and its children (the web engine's renderer and helpers), in KiB.
qint64 residentKiB()
{
    qint64 total = 0;
    const qint64 self = QCoreApplication::applicationPid();
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = stat.readAll().split(' ');
        const bool ours = pid.toLongLong() == self || (fields.size() > 3 && fields.at(3).toLongLong() == self);
        if (!ours)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                total += line.simplified().split(' ').value(1).toLongLong();
        }
    }
    return total;
}

// The baseline: a bare view that trusts the sandbox's certificate the quickest way.
QWebEngineView *bareView(QWebEngineProfile *profile)
{
    auto *view = new QWebEngineView;
    auto *page = new QWebEnginePage(profile, view);
    QObject::connect(page, &QWebEnginePage::certificateError, page, [](const QWebEngineCertificateError &e) {
        auto copy = e;
        copy.acceptCertificate();
    });
    view->setPage(page);
    view->resize(480, 640);
    view->show();
    return view;
}

double loadBare(QWebEngineProfile *profile, const QUrl &url)
{
    QWebEngineView *view = bareView(profile);
    QElapsedTimer timer;
    timer.start();
    QSignalSpy finished(view->page(), &QWebEnginePage::loadFinished);
    view->load(url);
    const double ms = finished.wait(30000) ? timer.nsecsElapsed() / 1e6 : -1;
    delete view;
    return ms;
}

// Waits for @p view to leave Loading with a real event loop (QTest::qWaitFor polls every 10 ms,
// which would slow the in-process sandbox broker down and distort the figure).
bool waitShown(ClientAreaView *view)
{
    QSignalSpy changed(view, &ClientAreaView::stateChanged);
    while (view->state() == ClientAreaView::State::Loading) {
        if (!changed.wait(30000))
            return false;
    }
    return view->state() == ClientAreaView::State::Ready;
}

double openKit(BrokerWebProfile *profile)
{
    ClientAreaDialog dialog(profile);
    dialog.show();
    QElapsedTimer timer;
    timer.start();
    dialog.view()->openLogin(false);
    if (!waitShown(dialog.view()))
        return -1;
    return timer.nsecsElapsed() / 1e6;
}

// A host's start-up: its window (a quote table) shown and painted, with or without the kit wired
// into it as the README shows and a restore that finds no saved login. Time to the first paint,
// and the resident memory of the process and its children once settled.
void startUp(const BrokerProfile &profile, bool withKit)
{
    QElapsedTimer timer;
    timer.start();
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    InMemorySecretStore keychain;
    if (withKit) {
        auto *webProfile = new BrokerWebProfile(profile, &window);
        auto *backend = new HttpSessionBackend(profile, &window);
        auto *session = new SsoSession(profile, backend, &keychain, &window);
        auto *launcher = new ClientAreaLauncher(session, webProfile, &window);
        layout->addWidget(new AccountWidget(launcher));
        layout->addWidget(new InAppControlsBar(launcher));
        layout->addWidget(new RibbonBar(launcher));
        session->restore();
    }
    auto *quotes = new QTableWidget(20, 3, &window);
    layout->addWidget(quotes);
    window.resize(900, 600);
    window.show();
    const bool exposed = QTest::qWaitForWindowExposed(&window);
    const double ms = exposed ? timer.nsecsElapsed() / 1e6 : -1;
    QTest::qWait(500); // settle before reading memory: a figure, not a synchronisation
    std::printf("%-16s first paint %.0f ms, resident %.1f MiB\n", withKit ? "host with kit:" : "host without:", ms,
                residentKiB() / 1024.0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLatin1(argv[1]) : QStringLiteral("first-open");
    Tests::SandboxFixture fixture;
    if (!fixture.start())
        return 1;
    const QUrl login(fixture.profile.loginUrl().toString() + QStringLiteral("?firstLogin=false&client_id=inappkit-demo"));

    if (mode == QLatin1String("first-open-bare")) {
        QWebEngineProfile profile;
        const double first = loadBare(&profile, login);
        const double second = loadBare(&profile, login);
        std::printf("bare QWebEngineView: first %.0f ms, second %.0f ms\n", first, second);
    } else if (mode == QLatin1String("first-open-kit")) {
        BrokerWebProfile profile(fixture.profile);
        const double first = openKit(&profile);
        const double second = openKit(&profile);
        std::printf("ClientAreaView cold: first %.0f ms, second %.0f ms\n", first, second);
    } else if (mode == QLatin1String("first-open-warm")) {
        BrokerWebProfile profile(fixture.profile);
        QSignalSpy warm(&profile, &BrokerWebProfile::warmedUp);
        QElapsedTimer timer;
        timer.start();
        profile.warmUp();
        warm.wait(30000);
        const double warmUp = timer.nsecsElapsed() / 1e6;
        const double first = openKit(&profile);
        std::printf("ClientAreaView warmed up: warm-up %.0f ms at idle, then first %.0f ms\n", warmUp, first);
    } else if (mode == QLatin1String("startup-plain") || mode == QLatin1String("startup-kit")) {
        startUp(fixture.profile, mode == QLatin1String("startup-kit"));
    } else if (mode == QLatin1String("cycles")) {
        // Memory after N open/close cycles, the kit beside a bare view doing the same.
        QWebEngineProfile bareProfile;
        BrokerWebProfile kitProfile(fixture.profile);
        loadBare(&bareProfile, login);
        openKit(&kitProfile);
        const qint64 start = residentKiB();
        std::printf("cycles  bare RSS (MiB)  kit RSS (MiB)\n");
        qint64 bare = 0, kit = 0;
        for (int i = 1; i <= 50; ++i) {
            loadBare(&bareProfile, login);
            QCoreApplication::processEvents();
            if (i % 10 == 0 || i == 1)
                bare = residentKiB();
            openKit(&kitProfile);
            QCoreApplication::processEvents();
            if (i % 10 == 0 || i == 1) {
                kit = residentKiB();
                std::printf("%6d  %14.1f  %13.1f\n", i, bare / 1024.0, kit / 1024.0);
            }
        }
        std::printf("growth over 50 cycles of both: %.1f MiB (from %.1f MiB)\n", (residentKiB() - start) / 1024.0, start / 1024.0);
    } else {
        std::fprintf(stderr, "unknown mode %s\n", qPrintable(mode));
        return 2;
    }
    std::fflush(stdout);
    return 0;
}
