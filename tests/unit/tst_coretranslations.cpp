// SPDX-License-Identifier: MIT
// A host that links only InAppKit::Core (no widgets, no GUI) gets Core's messages translated.
#include <InAppKit/BrokerProfile>
#include <InAppKit/ScreenUrlBuilder>
#include <InAppKit/Translations>

#include <QCoreApplication>
#include <QTest>

using namespace InAppKit;

class TestCoreTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreSpeaksTheLanguage()
    {
        QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));
        const QStringList languages = Translations::availableLanguages();
        for (const char *l : {"en", "de", "es", "ru", "zh_CN", "ar"})
            QVERIFY2(languages.contains(QLatin1String(l)), l);

        BrokerProfileError error;
        const BrokerProfile profile = BrokerProfile::fromFile(QStringLiteral(INAPPKIT_TEST_DATA_DIR "/design-example.json"), &error);
        QVERIFY2(profile.isValid(), qPrintable(error.errorString()));
        const ScreenUrlBuilder builder(profile);
        QVERIFY(builder.actionUrl(QStringLiteral("no-such-action"), QStringLiteral("t"), QString()).isEmpty());
        QCOMPARE(builder.errorString(), QStringLiteral("The broker offers no action 'no-such-action'."));

        QVERIFY(Translations::install(QLocale(QStringLiteral("de_DE")), Translations::Option::LayoutDirection));
        QVERIFY(builder.actionUrl(QStringLiteral("no-such-action"), QStringLiteral("t"), QString()).isEmpty());
        QCOMPARE(builder.errorString(), QStringLiteral("Der Broker bietet keine Aktion „no-such-action“ an."));

        QVERIFY(!Translations::install(QLocale(QStringLiteral("fi_FI")))); // none: English again
        QVERIFY(builder.actionUrl(QStringLiteral("no-such-action"), QStringLiteral("t"), QString()).isEmpty());
        QCOMPARE(builder.errorString(), QStringLiteral("The broker offers no action 'no-such-action'."));
    }
};

QTEST_GUILESS_MAIN(TestCoreTranslations)
#include "tst_coretranslations.moc"
