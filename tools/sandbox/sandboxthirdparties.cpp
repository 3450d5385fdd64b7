// SPDX-License-Identifier: MIT
#include "sandboxthirdparties.h"

#include "sandboxhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace InAppKit::Sandbox {

namespace {

QString secret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString attr(const QString &s)
{
    return s.toHtmlEscaped();
}

// A value for a script, quoted and escaped by the JSON writer ("</" cannot end the script).
QString js(const QString &s)
{
    QString quoted = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), s}}).toJson(QJsonDocument::Compact));
    quoted = quoted.mid(5, quoted.size() - 6);
    return quoted.replace(QLatin1String("</"), QLatin1String("<\\/"));
}

QString amount(qint64 cents, const QString &currency)
{
    return QStringLiteral("%1.%2 %3").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')).arg(currency);
}

// Each party has a look of its own, as real ones do; pages follow the system's colour scheme.
QByteArray page(const QString &brand, const QString &accent, const QString &title, const QString &body, const QString &script = QString())
{
    return QStringLiteral(R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%1</title>
<style>
:root { color-scheme: light dark; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }
.brand { background: %2; color: #fff; padding: 8px 14px; font-weight: 700; }
.body { padding: 12px 14px; }
label { display: block; margin: 8px 0 2px; }
input { width: 100%; box-sizing: border-box; padding: 6px; font: inherit; }
button { margin-top: 10px; width: 100%; padding: 8px; border: 0; border-radius: 4px; background: %2; color: #fff; font: inherit; font-weight: 600; }
.drop { display: block; border: 2px dashed %2; border-radius: 6px; padding: 40px 8px; text-align: center; cursor: pointer; }
.drop input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.big { position: fixed; inset: 0; margin: 0; border-radius: 0; }
.cover { position: fixed; top: 44px; left: 8px; right: 8px; bottom: 8px; padding: 0; display: flex; align-items: center; justify-content: center; background: Canvas; }
</style></head>
<body><div class="brand">%3</div><div class="body" id="content"><h2 id="title">%1</h2>%4</div>%5</body></html>
)")
        .arg(attr(title), accent, attr(brand), body, script.isEmpty() ? QString() : QStringLiteral("<script>%1</script>").arg(script))
        .toUtf8();
}

const QString Provider = QStringLiteral("SandboxPay");
const QString ProviderColour = QStringLiteral("#6d28d9");
const QString Bank = QStringLiteral("SandboxBank SecureCode");
const QString BankColour = QStringLiteral("#b45309");
const QString Vendor = QStringLiteral("SandboxDesk");
const QString VendorColour = QStringLiteral("#0f766e");

// The part named @p name of a multipart/form-data body.
QByteArray multipartPart(const HttpRequest &request, const QByteArray &name, QString *fileName)
{
    static const QRegularExpression boundaryRe(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const auto m = boundaryRe.match(QString::fromLatin1(request.header("content-type")));
    if (!m.hasMatch())
        return {};
    const QByteArray delimiter = "--" + m.captured(1).toLatin1();
    qsizetype pos = request.body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype start = pos + delimiter.size() + 2; // past CRLF
        const qsizetype next = request.body.indexOf(QByteArray("\r\n" + delimiter), start);
        if (next < 0)
            return {};
        const QByteArray part = request.body.mid(start, next - start);
        const qsizetype headerEnd = part.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray headers = part.left(headerEnd);
            if (headers.contains(QByteArray("name=\"" + name + '"'))) {
                static const QRegularExpression fileRe(QStringLiteral("filename=\"([^\"]*)\""));
                *fileName = fileRe.match(QString::fromUtf8(headers)).captured(1);
                return part.mid(headerEnd + 4);
            }
        }
        pos = next + 2;
    }
    return {};
}

struct Payment {
    enum State { Created, ThreeDSecure, Authorised, Declined, Captured };
    QString brokerOrigin;
    qint64 cents = 0;
    QString currency;
    State state = Created;
    QString paReq;
    QString paRes;
};

struct KycSession {
    QString brokerOrigin;
    QByteArray document;
};

} // namespace

class SandboxThirdPartiesPrivate
{
public:
    SandboxThirdParties *q = nullptr;
    std::unique_ptr<SandboxHttpServer> provider;
    // The names they are reached by: loopback's, or other sites' (SandboxThirdParties::useCrossSiteNames()).
    QString providerHost = QStringLiteral("localhost");
    QString bankHost = QStringLiteral("127.0.0.1");
    QString vendorHost = QStringLiteral("localhost");
    std::unique_ptr<SandboxHttpServer> bank;
    std::unique_ptr<SandboxHttpServer> vendor;
    QHash<QString, Payment> payments;
    QHash<QString, KycSession> kyc;
    QList<QByteArray> uploads;
    QHash<QString, int> counters;

    static QUrl urlOf(const std::unique_ptr<SandboxHttpServer> &server, const QString &host)
    {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        url.setPort(server ? server->port() : 0);
        url.setPath(QStringLiteral("/"));
        return url;
    }

    HttpResponse notFound() const
    {
        HttpResponse r;
        r.status = 404;
        r.body = page(QStringLiteral("Sandbox"), QStringLiteral("#555"), QStringLiteral("Not found"), QString());
        return r;
    }

    HttpResponse route(const HttpRequest &request)
    {
        const QString path = request.path();
        ++counters[path];
        Q_EMIT q->requestReceived(QString::fromLatin1(request.method), path);
        qCDebug(lcSandbox).noquote() << request.method << path;
        const bool post = request.method == "POST";
        if (path == QLatin1String("/psp/card"))
            return post ? submitCard(request) : cardForm(request.query().queryItemValue(QStringLiteral("payment")), QString());
        if (path == QLatin1String("/psp/wallet"))
            return post ? submitWallet(request) : walletPage(request.query().queryItemValue(QStringLiteral("payment")));
        if (path == QLatin1String("/acs/challenge") && post)
            return challenge(request.form(), QString());
        if (path == QLatin1String("/acs/verify") && post)
            return verify(request.form());
        if (path == QLatin1String("/vendor/chat"))
            return chat(request.query());
        if (path == QLatin1String("/vendor/kyc"))
            return kycPage(request.query().queryItemValue(QStringLiteral("session")), QString());
        if (path == QLatin1String("/vendor/kyc/upload") && post)
            return kycUpload(request);
        if (path == QLatin1String("/vendor/top-nav"))
            return topNavigation(request.query());
        if (path == QLatin1String("/vendor/locate"))
            return locate(request.query());
        return notFound();
    }

    // --- the payment provider ---------------------------------------------------------

    HttpResponse cardForm(const QString &id, const QString &error)
    {
        const auto it = payments.constFind(id);
        if (it == payments.constEnd() || it->state == Payment::Captured)
            return notFound();
        HttpResponse r;
        r.body = page(Provider, ProviderColour, QStringLiteral("Pay %1 by card").arg(amount(it->cents, it->currency)),
                      (error.isEmpty() ? QString() : QStringLiteral("<p id=\"error\" style=\"color:#b91c1c\">%1</p>").arg(attr(error)))
                          + QStringLiteral("<form method=\"post\" action=\"/psp/card\"><input type=\"hidden\" name=\"payment\" value=\"%1\">"
                                           "<label for=\"card\">Card number</label><input id=\"card\" name=\"card\" inputmode=\"numeric\" autocomplete=\"cc-number\">"
                                           "<label for=\"expiry\">Expiry (MM/YY)</label><input id=\"expiry\" name=\"expiry\" autocomplete=\"cc-exp\">"
                                           "<label for=\"cvc\">CVC</label><input id=\"cvc\" name=\"cvc\" autocomplete=\"cc-csc\">"
                                           "<button id=\"pay\" type=\"submit\">Pay</button></form>")
                                .arg(attr(id)),
                      // Card forms tell the page that hosts them when they can take input.
                      QStringLiteral("parent.postMessage({type: 'ready', payment: %1}, %2);").arg(js(id), js(it->brokerOrigin)));
        return r;
    }

    HttpResponse submitCard(const HttpRequest &request)
    {
        const QUrlQuery form = request.form();
        const QString id = form.queryItemValue(QStringLiteral("payment"));
        auto it = payments.find(id);
        if (it == payments.end() || it->state == Payment::Captured || it->state == Payment::Authorised)
            return notFound();
        const QString card = form.queryItemValue(QStringLiteral("card"), QUrl::FullyDecoded).remove(u' ');
        static const QRegularExpression digits(QStringLiteral("^\\d{16}$"));
        static const QRegularExpression expiry(QStringLiteral("^(0[1-9]|1[0-2])/\\d\\d$"));
        static const QRegularExpression cvc(QStringLiteral("^\\d{3,4}$"));
        if (!digits.match(card).hasMatch() || !expiry.match(form.queryItemValue(QStringLiteral("expiry"), QUrl::FullyDecoded)).hasMatch()
            || !cvc.match(form.queryItemValue(QStringLiteral("cvc"))).hasMatch()) {
            return cardForm(id, QStringLiteral("Check the card number, expiry and CVC."));
        }
        HttpResponse r;
        if (card == QLatin1String(SandboxThirdParties::DeclinedCard)) {
            it->state = Payment::Declined;
            r.body = page(Provider, ProviderColour, QStringLiteral("Card declined"), QStringLiteral("<p>Your bank declined the card.</p>"),
                          QStringLiteral("parent.postMessage({type: 'payment', payment: %1, status: 'declined'}, %2);")
                              .arg(js(id), js(it->brokerOrigin)));
            return r;
        }
        // The issuer wants the cardholder: the broker's page sends the whole window to 3-D Secure.
        it->state = Payment::ThreeDSecure;
        it->paReq = secret();
        const QString acs = urlOf(bank, bankHost).resolved(QUrl(QStringLiteral("/acs/challenge"))).toString();
        r.body = page(Provider, ProviderColour, QStringLiteral("Confirm with your bank"), QStringLiteral("<p>Your bank asks you to confirm this payment.</p>"),
                      QStringLiteral("parent.postMessage({type: 'threeDSecure', payment: %1, acsUrl: %2, paReq: %3}, %4);")
                          .arg(js(id), js(acs), js(it->paReq), js(it->brokerOrigin)));
        return r;
    }

    HttpResponse walletPage(const QString &id)
    {
        const auto it = payments.constFind(id);
        if (it == payments.constEnd() || it->state == Payment::Captured)
            return notFound();
        HttpResponse r;
        r.body = page(Provider + QStringLiteral(" Wallet"), ProviderColour, QStringLiteral("Pay %1").arg(amount(it->cents, it->currency)),
                      QStringLiteral("<p>Signed in as demo wallet holder.</p><form method=\"post\" action=\"/psp/wallet\">"
                                     "<input type=\"hidden\" name=\"payment\" value=\"%1\">"
                                     "<button id=\"approve\" name=\"decision\" value=\"approve\">Approve payment</button>"
                                     "<button id=\"decline\" name=\"decision\" value=\"decline\" style=\"background:#666\">Decline</button></form>")
                          .arg(attr(id)));
        return r;
    }

    HttpResponse submitWallet(const HttpRequest &request)
    {
        const QUrlQuery form = request.form();
        const QString id = form.queryItemValue(QStringLiteral("payment"));
        auto it = payments.find(id);
        if (it == payments.end() || it->state == Payment::Captured)
            return notFound();
        const bool approved = form.queryItemValue(QStringLiteral("decision")) == QLatin1String("approve");
        it->state = approved ? Payment::Authorised : Payment::Declined;
        HttpResponse r;
        // Tell the opener, then go: the broker's page carries on.
        r.body = page(Provider + QStringLiteral(" Wallet"), ProviderColour, approved ? QStringLiteral("Approved") : QStringLiteral("Declined"),
                      QStringLiteral("<p>You can close this window.</p>"),
                      QStringLiteral("if (window.opener) window.opener.postMessage({type: 'wallet', payment: %1, status: %2}, %3); window.close();")
                          .arg(js(id), js(approved ? QStringLiteral("approved") : QStringLiteral("declined")), js(it->brokerOrigin)));
        return r;
    }

    // --- the card issuer's 3-D Secure ---------------------------------------------------

    Payment *paymentFor(const QUrlQuery &form, QString *id)
    {
        const QString paReq = form.queryItemValue(QStringLiteral("PaReq"), QUrl::FullyDecoded);
        for (auto it = payments.begin(); it != payments.end(); ++it) {
            if (!paReq.isEmpty() && it->paReq == paReq && it->state == Payment::ThreeDSecure) {
                *id = it.key();
                return &it.value();
            }
        }
        return nullptr;
    }

    HttpResponse challenge(const QUrlQuery &form, const QString &error)
    {
        QString id;
        const Payment *payment = paymentFor(form, &id);
        const QUrl termUrl(form.queryItemValue(QStringLiteral("TermUrl"), QUrl::FullyDecoded));
        // The issuer returns only to the merchant that asked: no open redirect.
        if (!payment || origin(termUrl) != payment->brokerOrigin)
            return notFound();
        HttpResponse r;
        QString hidden;
        for (const char *name : {"PaReq", "MD", "TermUrl"}) {
            hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                          .arg(QString::fromLatin1(name), attr(form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded)));
        }
        r.body = page(Bank, BankColour, QStringLiteral("Confirm your payment"),
                      QStringLiteral("<p>Pay <b>%1</b> to Sandbox Markets. We sent a code to your phone (it is %2).</p>%3"
                                     "<form method=\"post\" action=\"/acs/verify\">%4<label for=\"otp\">Code</label>"
                                     "<input id=\"otp\" name=\"otp\" inputmode=\"numeric\" autocomplete=\"one-time-code\">"
                                     "<button id=\"submit\">Confirm</button></form>")
                          .arg(amount(payment->cents, payment->currency), QLatin1String(SandboxThirdParties::ThreeDSecureCode),
                               error.isEmpty() ? QString() : QStringLiteral("<p id=\"error\" style=\"color:#b91c1c\">%1</p>").arg(attr(error)),
                               hidden));
        return r;
    }

    HttpResponse verify(const QUrlQuery &form)
    {
        QString id;
        Payment *payment = paymentFor(form, &id);
        const QUrl termUrl(form.queryItemValue(QStringLiteral("TermUrl"), QUrl::FullyDecoded));
        if (!payment || origin(termUrl) != payment->brokerOrigin)
            return notFound();
        if (form.queryItemValue(QStringLiteral("otp")) != QLatin1String(SandboxThirdParties::ThreeDSecureCode))
            return challenge(form, QStringLiteral("That code is not right. Try again."));
        payment->state = Payment::Authorised;
        payment->paRes = secret();
        // Back to the merchant by a form POST, as 3-D Secure does; the button is there without script.
        HttpResponse r;
        r.body = page(Bank, BankColour, QStringLiteral("Returning to Sandbox Markets"),
                      QStringLiteral("<form method=\"post\" action=\"%1\"><input type=\"hidden\" name=\"PaRes\" value=\"%2\">"
                                     "<input type=\"hidden\" name=\"MD\" value=\"%3\"><button id=\"continue\">Continue</button></form>")
                          .arg(attr(termUrl.toString()), attr(payment->paRes), attr(form.queryItemValue(QStringLiteral("MD"), QUrl::FullyDecoded))),
                      QStringLiteral("document.forms[0].submit();"));
        return r;
    }

    // --- the chat and KYC vendor -----------------------------------------------------

    HttpResponse chat(const QUrlQuery &query)
    {
        // A chat widget announces itself to the page that embeds it.
        const QString parent = origin(QUrl(query.queryItemValue(QStringLiteral("parent"), QUrl::FullyDecoded)));
        HttpResponse r;
        r.body = page(Vendor + QStringLiteral(" Chat"), VendorColour, QStringLiteral("Chat with Sandbox Markets"),
                      QStringLiteral("<p id=\"greeting\">Hi, I am Ada from SandboxDesk. How can I help?</p>"),
                      QStringLiteral("parent.postMessage({type: 'chat', ready: true, text: document.getElementById('greeting').textContent}, %1);")
                          .arg(js(parent)));
        return r;
    }

    HttpResponse kycPage(const QString &session, const QString &notice)
    {
        const auto it = kyc.constFind(session);
        if (it == kyc.constEnd())
            return notFound();
        HttpResponse r;
        // The whole frame is the drop zone; a chosen file uploads at once, as vendors' widgets do.
        r.body = page(Vendor + QStringLiteral(" Verify"), VendorColour, QStringLiteral("Upload your document"),
                      (notice.isEmpty() ? QString() : QStringLiteral("<p id=\"notice\">%1</p>").arg(attr(notice)))
                          + QStringLiteral("<form method=\"post\" action=\"/vendor/kyc/upload?session=%1\" enctype=\"multipart/form-data\">"
                                           "<label class=\"drop cover\" id=\"drop\">Click to choose a photo of your document"
                                           "<input type=\"file\" id=\"document\" name=\"document\" accept=\"image/*,.pdf\" "
                                           "onchange=\"this.form.submit()\"></label></form>")
                                .arg(attr(session)),
                      QStringLiteral("parent.postMessage({type: 'kyc', status: 'ready'}, %1);").arg(js(it->brokerOrigin)));
        return r;
    }

    HttpResponse kycUpload(const HttpRequest &request)
    {
        const QString session = request.query().queryItemValue(QStringLiteral("session"));
        auto it = kyc.find(session);
        if (it == kyc.end())
            return notFound();
        QString fileName;
        const QByteArray document = multipartPart(request, "document", &fileName);
        if (document.isEmpty())
            return kycPage(session, QStringLiteral("That file is empty. Choose another."));
        it->document = document;
        uploads.append(document);
        HttpResponse r;
        r.body = page(Vendor + QStringLiteral(" Verify"), VendorColour, QStringLiteral("Document received"),
                      QStringLiteral("<p id=\"received\">%1 (%2 bytes) received.</p>").arg(attr(fileName)).arg(document.size()),
                      QStringLiteral("parent.postMessage({type: 'kyc', status: 'uploaded', bytes: %1}, %2);")
                          .arg(document.size())
                          .arg(js(it->brokerOrigin)));
        return r;
    }

    // A vendor widget that asks for the user's location as soon as it loads (or, with ?ask=camera,
    // for the camera and microphone, as a KYC selfie does), and tells its parent the answer.
    HttpResponse locate(const QUrlQuery &query)
    {
        const QString parent = origin(QUrl(query.queryItemValue(QStringLiteral("parent"), QUrl::FullyDecoded)));
        const bool camera = query.queryItemValue(QStringLiteral("ask")) == QLatin1String("camera");
        HttpResponse r;
        r.body = page(Vendor + QStringLiteral(" Branches"), VendorColour, QStringLiteral("Find a branch near you"), QString(),
                      camera ? QStringLiteral("navigator.mediaDevices.getUserMedia({video: true, audio: true}).then("
                                              "function() { parent.postMessage({type: 'locate', answer: 'granted'}, %1); },"
                                              "function(e) { parent.postMessage({type: 'locate', answer: 'denied:' + e.name}, %1); });")
                                   .arg(js(parent))
                             : QStringLiteral("navigator.geolocation.getCurrentPosition("
                                              "function() { parent.postMessage({type: 'locate', answer: 'granted'}, %1); },"
                                              "function(e) { parent.postMessage({type: 'locate', answer: 'denied:' + e.code}, %1); });")
                                   .arg(js(parent)));
        return r;
    }

    // A hostile frame for the tests: a click on its button sends the top window to ?target, by
    // assignment, or (?how=replace) by location.replace(), which Qt reports as a redirect, or
    // (?how=write-popup) opens ?target in a pop-up and writes a password form into it.
    HttpResponse topNavigation(const QUrlQuery &query)
    {
        const QString how = query.queryItemValue(QStringLiteral("how"));
        QString action = QStringLiteral("top.location.href = %1");
        if (how == QLatin1String("replace"))
            action = QStringLiteral("top.location.replace(%1)");
        else if (how == QLatin1String("write-popup"))
            action = QStringLiteral("var w = window.open(%1, 'written', 'width=420,height=360');"
                                    "w.document.write('<title>Sign in</title><form><label>Password <input id=\"pw\" type=\"password\"></label></form>');"
                                    "w.document.close()");
        HttpResponse r;
        r.body = page(QStringLiteral("Totally legit widget"), QStringLiteral("#991b1b"), QStringLiteral("Win a prize"),
                      QStringLiteral("<button id=\"prize\" class=\"big\">Claim your prize</button>"),
                      QStringLiteral("document.getElementById('prize').onclick = function() { %1; };")
                          .arg(action.arg(js(query.queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded)))));
        return r;
    }
};

SandboxThirdParties::SandboxThirdParties(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<SandboxThirdPartiesPrivate>())
{
    d->q = this;
}

SandboxThirdParties::~SandboxThirdParties() = default;

bool SandboxThirdParties::start(const QSslConfiguration &tls, QString *errorString)
{
    for (auto *server : {&d->provider, &d->bank, &d->vendor}) {
        *server = std::make_unique<SandboxHttpServer>(tls);
        (*server)->setHandler([this](const HttpRequest &request, const HttpResponder &responder) { responder.respond(d->route(request)); });
        if (!(*server)->listen(QHostAddress::LocalHost, 0, errorString))
            return false;
    }
    return true;
}

void SandboxThirdParties::useCrossSiteNames()
{
    d->providerHost = QStringLiteral("psp.test");
    d->bankHost = QStringLiteral("acs.bank.test");
    d->vendorHost = QStringLiteral("vendor.test");
}

QUrl SandboxThirdParties::paymentProviderUrl() const
{
    return d->urlOf(d->provider, d->providerHost);
}

QUrl SandboxThirdParties::threeDSecureUrl() const
{
    return d->urlOf(d->bank, d->bankHost);
}

QUrl SandboxThirdParties::vendorUrl() const
{
    return d->urlOf(d->vendor, d->vendorHost);
}

QString SandboxThirdParties::createPayment(const QUrl &brokerOrigin, qint64 cents, const QString &currency)
{
    const QString id = secret();
    Payment payment;
    payment.brokerOrigin = origin(brokerOrigin);
    payment.cents = cents;
    payment.currency = currency;
    d->payments.insert(id, payment);
    return id;
}

bool SandboxThirdParties::capture(const QString &paymentId, qint64 *cents)
{
    auto it = d->payments.find(paymentId);
    if (it == d->payments.end() || it->state != Payment::Authorised)
        return false;
    it->state = Payment::Captured;
    *cents = it->cents;
    return true;
}

bool SandboxThirdParties::verifyThreeDSecure(const QString &paymentId, const QString &paRes) const
{
    const auto it = d->payments.constFind(paymentId);
    return it != d->payments.constEnd() && !paRes.isEmpty() && it->paRes == paRes;
}

QString SandboxThirdParties::createKycSession(const QUrl &brokerOrigin)
{
    const QString id = secret();
    d->kyc.insert(id, {origin(brokerOrigin), {}});
    return id;
}

QByteArray SandboxThirdParties::kycDocument(const QString &session) const
{
    return d->kyc.value(session).document;
}

QList<QByteArray> SandboxThirdParties::kycDocuments() const
{
    return d->uploads;
}

int SandboxThirdParties::requestCount(const QString &path) const
{
    return d->counters.value(path);
}

} // namespace InAppKit::Sandbox
