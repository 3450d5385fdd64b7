// SPDX-License-Identifier: MIT
#include "regularfile_p.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace InAppKit {

bool readRegularFile(const QString &path, qsizetype cap, QByteArray *out, QString *why)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *why = QStringLiteral("no such file");
        return false;
    }
    if (!info.isFile()) {
        *why = QStringLiteral("not a regular file");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    *out = file.read(cap + 1); // files in /proc report no size: the cap is on what is read
    if (out->size() > cap) {
        *why = QStringLiteral("larger than %1").arg(QLocale::c().formattedDataSize(cap, 0, QLocale::DataSizeIecFormat));
        return false;
    }
    return true;
}

} // namespace InAppKit
