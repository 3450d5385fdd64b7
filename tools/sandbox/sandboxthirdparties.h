// SPDX-License-Identifier: MIT
#ifndef INAPPKIT_SANDBOXTHIRDPARTIES_H
#define INAPPKIT_SANDBOXTHIRDPARTIES_H

#include <QHash>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace InAppKit::Sandbox {

class SandboxThirdPartiesPrivate;

/**
 * The other companies a real client area works with, each on an origin of its own (loopback,
 * HTTPS, the sandbox CA): a payment provider whose card form the broker frames and whose wallet
 * opens in a pop-up, a card issuer's 3-D Secure page that the whole window visits, and a vendor
 * whose chat and KYC upload widgets the broker frames.
 *
 * The broker talks to them as a real CRM does, server to server (here: in-process calls):
 * createPayment() before it frames the card form, capture() when the page comes back; the
 * balance changes only for a payment the provider authorised (the card after 3-D Secure, or the
 * wallet). Paths are prefixed by party (/psp/, /acs/, /vendor/) so one counter serves all three.
 */
class SandboxThirdParties : public QObject
{
    Q_OBJECT
public:
    /// The code the 3-D Secure page asks for.
    static constexpr const char *ThreeDSecureCode = "1234";
    /// A card number the provider declines.
    static constexpr const char *DeclinedCard = "4000000000000002";

    explicit SandboxThirdParties(QObject *parent = nullptr);
    ~SandboxThirdParties() override;

    bool start(const QSslConfiguration &tls, QString *errorString = nullptr);

    /**
     * Names the companies as the other sites they are in real life: psp.test, acs.bank.test and
     * vendor.test (the sandbox certificate's names too), instead of localhost and 127.0.0.1, which
     * are one site with the broker for cookies, process isolation and storage. Whoever loads their
     * pages maps *.test to loopback (Chromium: --host-resolver-rules="MAP *.test 127.0.0.1").
     */
    void useCrossSiteNames();

    /// https://localhost:PORT/: the payment provider (card form, wallet pop-up).
    QUrl paymentProviderUrl() const;
    /// https://127.0.0.1:PORT/: the card issuer's 3-D Secure page.
    QUrl threeDSecureUrl() const;
    /// https://localhost:PORT/: the chat and KYC vendor.
    QUrl vendorUrl() const;

    /// A payment of @p cents for the page on @p brokerOrigin (where the provider posts its messages
    /// and where 3-D Secure may return); its id.
    QString createPayment(const QUrl &brokerOrigin, qint64 cents, const QString &currency);
    /// Takes the money of an authorised payment, once; false for any other payment.
    bool capture(const QString &paymentId, qint64 *cents);
    /// Whether @p paRes is the 3-D Secure answer of @p paymentId.
    bool verifyThreeDSecure(const QString &paymentId, const QString &paRes) const;

    /// A KYC upload session for the page on @p brokerOrigin; its id.
    QString createKycSession(const QUrl &brokerOrigin);
    /// The document uploaded in @p session, empty if none.
    QByteArray kycDocument(const QString &session) const;

    /// Every document uploaded so far, oldest first.
    QList<QByteArray> kycDocuments() const;

    int requestCount(const QString &path) const;

Q_SIGNALS:
    void requestReceived(const QString &method, const QString &path);

private:
    std::unique_ptr<SandboxThirdPartiesPrivate> d;
};

} // namespace InAppKit::Sandbox

#endif
