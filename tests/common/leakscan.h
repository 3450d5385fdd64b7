// SPDX-License-Identifier: MIT
// Looks for tokens where they must never be: every line the process and its web engine children
// write to stderr (Qt's log, the kit's categories, Chromium's own log), and every file under the
// given folders (HOME, temp, the web profiles' storage).
#ifndef INAPPKIT_TESTS_LEAKSCAN_H
#define INAPPKIT_TESTS_LEAKSCAN_H

#include <QDirIterator>
#include <QMutex>
#include <QStandardPaths>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryFile>

#include <cstdio>
#include <unistd.h>

namespace InAppKit::Tests {

class LeakScan
{
public:
    /// From now on, every Qt message (Qt Test prints them to stdout) is kept, and stderr (this
    /// process's and that of the processes it starts: Chromium's log) goes to a file too.
    bool start()
    {
        s_previous = qInstallMessageHandler(&LeakScan::keep);
        if (!m_capture.open())
            return false;
        std::fflush(stderr);
        m_savedStderr = ::dup(STDERR_FILENO);
        return m_savedStderr >= 0 && ::dup2(m_capture.handle(), STDERR_FILENO) >= 0;
    }

    /// Restores stderr, copies what was captured to it, and returns it with the Qt messages.
    QByteArray stop()
    {
        qInstallMessageHandler(s_previous);
        std::fflush(stderr);
        if (m_savedStderr >= 0) {
            ::dup2(m_savedStderr, STDERR_FILENO);
            ::close(m_savedStderr);
            m_savedStderr = -1;
        }
        QFile capture(m_capture.fileName());
        if (!capture.open(QIODevice::ReadOnly))
            return {};
        const QByteArray log = capture.readAll();
        if (::write(STDERR_FILENO, log.constData(), size_t(log.size())) < 0)
            return {};
        QMutexLocker lock(&s_mutex);
        return log + s_messages.join(u'\n').toUtf8();
    }

    QString captureFile() const { return m_capture.fileName(); }

    /// Stops the capture and looks for @p issued (the broker's random tokens) and @p planted (the
    /// tests' own, written in their sources) in it, and for @p issued in the files of HOME, temp
    /// and the data and cache folders: what was found, empty when nothing leaked.
    QString stopAndFindLeaks(const QStringList &issued, const QStringList &planted)
    {
        const QByteArray log = stop();
        if (!log.contains("inappkit.web"))
            return QStringLiteral("the kit's log was not captured");
        for (const QString &secret : issued + planted) {
            if (log.contains(secret.toUtf8()))
                return QStringLiteral("a token is in the log");
        }
        int scanned = 0;
        const QStringList leaked = filesContaining(
            issued, {QDir::homePath(), QDir::tempPath(), QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                      QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)},
            &scanned, {m_capture.fileName()});
        if (!leaked.isEmpty())
            return QStringLiteral("a token is in ") + leaked.join(QStringLiteral(", "));
        return scanned > 0 ? QString() : QStringLiteral("no file was scanned");
    }

    /// The files under @p roots that contain one of @p secrets (the keyring's own store excepted).
    static QStringList filesContaining(const QStringList &secrets, const QStringList &roots, int *scanned,
                                       const QStringList &skip = {})
    {
        QStringList found;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (skip.contains(path) || path.contains(QLatin1String("/keyrings/")) || QFileInfo(path).size() > 8 * 1024 * 1024)
                    continue;
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++*scanned;
                const QByteArray content = f.readAll();
                for (const QString &secret : secrets) {
                    if (content.contains(secret.toUtf8())) {
                        found.append(path);
                        break;
                    }
                }
            }
        }
        return found;
    }

private:
    static void keep(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_messages.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QMutex s_mutex;
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
    QTemporaryFile m_capture;
    int m_savedStderr = -1;
};

} // namespace InAppKit::Tests

#endif
