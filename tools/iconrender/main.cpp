// SPDX-License-Identifier: MIT
// Build-time tool: renders the kit's SVG icons at the sizes the widgets paint them, as raw
// premultiplied RGBA (8 bits a channel, row after row, no header: the size is the folder's name).
// Painting an icon then parses no SVG and decodes no PNG: it costs a host's start-up nothing
// measurable (issue 11), where SVG loaded Qt SVG and PNG took a decoder set-up per icon.
// Usage: inappkit-iconrender OUTPUT_DIR SIZE[,SIZE...] ICON.svg...
// Writes OUTPUT_DIR/SIZE/NAME.rgba for every icon and size.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: inappkit-iconrender OUTPUT_DIR SIZE[,SIZE...] ICON.svg...\n");
        return 2;
    }
    const QDir out(args.at(1));
    QList<int> sizes;
    for (const QString &size : args.at(2).split(QLatin1Char(','))) {
        bool ok = false;
        sizes.append(size.toInt(&ok));
        if (!ok || sizes.constLast() <= 0) {
            std::fprintf(stderr, "inappkit-iconrender: not a size: %s\n", qPrintable(size));
            return 2;
        }
    }
    for (const QString &svg : args.mid(3)) {
        QSvgRenderer renderer(svg);
        if (!renderer.isValid()) {
            std::fprintf(stderr, "inappkit-iconrender: not a valid SVG file: %s\n", qPrintable(svg));
            return 1;
        }
        for (int size : std::as_const(sizes)) {
            // Byte-ordered, so the files do not depend on the build machine's endianness.
            QImage image(size, size, QImage::Format_RGBA8888_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
            painter.end();
            const QString dir = QString::number(size);
            const QString path = out.filePath(dir + QLatin1Char('/') + QFileInfo(svg).completeBaseName() + QStringLiteral(".rgba"));
            QFile file(path);
            const auto bytes = qsizetype(image.bytesPerLine()) * size;
            if (!out.mkpath(dir) || !file.open(QIODevice::WriteOnly)
                || file.write(reinterpret_cast<const char *>(image.constBits()), bytes) != bytes) {
                std::fprintf(stderr, "inappkit-iconrender: cannot write %s\n", qPrintable(path));
                return 1;
            }
        }
    }
    return 0;
}
