// SPDX-License-Identifier: MIT
// The kit's widgets as a screen reader meets them: the demo window (the kit's account widget,
// ribbon bar and controls in a host) against the sandbox, signed in, with its screens. Driven by
// accessibility/check_accessibility.py, a real AT-SPI client, which reads the tree and listens for
// announcements; this program only acts on its commands (one a line on stdin) and says when each
// is done (one a line on stdout), so that the script awaits events, not time.
#include "demowindow.h"
#include <InAppKit/clientareadialog.h>
#include <InAppKit/clientarealauncher.h>
#include <InAppKit/httpsessionbackend.h>
#include <InAppKit/inmemorysecretstore.h>
#include <InAppKit/ssosession.h>
#include "../common/sandboxfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

#include <cstdio>
#include <unistd.h>

using namespace InAppKit;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    say(QStringLiteral("error ") + why);
    std::exit(1);
}

// Calls @p done once @p condition holds, checked whenever the event loop has run.
void when(std::function<bool()> condition, std::function<void()> done, int timeoutMs, const QString &what)
{
    auto *timer = new QTimer(qApp);
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        if (condition()) {
            timer->deleteLater();
            done();
        } else if (QDateTime::currentMSecsSinceEpoch() > deadline) {
            die(QStringLiteral("timed out: ") + what);
        }
    });
    timer->start(20);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QStandardPaths::setTestModeEnabled(true);
    say(QStringLiteral("qt %1").arg(QString::fromLatin1(qVersion())));

    Tests::SandboxFixture fixture;
    if (!fixture.start())
        die(QStringLiteral("the sandbox did not start"));
    HttpSessionBackend backend(fixture.profile);
    InMemorySecretStore secrets;
    DemoWindow window(fixture.profile, &backend, &secrets);
    window.show();
    SsoSession *session = window.session();
    if (!session->completeSignIn(fixture.loginToken()))
        die(QStringLiteral("the sign-in was refused"));
    auto *balance = window.findChild<QLabel *>(QStringLiteral("balanceLabel"));
    when([&] { return session->isSignedIn() && balance->text().startsWith(QLatin1String("Balance:")) && !session->currentAccount().isEmpty(); },
         [&] { say(QStringLiteral("ready %1 | %2 | %3").arg(session->email(), session->currentAccount(), balance->text())); },
         20000, QStringLiteral("signed in"));

    QPointer<ClientAreaDialog> open;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer - 1);
        if (n <= 0) { // the script is gone
            app.quit();
            return;
        }
        for (const QString &command : QString::fromUtf8(buffer, int(n)).split(u'\n', Qt::SkipEmptyParts)) {
            if (command == QLatin1String("ribbon")) {
                fixture.broker->publishRibbon(fixture.userId, QJsonObject{{QStringLiteral("color"), QStringLiteral("#1a237e")},
                                                                          {QStringLiteral("title"), QStringLiteral("Markets close early on Friday")},
                                                                          {QStringLiteral("enabled"), true},
                                                                          {QStringLiteral("closable"), true},
                                                                          {QStringLiteral("action"), QJsonObject{{QStringLiteral("urlExternal"), QStringLiteral("https://example.com/hours")}}}});
                session->refresh();
                say(QStringLiteral("ok ribbon"));
            } else if (command == QLatin1String("deposit") || command == QLatin1String("withdraw-fails")) {
                const bool fails = command != QLatin1String("deposit");
                const QString id = fails ? QStringLiteral("withdraw") : QStringLiteral("deposit");
                if (open)
                    open->reject();
                if (fails)
                    fixture.broker->setFault(QStringLiteral("/inapp/withdraw"), Sandbox::SandboxBroker::Fault::ServerError);
                window.launcher()->openAction(id);
                when([&, id, fails] {
                         open = window.launcher()->dialog(id);
                         if (!open)
                             return false;
                         ClientAreaView *view = open->view();
                         return fails ? view->state() == ClientAreaView::State::Failed
                                      : view->state() == ClientAreaView::State::Ready && !view->title().isEmpty()
                                 && view->title() != fixture.profile.brokerName();
                     },
                     [&, id] { say(QStringLiteral("ok %1 %2 | %3").arg(id, open->windowTitle(), open->view()->errorString())); },
                     30000, id);
            } else if (command == QLatin1String("open-fails")) {
                // Deposit pressed from the keyboard while its one-time token cannot be had (the
                // session service answers 500): no screen opens, the launcher says why, and the
                // focus, moved on while the button was busy, comes back to it. (A dropped
                // connection would not do: Qt sends the request again on a fresh one.)
                if (open)
                    open->reject();
                auto *deposit = window.findChild<QToolButton *>(QStringLiteral("inAppButton_deposit"));
                if (!deposit)
                    die(QStringLiteral("no Deposit button"));
                fixture.broker->setFault(QStringLiteral("/session/inapp-token"), Sandbox::SandboxBroker::Fault::ServerError, 1);
                auto *failed = new QMetaObject::Connection;
                *failed = QObject::connect(window.launcher(), &ClientAreaLauncher::openFailed, &app,
                                           [failed](ClientAreaView::Screen, const QString &key, ClientAreaLauncher::OpenError, const QString &message) {
                                               QObject::disconnect(*failed);
                                               delete failed;
                                               const QWidget *focus = QApplication::focusWidget();
                                               say(QStringLiteral("ok open-fails %1 %2 | %3")
                                                       .arg(key, focus ? focus->objectName() : QStringLiteral("(none)"), message));
                                           });
                window.activateWindow();
                deposit->setFocus(Qt::TabFocusReason);
                when([deposit] { return deposit->hasFocus(); },
                     [deposit] {
                         QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
                         QCoreApplication::sendEvent(deposit, &press);
                         QKeyEvent release(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
                         QCoreApplication::sendEvent(deposit, &release);
                     },
                     10000, QStringLiteral("focus on Deposit"));
            } else if (command == QLatin1String("close")) {
                if (open)
                    open->reject();
                say(QStringLiteral("ok close"));
            } else if (command == QLatin1String("focus-quotes")) {
                auto *table = window.findChild<QTableWidget *>(QStringLiteral("symbolTable"));
                window.activateWindow();
                table->setCurrentCell(4, 2); // the last cell: from where Tab went round to the first
                table->setFocus(Qt::TabFocusReason);
                when([table] { return table->hasFocus(); }, [] { say(QStringLiteral("ok focus-quotes")); },
                     10000, QStringLiteral("focus in the quotes"));
            } else if (command == QLatin1String("tab")) {
                QWidget *from = QApplication::focusWidget();
                if (!from)
                    die(QStringLiteral("nothing has the focus"));
                QKeyEvent press(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
                QCoreApplication::sendEvent(from, &press);
                QWidget *now = QApplication::focusWidget();
                say(QStringLiteral("ok tab %1").arg(now ? now->objectName() : QStringLiteral("(none)")));
            } else if (command == QLatin1String("end-session")) {
                if (fixture.broker->endSessions(fixture.userId) < 1)
                    die(QStringLiteral("the broker had no session to end"));
                session->refresh();
                say(QStringLiteral("ok end-session"));
            } else if (command == QLatin1String("logout")) {
                // Signed in (again), then Log out pressed from the keyboard: where is the focus?
                auto pressLogOut = [&] {
                    auto *logOut = window.findChild<QPushButton *>(QStringLiteral("accountLogOut"));
                    if (!logOut)
                        die(QStringLiteral("no Log out button"));
                    window.activateWindow();
                    logOut->setFocus(Qt::TabFocusReason);
                    when([logOut] { return logOut->hasFocus(); },
                         [&, logOut] {
                             QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
                             QCoreApplication::sendEvent(logOut, &press);
                             QKeyEvent release(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
                             QCoreApplication::sendEvent(logOut, &release);
                             when([session] { return session->state() == SsoSession::State::SignedOut; },
                                  [] {
                                      const QWidget *focus = QApplication::focusWidget();
                                      say(QStringLiteral("ok logout %1").arg(focus ? focus->objectName() : QStringLiteral("(none)")));
                                  },
                                  20000, QStringLiteral("logged out"));
                         },
                         10000, QStringLiteral("focus on Log out"));
                };
                if (session->isSignedIn()) {
                    pressLogOut();
                } else {
                    if (!session->completeSignIn(fixture.loginToken()))
                        die(QStringLiteral("the second sign-in was refused"));
                    when([session] { return session->isSignedIn(); }, pressLogOut, 20000, QStringLiteral("signed in again"));
                }
            } else if (command == QLatin1String("quit")) {
                app.quit();
            } else {
                die(QStringLiteral("unknown command ") + command);
            }
        }
    });
    return app.exec();
}
