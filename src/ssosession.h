// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SSOSESSION_H
#define INAPPKIT_SSOSESSION_H

#include <InAppKit/brokerprofile.h>
#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/ribbon.h>
#include <InAppKit/sessionjob.h>
#include <InAppKit/tradingaccount.h>

#include <QObject>

#include <memory>

namespace InAppKit {

class SecretStore;
class SessionBackend;
class SsoSessionPrivate;

/**
 * The signed-in state of one broker and its transitions: restore at start-up (automatic
 * re-login with the 'Keep Me Logged In' token from the keychain, with no screen), complete a
 * sign-in with the one-time token the client area produced, issue one-time tokens for InApp
 * actions, and log out.
 *
 * Calls that do not fit the current state are refused, never queued: completeSignIn() while a
 * sign-in runs returns false, logout() during a sign-in or a restore abandons it (a session that
 * still comes out of it is logged out again, and nothing is stored).
 *
 * Nothing secret is written anywhere but the SecretStore; QSettings holds only whether this
 * install has logged in before (for `firstLogin`) and the last user id.
 */
class INAPPKITCORE_EXPORT SsoSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY stateChanged)
    Q_PROPERTY(QString email READ email NOTIFY emailChanged)
    Q_PROPERTY(QString currentAccount READ currentAccount WRITE setCurrentAccount NOTIFY currentAccountChanged)
    Q_PROPERTY(bool firstLogin READ isFirstLogin NOTIFY stateChanged)

public:
    enum class State { SignedOut, Restoring, SigningIn, SignedIn, SigningOut };
    Q_ENUM(State)

    SsoSession(const BrokerProfile &profile, SessionBackend *backend, SecretStore *secrets, QObject *parent = nullptr);
    ~SsoSession() override;

    BrokerProfile profile() const;
    SessionBackend *backend() const;
    State state() const;
    bool isSignedIn() const;
    QString userId() const;
    QString email() const;
    QList<TradingAccount> accounts() const;
    /// Every ribbon of the user, as the broker last sent them (RibbonBar applies the precedence).
    QList<Ribbon> ribbons() const;
    /// The selected trading account's login; the first account after sign-in.
    QString currentAccount() const;
    void setCurrentAccount(const QString &login);

    /// True until someone has logged in on this install: the broker then shows its sign-up face.
    bool isFirstLogin() const;

    /// The keychain key of @p userId's access token for this broker.
    QString secretKey(const QString &userId) const;

public Q_SLOTS:
    /// Start-up: re-logs in with the stored access token, if any. Ends with restoreFinished().
    void restore();
    /// Exchanges @p oneTimeToken at once (it lives 60 s), once more after a network failure.
    /// Returns false, and emits signInRefused(), when the state cannot take it.
    bool completeSignIn(const QString &oneTimeToken);
    /// Asks for a fresh one-time token for @p actionId: actionTokenReady() or actionTokenFailed()
    /// (after sessionEnded() when the broker has ended the session).
    void requestActionToken(const QString &actionId);
    /// Tells the backend, deletes the keychain entry, and ends with signedOut() even offline.
    void logout();
    /**
     * Light identity (a profile without `loginUrl`): the host is the identity provider and has
     * signed the user in itself. The session takes its word, without any exchange, so that InApp
     * actions can be offered. Returns false unless signed out.
     */
    bool adoptHostSession(const QString &userId, const QList<InAppKit::TradingAccount> &accounts);
    void refreshAccounts();
    /**
     * After the New Account screen (specification 6.3.6): fetches the accounts, and the one that
     * was not there before becomes the current one. The protocol does not name the new account;
     * the kit tells it by the difference.
     */
    void adoptNewAccount();
    /**
     * Fetches the accounts and the ribbons again. Runs by itself every
     * BrokerProfile::refreshIntervalSeconds() while signed in; ClientAreaLauncher calls it when
     * the host window becomes active. A call answered "unauthorised" ends the session (sessionEnded()).
     */
    void refresh();

Q_SIGNALS:
    void stateChanged(InAppKit::SsoSession::State state);
    void signedIn();
    void signedOut();
    /// restore() is over; @p signedIn tells whether it signed the user in.
    void restoreFinished(bool signedIn);
    /// restore() could not sign in. @p retryable: the entry is kept (network down), restore() may be called again.
    void restoreFailed(const QString &message, bool retryable);
    void signInFailed(InAppKit::SessionJob::Error error, const QString &message);
    /// A login's one-time token came when the session could not take it (signed in, or another
    /// sign-in running): it was not used. @p message is for the user.
    void signInRefused(const QString &message);
    /// Signed in, but the access token could not be kept: the user must log in next time.
    void keepMeLoggedInFailed(const QString &message);
    void actionTokenReady(const QString &actionId, const QString &oneTimeToken);
    void actionTokenFailed(const QString &actionId, const QString &message);
    void accountsChanged();
    /// The signed-in user's e-mail changed (sign-in, log out, or a Change E-mail screen).
    void emailChanged(const QString &email);
    void ribbonsChanged();
    /**
     * The broker ended the session (its log out, a revoked access token, or a call answered as
     * unauthorised): the saved login is deleted, signedOut() has been emitted, and @p message
     * tells the user why.
     */
    void sessionEnded(const QString &message);
    void currentAccountChanged(const QString &login);
    /// The backend could not be told about the log out; locally it is done all the same.
    void logoutIncomplete(const QString &message);

private:
    std::unique_ptr<SsoSessionPrivate> d;
};

} // namespace InAppKit

#endif
