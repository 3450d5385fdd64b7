// SPDX-License-Identifier: MIT
// Figures, not assertions: the kit run the way a host runs it (signed in, a one-time token from the
// session service, the sandbox's real deposit page) against a naive host that wires a bare
// QWebEngineView itself, each mode in a fresh process: start-up, idle memory, the first deposit
// screen and later ones, memory over 50 screens. `compare` alternates the modes and prints medians,
// and beside them what Chromium's accessibility costs the kit's screens when a screen reader is on.
#include <InAppKit/accountwidget.h>
#include <InAppKit/brokerwebprofile.h>
#include <InAppKit/clientareadialog.h>
#include <InAppKit/clientarealauncher.h>
#include <InAppKit/clientareaview.h>
#include <InAppKit/httpsessionbackend.h>
#include <InAppKit/inappcontrolsbar.h>
#include <InAppKit/inmemorysecretstore.h>
#include <InAppKit/ribbonbar.h>
#include <InAppKit/ssosession.h>

#include "../common/sandboxfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusServiceWatcher>
#include <QDBusVariant>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <QPushButton>
#include <QToolButton>
#include <InAppKit/screenurlbuilder.h>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QElapsedTimer>
#include <QWebEngineCertificateError>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>
#include <functional>

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

qint64 vmRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.simplified().split(' ').value(1).toLongLong();
    }
    return 0;
}

// Resident memory of this process's descendants, all of them or those whose command line holds
// @p marker (Chromium's renderers, "--type=renderer", are children of its zygote, not of this
// process), in KiB.
qint64 descendantsResidentKiB(const QByteArray &marker = {})
{
    QHash<qint64, qint64> parentOf;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": the name may hold spaces, the fields after its ')' do not.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(pid.toLongLong(), fields.at(1).toLongLong());
    }
    const qint64 self = QCoreApplication::applicationPid();
    qint64 total = 0;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        qint64 up = it.value();
        for (int depth = 0; up > 1 && up != self && depth < 16; ++depth)
            up = parentOf.value(up, 0);
        if (up != self)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(it.key()));
        if (!marker.isEmpty() && (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(marker)))
            continue;
        total += vmRssKiB(it.key());
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

// A trading host's window: a row for the broker's controls and a table of 20 quotes, the host's own
// text on screen from its first paint, as a trading window has it.
struct HostWindow
{
    QWidget window;
    QVBoxLayout *controls = new QVBoxLayout;
    HostWindow()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addLayout(controls);
        auto *quotes = new QTableWidget(20, 3, &window);
        quotes->setHorizontalHeaderLabels({QStringLiteral("Symbol"), QStringLiteral("Bid"), QStringLiteral("Ask")});
        const char *symbols[] = {"EURUSD", "GBPUSD", "USDJPY", "XAUUSD", "US500"};
        for (int row = 0; row < quotes->rowCount(); ++row) {
            const double bid = 1.08421 + row * 0.01731;
            quotes->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(symbols[row % 5])));
            quotes->setItem(row, 1, new QTableWidgetItem(QString::number(bid, 'f', 5)));
            quotes->setItem(row, 2, new QTableWidgetItem(QString::number(bid + 0.00012, 'f', 5)));
        }
        layout->addWidget(quotes);
        window.resize(900, 600);
    }
    bool show()
    {
        window.move(0, 0);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
};

// Why a mode gave up, on the driver's error channel.
bool failed(const char *why)
{
    std::fprintf(stderr, "benchmark step failed: %s\n", why);
    return false;
}

// A session signed in over the session protocol, as a host has it after the login screen.
bool signIn(SsoSession *session, Tests::SandboxFixture &fixture)
{
    QSignalSpy signedIn(session, &SsoSession::signedIn);
    if (!session->completeSignIn(fixture.loginToken(false)))
        return failed("sign-in not started");
    return signedIn.wait(30000) || failed("not signed in within 30 s");
}

// Figures a child process reports to the `compare` driver: "RESULT name value".
void report(const char *name, double value)
{
    std::printf("RESULT %s %.1f\n", name, value);
    std::fflush(stdout);
}

// The user's pause between two screens: think time, the same for both hosts, not a synchronisation.
void userPause()
{
    QTest::qWait(500);
}

enum class StartUp { Plain, Naive, Kit };

// A host's start-up: its window shown and painted, either plain (no broker at all), or as the naive
// host has it (its own Deposit button and session, its web view made on the click), or with the kit
// wired into it as the README shows and a restore that finds no saved login. Time to the first
// paint, and the resident memory of the process and its children once settled.
void startUp(const BrokerProfile &profile, StartUp what)
{
    QElapsedTimer timer;
    timer.start();
    HostWindow host;
    InMemorySecretStore keychain;
    if (what == StartUp::Naive) {
        auto *backend = new HttpSessionBackend(profile, &host.window);
        auto *session = new SsoSession(profile, backend, &keychain, &host.window);
        auto *deposit = new QPushButton(QStringLiteral("Deposit"));
        QObject::connect(deposit, &QPushButton::clicked, session, [session] { session->requestInAppToken()->start(); });
        host.controls->addWidget(deposit);
        session->restore();
    } else if (what == StartUp::Kit) {
        auto *webProfile = new BrokerWebProfile(profile, &host.window);
        auto *backend = new HttpSessionBackend(profile, &host.window);
        auto *session = new SsoSession(profile, backend, &keychain, &host.window);
        auto *launcher = new ClientAreaLauncher(session, webProfile, &host.window);
        host.controls->addWidget(new AccountWidget(launcher));
        host.controls->addWidget(new InAppControlsBar(launcher));
        host.controls->addWidget(new RibbonBar(launcher));
        session->restore();
    }
    const double ms = host.show() ? timer.nsecsElapsed() / 1e6 : -1;
    QTest::qWait(500); // settle before reading memory: a figure, not a synchronisation
    report("startup_ms", ms);
    report("idle_mib", residentKiB() / 1024.0);
}

// The naive host: it wires a bare QWebEngineView itself. On the click it fetches a one-time token
// from the session service, creates a view and loads the deposit page with it; its web profile is
// made on the first click or, when @p profileAtStartUp, while the host starts.
class NaiveHost
{
public:
    NaiveHost(Tests::SandboxFixture &fixture, bool profileAtStartUp)
        : m_fixture(fixture)
        , m_backend(fixture.profile)
        , m_session(fixture.profile, &m_backend, &m_keychain)
    {
        if (profileAtStartUp)
            m_profile = std::make_unique<QWebEngineProfile>();
        m_deposit = new QPushButton(QStringLiteral("Deposit"));
        m_host.controls->addWidget(m_deposit);
        QObject::connect(m_deposit, &QPushButton::clicked, [this] {
            InAppTokenJob *job = m_session.requestInAppToken();
            QObject::connect(job, &Job::result, [this, job] { load(job->oneTimeToken()); });
            job->start();
        });
    }

    void load(const QString &token)
    {
        if (!m_profile)
            m_profile = std::make_unique<QWebEngineProfile>();
        m_view.reset(bareView(m_profile.get()));
        QObject::connect(m_view->page(), &QWebEnginePage::loadFinished, [this](bool ok) {
            m_ms = m_timer.nsecsElapsed() / 1e6; // timed where the page shows
            m_loaded = ok ? 1 : -1;
            m_loop.quit();
        });
        m_view->load(ScreenUrlBuilder(m_fixture.profile).actionUrl(QStringLiteral("deposit"), token, m_session.currentAccount()));
    }

    bool start() { return (m_host.show() || failed("host window not exposed")) && signIn(&m_session, m_fixture); }

    // Click to the page shown, in ms.
    double open()
    {
        m_loaded = 0;
        m_timer.start();
        QTest::mouseClick(m_deposit, Qt::LeftButton);
        if (m_loaded == 0) { // a real event loop, as KitHost::open()
            QTimer::singleShot(30000, &m_loop, &QEventLoop::quit);
            m_loop.exec();
        }
        m_view.reset();
        return m_loaded > 0 ? m_ms : -1;
    }

private:
    Tests::SandboxFixture &m_fixture;
    HostWindow m_host;
    InMemorySecretStore m_keychain;
    HttpSessionBackend m_backend;
    SsoSession m_session;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<QWebEngineView> m_view;
    QPushButton *m_deposit = nullptr;
    QEventLoop m_loop;
    QElapsedTimer m_timer;
    double m_ms = -1;
    int m_loaded = 0;
};

// The kit wired as the README shows; the user's pointer reaches Deposit (warm-up on intent) unless
// @p cold, then clicks it.
class KitHost
{
public:
    explicit KitHost(Tests::SandboxFixture &fixture)
        : m_fixture(fixture)
    {
        m_webProfile = new BrokerWebProfile(fixture.profile, &m_host.window);
        auto *backend = new HttpSessionBackend(fixture.profile, &m_host.window);
        m_session = new SsoSession(fixture.profile, backend, &m_keychain, &m_host.window);
        m_launcher = new ClientAreaLauncher(m_session, m_webProfile, &m_host.window);
        auto *bar = new InAppControlsBar(m_launcher);
        m_host.controls->addWidget(bar);
        m_deposit = bar->findChild<QToolButton *>(QStringLiteral("inAppButton_deposit"));
    }

    bool start()
    {
        return (m_host.show() || failed("host window not exposed")) && signIn(m_session, m_fixture)
            && ((m_deposit && m_deposit->isEnabled()) || failed("Deposit missing or disabled after sign-in"));
    }

    // The pointer on Deposit, and the warm-up it starts finished.
    bool intent()
    {
        QSignalSpy warmed(m_webProfile, &BrokerWebProfile::warmedUp);
        // From elsewhere in the window: an earlier run may have left the pointer on the button.
        // The X server reports pointer motion asynchronously: wait until the pointer is seen off
        // the button, or the two moves may arrive as one and no Enter follows.
        QTest::mouseMove(&m_host.window, QPoint(m_host.window.width() / 2, m_host.window.height() - 10));
        if (!QTest::qWaitFor([this] { return !m_deposit->underMouse(); }, 10000))
            return failed("the pointer did not leave Deposit");
        QTest::mouseMove(m_deposit);
        return m_webProfile->isWarm() || warmed.wait(30000) || failed("no warm-up within 30 s of the pointer on Deposit");
    }

    // Click to the page shown, in ms; @p whileShown runs with the screen still open.
    double open(const std::function<void(ClientAreaDialog *)> &whileShown = {})
    {
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(m_deposit, Qt::LeftButton);
        ClientAreaDialog *dialog = m_launcher->dialog(QStringLiteral("deposit"));
        if (!dialog)
            return -1;
        // Timed where the page shows, in a real event loop (QTest::qWaitFor polls every 10 ms).
        double ms = -1;
        QEventLoop loop;
        QObject::connect(dialog->view(), &ClientAreaView::stateChanged, &loop, [&](ClientAreaView::State state) {
            if (state == ClientAreaView::State::Ready)
                ms = timer.nsecsElapsed() / 1e6;
            if (state != ClientAreaView::State::Loading)
                loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        if (ms >= 0 && whileShown)
            whileShown(dialog);
        dialog->reject();
        return ms;
    }

private:
    Tests::SandboxFixture &m_fixture;
    HostWindow m_host;
    InMemorySecretStore m_keychain;
    BrokerWebProfile *m_webProfile;
    SsoSession *m_session;
    ClientAreaLauncher *m_launcher;
    QToolButton *m_deposit = nullptr;
};

// The first deposit screen and two later ones, in one host process.
template<typename Host>
int screens(Host &host, const char *first, const char *later, const std::function<bool()> &beforeFirst = {})
{
    if (!host.start() || (beforeFirst && !beforeFirst()))
        return 1;
    report(first, host.open());
    for (int i = 0; i < 2; ++i) {
        userPause();
        report(later, host.open());
    }
    return 0;
}

// Resident memory over 50 deposit screens opened and closed, the first and every tenth printed.
template<typename Host>
int cycles(Host &host, const char *name)
{
    if (!host.start())
        return 1;
    for (int i = 1; i <= 50; ++i) {
        if (host.open() < 0)
            return failed("a deposit screen did not load"), 1;
        QCoreApplication::processEvents();
        if (i == 1 || i % 10 == 0)
            report(QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(i, 2, 10, QLatin1Char('0')).toLatin1().constData(),
                   residentKiB() / 1024.0);
    }
    return 0;
}

// The nodes of an accessibility tree (to @p depth) and whether one of them is a heading reading
// @p heading: what a screen reader finds of the page (Chromium's part of the tree is empty while
// its accessibility is off).
int accessibleNodes(QAccessibleInterface *node, const QString &heading, bool *found, int depth = 0)
{
    if (!node || !node->isValid() || depth > 60)
        return 0;
    if (node->role() == QAccessible::Heading && node->text(QAccessible::Name) == heading)
        *found = true;
    int count = 1;
    for (int i = 0; i < node->childCount(); ++i)
        count += accessibleNodes(node->child(i), heading, found, depth + 1);
    return count;
}

// Waits for Qt's accessibility to be on (its AT-SPI bridge connected), as it is once a screen reader
// runs, and says whether it is.
bool accessibilityActive(int timeoutMs)
{
    struct Observer : QAccessible::ActivationObserver
    {
        QEventLoop loop;
        void accessibilityActiveChanged(bool active) override
        {
            if (active)
                loop.quit();
        }
    } observer;
    QAccessible::installActivationObserver(&observer);
    if (!QAccessible::isActive()) { // asks for the bridge, which connects to the accessibility bus
        QTimer::singleShot(timeoutMs, &observer.loop, &QEventLoop::quit);
        observer.loop.exec();
    }
    QAccessible::removeActivationObserver(&observer);
    return QAccessible::isActive();
}

// The kit's first deposit screen (no warm-up: the web engine starts on the click) and a later one,
// with the assistive technology of the session on or off (@p screenReader): the kit turns Chromium's
// accessibility on exactly when one is active. The renderer's memory and the whole tree's are read
// with the first screen shown.
int webAccessibility(Tests::SandboxFixture &fixture, bool screenReader)
{
    KitHost host(fixture);
    if (!host.start())
        return 1;
    // The bridge connects asynchronously: with a screen reader it is on before the user clicks.
    const bool active = screenReader ? accessibilityActive(20000) : QAccessible::isActive();
    if (active != screenReader)
        return failed(screenReader ? "Qt's accessibility did not turn on with the screen reader on the accessibility bus"
                                   : "Qt's accessibility is on with no screen reader"),
               1;
    double rendererMiB = -1, totalMiB = -1;
    bool headingFound = false;
    int nodes = 0;
    const double first = host.open([&](ClientAreaDialog *dialog) {
        QTest::qWait(1000); // settle before reading memory: a figure, not a synchronisation
        rendererMiB = descendantsResidentKiB("--type=renderer") / 1024.0;
        totalMiB = (vmRssKiB(QCoreApplication::applicationPid()) + descendantsResidentKiB()) / 1024.0;
        if (screenReader) // what the screen reader would read, after the figures
            nodes = accessibleNodes(QAccessible::queryAccessibleInterface(dialog), dialog->view()->title(), &headingFound);
    });
    if (first < 0)
        return failed("the first deposit screen did not load"), 1;
    // With a screen reader the page is there to read (its heading is the screen's title): the
    // figures are those of Chromium's accessibility at work, not of an empty document.
    if (screenReader && !headingFound)
        return failed("with the screen reader on, the deposit page's heading is not in the accessibility tree"), 1;
#if defined(Q_OS_LINUX) && QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // What the kit decided for Chromium, before Qt 6.8 (Qt 6.8 follows Qt's accessibility itself).
    if (qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY") != screenReader)
        return failed("the kit's Chromium accessibility setting does not follow the screen reader"), 1;
#endif
    report("first_ms", first);
    report("renderer_mib", rendererMiB);
    report("tree_mib", totalMiB);
    if (screenReader)
        report("accessible_nodes", nodes);
    userPause();
    report("later_ms", host.open());
    return 0;
}

// The accessibility bus of this D-Bus session, as a Linux desktop has it, and the screen reader flag
// on it (org.a11y.Status.ScreenReaderEnabled), which Orca sets while it runs and Qt's AT-SPI bridge
// reads when a program starts. The launcher runs without a display: with one it would mark the X
// display, and every Qt program on it would turn its bridge on, screen reader or not.
class AccessibilityBus
{
public:
    bool start()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected())
            return failed("no D-Bus session: run through scripts/run-tests.sh");
        if (bus.interface()->isServiceRegistered(service()))
            return remember(); // the desktop's own bus: used as it is, its flags put back after
        QString launcher;
        for (const char *path : {"/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher"}) {
            if (QFileInfo(QString::fromLatin1(path)).isExecutable())
                launcher = QString::fromLatin1(path);
        }
        if (launcher.isEmpty())
            return failed("at-spi-bus-launcher not found: install at-spi2-core");
        QDBusServiceWatcher watcher(service(), bus, QDBusServiceWatcher::WatchForRegistration);
        QEventLoop loop;
        QObject::connect(&watcher, &QDBusServiceWatcher::serviceRegistered, &loop, &QEventLoop::quit);
        QObject::connect(&m_launcher, &QProcess::finished, &loop, &QEventLoop::quit);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        m_launcher.setProcessEnvironment(env);
        // Not the benchmark's output: the registry daemon it starts outlives it, and would hold
        // CTest's pipe open, so that CTest waited for the test to end until its timeout.
        m_launcher.setStandardOutputFile(QProcess::nullDevice());
        m_launcher.setStandardErrorFile(QProcess::nullDevice());
        m_launcher.start(launcher, {QStringLiteral("--launch-immediately")});
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!bus.interface()->isServiceRegistered(service()))
            loop.exec();
        return (bus.interface()->isServiceRegistered(service()) || failed("the accessibility bus did not start")) && remember();
    }

    // On: what a desktop does when its screen reader starts. Off: both flags down, since the bus
    // raises IsEnabled with ScreenReaderEnabled and leaves it up when that goes down.
    bool setScreenReader(bool on)
    {
        return setFlag(QStringLiteral("ScreenReaderEnabled"), on) && (on || setFlag(QStringLiteral("IsEnabled"), false));
    }

    ~AccessibilityBus()
    {
        if (m_remembered) {
            setFlag(QStringLiteral("ScreenReaderEnabled"), m_screenReaderWasOn);
            setFlag(QStringLiteral("IsEnabled"), m_enabledWasOn);
        }
        if (m_launcher.state() != QProcess::NotRunning) {
            m_launcher.terminate();
            m_launcher.waitForFinished(5000);
        }
    }

private:
    static QString service() { return QStringLiteral("org.a11y.Bus"); }

    static QDBusMessage status(const QString &method)
    {
        return QDBusMessage::createMethodCall(service(), QStringLiteral("/org/a11y/bus"), QStringLiteral("org.freedesktop.DBus.Properties"), method);
    }

    bool setFlag(const QString &name, bool on)
    {
        QDBusMessage set = status(QStringLiteral("Set"));
        set << QStringLiteral("org.a11y.Status") << name << QVariant::fromValue(QDBusVariant(on));
        return QDBusConnection::sessionBus().call(set).type() == QDBusMessage::ReplyMessage || failed("org.a11y.Status not set");
    }

    bool flag(const QString &name, bool *on)
    {
        QDBusMessage get = status(QStringLiteral("Get"));
        get << QStringLiteral("org.a11y.Status") << name;
        const QDBusMessage reply = QDBusConnection::sessionBus().call(get);
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return failed("org.a11y.Status not readable");
        *on = qvariant_cast<QDBusVariant>(reply.arguments().constFirst()).variant().toBool();
        return true;
    }

    bool remember()
    {
        if (!flag(QStringLiteral("ScreenReaderEnabled"), &m_screenReaderWasOn) || !flag(QStringLiteral("IsEnabled"), &m_enabledWasOn))
            return false;
        m_remembered = true;
        return setScreenReader(false);
    }

    QProcess m_launcher;
    bool m_remembered = false;
    bool m_screenReaderWasOn = false;
    bool m_enabledWasOn = false;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Runs each mode in a fresh process, alternating kit and naive host over @p pairs rounds (the order
// swapped every other round), and prints medians and kit/naive ratios.
int compare(int pairs)
{
    const QStringList modes = {QStringLiteral("startup-plain"), QStringLiteral("startup-kit"), QStringLiteral("startup-naive"),
                               QStringLiteral("naive-cold"),    QStringLiteral("kit-intent"),  QStringLiteral("naive-profile"),
                               QStringLiteral("kit-cold"),      QStringLiteral("kit-a11y-off"), QStringLiteral("kit-a11y-on")};
    // A screen reader for the kit-a11y-on mode only, the others run as for a user without one.
    AccessibilityBus accessibilityBus;
    if (!accessibilityBus.start())
        return 1;
    QMap<QString, QList<double>> figures; // "mode/name" -> values
    for (int round = 0; round < pairs; ++round) {
        QStringList order = modes;
        if (round % 2)
            std::reverse(order.begin(), order.end());
        for (const QString &mode : std::as_const(order)) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            // Chromium's log quiet for both hosts (the naive one would print each certificate it accepts).
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!env.contains(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS")))
                env.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"), QStringLiteral("--log-level=3"));
            child.setProcessEnvironment(env);
            const bool screenReader = mode == QLatin1String("kit-a11y-on");
            if (!accessibilityBus.setScreenReader(screenReader))
                return 1;
            child.start(QCoreApplication::applicationFilePath(), {mode});
            const bool finished = child.waitForFinished(120000);
            if (screenReader && !accessibilityBus.setScreenReader(false))
                return 1;
            if (!finished || child.exitCode() != 0) {
                std::fprintf(stderr, "mode %s failed (exit code %d)\n", qPrintable(mode), child.exitCode());
                return 1;
            }
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> parts = line.split(' ');
                if (parts.size() == 3 && parts.at(0) == "RESULT" && parts.at(2).toDouble() >= 0)
                    figures[mode + QLatin1Char('/') + QString::fromLatin1(parts.at(1))].append(parts.at(2).toDouble());
            }
        }
        std::fprintf(stderr, "round %d of %d done\n", round + 1, pairs);
    }
    const auto row = [&](const char *what, const QString &kit, const QString &naive) {
        const double k = median(figures.value(kit)), n = median(figures.value(naive));
        std::printf("%-62s %9.1f %9.1f %7.2fx\n", what, n, k, n > 0 ? k / n : 0.0);
    };
    std::printf("medians over %d alternated rounds, each mode in a fresh process\n", pairs);
    std::printf("%-62s %9s %9s %8s\n", "", "naive", "kit", "kit/naive");
    row("start-up to first paint (ms): kit / window without a broker", QStringLiteral("startup-kit/startup_ms"), QStringLiteral("startup-plain/startup_ms"));
    row("start-up to first paint (ms): kit / naive host", QStringLiteral("startup-kit/startup_ms"), QStringLiteral("startup-naive/startup_ms"));
    row("resident memory before any screen (MiB): kit / no broker", QStringLiteral("startup-kit/idle_mib"), QStringLiteral("startup-plain/idle_mib"));
    row("first deposit (ms): kit after intent / naive view made on click", QStringLiteral("kit-intent/first_ms"), QStringLiteral("naive-cold/first_ms"));
    row("first deposit (ms): kit after intent / naive profile at start-up", QStringLiteral("kit-intent/first_ms"), QStringLiteral("naive-profile/first_ms"));
    row("first deposit (ms): kit without intent / naive view made on click", QStringLiteral("kit-cold/first_ms"), QStringLiteral("naive-cold/first_ms"));
    row("later deposits (ms): kit / naive bare view on a warm profile", QStringLiteral("kit-intent/later_ms"), QStringLiteral("naive-profile/later_ms"));
    // The same kit, the same screens, a screen reader on the accessibility bus or not.
    std::printf("\nChromium's accessibility (on only while a screen reader runs), kit without warm-up, same medians\n");
    std::printf("%-62s %9s %9s %8s\n", "", "no AT", "AT on", "on/off");
    row("first deposit, web engine started on the click (ms)", QStringLiteral("kit-a11y-on/first_ms"), QStringLiteral("kit-a11y-off/first_ms"));
    row("later deposit (ms)", QStringLiteral("kit-a11y-on/later_ms"), QStringLiteral("kit-a11y-off/later_ms"));
    row("renderer resident memory, first deposit shown (MiB)", QStringLiteral("kit-a11y-on/renderer_mib"), QStringLiteral("kit-a11y-off/renderer_mib"));
    row("process and web engine tree, first deposit shown (MiB)", QStringLiteral("kit-a11y-on/tree_mib"), QStringLiteral("kit-a11y-off/tree_mib"));
    std::printf("(with the screen reader, the deposit dialog's accessibility tree holds %.0f nodes, the page's heading among them)\n",
                median(figures.value(QStringLiteral("kit-a11y-on/accessible_nodes"))));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QString mode = argc > 1 ? QString::fromLatin1(argv[1]) : QStringLiteral("compare");
    if (mode == QLatin1String("compare"))
        return compare(argc > 2 ? QByteArray(argv[2]).toInt() : 12);
    // The broker in a process of its own, as a real one is far from the host: its work does not
    // share the host's event loop and cannot hide or inflate the host's.
    Tests::SandboxFixture fixture;
    if (!fixture.startProcess(QStringLiteral(INAPPKIT_SANDBOX_PROGRAM)))
        return failed("sandbox broker not started"), 1;
    int result = 0;
    if (mode == QLatin1String("startup-plain")) {
        startUp(fixture.profile, StartUp::Plain);
    } else if (mode == QLatin1String("startup-naive")) {
        startUp(fixture.profile, StartUp::Naive);
    } else if (mode == QLatin1String("startup-kit")) {
        startUp(fixture.profile, StartUp::Kit);
    } else if (mode == QLatin1String("naive-cold") || mode == QLatin1String("naive-profile")) {
        NaiveHost host(fixture, mode == QLatin1String("naive-profile"));
        result = screens(host, "first_ms", "later_ms");
    } else if (mode == QLatin1String("kit-intent")) {
        KitHost host(fixture);
        result = screens(host, "first_ms", "later_ms", [&host] { return host.intent(); });
    } else if (mode == QLatin1String("kit-cold")) {
        KitHost host(fixture);
        result = screens(host, "first_ms", "later_ms");
    } else if (mode == QLatin1String("kit-a11y-off") || mode == QLatin1String("kit-a11y-on")) {
        result = webAccessibility(fixture, mode == QLatin1String("kit-a11y-on"));
    } else if (mode == QLatin1String("cycles-naive")) {
        NaiveHost host(fixture, true);
        result = cycles(host, "naive_rss_mib");
    } else if (mode == QLatin1String("cycles-kit")) {
        KitHost host(fixture);
        result = cycles(host, "kit_rss_mib");
    } else {
        std::fprintf(stderr, "unknown mode %s\n", qPrintable(mode));
        return 2;
    }
    std::fflush(stdout);
    return result;
}
