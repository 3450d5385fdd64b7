// SPDX-License-Identifier: MIT
#include "hostappearance.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

namespace InAppKit {

ScreenUrlBuilder::Theme HostAppearance::theme(const QPalette &palette)
{
    // Compare lightness rather than thresholding the background alone: a mid-grey window with
    // white text is a dark theme, the same grey with black text a light one.
    const int window = palette.color(QPalette::Active, QPalette::Window).lightness();
    const int text = palette.color(QPalette::Active, QPalette::WindowText).lightness();
    return window < text ? ScreenUrlBuilder::Theme::Dark : ScreenUrlBuilder::Theme::Light;
}

ScreenUrlBuilder::Theme HostAppearance::theme(const QWidget *widget)
{
    return theme(widget ? widget->palette() : QApplication::palette());
}

QLocale HostAppearance::locale(const QWidget *widget)
{
    return widget ? widget->locale() : QLocale();
}

} // namespace InAppKit
