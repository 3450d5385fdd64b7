// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace InAppKit {

namespace {

// Each library of the kit compiles its catalogue into this resource folder as
// "<catalogue>_<language>.qm": inappkit-core, and inappkit-widgets when the host links it.
const QString CatalogueFolder = QStringLiteral(":/inappkit/i18n");

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QStringList catalogues()
{
    QStringList names;
    QDirIterator it(CatalogueFolder, {QStringLiteral("*.qm")});
    while (it.hasNext()) {
        const QString name = it.next().section(u'/', -1).section(u'_', 0, 0);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

bool load(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

} // namespace

bool Translations::install(const QLocale &locale, Options options)
{
    uninstall();
    bool loaded = false;
    for (const QString &name : catalogues())
        loaded = load(locale, name, CatalogueFolder) || loaded;
    if (options.testFlag(Option::QtTranslations))
        load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Through QGuiApplication's property, so that Core does not link Qt GUI; a QCoreApplication has none.
    if (options.testFlag(Option::LayoutDirection) && QCoreApplication::instance())
        QCoreApplication::instance()->setProperty("layoutDirection", QVariant::fromValue(locale.textDirection()));
    return loaded || locale.language() == QLocale::English;
}

void Translations::uninstall()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();
}

QStringList Translations::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    QDirIterator it(CatalogueFolder, {QStringLiteral("inappkit-core_*.qm")});
    while (it.hasNext()) {
        const QString name = it.next().section(u'/', -1);
        languages.append(name.mid(14, name.size() - 14 - 3)); // "inappkit-core_" … ".qm"
    }
    return languages;
}

} // namespace InAppKit
