// SPDX-License-Identifier: MIT
// Shared by the UI suites that check facts about Qt WebEngine's processes (Linux /proc).
#ifndef INAPPKIT_TESTS_WEBENGINEPROCESSES_H
#define INAPPKIT_TESTS_WEBENGINEPROCESSES_H

#include <QDir>
#include <QFile>
#include <QStringList>

#include <unistd.h>

namespace InAppKit::Tests {

/// The command lines of this process's children that are Qt WebEngine processes.
inline QStringList webEngineChildren()
{
    QStringList commandLines;
    const QByteArray self = QByteArray::number(::getpid());
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'.
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        const QByteArray comm = line.mid(line.indexOf('(') + 1, close - line.indexOf('(') - 1);
        if (fields.size() < 2 || fields.at(1) != self || !comm.startsWith("QtWebEngine"))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        commandLines.append(cmdline.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' ')) : QString());
    }
    return commandLines;
}

} // namespace InAppKit::Tests

#endif
