// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_PROXYAUTHENTICATOR_P_H
#define INAPPKIT_PROXYAUTHENTICATOR_P_H

#include <InAppKit/inappkitcore_export.h>

#include <QString>

#include <functional>

class QAuthenticator;
class QNetworkProxy;
class QObject;
class QUrl;

namespace InAppKit::ProxyAuthentication {

// Exported for InAppKit::Widgets and the kit's tools; not part of the public API
// (ProxyAuthenticator is).

struct Credentials
{
    QString user;
    QString password;
    bool remember = false; // the person asked for them to be kept in the keychain (not compared)
    bool isEmpty() const { return user.isEmpty(); }
    friend bool operator==(const Credentials &a, const Credentials &b) { return a.user == b.user && a.password == b.password; }
    friend bool operator!=(const Credentials &a, const Credentials &b) { return !(a == b); }
};

/// How the kit's dialog asks for @p proxy: shows itself, returns at once, and calls @p done with
/// the person's answer (empty: they declined). @p realm: what the proxy calls itself (its words,
/// not ours); @p refusedBefore: the proxy refused an earlier answer; @p context: the object that
/// needed the proxy (a web page), or null.
using Prompt = std::function<void(const QNetworkProxy &proxy, const QString &realm, bool refusedBefore, QObject *context,
                                  std::function<void(const Credentials &answer)> done)>;
/// Set once by InAppKit::Widgets as it loads; none in an application without widgets.
/// An answer with `remember` set is kept in the keychain (KeychainSecretStore), and read from
/// there before anyone is asked, in this process or a later one; refused, it is deleted.
INAPPKITCORE_EXPORT void setPrompt(Prompt prompt);

/**
 * Answers @p proxy's request for credentials made by @p consumer (a QNetworkAccessManager, a
 * QWebEngineProfile: one cache of proxy credentials each), filling @p authenticator; returns
 * whether it did. Asked again by the same consumer, the proxy refused what it was given.
 * @p authenticator may already hold what the consumer tried (Qt Network leaves it there).
 * May run an event loop while the person answers the kit's dialog.
 */
INAPPKITCORE_EXPORT bool answer(const QNetworkProxy &proxy, QObject *consumer, QAuthenticator *authenticator, QObject *context = nullptr);

/// @p consumer's request through @p proxy failed after it was given credentials: the proxy refused
/// them (Qt Network ends a tunnel whose credentials were refused with an error, without asking
/// again). They are forgotten, and the next question says they were refused. Returns whether
/// @p consumer had been given any.
INAPPKITCORE_EXPORT bool refused(const QNetworkProxy &proxy, QObject *consumer);

/// The proxy this application reaches @p url through (the application proxy's or the system's,
/// with the credentials they carry), the one called @p host if it is given; when none is, an HTTP
/// proxy called @p host, or NoProxy. Chromium names a proxy "host" (Qt 6.4) or "host:port" (Qt 6.8).
INAPPKITCORE_EXPORT QNetworkProxy proxyFor(const QUrl &url, const QString &host = QString());

/// "host:port", or the host alone when the port is not known: what messages call the proxy.
INAPPKITCORE_EXPORT QString displayName(const QNetworkProxy &proxy);

/// A proxy the person declined to answer is refused without asking, until askAgain(): only a
/// person's own step (opening a screen, Retry) asks again.
INAPPKITCORE_EXPORT void askAgain();

/// For a time limit of @p periodMs that has just run out: how much longer to wait because the
/// person was answering a proxy's question meanwhile (the whole period again after the question
/// ended; 0 when no question was open during it). The person's time is not the broker's.
INAPPKITCORE_EXPORT int extraTimeMs(int periodMs);

} // namespace InAppKit::ProxyAuthentication

#endif
