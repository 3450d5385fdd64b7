// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_BROKERPROFILEERROR_H
#define INAPPKIT_BROKERPROFILEERROR_H

#include <InAppKit/inappkitcore_export.h>

#include <QSharedDataPointer>
#include <QString>

namespace InAppKit {

class BrokerProfileErrorPrivate;

/**
 * Why a broker profile was refused: the key that is wrong (a JSON path such as
 * `actions[1].url`, empty for the document as a whole) and the reason, in English
 * (a profile is written by an integrator, not read by an end user).
 */
class INAPPKITCORE_EXPORT BrokerProfileError
{
public:
    BrokerProfileError();
    /// An error about @p key (a JSON path such as `actions[1].url`) for @p reason.
    BrokerProfileError(const QString &key, const QString &reason);
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    BrokerProfileError(const BrokerProfileError &other);
    BrokerProfileError &operator=(const BrokerProfileError &other);
    ///@}
    ~BrokerProfileError();

    /// True when there is no error.
    bool isNull() const;

    /// The JSON path of the offending key, e.g. `actions[1].url`; empty for file-level errors.
    QString key() const;
    /// Why the key is refused, in words.
    QString reason() const;

    /// Where a JSON syntax error is: 1-based line and column, and the 0-based byte offset; -1 if unknown.
    int line() const;
    /// The column of a JSON syntax error (1-based), 0 otherwise.
    int column() const;
    /// The byte offset of a JSON syntax error, -1 otherwise.
    qsizetype offset() const;
    /// Where in the file a JSON syntax error is.
    void setLocation(int line, int column, qsizetype offset);

    /// Where the profile came from (a file path), if known.
    ///@{
    QString source() const;
    void setSource(const QString &source);
    ///@}

    /// "file: key: reason" or "file:line:column: reason", ready for a terminal or a log.
    QString toString() const;

private:
    QSharedDataPointer<BrokerProfileErrorPrivate> d;
};

} // namespace InAppKit

#endif
