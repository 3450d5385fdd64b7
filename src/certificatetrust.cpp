// SPDX-License-Identifier: MIT
#include "certificatetrust_p.h"

#include <QHostAddress>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>

namespace InAppKit::CertificateTrust {

namespace {

struct X509Deleter {
    void operator()(X509 *x) const { X509_free(x); }
};
struct StoreDeleter {
    void operator()(X509_STORE *s) const { X509_STORE_free(s); }
};
struct ContextDeleter {
    void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); }
};
struct StackDeleter {
    void operator()(STACK_OF(X509) *s) const { sk_X509_pop_free(s, X509_free); }
};
using X509Ptr = std::unique_ptr<X509, X509Deleter>;

X509Ptr toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

} // namespace

bool verifiesAgainst(const QList<QSslCertificate> &chain, const QList<QSslCertificate> &anchors, const QString &host)
{
    if (chain.isEmpty() || anchors.isEmpty() || host.isEmpty())
        return false;

    std::unique_ptr<X509_STORE, StoreDeleter> store(X509_STORE_new());
    if (!store)
        return false;
    for (const QSslCertificate &anchor : anchors) {
        X509Ptr x = toX509(anchor);
        if (!x || X509_STORE_add_cert(store.get(), x.get()) != 1)
            return false;
    }

    X509Ptr leaf = toX509(chain.first());
    std::unique_ptr<STACK_OF(X509), StackDeleter> intermediates(sk_X509_new_null());
    if (!leaf || !intermediates)
        return false;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509Ptr x = toX509(chain.at(i));
        if (!x || !sk_X509_push(intermediates.get(), x.get()))
            return false;
        x.release(); // owned by the stack now
    }

    std::unique_ptr<X509_STORE_CTX, ContextDeleter> context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get()) != 1)
        return false;
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    // What a browser asks of a public certificate: for a TLS server, keys and signatures of at
    // least 112 bits of security (no RSA under 2048 bits, no SHA-1), the host in subjectAltName
    // (never the common name), within its dates (checked by default).
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    X509_VERIFY_PARAM_set_auth_level(param, 2);
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
    const QHostAddress address(host);
    const QByteArray name = host.toUtf8();
    const int hostSet = address.isNull() ? X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size()))
                                         : X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
    if (hostSet != 1)
        return false;
    return X509_verify_cert(context.get()) == 1;
}

} // namespace InAppKit::CertificateTrust
