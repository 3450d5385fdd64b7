// SPDX-License-Identifier: MIT
// Build-time tool: renders the kit's SVG icons to PNG at the sizes the widgets ask for, so that a
// host's start-up loads no SVG icon engine and parses no SVG (issue 11: zero cost until needed).
// Usage: inappkit-iconrender OUTPUT_DIR SIZE[,SIZE...] ICON.svg...
// Writes OUTPUT_DIR/SIZE/NAME.png for every icon and size.
#include <QCoreApplication>
#include <QDir>
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
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
            painter.end();
            const QString dir = QString::number(size);
            const QString png = out.filePath(dir + QLatin1Char('/') + QFileInfo(svg).completeBaseName() + QStringLiteral(".png"));
            if (!out.mkpath(dir) || !image.save(png, "PNG")) {
                std::fprintf(stderr, "inappkit-iconrender: cannot write %s\n", qPrintable(png));
                return 1;
            }
        }
    }
    return 0;
}
