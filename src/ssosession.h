// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SSOSESSION_H
#define INAPPKIT_SSOSESSION_H

#include <InAppKit/brokerprofile.h>
#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/ribbon.h>
#include <InAppKit/inapptokenjob.h>
#include <InAppKit/secretjob.h>
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
    /// Where the session is in its life.
    enum class State { SignedOut, Restoring, SigningIn, SignedIn, SigningOut };
    Q_ENUM(State)

    /// A signed-out session for @p profile, over @p backend, keeping the access token in @p secrets.
    SsoSession(const BrokerProfile &profile, SessionBackend *backend, SecretStore *secrets, QObject *parent = nullptr);
    ~SsoSession() override;

    /// The broker profile of the session.
    BrokerProfile profile() const;
    /// The backend the session calls.
    SessionBackend *backend() const;
    /// Where the session is in its life.
    State state() const;
    /// Whether state() is SignedIn.
    bool isSignedIn() const;
    /// The signed-in user's id; empty when signed out.
    QString userId() const;
    /// The signed-in user's e-mail; empty when signed out or unknown.
    QString email() const;
    /// The signed-in user's trading accounts.
    QList<TradingAccount> accounts() const;
    /// Every ribbon of the user, as the broker last sent them (RibbonBar applies the precedence).
    QList<Ribbon> ribbons() const;
    /// The selected trading account's login; the first account after sign-in.
    ///@{
    QString currentAccount() const;
    void setCurrentAccount(const QString &login);
    ///@}

    /// True until someone has logged in on this install: the broker then shows its sign-up face.
    bool isFirstLogin() const;

    /**
     * A fresh one-time token for one InApp screen or broker page, for whoever calls: the job is
     * theirs (connect to Job::result, then Job::start()), and the token goes to no one else. Not
     * signed in: the job fails with SessionJob::Error::NotSignedIn. A refusal by the broker also
     * ends the session (sessionEnded(), before the job's result). \since 0.3
     */
    InAppTokenJob *requestInAppToken();

public Q_SLOTS:
    /// Start-up: re-logs in with the stored access token, if any. Ends with restoreFinished().
    /// A login saved by InAppKit 0.1 (keyed by the broker's name alone, with no record of its
    /// session service) is deleted unread, never sent: restoreFailed() asks the user to log in.
    void restore();
    /// Exchanges @p oneTimeToken at once (it lives 60 s), once more after a network failure.
    /// Returns false, and emits signInRefused(), when the state cannot take it.
    bool completeSignIn(const QString &oneTimeToken);
    /// Tells the backend, deletes the keychain entry, and ends with signedOut() even offline.
    void logout();
    /**
     * Light identity (a profile without `loginUrl`): the host is the identity provider and has
     * signed the user in itself. The session takes its word, without any exchange, so that InApp
     * actions can be offered. Returns false unless signed out.
     */
    bool adoptHostSession(const QString &userId, const QList<InAppKit::TradingAccount> &accounts);
    /// Fetches the accounts again (and, with them, notices a session the broker ended).
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
    /// The session moved to @p state.
    void stateChanged(InAppKit::SsoSession::State state);
    /// The user is signed in (after a sign-in, a restore or a relogin).
    void signedIn();
    /// The user is signed out; the saved login, if any, is gone.
    void signedOut();
    /// restore() is over; @p signedIn tells whether it signed the user in.
    void restoreFinished(bool signedIn);
    /// restore() could not sign in: @p error says why (KeychainError: the keychain could not be
    /// read; Rejected or Expired: the saved login is no good and was deleted, which includes a login
    /// saved by InAppKit 0.1; a network error otherwise), @p message in words for the user.
    /// @p retryable: the entry is kept (network down, keychain locked), restore() may be called
    /// again. \since 0.3 with @p error
    void restoreFailed(InAppKit::SessionJob::Error error, const QString &message, bool retryable);
    /// A sign-in failed: @p message says why, in words for the user.
    void signInFailed(InAppKit::SessionJob::Error error, const QString &message);
    /// A login's one-time token came when the session could not take it (signed in, or another
    /// sign-in running): it was not used (@p error is SessionJob::Error::InvalidState). @p message
    /// is for the user. \since 0.3 with @p error
    void signInRefused(InAppKit::SessionJob::Error error, const QString &message);
    /// Signed in, but the access token could not be kept (@p error, the keychain's): the user must
    /// log in next time. \since 0.3 with @p error
    void keepMeLoggedInFailed(InAppKit::SecretJob::Error error, const QString &message);
    /// The list of trading accounts changed.
    void accountsChanged();
    /// The signed-in user's e-mail changed (sign-in, log out, or a Change E-mail screen).
    void emailChanged(const QString &email);
    /// The user's ribbons changed.
    void ribbonsChanged();
    /**
     * The broker ended the session (its log out, a revoked access token, or a call answered as
     * unauthorised): the saved login is deleted, signedOut() has been emitted, @p error is the
     * refusal (SessionJob::Error::Rejected) and @p message tells the user why. \since 0.3 with @p error
     */
    void sessionEnded(InAppKit::SessionJob::Error error, const QString &message);
    /// The current trading account is now @p login (empty: none).
    void currentAccountChanged(const QString &login);
    /// The backend could not be told about the log out (@p error); locally it is done all the
    /// same. \since 0.3 with @p error
    void logoutIncomplete(InAppKit::SessionJob::Error error, const QString &message);

private:
    std::unique_ptr<SsoSessionPrivate> d;
};

} // namespace InAppKit

#endif
