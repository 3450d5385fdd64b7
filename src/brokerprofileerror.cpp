// SPDX-License-Identifier: MIT
#include "brokerprofileerror.h"

namespace InAppKit {

class BrokerProfileErrorPrivate : public QSharedData
{
public:
    BrokerProfileError::Error error = BrokerProfileError::Error::NoError;
    QString key;
    QString reason;
    QString source;
    int line = -1;
    int column = -1;
    qsizetype offset = -1;
};

BrokerProfileError::BrokerProfileError()
    : d(new BrokerProfileErrorPrivate)
{
}

BrokerProfileError::BrokerProfileError(Error error, const QString &key, const QString &reason)
    : d(new BrokerProfileErrorPrivate)
{
    d->error = error;
    d->key = key;
    d->reason = reason;
}

BrokerProfileError::BrokerProfileError(const BrokerProfileError &other) = default;
BrokerProfileError &BrokerProfileError::operator=(const BrokerProfileError &other) = default;
BrokerProfileError::~BrokerProfileError() = default;

BrokerProfileError::Error BrokerProfileError::error() const
{
    return d->error;
}

bool BrokerProfileError::isNull() const
{
    return d->error == Error::NoError;
}

QString BrokerProfileError::key() const
{
    return d->key;
}

QString BrokerProfileError::reason() const
{
    return d->reason;
}

int BrokerProfileError::line() const
{
    return d->line;
}

int BrokerProfileError::column() const
{
    return d->column;
}

qsizetype BrokerProfileError::offset() const
{
    return d->offset;
}

void BrokerProfileError::setLocation(int line, int column, qsizetype offset)
{
    d->line = line;
    d->column = column;
    d->offset = offset;
}

QString BrokerProfileError::source() const
{
    return d->source;
}

void BrokerProfileError::setSource(const QString &source)
{
    d->source = source;
}

QString BrokerProfileError::errorString() const
{
    if (isNull())
        return QString();
    QString text;
    if (!d->source.isEmpty())
        text += d->source;
    if (d->line > 0) {
        text += (text.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(d->line) + u':'
            + QString::number(d->column);
    }
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    if (!d->key.isEmpty())
        text += d->key + QStringLiteral(": ");
    return text + d->reason;
}

} // namespace InAppKit
