// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_BROKERPROFILEERROR_H
#define INAPPKIT_BROKERPROFILEERROR_H

#include <InAppKit/inappkitcore_export.h>

#include <QObject>
#include <QSharedDataPointer>
#include <QString>

namespace InAppKit {

class BrokerProfileErrorPrivate;

/**
 * Why a JSON document of the broker was refused: its profile (BrokerProfile::fromFile()) or a
 * ribbon its session service sent (Ribbon::fromJson()). It says what kind of error it is
 * (error()), which key is wrong (a JSON path such as `actions[1].url`, empty for the document as
 * a whole) and why, in English (such a document is written by an integrator, not read by an end
 * user); errorString() is all of it in one line.
 *
 * @code
 * InAppKit::BrokerProfileError error;
 * const auto profile = InAppKit::BrokerProfile::fromFile(path, &error);
 * if (error.error() == InAppKit::BrokerProfileError::Error::FileError)
 *     offerToChooseAnotherFile();
 * else if (!profile.isValid())
 *     qWarning("%s", qPrintable(error.errorString()));
 * @endcode
 */
class INAPPKITCORE_EXPORT BrokerProfileError
{
    Q_GADGET
public:
    /**
     * What is wrong, for a host that branches on it (errorString() is for people).
     * \since 0.3
     */
    enum class Error {
        NoError = 0,    ///< nothing: the document was accepted
        FileError,      ///< a file cannot be read or does not hold what it must: the profile itself (key() empty),
                        ///< or one it names (key() names it, e.g. `caCertificatesFile`)
        SyntaxError,    ///< the document is not valid JSON; line() and column() say where
        MissingKey,     ///< a required key is missing; key() names it
        WrongType,      ///< a key holds the wrong JSON type, e.g. a string where a number belongs (key() empty: the document is not an object)
        InvalidValue,   ///< a key holds a value of the right type that is refused: a URL off the broker's origins,
                        ///< a number out of range, a duplicate id, ...
        UnknownVersion, ///< the profile's `schema` is a version this InAppKit does not read
    };
    Q_ENUM(Error)

    /// No error (Error::NoError).
    BrokerProfileError();
    /**
     * An error of kind @p error about @p key (a JSON path such as `actions[1].url`, empty for the
     * document as a whole) for @p reason.
     * \since 0.3
     */
    BrokerProfileError(Error error, const QString &key, const QString &reason);
    /// Copies share the data until one of them changes (implicit sharing).
    ///@{
    BrokerProfileError(const BrokerProfileError &other);
    BrokerProfileError &operator=(const BrokerProfileError &other);
    ///@}
    ~BrokerProfileError();

    /**
     * What kind of error this is; Error::NoError when there is none.
     * \since 0.3
     */
    Error error() const;
    /**
     * The error in one line, ready for a terminal or a log: "file: key: reason" or
     * "file:line:column: reason"; empty when there is no error.
     * \since 0.3
     */
    QString errorString() const;

    /// True when there is no error: the same as error() == Error::NoError.
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

private:
    QSharedDataPointer<BrokerProfileErrorPrivate> d;
};

} // namespace InAppKit

#endif
