// SPDX-License-Identifier: MIT
// Helpers for driving real broker pages from Qt Test.
#ifndef INAPPKIT_TESTS_WEBTESTUTILS_H
#define INAPPKIT_TESTS_WEBTESTUTILS_H

#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <QVariant>
#include <QWebEnginePage>

namespace InAppKit::Tests {

/// Runs @p script in @p page and returns its result, keeping the event loop (and the in-process
/// sandbox broker) running meanwhile.
inline QVariant runScript(QWebEnginePage *page, const QString &script)
{
    // A real event loop, not QTest::qWaitFor: its 10 ms naps slow the in-process broker down.
    QVariant result;
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, [&] {
        qWarning("script did not finish: %s", qPrintable(script.left(80)));
        loop.quit();
    });
    page->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        loop.quit();
    });
    loop.exec();
    return result;
}

/// Waits until the page's body contains @p marker (a new page after a form was submitted).
inline bool waitForMarkup(QWebEnginePage *page, const QString &marker)
{
    return QTest::qWaitFor([&] {
        return runScript(page, QStringLiteral("document.body ? document.body.innerHTML.indexOf('%1') >= 0 : false").arg(marker)).toBool();
    }, 15000);
}

} // namespace InAppKit::Tests

#endif
