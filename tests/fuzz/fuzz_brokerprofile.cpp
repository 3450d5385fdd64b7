// SPDX-License-Identifier: MIT
// Arbitrary bytes as a broker profile: never a crash, a hang or a leak; either a valid
// profile or an error that names a reason.
#include "brokerprofile.h"

#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QLoggingCategory::setFilterRules(QStringLiteral("inappkit.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    InAppKit::BrokerProfileError error;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const InAppKit::BrokerProfile profile = InAppKit::BrokerProfile::fromJson(bytes, &error, QStringLiteral("/nonexistent"));
    if (profile.isValid() == !error.isNull())
        std::abort(); // exactly one of the two
    if (profile.isValid()) {
        // Every URL a valid profile holds is https, or http on loopback.
        for (const auto &action : profile.actions()) {
            if (!profile.isBrokerOrigin(action.url()))
                std::abort();
        }
        if (!profile.isBrokerOrigin(profile.successUrl()))
            std::abort();
    }
    return 0;
}
