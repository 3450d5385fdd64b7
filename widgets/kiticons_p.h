// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QIcon>
#include <QIconEngine>

namespace InAppKit {

// The kit's icons: renderings of resources/icons/*.svg made at build time (tools/iconrender). An icon
// reads the one rendering that fits the size it is painted at, when it is first painted: making a
// widget reads nothing, painting parses no SVG and decodes no image, and no image format plugin
// or Qt SVG is loaded, which keeps a host's start-up as cheap as a window without the kit.
class KitIconEngine : public QIconEngine
{
public:
    explicit KitIconEngine(const QString &name);

    // The icon @p name (file name without extension), or a null icon when the kit has none.
    static QIcon icon(const QString &name);
    static bool exists(const QString &name);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    static QString path(const QString &name, int size);

    QString m_name;
    QHash<int, QIcon> m_renderings; // by size in device pixels, each read when first needed
};

} // namespace InAppKit
