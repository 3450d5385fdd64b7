// SPDX-License-Identifier: MIT
// The session's life as one state machine (sign-in, restore, relogin, refresh, log out, the
// broker's end): its transitions are read together, hence one file of a little over 500 lines.
#include "ssosession.h"

#include "loggingcategories_p.h"
#include "secretstore.h"
#include "sessionbackend.h"
#include "sessionjob_p.h"
#include "ssosession_p.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace InAppKit {

namespace {
QString percentEncoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

// The broker's identity: its client area's and session service's origins, not its display name
// (a UAT and a production profile may share the name, never a saved login). Each part is
// percent-encoded, so no separator inside a part can make two identities collide.
QString brokerIdentity(const BrokerProfile &profile)
{
    const auto origin = [](const QUrl &url) { return url.isValid() ? url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString() : QString(); };
    return percentEncoded(origin(profile.clientAreaUrl())) + u'/' + percentEncoded(origin(profile.sessionServiceUrl()));
}

QString savedLoginKey(const BrokerProfile &profile, const QString &userId)
{
    return brokerIdentity(profile) + u'/' + percentEncoded(userId);
}

class SsoSessionPrivate
{
    Q_DECLARE_TR_FUNCTIONS(InAppKit::SsoSession)
public:
    SsoSession *q;
    BrokerProfile profile;
    QPointer<SessionBackend> backend;
    QPointer<SecretStore> secrets;
    SsoSession::State state = SsoSession::State::SignedOut;
    QString userId;
    QString email;
    QString accessToken; // in memory while signed in, to revoke it at log out
    QString restoringUser; // whose saved login restore() is trying
    QList<TradingAccount> accounts;
    QList<Ribbon> ribbons;
    QString currentAccount;
    QTimer refreshTimer;
    // Bumped by every restore(), completeSignIn() and logout(): a result from an older generation,
    // whenever it comes, is discarded (and a session that came out of it is logged out), even if a
    // new sign-in started meanwhile.
    quint64 generation = 0;

    QString settingsGroup() const
    {
        // Non-secret facts only, per broker.
        return QStringLiteral("InAppKit/") + percentEncoded(brokerIdentity(profile));
    }

    // Before the identity (0.1), entries were keyed by the display name alone.
    QString legacySettingsGroup() const { return QStringLiteral("InAppKit/") + percentEncoded(profile.brokerName()); }
    QString legacySecretKey(const QString &user) const { return profile.brokerName() + u'/' + user; }

    // Such an entry records nothing of the session service it was written for, so no profile can
    // prove it is the one: a same-name profile of another service (a UAT, a hostile one) would
    // receive the access token in its relogin. The saved login is deleted unread and the user
    // logs in again; the first-login state, which is no secret, moves to this identity. Returns
    // whether a saved login was dropped.
    bool dropLegacyLogin() const
    {
        QSettings settings;
        if (!settings.contains(legacySettingsGroup() + QStringLiteral("/hasLoggedIn")))
            return false;
        const QString lastUser = settings.value(legacySettingsGroup() + QStringLiteral("/lastUserId")).toString();
        settings.setValue(settingsGroup() + QStringLiteral("/hasLoggedIn"), true);
        settings.remove(legacySettingsGroup());
        if (lastUser.isEmpty())
            return false;
        forget(legacySecretKey(lastUser));
        qCInfo(lcInAppKitKeychain) << "a saved login keyed by the broker's name alone was deleted unread";
        return true;
    }

    void setState(SsoSession::State s)
    {
        if (state == s)
            return;
        state = s;
        qCDebug(lcInAppKitSession) << "session state" << s;
        Q_EMIT q->stateChanged(s);
    }

    void setEmail(const QString &value)
    {
        if (value == email)
            return;
        email = value;
        Q_EMIT q->emailChanged(email);
    }

    void setSignedIn(SignInJob *job, const QString &token)
    {
        userId = job->userId();
        setEmail(job->email());
        accessToken = token;
        setAccounts(job->accounts());
        QSettings settings;
        settings.beginGroup(settingsGroup());
        settings.setValue(QStringLiteral("hasLoggedIn"), true);
        settings.setValue(QStringLiteral("lastUserId"), userId);
        setState(SsoSession::State::SignedIn);
        Q_EMIT q->signedIn();
        q->refresh(); // the ribbons, and the interval from now
    }

    void setAccounts(const QList<TradingAccount> &list)
    {
        accounts = list;
        Q_EMIT q->accountsChanged();
        const bool stillThere = std::any_of(list.cbegin(), list.cend(), [this](const TradingAccount &a) { return a.login() == currentAccount; });
        if (!stillThere) {
            currentAccount = list.isEmpty() ? QString() : list.constFirst().login();
            Q_EMIT q->currentAccountChanged(currentAccount);
        }
    }

    void clearUser()
    {
        refreshTimer.stop();
        if (!ribbons.isEmpty()) {
            ribbons.clear();
            Q_EMIT q->ribbonsChanged();
        }
        userId.clear();
        setEmail(QString());
        accessToken.fill(u'\0');
        accessToken.clear();
        accounts.clear();
        currentAccount.clear();
        Q_EMIT q->accountsChanged();
        Q_EMIT q->currentAccountChanged(QString());
    }

    // A session that came out of an abandoned sign-in: end it on the backend too.
    void discard(SignInJob *job)
    {
        qCInfo(lcInAppKitSession) << "sign-in abandoned by log out";
        if (job->error() == SessionJob::Error::NoError && backend)
            backend->abandonSignIn(job)->start(); // its own session, not the one signed in now
    }

    void forget(const QString &key) const
    {
        if (secrets)
            secrets->remove(key)->start();
    }

    QString secretKey(const QString &user) const { return savedLoginKey(profile, user); }

    void finishRestore(bool signedIn)
    {
        Q_EMIT q->restoreFinished(signedIn);
    }

    // Exchanges a login's one-time token; a network failure is retried once when @p mayRetry.
    void exchange(const QString &oneTimeToken, quint64 callGeneration, bool mayRetry);
    void completeExchange(SignInJob *job);

    // Fetches the accounts (and the e-mail); with @p selectNew, an account that was not there
    // before becomes the current one.
    void fetchAccounts(bool selectNew)
    {
        QStringList before;
        for (const TradingAccount &a : std::as_const(accounts))
            before.append(a.login());
        AccountsJob *job = backend->fetchAccounts();
        QObject::connect(job, &Job::result, q, [this, job, before, selectNew, callGeneration = generation] {
            if (endedByBroker(job, callGeneration) || callGeneration != generation || job->error() != SessionJob::Error::NoError)
                return;
            setAccounts(job->accounts());
            if (!job->email().isEmpty())
                setEmail(job->email());
            if (!selectNew)
                return;
            for (const TradingAccount &a : std::as_const(accounts)) {
                if (!before.contains(a.login())) {
                    q->setCurrentAccount(a.login());
                    return;
                }
            }
            qCInfo(lcInAppKitSession) << "no new account among the accounts after New Account";
        });
        job->start();
    }

    // Writes the access token to the keychain; the user is told when it cannot be kept.
    void keep(const QString &key, const QString &token)
    {
        SecretJob *write = secrets->write(key, token);
        QObject::connect(write, &Job::result, q, [this, write] {
            if (write->error() == SecretJob::Error::NoError)
                return;
            qCInfo(lcInAppKitKeychain) << "access token not kept:" << write->error();
            Q_EMIT q->keepMeLoggedInFailed(write->error(), tr("You will have to log in next time: %1").arg(write->errorString()));
        });
        write->start();
    }

    // The answer to a call made while signed in, in generation @p callGeneration. A session call
    // answered as unauthorised (403) or an unknown token (404) means that the broker ended the
    // session: it ends here too. Returns whether it did.
    bool endedByBroker(SessionJob *job, quint64 callGeneration)
    {
        if (job->error() != SessionJob::Error::Rejected || callGeneration != generation || state != SsoSession::State::SignedIn)
            return false;
        qCInfo(lcInAppKitSession) << "the broker ended the session";
        ++generation;
        forget(secretKey(userId));
        QSettings settings;
        settings.remove(settingsGroup() + QStringLiteral("/lastUserId"));
        clearUser();
        setState(SsoSession::State::SignedOut);
        Q_EMIT q->signedOut();
        Q_EMIT q->sessionEnded(job->error(), tr("%1 ended your session. Please log in again.").arg(profile.brokerName()));
        return true;
    }
};

SsoSession::SsoSession(const BrokerProfile &profile, SessionBackend *backend, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SsoSessionPrivate>())
{
    d->q = this;
    d->profile = profile;
    d->backend = backend;
    d->secrets = secrets;
    d->refreshTimer.setInterval(std::chrono::seconds(profile.refreshIntervalSeconds()));
    connect(&d->refreshTimer, &QTimer::timeout, this, &SsoSession::refresh);
}

SsoSession::~SsoSession()
{
    d->accessToken.fill(u'\0');
}

BrokerProfile SsoSession::profile() const
{
    return d->profile;
}

SessionBackend *SsoSession::backend() const
{
    return d->backend;
}

SsoSession::State SsoSession::state() const
{
    return d->state;
}

bool SsoSession::isSignedIn() const
{
    return d->state == State::SignedIn;
}

QString SsoSession::userId() const
{
    return d->userId;
}

QString SsoSession::email() const
{
    return d->email;
}

QList<TradingAccount> SsoSession::accounts() const
{
    return d->accounts;
}

QList<Ribbon> SsoSession::ribbons() const
{
    return d->ribbons;
}

QString SsoSession::currentAccount() const
{
    return d->currentAccount;
}

void SsoSession::setCurrentAccount(const QString &login)
{
    if (login == d->currentAccount)
        return;
    const bool known = std::any_of(d->accounts.cbegin(), d->accounts.cend(), [&](const TradingAccount &a) { return a.login() == login; });
    if (!known)
        return;
    d->currentAccount = login;
    Q_EMIT currentAccountChanged(login);
}

bool SsoSession::isFirstLogin() const
{
    QSettings settings;
    return !settings.value(d->settingsGroup() + QStringLiteral("/hasLoggedIn"), false).toBool();
}


void SsoSession::restore()
{
    if (d->state != State::SignedOut || !d->backend || !d->secrets) {
        QTimer::singleShot(0, this, [this] { d->finishRestore(d->state == State::SignedIn); });
        return;
    }
    const bool droppedLegacy = d->dropLegacyLogin();
    QSettings settings;
    const QString lastUser = settings.value(d->settingsGroup() + QStringLiteral("/lastUserId")).toString();
    if (lastUser.isEmpty()) {
        QTimer::singleShot(0, this, [this, droppedLegacy] {
            if (droppedLegacy)
                Q_EMIT restoreFailed(SessionJob::Error::Rejected, tr("Your saved login is from an earlier version that did not record the broker's server, "
                                        "so it was removed. Please log in again."),
                                     false);
            d->finishRestore(false);
        });
        return;
    }
    d->setState(State::Restoring);
    d->restoringUser = lastUser;
    const quint64 generation = ++d->generation;
    ReadSecretJob *read = d->secrets->read(d->secretKey(lastUser));
    connect(read, &Job::result, this, [this, read, lastUser, generation] {
        ReadSecretJob *job = read;
        if (generation != d->generation) // logged out meanwhile
            return;
        if (job->error() != SecretJob::Error::NoError) {
            d->setState(State::SignedOut);
            if (job->error() != SecretJob::Error::NotFound) {
                qCInfo(lcInAppKitKeychain) << "keychain unavailable at start-up:" << job->error();
                Q_EMIT restoreFailed(SessionJob::Error::KeychainError,
                                     tr("Your saved login could not be read from the keychain: %1").arg(job->errorString()), true);
            }
            d->finishRestore(false);
            return;
        }
        const QString token = job->secret();
        SignInJob *relogin = d->backend->relogin(token);
        connect(relogin, &Job::result, this, [this, relogin, token, lastUser, generation] {
            SignInJob *result = relogin;
            if (generation != d->generation) {
                d->discard(result);
                return;
            }
            switch (result->error()) {
            case SessionJob::Error::NoError: {
                // A broker that rotates access tokens answers with a new one: it replaces the old.
                const QString fresh = result->accessToken();
                const bool rotated = !fresh.isEmpty() && fresh != token;
                d->setSignedIn(result, rotated ? fresh : token);
                if (rotated && d->secrets)
                    d->keep(d->secretKey(lastUser), fresh);
                d->finishRestore(true);
                return;
            }
            case SessionJob::Error::Rejected:
            case SessionJob::Error::Expired:
                // Revoked, expired or unknown: the token is worthless, forget it.
                qCInfo(lcInAppKitSession) << "stored access token rejected; it is deleted";
                d->forget(d->secretKey(lastUser));
                d->setState(State::SignedOut);
                Q_EMIT restoreFailed(result->error(), tr("Your saved login has expired. Please log in again."), false);
                d->finishRestore(false);
                return;
            default:
                // Keep the entry: the network may come back.
                d->setState(State::SignedOut);
                Q_EMIT restoreFailed(result->error(), result->errorString(), true);
                d->finishRestore(false);
                return;
            }
        });
        relogin->start();
    });
    read->start();
}

bool SsoSession::completeSignIn(const QString &oneTimeToken)
{
    if (d->state != State::SignedOut || oneTimeToken.isEmpty() || !d->backend) {
        // Never dropped in silence: the host learns that a login arrived and was not used.
        qCWarning(lcInAppKitSession) << "a login's one-time token arrived in state" << d->state << "and was not used";
        const QString message = d->state == State::SignedIn ? tr("You are already logged in; the new login was not used.")
                                                             : tr("A login arrived while another was in progress; it was not used.");
        QTimer::singleShot(0, this, [this, message] { Q_EMIT signInRefused(SessionJob::Error::InvalidState, message); });
        return false;
    }
    d->setState(State::SigningIn);
    d->exchange(oneTimeToken, ++d->generation, true);
    return true;
}

void SsoSessionPrivate::exchange(const QString &oneTimeToken, quint64 callGeneration, bool mayRetry)
{
    SignInJob *job = backend->exchangeOneTimeToken(oneTimeToken);
    QObject::connect(job, &Job::result, q, [this, job, callGeneration, mayRetry, oneTimeToken] {
        SignInJob *result = job;
        if (callGeneration != generation) {
            discard(result);
            return;
        }
        const bool network = result->error() == SessionJob::Error::Unreachable || result->error() == SessionJob::Error::Timeout;
        if (network && mayRetry && backend) {
            // Once more within the token's 60 s: a dropped connection need not cost the user a login.
            qCInfo(lcInAppKitSession) << "exchange failed:" << result->error() << "- retried once";
            exchange(oneTimeToken, callGeneration, false);
            return;
        }
        completeExchange(result);
    });
    job->start();
}

void SsoSessionPrivate::completeExchange(SignInJob *job)
{
    if (job->error() != SessionJob::Error::NoError) {
        setState(SsoSession::State::SignedOut);
        Q_EMIT q->signInFailed(job->error(), job->errorString());
        return;
    }
    const QString token = job->accessToken();
    setSignedIn(job, token);
    const QString key = secretKey(job->userId());
    if (!secrets) {
        if (!token.isEmpty())
            Q_EMIT q->keepMeLoggedInFailed(SecretJob::Error::Unavailable, tr("You will have to log in next time: no keychain is available."));
        return;
    }
    if (token.isEmpty()) {
        // 'Keep me logged in' not ticked this time: an older token must not log in next time.
        forget(key);
        return;
    }
    keep(key, token);
}

InAppTokenJob *SsoSession::requestInAppToken()
{
    if (d->state != State::SignedIn || !d->backend) {
        auto *job = new InAppTokenJob(this);
        JobPrivate::get(job)->finish(int(SessionJob::Error::NotSignedIn), tr("Log in first."));
        return job;
    }
    InAppTokenJob *job = d->backend->issueInAppToken();
    // The session reads the outcome first (its holder's slot comes after): a refusal means that
    // the broker ended the session.
    connect(job, &Job::result, this, [this, job, generation = d->generation] {
        if (job->error() != SessionJob::Error::NoError)
            d->endedByBroker(job, generation);
    });
    return job;
}

void SsoSession::logout()
{
    switch (d->state) {
    case State::SignedOut:
    case State::SigningOut:
        return;
    case State::SigningIn:
    case State::Restoring:
        // Whatever is in flight belongs to an older generation now: it discards its result (and
        // the backend ends its session). Logging out means the saved login goes too.
        if (d->state == State::Restoring && !d->restoringUser.isEmpty())
            d->forget(d->secretKey(d->restoringUser));
        ++d->generation;
        d->setState(State::SignedOut);
        d->clearUser();
        Q_EMIT signedOut();
        return;
    case State::SignedIn:
        break;
    }
    d->setState(State::SigningOut);
    const QString key = d->secretKey(d->userId);
    auto pending = std::make_shared<int>(d->secrets ? 2 : 1);
    auto done = [this, pending] {
        if (--*pending > 0)
            return;
        d->clearUser();
        d->setState(State::SignedOut);
        Q_EMIT signedOut();
    };
    SessionJob *job = d->backend->logout(d->accessToken);
    connect(job, &Job::result, this, [this, job, done] {
        if (job->error() != SessionJob::Error::NoError) {
            qCInfo(lcInAppKitSession) << "log out not confirmed by the backend:" << job->error();
            Q_EMIT logoutIncomplete(job->error(), job->errorString());
        }
        done();
    });
    job->start();
    if (d->secrets) {
        SecretJob *remove = d->secrets->remove(key);
        connect(remove, &Job::result, this, [remove, done] {
            if (remove->error() != SecretJob::Error::NoError)
                qCWarning(lcInAppKitKeychain) << "keychain entry not deleted at log out:" << remove->error();
            done();
        });
        remove->start();
    }
    QSettings settings;
    settings.remove(d->settingsGroup() + QStringLiteral("/lastUserId"));
}

bool SsoSession::adoptHostSession(const QString &userId, const QList<TradingAccount> &accounts)
{
    if (d->state != State::SignedOut || userId.isEmpty())
        return false;
    d->userId = userId;
    d->setEmail(QString());
    d->setAccounts(accounts);
    d->setState(State::SignedIn);
    Q_EMIT signedIn();
    refresh(); // the ribbons, and the interval from now
    return true;
}

void SsoSession::refreshAccounts()
{
    if (d->state != State::SignedIn || !d->backend)
        return;
    d->fetchAccounts(false);
}

void SsoSession::adoptNewAccount()
{
    if (d->state == State::SignedIn && d->backend)
        d->fetchAccounts(true);
}

void SsoSession::refresh()
{
    if (d->state != State::SignedIn || !d->backend)
        return;
    if (d->profile.refreshIntervalSeconds() > 0)
        d->refreshTimer.start(); // the interval counts from the latest refresh
    refreshAccounts();
    RibbonsJob *job = d->backend->fetchRibbons();
    connect(job, &Job::result, this, [this, job, generation = d->generation] {
        if (d->endedByBroker(job, generation) || generation != d->generation)
            return;
        if (job->error() != SessionJob::Error::NoError) {
            qCInfo(lcInAppKitSession) << "ribbons not fetched:" << job->error();
            return; // the ones shown stay until the next refresh
        }
        QList<BrokerProfileError> errors;
        const QList<Ribbon> fresh = Ribbon::listFromJson(job->ribbons(), &errors);
        for (const BrokerProfileError &e : std::as_const(errors))
            qCWarning(lcInAppKitSession).noquote() << "ribbon ignored:" << e.errorString();
        if (fresh != d->ribbons) {
            d->ribbons = fresh;
            Q_EMIT ribbonsChanged();
        }
    });
    job->start();
}

} // namespace InAppKit
