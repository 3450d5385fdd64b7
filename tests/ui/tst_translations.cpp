// SPDX-License-Identifier: MIT
// The kit's translations are compiled in and switch the widgets' language; Qt's own translations and
// the layout direction change only when the host asks.
#include <InAppKit/inappaction.h>
#include <InAppKit/inappcontrolsbar.h>
#include <InAppKit/translations.h>

#include <QApplication>
#include <QTest>

using namespace InAppKit;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void available()
    {
        const QStringList languages = Translations::availableLanguages();
        for (const char *l : {"en", "de", "es", "ru", "zh_CN", "ar"})
            QVERIFY2(languages.contains(QLatin1String(l)), l);
    }

    void switches_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("deposit");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("de") << "de_DE" << QStringLiteral("Einzahlen") << Qt::LeftToRight;
        QTest::newRow("es") << "es_ES" << QStringLiteral("Depositar") << Qt::LeftToRight;
        QTest::newRow("ru") << "ru_RU" << QStringLiteral("Пополнить") << Qt::LeftToRight;
        QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("入金") << Qt::LeftToRight;
        QTest::newRow("zh (the demo's --lang zh)") << "zh" << QStringLiteral("入金") << Qt::LeftToRight;
        QTest::newRow("ar") << "ar_EG" << QStringLiteral("إيداع") << Qt::RightToLeft;
        QTest::newRow("en") << "en_US" << QStringLiteral("Deposit") << Qt::LeftToRight;
        QTest::newRow("unknown falls back to English") << "fi_FI" << QStringLiteral("Deposit") << Qt::LeftToRight;
    }

    void switches()
    {
        QFETCH(QString, locale);
        QFETCH(QString, deposit);
        QFETCH(Qt::LayoutDirection, direction);
        Translations::install(QLocale(locale), Translations::Option::LayoutDirection);
        QCOMPARE(InAppAction::defaultTitle(QStringLiteral("deposit")), deposit);
        QCOMPARE(QApplication::layoutDirection(), direction);
    }

    // A host that only asks for the kit's words keeps its own layout direction and Qt's texts.
    void kitOnlyByDefault()
    {
        Translations::uninstall();
        QApplication::setLayoutDirection(Qt::LeftToRight);
        const QString qtCancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY(Translations::install(QLocale(QStringLiteral("ar_EG"))));
        QCOMPARE(InAppAction::defaultTitle(QStringLiteral("deposit")), QStringLiteral("إيداع"));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);

        // Asked, Qt's own dialogs speak the language too.
        QVERIFY(Translations::install(QLocale(QStringLiteral("de_DE")), Translations::Option::QtTranslations));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        Translations::install(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel); // replaced: the kit's alone

        Translations::uninstall();
        QCOMPARE(InAppAction::defaultTitle(QStringLiteral("deposit")), QStringLiteral("Deposit"));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
