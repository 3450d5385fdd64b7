// SPDX-License-Identifier: MIT
#include "kiticons_p.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QResource>

namespace InAppKit {

namespace {
constexpr int RenderedSizes[] = {INAPPKIT_ICON_SIZES}; // from widgets/CMakeLists.txt
} // namespace

KitIconEngine::KitIconEngine(const QString &name)
    : m_name(name)
{
}

QIcon KitIconEngine::icon(const QString &name)
{
    return exists(name) ? QIcon(new KitIconEngine(name)) : QIcon();
}

bool KitIconEngine::exists(const QString &name)
{
    return !name.isEmpty() && QFile::exists(path(name, RenderedSizes[0]));
}

QString KitIconEngine::path(const QString &name, int size)
{
    return QStringLiteral(":/inappkit/icons/%1/%2.rgba").arg(size).arg(name);
}

void KitIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : qApp->devicePixelRatio();
    painter->drawPixmap(rect, pixmap(rect.size() * dpr, mode, state));
}

QPixmap KitIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    // The smallest rendering at least as large as asked (scaled down, never up), else the largest.
    const int wanted = qMax(size.width(), size.height());
    int chosen = RenderedSizes[std::size(RenderedSizes) - 1];
    for (int rendered : RenderedSizes) {
        if (rendered >= wanted) {
            chosen = rendered;
            break;
        }
    }
    QIcon &rendering = m_renderings[chosen];
    if (rendering.isNull()) {
        // Raw pixels, stored uncompressed: read in place, copied once into the pixmap.
        const QByteArray pixels = QResource(path(m_name, chosen)).uncompressedData();
        if (pixels.size() != qsizetype(chosen) * chosen * 4)
            return QPixmap();
        const QImage image(reinterpret_cast<const uchar *>(pixels.constData()), chosen, chosen, chosen * 4,
                           QImage::Format_RGBA8888_Premultiplied);
        rendering.addPixmap(QPixmap::fromImage(image));
    }
    // Qt's pixmap engine scales it and makes the disabled and selected variants.
    return rendering.pixmap(size, 1.0, mode, state);
}

QList<QSize> KitIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> sizes;
    for (int size : RenderedSizes)
        sizes.append(QSize(size, size));
    return sizes;
}

QString KitIconEngine::iconName()
{
    return m_name;
}

QIconEngine *KitIconEngine::clone() const
{
    return new KitIconEngine(m_name);
}

QString KitIconEngine::key() const
{
    return QStringLiteral("InAppKitIcon");
}

} // namespace InAppKit
