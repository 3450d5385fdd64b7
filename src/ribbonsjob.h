// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_RIBBONSJOB_H
#define INAPPKIT_RIBBONSJOB_H

#include <InAppKit/inappkitcore_export.h>
#include <InAppKit/sessionjob.h>
#include <QJsonArray>

namespace InAppKit {

class RibbonsJobPrivate;

/**
 * The signed-in user's ribbons, as the session service sends them.
 *
 * \since 0.3
 */
class INAPPKITCORE_EXPORT RibbonsJob : public SessionJob
{
    Q_OBJECT
public:
    /// A job owned by @p parent; a SessionBackend makes it and ends it.
    explicit RibbonsJob(QObject *parent = nullptr);
    ~RibbonsJob() override;

    /// The ribbons, `rules.ribbons` shape (Ribbon::listFromJson() reads them).
    QJsonArray ribbons() const;

private:
    Q_DECLARE_PRIVATE(RibbonsJob)
};

} // namespace InAppKit

#endif
