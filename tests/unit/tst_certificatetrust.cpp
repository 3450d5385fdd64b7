// SPDX-License-Identifier: MIT
// The check that lets a broker profile's own CA be trusted for its pages: Chromium reports only
// the most severe error of a chain ("authority invalid" for a private CA), so everything else a
// browser would refuse must be refused here: a weak key, a SHA-1 signature, no subjectAltName (no
// fallback to the common name), the wrong host, an expired certificate, another purpose.
#include "certificatetrust_p.h"

#include <QFile>
#include <QTest>

using InAppKit::CertificateTrust::verifiesAgainst;

namespace {

QList<QSslCertificate> load(const QString &name)
{
    QFile file(QStringLiteral(INAPPKIT_TEST_CERT_DIR "/") + name + QStringLiteral(".pem"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QSslCertificate::fromData(file.readAll(), QSsl::Pem);
}

} // namespace

class TestCertificateTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodLeafVerifies_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("DNS name") << QStringLiteral("localhost");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
        QTest::newRow("IPv6") << QStringLiteral("::1");
    }

    void goodLeafVerifies()
    {
        QFETCH(QString, host);
        const QList<QSslCertificate> ca = load(QStringLiteral("sandbox-ca"));
        QCOMPARE(ca.size(), 1);
        QVERIFY(verifiesAgainst(load(QStringLiteral("sandbox-server")), ca, host));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("leaf");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("host");
        const QString ca = QStringLiteral("sandbox-ca");
        QTest::newRow("another CA") << "untrusted-server" << ca << "localhost";
        QTest::newRow("another host") << "sandbox-server" << ca << "example.com";
        QTest::newRow("SAN for another host") << "sandbox-wronghost" << ca << "localhost";
        QTest::newRow("expired") << "sandbox-expired" << ca << "localhost";
        QTest::newRow("1024-bit RSA key") << "sandbox-weakkey" << ca << "localhost";
        QTest::newRow("SHA-1 signature") << "sandbox-sha1" << ca << "localhost";
        QTest::newRow("no subjectAltName, CN=localhost") << "sandbox-nosan" << ca << "localhost";
        QTest::newRow("client authentication only") << "sandbox-clientpurpose" << ca << "localhost";
        QTest::newRow("the CA as its own leaf") << "sandbox-ca" << ca << "localhost";
    }

    void refused()
    {
        QFETCH(QString, leaf);
        QFETCH(QString, anchor);
        QFETCH(QString, host);
        const QList<QSslCertificate> chain = load(leaf);
        QCOMPARE(chain.size(), 1);
        QVERIFY(!verifiesAgainst(chain, load(anchor), host));
    }

    void nothingToVerify()
    {
        const QList<QSslCertificate> ca = load(QStringLiteral("sandbox-ca"));
        QVERIFY(!verifiesAgainst({}, ca, QStringLiteral("localhost")));
        QVERIFY(!verifiesAgainst(load(QStringLiteral("sandbox-server")), {}, QStringLiteral("localhost")));
        QVERIFY(!verifiesAgainst(load(QStringLiteral("sandbox-server")), ca, QString()));
    }
};

QTEST_GUILESS_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"
