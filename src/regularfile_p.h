// SPDX-License-Identifier: MIT
// Reading a file a user names (a profile, its CA file; the conformance tool's plan and scripts).
#ifndef INAPPKIT_REGULARFILE_P_H
#define INAPPKIT_REGULARFILE_P_H

#include <QByteArray>
#include <QString>

namespace InAppKit {

// Reads at most @p cap bytes of the regular file @p path; a FIFO, a device or a directory is
// refused without being opened (reading /dev/zero or a FIFO would never end). On failure, @p why
// says why ("no such file", "not a regular file", "larger than 256 KiB", or the system's reason).
bool readRegularFile(const QString &path, qsizetype cap, QByteArray *out, QString *why);

} // namespace InAppKit

#endif
