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
    BrokerProfileError(const QString &key, const QString &reason);
    BrokerProfileError(const BrokerProfileError &other);
    BrokerProfileError &operator=(const BrokerProfileError &other);
    ~BrokerProfileError();

    /// True when there is no error.
    bool isNull() const;

    QString key() const;
    QString reason() const;

    /// Where a JSON syntax error is: 1-based line and column, and the 0-based byte offset; -1 if unknown.
    int line() const;
    int column() const;
    qsizetype offset() const;
    void setLocation(int line, int column, qsizetype offset);

    /// Where the profile came from (a file path), if known.
    QString source() const;
    void setSource(const QString &source);

    /// "file: key: reason" or "file:line:column: reason", ready for a terminal or a log.
    QString toString() const;

private:
    QSharedDataPointer<BrokerProfileErrorPrivate> d;
};

} // namespace InAppKit

#endif
