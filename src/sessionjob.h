// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SESSIONJOB_H
#define INAPPKIT_SESSIONJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/tradingaccount.h>

#include <QJsonArray>
#include <QObject>

#include <memory>

namespace InAppKit {

class SessionJobPrivate;

/**
 * One asynchronous call to a SessionBackend. It emits finished() exactly once, later (never from
 * the call that made it), and deletes itself after that unless setAutoDelete(false).
 *
 * A backend of the host's own makes jobs with the public constructor and ends them with
 * finishWithSignIn(), finishWithOneTimeToken(), finishWithRibbons(), finishWithAccounts(),
 * finish() or finishWithError().
 */
class INAPPKITCORE_EXPORT SessionJob : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        NoError,
        Rejected,        ///< the token or session is unknown, used or revoked (404, 403)
        Expired,         ///< the one-time token is older than its 60 s (410)
        Unreachable,     ///< no answer: network down, connection refused, TLS refused
        Timeout,         ///< no answer in time
        MalformedAnswer, ///< an answer the protocol does not allow
        ServiceError,    ///< the service failed (5xx) or refused the request as malformed (400)
    };
    Q_ENUM(Error)

    explicit SessionJob(QObject *parent = nullptr);
    ~SessionJob() override;

    bool isFinished() const;
    Error error() const;
    /// A sentence for the user; never a token.
    QString errorString() const;

    void setAutoDelete(bool autoDelete);
    bool autoDelete() const;

    // Results, depending on the call.
    QString userId() const;
    QString email() const;
    QList<TradingAccount> accounts() const;
    /// The 'Keep Me Logged In' token, when the user ticked it (exchange only).
    QString accessToken() const;
    /// A one-time token for an InApp screen (issueInAppToken only).
    QString oneTimeToken() const;
    /// The user's ribbons, `rules.ribbons` shape (fetchRibbons only).
    QJsonArray ribbons() const;

    void finishWithSignIn(const QString &userId, const QString &email, const QList<TradingAccount> &accounts,
                          const QString &accessToken = QString());
    void finishWithOneTimeToken(const QString &token);
    void finishWithRibbons(const QJsonArray &ribbons);
    /// The accounts, and the user's e-mail when the answer names it (it may have changed).
    void finishWithAccounts(const QList<TradingAccount> &accounts, const QString &email = QString());
    void finish();
    void finishWithError(Error error, const QString &errorString);

Q_SIGNALS:
    void finished(InAppKit::SessionJob *job);

private:
    void emitFinished();
    std::unique_ptr<SessionJobPrivate> d;
};

} // namespace InAppKit

#endif
