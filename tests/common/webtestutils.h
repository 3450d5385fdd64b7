// SPDX-License-Identifier: MIT
// Helpers for driving real broker pages from Qt Test.
#ifndef INAPPKIT_TESTS_WEBTESTUTILS_H
#define INAPPKIT_TESTS_WEBTESTUTILS_H

#include <InAppKit/clientareaview.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace InAppKit::Tests {

/// @p text as a JavaScript string literal, quotes included.
inline QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

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

/// Waits until @p view is in @p state; says which state it is in instead when it is not.
inline bool waitForState(ClientAreaView *view, ClientAreaView::State state, int timeout = 20000)
{
    QSignalSpy changed(view, &ClientAreaView::stateChanged);
    QElapsedTimer timer;
    timer.start();
    while (view->state() != state && timer.elapsed() < timeout)
        changed.wait(int(timeout - timer.elapsed()));
    if (view->state() == state)
        return true;
    qWarning() << "state is" << view->state() << view->errorString() << "waiting for" << state;
    return false;
}

/// Waits until the page's body contains @p marker (a new page after a form was submitted).
inline bool waitForMarkup(QWebEnginePage *page, const QString &marker)
{
    return QTest::qWaitFor([&] {
        return runScript(page, QStringLiteral("document.body ? document.body.innerHTML.indexOf('%1') >= 0 : false").arg(marker)).toBool();
    }, 15000);
}

/// The centre of the main-frame element @p selector in @p view, scrolled into sight; (-1, -1) if none.
inline QPoint elementCentre(QWebEngineView *view, const QString &selector)
{
    // A click must not race a resize of the view (a notice bar that just appeared, say): wait
    // until the page has the widget's size, or the point lands where the element no longer is.
    const QSize size = view->focusProxy() ? view->focusProxy()->size() : view->size();
    const QString sized = QStringLiteral("Math.round(window.innerWidth * %3) === %1 && Math.round(window.innerHeight * %3) === %2")
                              .arg(size.width())
                              .arg(size.height())
                              .arg(view->zoomFactor());
    if (!QTest::qWaitFor([&] { return runScript(view->page(), sized).toBool(); }, 10000))
        return QPoint(-1, -1);
    // Chromium drops input until the page has shown a frame: wait for two animation frames.
    runScript(view->page(), QStringLiteral("window.__inappkitFramed = false;"
                                           "requestAnimationFrame(function() { requestAnimationFrame(function() { window.__inappkitFramed = true; }); });"));
    if (!QTest::qWaitFor([&] { return runScript(view->page(), QStringLiteral("window.__inappkitFramed === true")).toBool(); }, 10000))
        return QPoint(-1, -1);
    const QVariantList box = runScript(view->page(),
                                       QStringLiteral("(function() { var e = document.querySelector('%1'); if (!e) return [];"
                                                      " e.scrollIntoView({block: 'center'}); var b = e.getBoundingClientRect();"
                                                      " return [b.left + b.width / 2, b.top + b.height / 2]; })()")
                                           .arg(selector))
                                 .toList();
    if (box.size() != 2)
        return QPoint(-1, -1);
    const qreal zoom = view->zoomFactor();
    return QPoint(qRound(box.at(0).toDouble() * zoom), qRound(box.at(1).toDouble() * zoom));
}

/// Clicks @p selector the way a person does: the mouse, at the element's centre, so that the
/// page sees a user gesture (pop-ups, file choosers and frame navigations need one).
inline bool clickElement(QWebEngineView *view, const QString &selector)
{
    const QPoint centre = elementCentre(view, selector);
    QWidget *input = view->focusProxy();
    if (centre.x() < 0 || !input)
        return false;
    QTest::mouseMove(input, centre);
    QTest::mouseClick(input, Qt::LeftButton, Qt::NoModifier, centre);
    return true;
}

/// Types @p text with the keyboard into whatever has the focus in @p view.
inline void type(QWebEngineView *view, const QString &text)
{
    QTest::keyClicks(view->focusProxy(), text);
}

inline void press(QWebEngineView *view, Qt::Key key)
{
    QTest::keyClick(view->focusProxy(), key);
}

} // namespace InAppKit::Tests

#endif
