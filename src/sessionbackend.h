// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SESSIONBACKEND_H
#define INAPPKIT_SESSIONBACKEND_H

#include <InAppKit/accountsjob.h>
#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/inapptokenjob.h>
#include <InAppKit/ribbonsjob.h>
#include <InAppKit/sessionjob.h>
#include <InAppKit/signinjob.h>

#include <QObject>

#include <functional>
#include <memory>

namespace InAppKit {

class SessionBackendPrivate;

/**
 * What the kit needs from the trading platform's backend: the client side of the specification's
 * server-to-server calls. Every call returns a job of its kind, which whoever asked holds and
 * starts (Job::start()): the call's work begins then, and its result comes later.
 *
 * The kit ships HttpSessionBackend (docs/session-protocol.md); the cTrader desktop implements
 * this interface over its own connection. An implementation keeps whatever session credential
 * it needs itself: the kit never sees it. The session that counts is the one of the latest sign-in
 * asked for; an answer to an older one must not replace it (see abandonSignIn()).
 *
 * An implementation makes each job with `new SignInJob(this)` (and so on), gives it its work with
 * whenStarted(), and ends it, now or later, with one of the protected finishWith…() functions. A
 * job its holder kills is deleted: an answer that comes later must not reach it (hold the job in a
 * QPointer where the answer arrives), and the work may stop when the job is destroyed.
 *
 * **How this interface grows.** A host's backend built against an older InAppKit keeps working
 * with a newer one of the same major version from 1.0 on: the virtual functions below never change
 * nor move, and an operation added later comes through virtualHook() with a new HookId, whose
 * default answers that the backend does not offer it (the kit then does without); what the class
 * itself needs later goes in its private object.
 */
class INAPPKITCORE_EXPORT SessionBackend : public QObject
{
    Q_OBJECT
public:
    /// A backend owned by @p parent.
    explicit SessionBackend(QObject *parent = nullptr);
    ~SessionBackend() override;

    /// Exchanges the one-time token of the success URL (it lives 60 s): signs the user in.
    virtual SignInJob *exchangeOneTimeToken(const QString &oneTimeToken) = 0;
    /// Signs in again with a stored 'Keep Me Logged In' access token.
    virtual SignInJob *relogin(const QString &accessToken) = 0;
    /// A fresh one-time token for opening one InApp screen.
    virtual InAppTokenJob *issueInAppToken() = 0;
    /// Ends the session; @p accessToken (may be empty) is revoked.
    virtual SessionJob *logout(const QString &accessToken) = 0;
    /**
     * A sign-in (exchangeOneTimeToken() or relogin()) that answered after the kit had moved on:
     * the user logged out or signed in again meanwhile. Ends the session that @p signIn opened and
     * revokes its access token (an exchange's new one, or the one a relogin was made with), and
     * leaves the current session alone. @p signIn is alive for the call. The default finishes at
     * once and does nothing (the abandoned session then lives until the broker expires it): a
     * backend that can tell its sessions apart should override it.
     */
    virtual SessionJob *abandonSignIn(SignInJob *signIn);
    /// The signed-in user's ribbons (`rules.ribbons`).
    virtual RibbonsJob *fetchRibbons() = 0;
    /// The signed-in user's trading accounts, and the e-mail when the answer names it.
    virtual AccountsJob *fetchAccounts() = 0;

    /// Operations added after 0.1; none yet.
    enum HookId {
        FirstHookId = 1000,
    };

protected:
    /**
     * An operation the interface gained after this backend was built: @p id names it and @p data
     * points at its arguments and result, as the HookId documents. The default leaves them alone,
     * which tells the kit that the backend does not offer it.
     */
    virtual void virtualHook(int id, void *data);

    /// The work of @p job (sending its request), done when its holder starts it; not done if the
    /// job is killed or finished before. \since 0.3
    static void whenStarted(SessionJob *job, std::function<void()> work);
    /// Ends a sign-in @p job: the user, the accounts and, when 'Keep Me Logged In' was ticked, the access token.
    static void finishWithSignIn(SignInJob *job, const QString &userId, const QString &email,
                                 const QList<TradingAccount> &accounts, const QString &accessToken = QString());
    /// Ends an issueInAppToken() @p job with the one-time @p token.
    static void finishWithOneTimeToken(InAppTokenJob *job, const QString &token);
    /// Ends a fetchRibbons() @p job with the @p ribbons, `rules.ribbons` shape.
    static void finishWithRibbons(RibbonsJob *job, const QJsonArray &ribbons);
    /// The accounts, and the user's e-mail when the answer names it (it may have changed).
    static void finishWithAccounts(AccountsJob *job, const QList<TradingAccount> &accounts, const QString &email = QString());
    /// Success with nothing to return (logout, abandonSignIn).
    static void finish(SessionJob *job);
    /// Ends @p job with @p error and a sentence for the user (never a token).
    static void finishWithError(SessionJob *job, SessionJob::Error error, const QString &errorString);

private:
    std::unique_ptr<SessionBackendPrivate> d; // what the class needs in later versions
};

} // namespace InAppKit

#endif
