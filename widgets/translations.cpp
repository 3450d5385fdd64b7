// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace InAppKit {

namespace {
QPointer<QTranslator> &kitTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}
QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}
} // namespace

bool Translations::install(const QLocale &locale)
{
    for (QPointer<QTranslator> *slot : {&kitTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
    auto *kit = new QTranslator(QCoreApplication::instance());
    const bool loaded = kit->load(locale, QStringLiteral("inappkit"), QStringLiteral("_"), QStringLiteral(":/inappkit/i18n"));
    if (loaded) {
        QCoreApplication::installTranslator(kit);
        kitTranslator() = kit;
    } else {
        delete kit;
    }
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    if (qobject_cast<QApplication *>(QCoreApplication::instance()))
        QApplication::setLayoutDirection(locale.textDirection());
    return loaded || locale.language() == QLocale::English;
}

QStringList Translations::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    QDirIterator it(QStringLiteral(":/inappkit/i18n"), {QStringLiteral("inappkit_*.qm")});
    while (it.hasNext()) {
        const QString name = it.next().section(u'/', -1);
        languages.append(name.mid(9, name.size() - 12));
    }
    return languages;
}

} // namespace InAppKit
